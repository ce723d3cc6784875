#include "services/services.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "submissions/importfiledetails.h"
#include "submissions/submissioneditordialog.h"
#include "submissions/submissionfilesdialog.h"
#include "submissions/submissionhistoryview.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissionworkbooks.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

// The units' own workbooks on the Submissions screen, offscreen: written from its
// action, returned files dropped on it as a folder, the preview grouped by file
// (accepted, refused with its problems, skipped), the import by a click, and the
// imported file listed in the unit's history and opened from there.
class TestSubmissionWorkbooks : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Stands in for the desktop's "open this file" (QDesktopServices::setUrlHandler).
    void openFile(const QUrl &url) { m_opened.append(url.toLocalFile()); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesOneWorkbookPerUnit();
    void dropAFolderPreviewImportAndOpenFromHistory();

private:
    QString csv(const QString &name, qint64 unitIndex, const QString &date) const;
    void drop(const QString &path);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SubmissionsScreen> m_screen;
    std::unique_ptr<QTemporaryDir> m_dir;
    YearContext m_context;
    QStringList m_opened;
};

void TestSubmissionWorkbooks::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
}

void TestSubmissionWorkbooks::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_services = std::make_unique<Services>(*m_db);
    m_undo = std::make_unique<QUndoStack>();
    m_screen = std::make_unique<SubmissionsScreen>(*m_services, m_undo.get());
    m_screen->setYear(2025);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = m_services->submissions().context(2025);
    m_opened.clear();
}

void TestSubmissionWorkbooks::cleanup()
{
    m_screen.reset();
    m_undo.reset();
    m_services.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestSubmissionWorkbooks::csv(const QString &name, qint64 unitIndex, const QString &date) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(
            QStringLiteral("Tiêu đề\r\n[year],[unit_code],[received_date],[document_number]\r\n2025,%1,%2,9/BC\r\n")
                .arg(m_context.units.at(unitIndex).code, date)
                .toUtf8());
    return path;
}

void TestSubmissionWorkbooks::drop(const QString &path)
{
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_screen->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_screen.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_screen.get(), &dropped);
    QVERIFY(dropped.isAccepted());
    delete data;
}

void TestSubmissionWorkbooks::writesOneWorkbookPerUnit()
{
    QAction *action = m_screen->findChild<QAction *>(QStringLiteral("unitWorkbooks"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QSignalSpy status(m_screen.get(), &SubmissionsScreen::statusMessage);
    const QString folder = m_dir->filePath(QStringLiteral("don vi"));
    QVERIFY(m_screen->workbooks()->writeTo(folder));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files).size(), m_context.units.size());
    QCOMPARE(status.size(), 1);
}

void TestSubmissionWorkbooks::dropAFolderPreviewImportAndOpenFromHistory()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("ve"));
    const QString a = csv(QStringLiteral("ve/a.csv"), 0, QStringLiteral("20/11/2025"));
    csv(QStringLiteral("ve/b.csv"), 1, QStringLiteral("31/02/2025"));
    QFile::copy(a, m_dir->filePath(QStringLiteral("ve/c.csv")));
    drop(m_dir->filePath(QStringLiteral("ve")));

    SubmissionFilesDialog *dialog = m_screen->workbooks()->dialog();
    QVERIFY(dialog);
    QTreeWidget *files = dialog->fileList();
    QCOMPARE(files->topLevelItemCount(), 3);
    QCOMPARE(files->topLevelItem(0)->text(SubmissionFilesDialog::OutcomeColumn), QStringLiteral("accepted"));
    QCOMPARE(files->topLevelItem(1)->text(SubmissionFilesDialog::OutcomeColumn), QStringLiteral("refused"));
    QCOMPARE(files->topLevelItem(2)->text(SubmissionFilesDialog::OutcomeColumn), QStringLiteral("skipped"));
    QVERIFY(files->topLevelItem(2)->text(SubmissionFilesDialog::DetailColumn).contains(QLatin1String("a.csv")));
    // Below the files, the first refused file's problems: row, column, unit.
    QCOMPARE(files->currentItem(), files->topLevelItem(1));
    QTreeWidget *details = dialog->details()->list();
    QCOMPARE(details->topLevelItemCount(), 1);
    QTreeWidgetItem *problem = details->topLevelItem(0);
    QCOMPARE(problem->text(ImportFileDetails::RowColumn), QStringLiteral("3"));
    QCOMPARE(problem->text(ImportFileDetails::ColumnColumn), QStringLiteral("C"));
    QVERIFY(problem->toolTip(ImportFileDetails::ColumnColumn).contains(QLatin1String("[received_date]")));
    QCOMPARE(problem->text(ImportFileDetails::UnitColumn), m_context.units.at(1).name);
    // A click on the accepted file shows what it changes.
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, files->visualItemRect(files->topLevelItem(0)).center());
    QCOMPARE(details->topLevelItemCount(), 1);
    QCOMPARE(details->topLevelItem(0)->text(0), m_context.units.at(0).name);
    QVERIFY(!dialog->importButton()->isEnabled());
    const Submission before = m_services->submissions().load(m_context.units.at(0).id, 2025);
    dialog->reject();
    QTRY_VERIFY(!m_screen->workbooks()->dialog());
    QCOMPARE(m_services->submissions().load(m_context.units.at(0).id, 2025).documentNumber, before.documentNumber);

    // Mended and dropped again: imported by a click.
    csv(QStringLiteral("ve/b.csv"), 1, QStringLiteral("28/11/2025"));
    drop(m_dir->filePath(QStringLiteral("ve")));
    dialog = m_screen->workbooks()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_screen->workbooks()->dialog());
    const Submission after = m_services->submissions().load(m_context.units.at(0).id, 2025);
    QCOMPARE(after.documentNumber, QStringLiteral("9/BC"));
    QCOMPARE(after.receivedDate, QDate(2025, 11, 20));
    QCOMPARE(m_services->submissions().load(m_context.units.at(1).id, 2025).receivedDate, QDate(2025, 11, 28));

    // The unit's history lists the file; a double-click opens a copy of it.
    m_screen->editUnit(m_context.units.at(0).id);
    SubmissionEditorDialog *editor = m_screen->editor();
    QVERIFY(editor);
    SubmissionHistoryView *history = editor->historyView();
    QTreeWidgetItem *fileItem = nullptr;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        if (history->importedFileAt(history->topLevelItem(i)).id != 0)
            fileItem = history->topLevelItem(i);
    QVERIFY(fileItem);
    QCOMPARE(fileItem->text(4), QStringLiteral("a.csv"));
    QTabWidget *tabs = editor->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(history);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    history->setCurrentItem(fileItem);
    history->scrollToItem(fileItem);
    QSignalSpy requested(history, &SubmissionHistoryView::importedFileOpenRequested);
    QTRY_VERIFY(history->isVisible() && history->visualItemRect(fileItem).isValid());
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualItemRect(fileItem).center());
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, Qt::NoModifier, history->visualItemRect(fileItem).center());
    QCOMPARE(requested.size(), 1);
    QTRY_COMPARE(m_opened.size(), 1);
    QFile opened(m_opened.first());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QFile original(a);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), original.readAll());
    editor->reject();
}

QTEST_MAIN(TestSubmissionWorkbooks)
#include "tst_submissionworkbooks.moc"
