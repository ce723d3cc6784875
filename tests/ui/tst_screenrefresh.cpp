// Screens never show stale figures: a change made elsewhere (another screen, an import,
// an undo) reaches every open screen that shows it, through the services' ChangeHub,
// without switching the year or reopening the screen.
#include "domain/submissionoverview.h"
#include "reviews/reviewsscreen.h"
#include "services/changehub.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "storage/database.h"
#include "submissions/submissionsscreen.h"
#include "submissions/submissiontablemodel.h"
#include "support/testdatabase.h"
#include "widgets/screenrefresh.h"

#include <QComboBox>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestScreenRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeReachesTheSubmissionsScreen();
    void savedSubmissionReachesTheReviewsScreen();
    void hiddenScreenCatchesUpWhenShown();
    void changesTogetherReloadOnceAndKeepTheScroll();
    void otherDataLeavesTheScreenAlone();

private:
    // The unit whose 2025 report the demo leaves missing.
    qint64 missingIn2025() const;
    Submission received(qint64 unitId, int year) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
};

void TestScreenRefresh::init()
{
    m_db = std::make_unique<Database>();
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_services = std::make_unique<Services>(*m_db);
}

void TestScreenRefresh::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestScreenRefresh::missingIn2025() const
{
    for (const SubmissionOverviewRow &row : m_services->submissions().overview(2025).rows)
        if (row.timeliness == Timeliness::Missing)
            return row.unit.id;
    return 0;
}

Submission TestScreenRefresh::received(qint64 unitId, int year) const
{
    Submission s = m_services->submissions().load(unitId, year);
    s.unitId = unitId;
    s.year = year;
    s.status = QStringLiteral("received");
    s.documentNumber = QStringLiteral("12/BC-VH");
    s.documentDate = QDate(year, 11, 20);
    s.receivedDate = QDate(year, 11, 25);
    return s;
}

void TestScreenRefresh::mergeReachesTheSubmissionsScreen()
{
    SubmissionsScreen screen(*m_services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.setYear(2026);
    const int before = screen.model()->rowCount();
    QVERIFY(before > 3);
    const QList<Unit> units = m_services->units().activeIn(2026);
    QVERIFY(units.size() > 3);
    // As the Units screen's merge does: two units become part of a third from 01/01/2026.
    m_services->lineage().merge({units.at(0).id, units.at(1).id}, units.at(2).id, Unit(), QDate(2026, 1, 1));
    QTRY_COMPARE(screen.model()->rowCount(), before - 2);
    QCOMPARE(screen.year(), 2026);
}

void TestScreenRefresh::savedSubmissionReachesTheReviewsScreen()
{
    ReviewsScreen screen(*m_services, nullptr);
    screen.resize(1200, 700);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.setPhase(1);
    const auto received2025 = [&screen] {
        for (const PhaseYearFigures &year : screen.review().perYear)
            if (year.year == 2025)
                return year.received;
        return -1;
    };
    const int before = received2025();
    QVERIFY(before > 0);
    const qint64 unit = missingIn2025();
    QVERIFY(unit > 0);
    // As the Submissions screen's editor (or an import) saves it.
    m_services->submissions().save(received(unit, 2025));
    QTRY_COMPARE(received2025(), before + 1);
}

void TestScreenRefresh::hiddenScreenCatchesUpWhenShown()
{
    SubmissionsScreen screen(*m_services, nullptr);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.setYear(2025);
    const qint64 unit = missingIn2025();
    QVERIFY(unit > 0);
    const auto status = [&screen, unit] {
        for (int row = 0; row < screen.model()->rowCount(); ++row) {
            const QModelIndex index = screen.model()->index(row, 0);
            if (index.data(SubmissionTableModel::UnitIdRole).toLongLong() == unit)
                return index.data(SubmissionTableModel::TimelinessRole).toInt();
        }
        return -1;
    };
    QCOMPARE(status(), int(Timeliness::Missing));
    screen.hide();
    // A merge made on the Units screen while this one is not shown: nothing is reloaded
    // until it is shown again, and then it is.
    const QList<Unit> units = m_services->units().activeIn(2026);
    QVERIFY(units.size() > 3);
    m_services->lineage().merge({units.at(0).id, units.at(1).id}, units.at(2).id, Unit(), QDate(2026, 1, 1));
    screen.setYear(2026);
    const int before = screen.model()->rowCount();
    m_services->lineage().dissolve(units.at(3).id, QDate(2026, 1, 1));
    QTest::qWait(20);
    QCOMPARE(screen.model()->rowCount(), before);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(screen.model()->rowCount(), before - 1);
}

void TestScreenRefresh::changesTogetherReloadOnceAndKeepTheScroll()
{
    QWidget screen;
    auto *view = new QTreeView(&screen);
    QStandardItemModel model;
    const auto fill = [&model] {
        model.clear(); // a reset, as a screen's reload does: the view scrolls back to the top
        for (int row = 0; row < 300; ++row)
            model.appendRow(new QStandardItem(QStringLiteral("Đơn vị %1").arg(row)));
    };
    fill();
    view->setModel(&model);
    view->resize(300, 200);
    screen.resize(300, 200);
    int reloads = 0;
    auto *refresh = new ScreenRefresh(
        &screen, m_services->changes(), [](const DataChange &c) { return c.kind == DataChange::Kind::Units; },
        [&reloads, &fill] {
            ++reloads;
            fill();
        });
    refresh->keepScrollOf(view);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    view->scrollTo(model.index(150, 0), QAbstractItemView::PositionAtTop);
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    m_services->changes().announce(DataChange::Kind::Units);
    m_services->changes().announce(DataChange::Kind::Units, 2025);
    QVERIFY(refresh->isPending());
    QTRY_COMPARE(reloads, 1);
    QTest::qWait(20);
    QCOMPARE(reloads, 1);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QVERIFY(!refresh->isPending());
}

void TestScreenRefresh::otherDataLeavesTheScreenAlone()
{
    QWidget screen;
    int reloads = 0;
    new ScreenRefresh(
        &screen, m_services->changes(),
        [](const DataChange &c) { return c.concerns(DataChange::Kind::Submissions, 2025); }, [&reloads] { ++reloads; });
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    m_services->changes().announce(DataChange::Kind::Submissions, 2024);
    m_services->changes().announce(DataChange::Kind::Catalogue);
    QTest::qWait(20);
    QCOMPARE(reloads, 0);
    m_services->changes().announce(DataChange::Kind::Submissions, 2025, {7});
    QTRY_COMPARE(reloads, 1);
}

QTEST_MAIN(TestScreenRefresh)
#include "tst_screenrefresh.moc"
