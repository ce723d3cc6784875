#include "dashboard/dashboardscreen.h"
#include "databasemenu.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "plan/planoutlinemodel.h"
#include "plan/planscreen.h"
#include "services/dashboardservice.h"
#include "services/rubricservice.h"
#include "services/services.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/unitrepository.h"
#include "submissions/submissionsscreen.h"
#include "support/testdatabase.h"
#include "timeline/timelineview.h"
#include "units/unitmodel.h"
#include "units/unitsscreen.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

// The main window offscreen: opens, navigates with mouse and keyboard, filters units.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensOnDashboard();
    void dashboardButtonsOpenTheJobs();
    void dashboardShowsTheRecognitionDeadline();
    void navigatesToUnitsAndFilters();
    void filtersByYearAndGroupsByKind();
    void keyboardShortcutsSwitchScreens();
    void timelineYearOpensItsSubmissions();
    void planSectionShowsItsText();
    void fileMenuUsesTheStandardKeys();
    void newDatabaseReopensTheWindowOnIt();
    void newDatabaseNeverReplacesAFile();
    void openRecentListsTheLastFive();
    void printFollowsTheScreen();
    void f1OpensTheGuide();
    void unitModelPassesTester();
    void planOutlineModelPassesTester();

private:
    static QStringList visibleNames(QTreeView *view);
    Database *m_db = nullptr;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xhht-tests"));
    m_db = new Database;
    TestDatabase::prepare(*m_db);
}

void TestMainWindow::cleanupTestCase()
{
    delete m_db;
}

QStringList TestMainWindow::visibleNames(QTreeView *view)
{
    QStringList names;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex top = model->index(r, UnitModel::NameColumn);
        if (model->rowCount(model->index(r, 0)) == 0)
            names << top.data().toString();
        for (int c = 0; c < model->rowCount(model->index(r, 0)); ++c)
            names << model->index(c, UnitModel::NameColumn, model->index(r, 0)).data().toString();
    }
    return names;
}

// The program opens on the Dashboard, for the year of today; Ctrl+1 shows the plan.
void TestMainWindow::opensOnDashboard()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentScreen(), int(MainWindow::DashboardScreenIndex));
    auto *dashboard = qobject_cast<DashboardScreen *>(window.screen(MainWindow::DashboardScreenIndex));
    QVERIFY(dashboard);
    QCOMPARE(dashboard->summary().year,
             DashboardService::currentYear({2024, 2025, 2026, 2027, 2028, 2029, 2030}, QDate::currentDate()));
    auto *progress = dashboard->findChild<QProgressBar *>(QStringLiteral("submissionsProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), qMax(1, dashboard->summary().expected));
    QVERIFY(!window.screen(MainWindow::PlanScreenIndex)); // built when first shown
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    auto *plan = qobject_cast<PlanScreen *>(window.screen(MainWindow::PlanScreenIndex));
    QVERIFY(plan);
    QVERIFY(plan->text()->toPlainText().contains(QStringLiteral("Giai đoạn 1")));
    QVERIFY(!window.screen(MainWindow::UnitsScreenIndex));
}

// A year on TT24-2023 shows its recognition dossiers' deadline, 15/01 of the next year,
// until that day: through the year and in early January; a TT22 year shows none.
void TestMainWindow::dashboardShowsTheRecognitionDeadline()
{
    Services services(*m_db);
    for (const Rubric &r : services.rubrics().all())
        if (r.code == QLatin1String("TT24-2023"))
            services.rubrics().assign(2026, r.id);
    DashboardScreen dashboard(services, {});
    dashboard.setToday(QDate(2027, 1, 5));
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    auto *label = dashboard.findChild<QLabel *>(QStringLiteral("recognitionDeadline"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("of 2026")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("before 15/01/2027")), qPrintable(label->text()));
    QCOMPARE(dashboard.summary().recognitionDeadline, QDate(2027, 1, 15));
    dashboard.setToday(QDate(2026, 6, 1));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("before 15/01/2027")));
    dashboard.setToday(QDate(2027, 1, 16)); // 2027 is on TT22-2020
    QVERIFY(!label->isVisible());
    dashboard.setToday(QDate(2025, 6, 1));
    QVERIFY(!label->isVisible());
}

// "Record submissions" on the Dashboard opens the Submissions screen on its year.
void TestMainWindow::dashboardButtonsOpenTheJobs()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = qobject_cast<DashboardScreen *>(window.screen(MainWindow::DashboardScreenIndex));
    QVERIFY(dashboard);
    QPushButton *record = nullptr;
    for (QPushButton *button : dashboard->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("submissions")))
            record = button;
    QVERIFY(record);
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    auto *submissions = qobject_cast<SubmissionsScreen *>(window.screen(MainWindow::SubmissionsScreenIndex));
    QVERIFY(submissions);
    QCOMPARE(submissions->year(), dashboard->summary().year);
}

void TestMainWindow::navigatesToUnitsAndFilters()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *nav = window.navigation();
    const QRect unitsItem = nav->visualItemRect(nav->item(MainWindow::UnitsScreenIndex));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, unitsItem.center());
    QCOMPARE(window.currentScreen(), int(MainWindow::UnitsScreenIndex));

    auto *units = qobject_cast<UnitsScreen *>(window.screen(MainWindow::UnitsScreenIndex));
    QVERIFY(units);
    QCOMPARE(units->view()->model()->rowCount(), 25);
    // Typed without diacritics, as a clerk in a hurry would.
    QTest::keyClicks(units->filterEdit(), QStringLiteral("tan bien"));
    const QStringList names = visibleNames(units->view());
    QCOMPARE(names.size(), 2);
    QVERIFY(names.contains(QStringLiteral("Phòng Văn hóa và Thông tin huyện Tân Biên")));
    QVERIFY(names.contains(QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Tân Biên")));
}

void TestMainWindow::filtersByYearAndGroupsByKind()
{
    Services services(*m_db);
    UnitsScreen screen(services);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    auto *year = screen.findChild<QComboBox *>(QStringLiteral("unitYear"));
    QVERIFY(year);
    year->setCurrentIndex(year->findData(2026));
    QCOMPARE(visibleNames(screen.view()).size(), 7);
    year->setCurrentIndex(0);
    QCOMPARE(visibleNames(screen.view()).size(), 25);

    // Vietnamese order: "Bảo tàng" before "Phòng ..." before "Thư viện" before "Trung tâm".
    const QStringList flat = visibleNames(screen.view());
    QVERIFY(flat.indexOf(QStringLiteral("Bảo tàng tỉnh Tây Ninh")) <
            flat.indexOf(QStringLiteral("Thư viện tỉnh Tây Ninh")));

    auto *group = screen.findChild<QCheckBox *>();
    QVERIFY(group);
    QTest::mouseClick(group, Qt::LeftButton, {}, QPoint(5, group->height() / 2));
    QVERIFY(group->isChecked());
    QCOMPARE(screen.view()->model()->rowCount(), 4); // four kinds
    QCOMPARE(visibleNames(screen.view()).size(), 25);
}

void TestMainWindow::keyboardShortcutsSwitchScreens()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::UnitsScreenIndex));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::PlanScreenIndex));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::ReviewsScreenIndex));
    QVERIFY(window.screen(MainWindow::ReviewsScreenIndex)->findChild<QTabWidget *>());
    QCOMPARE(window.navigation()->currentRow(), int(MainWindow::ReviewsScreenIndex));
}

// Ctrl+7 shows the timeline; Home selects 2024, Right 2025, and Enter opens that year's
// submissions. Ctrl+6 shows the tasks.
void TestMainWindow::timelineYearOpensItsSubmissions()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::TasksScreenIndex));
    QVERIFY(window.screen(MainWindow::TasksScreenIndex));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::TimelineScreenIndex));
    auto *view = window.screen(MainWindow::TimelineScreenIndex)->findChild<TimelineView *>();
    QVERIFY(view);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.currentScreen(), int(MainWindow::SubmissionsScreenIndex));
    auto *submissions = qobject_cast<SubmissionsScreen *>(window.screen(MainWindow::SubmissionsScreenIndex));
    QVERIFY(submissions);
    QCOMPARE(submissions->year(), 2025);
}

void TestMainWindow::planSectionShowsItsText()
{
    Services services(*m_db);
    PlanScreen screen(services);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTreeView *outline = screen.outline();
    const QModelIndex six = outline->model()->index(5, 0);
    QVERIFY(six.data().toString().startsWith(QStringLiteral("VI.")));
    outline->scrollTo(six);
    QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualRect(six).center());
    const QString text = screen.text()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("TỔ CHỨC THỰC HIỆN")));
    QVERIFY(text.contains(QStringLiteral("T04"))); // the report to Sở GD&ĐT comes from VI.3
}

void TestMainWindow::unitModelPassesTester()
{
    UnitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUnits(UnitRepository(*m_db).all());
    model.setGrouped(true);
    model.setGrouped(false);
    QCOMPARE(model.rowCount(), 25);
}

void TestMainWindow::planOutlineModelPassesTester()
{
    PlanOutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSections(PlanRepository(*m_db).sections());
    QCOMPARE(model.rowCount(), 6);
}

namespace {
QAction *actionNamed(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}
} // namespace

void TestMainWindow::fileMenuUsesTheStandardKeys()
{
    Services services(*m_db);
    MainWindow window(services);
    QAction *newDb = actionNamed(&window, QStringLiteral("fileNew"));
    QAction *open = actionNamed(&window, QStringLiteral("fileOpen"));
    QAction *print = actionNamed(&window, QStringLiteral("filePrint"));
    QVERIFY(newDb && open && print);
    QCOMPARE(newDb->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(window.guideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(window.databases()->recentMenu());
}

// Ctrl+N, a name typed without suffix: the event loop ends so that main() opens the
// window again on the new file (with .sqlite added).
void TestMainWindow::newDatabaseReopensTheWindowOnIt()
{
    QTemporaryDir dir;
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool create = false;
    window.databases()->setFileChooser([&dir, &create](QWidget *, bool creates, const QString &) {
        create = creates;
        return dir.filePath(QStringLiteral("so-lieu-2027"));
    });
    QTimer::singleShot(0, &window, [&window] { QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); });
    QTimer guard; // never hangs: gone with the test
    guard.callOnTimeout(qApp, [] { QCoreApplication::exit(-1); });
    guard.start(5000);
    QCOMPARE(QApplication::exec(), MainWindow::ReopenExitCode);
    QVERIFY(create);
    QCOMPARE(window.nextDatabase(), QFileInfo(dir.filePath(QStringLiteral("so-lieu-2027.sqlite"))).absoluteFilePath());
}

void TestMainWindow::newDatabaseNeverReplacesAFile()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("xhht.sqlite"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("data");
    file.close();
    Services services(*m_db);
    MainWindow window(services);
    window.databases()->setFileChooser([&existing](QWidget *, bool, const QString &) { return existing; });
    QString warned;
    QTimer::singleShot(0, this, [&warned] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = box->text();
            box->accept();
        }
    });
    window.databases()->newAction()->trigger();
    QVERIFY2(warned.contains(QStringLiteral("already exists")), qPrintable(warned));
    QVERIFY(window.nextDatabase().isEmpty());
    QCOMPARE(QFileInfo(existing).size(), 4);
}

// The last five files opened, the newest first; one that has gone is said so and dropped.
void TestMainWindow::openRecentListsTheLastFive()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 1; i <= 7; ++i) {
        files << QFileInfo(dir.filePath(QStringLiteral("nam-%1.sqlite").arg(i))).absoluteFilePath();
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QSettings().setValue(QStringLiteral("database/recent"), files);
    Services services(*m_db);
    MainWindow window(services);
    QMenu *recent = window.databases()->recentMenu();
    QCOMPARE(recent->actions().size(), DatabaseMenu::kRecentCount);
    QVERIFY(recent->actions().first()->text().contains(QStringLiteral("nam-1.sqlite")));
    QVERIFY(recent->actions().first()->text().startsWith(QStringLiteral("&1 ")));

    QFile::remove(files.at(1));
    bool told = false;
    QTimer::singleShot(0, this, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text().contains(QStringLiteral("nam-2.sqlite"));
            box->accept();
        }
    });
    recent->actions().at(1)->trigger();
    QVERIFY(told);
    QVERIFY(window.nextDatabase().isEmpty());
    QVERIFY(!DatabaseMenu::recentFiles().contains(files.at(1)));
    QVERIFY(!recent->actions().at(1)->text().contains(QStringLiteral("nam-2.sqlite")));

    QTimer::singleShot(0, &window, [recent] { recent->actions().at(2)->trigger(); });
    QTimer guard; // never hangs: gone with the test
    guard.callOnTimeout(qApp, [] { QCoreApplication::exit(-1); });
    guard.start(5000);
    QCOMPARE(QApplication::exec(), MainWindow::ReopenExitCode);
    QCOMPARE(window.nextDatabase(), DatabaseMenu::recentFiles().at(2));
}

// File ▸ Print prints the document of the screen shown; screens without one disable it.
void TestMainWindow::printFollowsTheScreen()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::PlanScreenIndex);
    QVERIFY(!window.printAction()->isEnabled());
    window.showScreen(MainWindow::ReportsScreenIndex);
    QVERIFY(window.printAction()->isEnabled());
    window.showScreen(MainWindow::UnitsScreenIndex);
    QVERIFY(!window.printAction()->isEnabled());
    window.showScreen(MainWindow::ScoringScreenIndex);
    QVERIFY(window.printAction()->isEnabled());
}

// F1: the guide, in Vietnamese, inside the program; About is one click away.
void TestMainWindow::f1OpensTheGuide()
{
    Services services(*m_db);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<HelpDialog *>();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Hướng dẫn sử dụng xhht")), qPrintable(text.left(200)));
    for (const QString &job : {QStringLiteral("Ghi nhận báo cáo của đơn vị"), QStringLiteral("In danh sách xếp hạng"),
                               QStringLiteral("Lập báo cáo năm"), QStringLiteral("Sáp nhập, chia tách")})
        QVERIFY2(text.contains(job), qPrintable(job));
    // With pictures of the screens, from the program's resources.
    for (const QString &picture :
         {QStringLiteral("ho-so-don-vi.png"), QStringLiteral("cham-diem.png"), QStringLiteral("bao-cao.png")}) {
        const QVariant image = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(picture));
        QVERIFY2(!qvariant_cast<QByteArray>(image).isEmpty() || !qvariant_cast<QImage>(image).isNull(),
                 qPrintable(picture));
    }
    QString about;
    QTimer::singleShot(0, this, [&about] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            about = box->windowTitle();
            box->accept();
        }
    });
    auto *aboutButton = guide->findChild<QPushButton *>(QStringLiteral("helpAbout"));
    QVERIFY(aboutButton);
    QTest::mouseClick(aboutButton, Qt::LeftButton);
    QCOMPARE(about, QStringLiteral("About xhht"));
    guide->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
