// A unit's login gets its own window (issue 16), against the throwaway PostgreSQL 15
// server ctest starts ($XHHT_TEST_PG): the plan and its own submission for each year,
// nothing of the offices' screens or of other units; a value typed and saved reaches
// the server; a year the council locked is read-only, saying why.
#include "domain/serveraddress.h"
#include "domain/unit.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "services/yearlockservice.h"
#include "storage/database.h"
#include "submissions/submissioneditordialog.h"
#include "submissions/submissionfilesdialog.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissiontablemodel.h"
#include "submissions/submissionworkbooks.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

class TestUnitWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theWindowOffersAUnitsOwnScreens();
    void theUnitEntersItsOwnSubmission();
    void anotherUnitsRowsAreNotShown();
    void aLockedYearIsReadOnly();
    void theUnitImportsItsOwnWorkbookOnly();
    void aLockWhileEditingIsSaidOnSave();

private:
    std::unique_ptr<Services> openAsUnit() const;
    qint64 unitId(const QString &code) const;
    static SubmissionsScreen *submissions(MainWindow &window);
    static SubmissionEditorDialog *openEditor(SubmissionsScreen *screen);

    QString m_uri;
    std::unique_ptr<Services> m_owner;
    // Every message box that opened (a read the unit's login may not make, said to it),
    // closed at once so the test goes on, and failed in cleanup().
    QStringList m_messages;
    QTimer m_messageWatch;
};

namespace {
const QString kLogin = QStringLiteral("ui_unit_tv");
constexpr int kOpenYear = 2026;
constexpr int kLockedYear = 2025;
} // namespace

void TestUnitWindow::initTestCase()
{
    QVERIFY2(!TestDatabase::serverUri().isEmpty(), "XHHT_TEST_PG is not set: ctest starts the test server");
    m_messageWatch.setInterval(50);
    connect(&m_messageWatch, &QTimer::timeout, this, [this] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                m_messages.append(box->text());
                box->done(QMessageBox::Ok);
            }
    });
    m_messageWatch.start();
    m_uri = TestDatabase::newServerDatabase();
    m_owner = Services::open(m_uri, Services::Open::CreateIfMissing);
    m_owner->server().initialise();
    m_owner->demo().addSynthetic(0, kLockedYear, kOpenYear);
    {
        // A login of a run before: logins are the server's, not one database's.
        Database admin;
        admin.open(m_uri, Database::OpenMode::ExistingOnly);
        QSqlQuery drop(admin.connection());
        QVERIFY2(drop.exec(QStringLiteral("DROP ROLE IF EXISTS ") + kLogin), qPrintable(drop.lastError().text()));
    }
    m_owner->server().addLogin(kLogin, QStringLiteral("unit"), QStringLiteral("TV"), {});
    // Another unit's submission, recorded by the office: the unit's window never shows it.
    Submission other = m_owner->submissions().load(unitId(QStringLiteral("BT")), kLockedYear);
    other.note = QStringLiteral("BT's own note");
    m_owner->submissions().save(other);
    QVERIFY(m_owner->submissions().load(unitId(QStringLiteral("BT")), kLockedYear).id > 0);
}

void TestUnitWindow::cleanup()
{
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
}

void TestUnitWindow::init()
{
    m_messages.clear();
    // The council's lock, as the owner: one year locked, one open.
    if (!m_owner->yearLock().isLocked(kLockedYear))
        m_owner->yearLock().lock(kLockedYear);
    if (m_owner->yearLock().isLocked(kOpenYear))
        m_owner->yearLock().unlock(kOpenYear);
}

std::unique_ptr<Services> TestUnitWindow::openAsUnit() const
{
    ServerAddress address;
    QString problem;
    address.parse(m_uri, &problem);
    address.user = kLogin;
    return Services::open(address.uri(), Services::Open::Existing);
}

qint64 TestUnitWindow::unitId(const QString &code) const
{
    for (const Unit &unit : m_owner->units().all())
        if (unit.code == code)
            return unit.id;
    return 0;
}

SubmissionsScreen *TestUnitWindow::submissions(MainWindow &window)
{
    return qobject_cast<SubmissionsScreen *>(window.screen(MainWindow::SubmissionsScreenIndex));
}

// Enter on the unit's row opens its editor, as a clerk's would.
SubmissionEditorDialog *TestUnitWindow::openEditor(SubmissionsScreen *screen)
{
    QTreeView *view = screen->view();
    if (view->model()->rowCount() != 1)
        return nullptr;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QTest::keyClick(view, Qt::Key_Return);
    return screen->editor();
}

void TestUnitWindow::theWindowOffersAUnitsOwnScreens()
{
    const std::unique_ptr<Services> services = openAsUnit();
    QCOMPARE(services->server().role(), QStringLiteral("unit"));
    MainWindow window(*services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The plan to read and its own submissions, opened first; none of the offices' screens.
    QCOMPARE(window.offeredScreens(), (QList<int>{MainWindow::PlanScreenIndex, MainWindow::SubmissionsScreenIndex}));
    QCOMPARE(window.navigation()->count(), 2);
    QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    for (int office : {MainWindow::UnitsScreenIndex, MainWindow::ScoringScreenIndex, MainWindow::ReportsScreenIndex,
                       MainWindow::TasksScreenIndex, MainWindow::DashboardScreenIndex, MainWindow::ReviewsScreenIndex,
                       MainWindow::RecognitionScreenIndex, MainWindow::TimelineScreenIndex}) {
        window.showScreen(office);
        QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
        QVERIFY(!window.screen(office));
    }
    // No settings, no year lock: no Tools menu at all.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("toolsSettings")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("toolsLockYear")));
    // Ctrl+1 reads the plan under the unit's login (its grants allow every read it makes).
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::PlanScreenIndex));
    QVERIFY(window.screen(MainWindow::PlanScreenIndex));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    // The title and the status bar say whose window this is, and as whom.
    QVERIFY2(window.windowTitle().contains(QLatin1String("(TV)")), qPrintable(window.windowTitle()));
    QVERIFY2(window.windowTitle().contains(kLogin), qPrintable(window.windowTitle()));
    const Unit tv = *m_owner->units().byId(unitId(QStringLiteral("TV")));
    QVERIFY2(window.windowTitle().contains(tv.name), qPrintable(window.windowTitle()));
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("signed in as ") + kLogin), qPrintable(label->text()));
    QVERIFY2(label->text().contains(tv.name), qPrintable(label->text()));
}

void TestUnitWindow::theUnitEntersItsOwnSubmission()
{
    const qint64 tv = unitId(QStringLiteral("TV"));
    const std::unique_ptr<Services> services = openAsUnit();
    MainWindow window(*services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SubmissionsScreen *screen = submissions(window);
    QVERIFY(screen);
    auto *year = screen->findChild<QComboBox *>(QStringLiteral("submissionYear"));
    QVERIFY(year);
    year->setCurrentIndex(year->findData(kOpenYear));
    QCOMPARE(screen->year(), kOpenYear);
    auto *counts = screen->countsLabel();
    QVERIFY2(counts->text().contains(QLatin1String("Open")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QLatin1String("Deadline")), qPrintable(counts->text()));
    // No finding or filtering over one row; the row is current, ready to open; the
    // offices' workbooks for every unit are not offered.
    QVERIFY(!screen->filterEdit()->isVisibleTo(screen));
    QVERIFY(screen->view()->currentIndex().isValid());
    QVERIFY(screen->findChild<QAction *>(QStringLiteral("editSubmission"))->isEnabled());
    QVERIFY(!screen->findChild<QAction *>(QStringLiteral("unitWorkbooks"))->isVisible());

    SubmissionEditorDialog *editor = openEditor(screen);
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    // When it came in and whether it was checked are the office's to record.
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("status"));
    QVERIFY(status && !status->isEnabled());
    auto *received = editor->findChild<QLineEdit *>(QStringLiteral("received_date"));
    QVERIFY(received && received->isReadOnly());

    const YearContext context = services->submissions().context(kOpenYear);
    QVERIFY(!context.indicators.isEmpty());
    Indicator counted;
    for (const Indicator &i : context.indicators)
        if (i.kind == QLatin1String("count")) {
            counted = i;
            break;
        }
    QVERIFY(counted.id > 0);
    editor->showPage(SubmissionEditorDialog::IndicatorsPage);
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("ind:") + counted.code);
    QVERIFY(value);
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("37"));
    editor->showPage(SubmissionEditorDialog::DocumentPage);
    auto *note = editor->findChild<QLineEdit *>(QStringLiteral("note"));
    QVERIFY(note);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Sent by the library itself"));
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!screen->editor());

    // On the server, as the office reads it.
    const Submission stored = m_owner->submissions().load(tv, kOpenYear);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.note, QStringLiteral("Sent by the library itself"));
    const IndicatorValue *saved = stored.value(counted.id);
    QVERIFY(saved);
    QCOMPARE(saved->numberHundredths, 3700);
    QCOMPARE(stored.status, QStringLiteral("not_received"));
    // The row follows: one indicator filled.
    QCOMPARE(screen->model()->overviewRow(0).unit.id, tv);
    QVERIFY(screen->model()->overviewRow(0).indicatorsFilled >= 1);
}

void TestUnitWindow::anotherUnitsRowsAreNotShown()
{
    const qint64 bt = unitId(QStringLiteral("BT"));
    const std::unique_ptr<Services> services = openAsUnit();
    MainWindow window(*services);
    window.show();
    SubmissionsScreen *screen = submissions(window);
    QVERIFY(screen);
    for (const int year : {kLockedYear, kOpenYear}) {
        screen->setYear(year);
        QCOMPARE(screen->model()->rowCount(), 1);
        QCOMPARE(screen->model()->overviewRow(0).unit.code, QStringLiteral("TV"));
        QCOMPARE(screen->model()->rowOfUnit(bt), -1);
    }
    // The office sees BT's submission; the unit's login reads nothing of it.
    QVERIFY(m_owner->submissions().load(bt, kLockedYear).id > 0);
    const Submission seen = services->submissions().load(bt, kLockedYear);
    QCOMPARE(seen.id, 0);
    QVERIFY(seen.note.isEmpty());
}

void TestUnitWindow::aLockedYearIsReadOnly()
{
    const std::unique_ptr<Services> services = openAsUnit();
    MainWindow window(*services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SubmissionsScreen *screen = submissions(window);
    QVERIFY(screen);
    screen->setYear(kLockedYear);
    QVERIFY2(screen->countsLabel()->text().contains(QLatin1String("Locked by the council: read only")),
             qPrintable(screen->countsLabel()->text()));
    auto *lock = screen->findChild<QLabel *>(QStringLiteral("submissionLock"));
    QVERIFY(lock && lock->isVisible());
    QVERIFY2(lock->toolTip().contains(QLatin1String("locked by the council")), qPrintable(lock->toolTip()));
    auto *edit = screen->findChild<QAction *>(QStringLiteral("editSubmission"));
    QVERIFY(edit);
    QVERIFY2(edit->text().contains(QLatin1String("View")), qPrintable(edit->text()));
    QVERIFY2(edit->toolTip().contains(QLatin1String("locked by the council")), qPrintable(edit->toolTip()));
    auto *import = screen->findChild<QAction *>(QStringLiteral("importSubmissions"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    QVERIFY(import->toolTip().contains(QLatin1String("locked")));

    SubmissionEditorDialog *editor = openEditor(screen);
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->saveButton()->isVisible());
    auto *banner = editor->findChild<QLabel *>(QStringLiteral("editorBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("locked by the council")), qPrintable(banner->text()));
    editor->reject();
    QTRY_VERIFY(!screen->editor());
}

// Its workbook, filled in and chosen with Import…: the same preview as the office's,
// its own row imported by a click; a file with another unit's row is refused whole (the
// server shows the login no such unit).
void TestUnitWindow::theUnitImportsItsOwnWorkbookOnly()
{
    const std::unique_ptr<Services> services = openAsUnit();
    MainWindow window(*services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SubmissionsScreen *screen = submissions(window);
    QVERIFY(screen);
    screen->setYear(kOpenYear);
    auto *import = screen->findChild<QAction *>(QStringLiteral("importSubmissions"));
    QVERIFY(import && import->isEnabled());

    const YearContext context = services->submissions().context(kOpenYear);
    QVERIFY(!context.indicators.isEmpty());
    const Indicator &first = context.indicators.first();
    QTemporaryDir dir;
    const auto write = [&dir, &first](const QString &name, const QString &unitCode) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(
                QStringLiteral("Tiêu đề\r\n[year],[unit_code],[document_number],[ind:%1]\r\n%2,%3,17/BC-TV,1\r\n")
                    .arg(first.code)
                    .arg(kOpenYear)
                    .arg(unitCode)
                    .toUtf8());
        return path;
    };
    screen->workbooks()->importPaths({write(QStringLiteral("bt.csv"), QStringLiteral("BT"))});
    SubmissionFilesDialog *dialog = screen->workbooks()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->fileList()->topLevelItemCount(), 1);
    QCOMPARE(dialog->fileList()->topLevelItem(0)->text(SubmissionFilesDialog::OutcomeColumn),
             QStringLiteral("refused"));
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!screen->workbooks()->dialog());

    screen->workbooks()->importPaths({write(QStringLiteral("tv.csv"), QStringLiteral("TV"))});
    dialog = screen->workbooks()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->fileList()->topLevelItem(0)->text(SubmissionFilesDialog::OutcomeColumn),
             QStringLiteral("accepted"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!screen->workbooks()->dialog());
    QCOMPARE(m_owner->submissions().load(unitId(QStringLiteral("TV")), kOpenYear).documentNumber,
             QStringLiteral("17/BC-TV"));
    QCOMPARE(m_owner->submissions().load(unitId(QStringLiteral("BT")), kOpenYear).id, 0);
    QCOMPARE(screen->model()->overviewRow(0).documentNumber, QStringLiteral("17/BC-TV"));
}

// The council locks the year while the unit's editor is open: the save is refused, and
// the editor says why, keeping what was typed.
void TestUnitWindow::aLockWhileEditingIsSaidOnSave()
{
    const std::unique_ptr<Services> services = openAsUnit();
    MainWindow window(*services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SubmissionsScreen *screen = submissions(window);
    QVERIFY(screen);
    screen->setYear(kOpenYear);
    SubmissionEditorDialog *editor = openEditor(screen);
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    m_owner->yearLock().lock(kOpenYear);
    auto *note = editor->findChild<QLineEdit *>(QStringLiteral("note"));
    QVERIFY(note);
    note->setFocus();
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Typed after the lock"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(screen->editor());
    auto *banner = editor->findChild<QLabel *>(QStringLiteral("editorBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("locked")), qPrintable(banner->text()));
    QCOMPARE(note->text(), QStringLiteral("Typed after the lock"));
    QVERIFY(m_owner->submissions().load(unitId(QStringLiteral("TV")), kOpenYear).note !=
            QStringLiteral("Typed after the lock"));
    editor->discard();
    m_owner->yearLock().unlock(kOpenYear);
}

QTEST_MAIN(TestUnitWindow)
#include "tst_unitwindow.moc"
