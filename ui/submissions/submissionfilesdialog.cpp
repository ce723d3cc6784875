#include "submissionfilesdialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "importfiledetails.h"
#include "widgets/screenfit.h"
#include "widgets/waitcursor.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

SubmissionFilesDialog::SubmissionFilesDialog(SubmissionService &service, const SubmissionFilesImport::Result &result,
                                             QWidget *parent)
    : QDialog(parent), m_service(service), m_result(result)
{
    using Outcome = SubmissionFilesImport::Outcome;
    setWindowTitle(tr("Import submissions files"));
    const int refused = m_result.count(Outcome::Refused);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("filesSummary"));
    summary->setWordWrap(true);
    QString text = tr("%n file(s) read: %1 accepted, %2 refused, %3 skipped.", nullptr, int(m_result.files.size()))
                       .arg(m_result.count(Outcome::Accepted))
                       .arg(refused)
                       .arg(m_result.count(Outcome::Skipped));
    for (const QString &problem : std::as_const(m_result.problems))
        text += QLatin1Char('\n') + problem;
    if (!m_result.ok()) {
        text += QLatin1Char('\n') + tr("Nothing will be imported until the refused files are corrected (or left out) "
                                       "and the files are imported again.");
        summary->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    summary->setText(text);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_files = new QTreeWidget(splitter);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->header()->setStretchLastSection(true);
    m_details = new ImportFileDetails(splitter);
    for (const SubmissionFilesImport::File &file : std::as_const(m_result.files))
        addFile(file);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_files->setColumnWidth(FileColumn, em * 22);
    m_files->setColumnWidth(OutcomeColumn, em * 8);
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        const int index = current ? m_files->indexOfTopLevelItem(current) : -1;
        if (index >= 0 && index < m_result.files.size())
            m_details->showFile(m_result.files.at(index));
    });
    // The first refused file's problems, else the first file's changes.
    int shown = 0;
    for (int i = 0; i < m_result.files.size(); ++i)
        if (m_result.files.at(i).outcome == Outcome::Refused) {
            shown = i;
            break;
        }
    if (m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(shown));
    m_details->setVisible(m_files->topLevelItemCount() > 0);
    // One file needs one line; the rest of the height is its problems or changes.
    const int fileLines = int(std::min<qsizetype>(m_result.files.size(), 8)) + 2;
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().height() * fileLines * 3 / 2, em * 40});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    const bool anything = m_result.created() + m_result.changed() > 0;
    m_import->setEnabled(m_result.ok() && anything);
    m_import->setToolTip(!m_result.ok() ? tr("Correct the refused files, then import them again")
                         : anything     ? tr("Write the accepted files in one step; imports are not on the undo stack")
                                        : tr("The files change nothing"));
    if (refused > 0) {
        QPushButton *copy = buttons->addButton(tr("&Copy problems"), QDialogButtonBox::ActionRole);
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this, [this] {
            QStringList lines;
            for (const SubmissionFilesImport::File &f : std::as_const(m_result.files))
                for (const ImportIssue &issue : f.result.issues)
                    lines.append(issue.format(QFileInfo(f.result.path).fileName()));
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmissionFilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubmissionFilesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(em * 70, em * 45));
}

void SubmissionFilesDialog::addFile(const SubmissionFilesImport::File &file)
{
    using Outcome = SubmissionFilesImport::Outcome;
    const SubmissionImport::Result &r = file.result;
    auto *item = new QTreeWidgetItem(m_files);
    item->setText(FileColumn, QFileInfo(r.path).fileName());
    item->setToolTip(FileColumn, QDir::toNativeSeparators(r.path));
    switch (file.outcome) {
    case Outcome::Accepted:
        item->setText(OutcomeColumn, tr("accepted"));
        item->setText(DetailColumn,
                      tr("%1 new, %2 changed, %3 unchanged").arg(r.created).arg(r.changed).arg(r.unchanged));
        break;
    case Outcome::Skipped:
        item->setText(OutcomeColumn, tr("skipped"));
        item->setText(DetailColumn, file.note);
        item->setForeground(OutcomeColumn, QColor(0x80, 0x80, 0x80));
        break;
    case Outcome::Refused:
        item->setText(OutcomeColumn, tr("refused"));
        item->setText(DetailColumn, tr("%n problem(s)", nullptr, int(r.issueCount())));
        item->setForeground(OutcomeColumn, QColor(0xc6, 0x28, 0x28));
        break;
    }
}

void SubmissionFilesDialog::accept()
{
    if (!m_result.ok())
        return;
    try {
        const WaitCursor wait;
        SubmissionFilesImport(m_service).apply(m_result);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Import failed"), tr("Nothing was imported:\n%1").arg(error.message()));
        return;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Import failed"), tr("Nothing was imported:\n%1").arg(error.message()));
        return;
    }
    QDialog::accept();
}
