#include "dashboard/dashboardscreen.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
