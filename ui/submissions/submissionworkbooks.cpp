#include "submissionworkbooks.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "imports/unitworkbook.h"
#include "services/submissionservice.h"
#include "submissionfilesdialog.h"
#include "widgets/waitcursor.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace {

// The local files and folders a drag carries.
QStringList localPaths(const QMimeData *data)
{
    QStringList paths;
    if (data && data->hasUrls())
        for (const QUrl &url : data->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
    return paths;
}

} // namespace

SubmissionWorkbooks::SubmissionWorkbooks(SubmissionService &service, QWidget *screen)
    : QObject(screen), m_service(service), m_screen(screen)
{
    m_writeAction = new QAction(QIcon(QStringLiteral(":/icons/template.svg")), tr("&Workbooks for the units…"), this);
    m_writeAction->setObjectName(QStringLiteral("unitWorkbooks"));
    m_writeAction->setToolTip(tr("Save one workbook per unit active in the year into a folder: the unit's name filled "
                                 "in, every cell checked as it is typed, last year's values beside; send each unit its "
                                 "own, then drop the returned files or their folder here"));
    connect(m_writeAction, &QAction::triggered, this, &SubmissionWorkbooks::onWriteClicked);
    screen->setAcceptDrops(true);
    screen->installEventFilter(this);
}

SubmissionFilesDialog *SubmissionWorkbooks::dialog() const
{
    return m_dialog;
}

void SubmissionWorkbooks::setYear(int year, const QString &importReason)
{
    m_year = year;
    m_importReason = importReason;
    m_writeAction->setEnabled(year > 0);
}

void SubmissionWorkbooks::onWriteClicked()
{
    const QString folder =
        QFileDialog::getExistingDirectory(m_screen, tr("Folder for the units' workbooks"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        writeTo(folder);
}

bool SubmissionWorkbooks::writeTo(const QString &folder)
{
    QString error;
    int written = 0;
    try {
        const WaitCursor wait;
        error = UnitWorkbook::writeAll(folder, m_service, m_year, &written);
    } catch (const ValidationError &problem) {
        error = problem.message();
    } catch (const StorageError &problem) {
        error = problem.message();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_screen, tr("Workbooks not saved"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %n workbook(s) for the units of %1 in %2", nullptr, written)
                             .arg(m_year)
                             .arg(QDir::toNativeSeparators(folder)));
    return true;
}

void SubmissionWorkbooks::importPaths(const QStringList &paths)
{
    if (m_dialog || paths.isEmpty())
        return;
    if (!m_importReason.isEmpty()) {
        QMessageBox::information(m_screen, tr("Import submissions files"), m_importReason);
        return;
    }
    SubmissionFilesImport::Result result;
    try {
        const WaitCursor wait;
        result = SubmissionFilesImport(m_service).prepare(paths, m_year, true);
    } catch (const StorageError &error) {
        QMessageBox::warning(m_screen, tr("Import failed"), error.message());
        return;
    } catch (const ValidationError &error) {
        QMessageBox::warning(m_screen, tr("Import failed"), error.message());
        return;
    }
    auto *dialog = new SubmissionFilesDialog(m_service, result, m_screen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // The year the files were for, when they share one; the one file's name.
    int year = -1;
    QString fileName;
    for (const SubmissionFilesImport::File &file : std::as_const(result.files)) {
        if (file.outcome != SubmissionFilesImport::Outcome::Accepted)
            continue;
        year = year == -1 || year == file.result.year ? file.result.year : 0;
        fileName = result.files.size() == 1 ? QFileInfo(file.result.path).fileName() : QString();
    }
    connect(dialog, &QDialog::accepted, this,
            [this, year = std::max(year, 0), fileName, created = result.created(), changed = result.changed()] {
                Q_EMIT imported(year);
                Q_EMIT statusMessage(
                    fileName.isEmpty() ? tr("Imported the files: %1 new, %2 changed").arg(created).arg(changed)
                                       : tr("Imported %1: %2 new, %3 changed").arg(fileName).arg(created).arg(changed));
            });
    dialog->open();
}

bool SubmissionWorkbooks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_screen && event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!localPaths(enter->mimeData()).isEmpty()) {
            enter->acceptProposedAction();
            return true;
        }
    } else if (watched == m_screen && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            importPaths(paths);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
