// What the first screen says: the current year, deadlines, submission counts, units not
// reviewed, overdue tasks, and what became overdue since the program was last opened.
#include "services/dashboardservice.h"
#include "services/rubricservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTest>

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentYear_data();
    void currentYear();
    void summaryOfTheDemo();
    void recognitionDeadline();
    void nothingNewWithoutALastOpening();
};

void TestDashboard::currentYear_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("year");
    QTest::newRow("inside the plan") << QDate(2026, 11, 27) << 2026;
    QTest::newRow("before it") << QDate(2023, 5, 1) << 2024;
    QTest::newRow("after it") << QDate(2031, 1, 2) << 2030;
}

void TestDashboard::currentYear()
{
    QFETCH(QDate, today);
    QFETCH(int, year);
    QCOMPARE(DashboardService::currentYear({2024, 2025, 2026, 2027, 2028, 2029, 2030}, today), year);
}

// 2025 in the demo: 25 units, one sent nothing and five were late; nothing is reviewed.
// Opened on 02/12/2025 after 25/11/2025: the units' deadline (30/11) passed since.
// The recognition dossiers due next: a TT24 year's until 15/01 of the next year, with the
// units whose reviewed results reach a level (none reviewed yet here).
void TestDashboard::recognitionDeadline()
{
    Database db;
    TestDatabase::prepare(db);
    RubricService rubrics(db);
    for (const Rubric &r : rubrics.all())
        if (r.code == QLatin1String("TT24-2023"))
            rubrics.assign(2026, r.id);
    DashboardSummary s = DashboardService(db).summary(QDate(2027, 1, 15), {});
    QCOMPARE(s.year, 2027);
    QCOMPARE(s.recognitionYear, 2026);
    QCOMPARE(s.recognitionDeadline, QDate(2027, 1, 15));
    QCOMPARE(s.recognitionReady, 0);
    s = DashboardService(db).summary(QDate(2027, 1, 16), {});
    QCOMPARE(s.recognitionYear, 0);
    s = DashboardService(db).summary(QDate(2026, 3, 1), {});
    QCOMPARE(s.recognitionYear, 2026);
    s = DashboardService(db).summary(QDate(2025, 3, 1), {});
    QCOMPARE(s.recognitionYear, 0);
}

void TestDashboard::summaryOfTheDemo()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    const DashboardSummary s = DashboardService(db).summary(QDate(2025, 12, 2), QDate(2025, 11, 25));
    QCOMPARE(s.year, 2025);
    QCOMPARE(s.reportDeadline, QDate(2025, 12, 10));
    QCOMPARE(s.daysLeft, 8);
    QCOMPARE(s.expected, 25);
    QCOMPARE(s.received, 24);
    QCOMPARE(s.missing, 1);
    QCOMPARE(s.late, 5);
    QCOMPARE(s.notReviewed, 24);
    QVERIFY(s.obligationsKnown);
    for (const Obligation &o : s.overdue) {
        QVERIFY(o.dueDate < QDate(2025, 12, 2));
        QVERIFY(!o.isDone());
    }
    QCOMPARE(s.sinceLastOpened.size(), 1);
    QVERIFY2(s.sinceLastOpened.first().contains(QStringLiteral("30/11/2025")), qPrintable(s.sinceLastOpened.first()));

    // After 10/12 the yearly report task (T04, due 10/12) is overdue for its units, and
    // it became so since 05/12.
    const DashboardSummary later = DashboardService(db).summary(QDate(2025, 12, 12), QDate(2025, 12, 5));
    QVERIFY(!later.overdue.isEmpty());
    QCOMPARE(later.overdue.first().dueDate, QDate(2025, 12, 10));
    QCOMPARE(later.daysLeft, -2);
    bool reportTask = false;
    for (const QString &line : later.sinceLastOpened)
        reportTask = reportTask || line.startsWith(QStringLiteral("T04"));
    QVERIFY(reportTask);
}

void TestDashboard::nothingNewWithoutALastOpening()
{
    Database db;
    TestDatabase::prepare(db);
    const DashboardSummary s = DashboardService(db).summary(QDate(2026, 12, 12), QDate());
    QCOMPARE(s.year, 2026);
    QCOMPARE(s.received, 0);
    QCOMPARE(s.missing, s.expected);
    QVERIFY(!s.overdue.isEmpty()); // the yearly report task is past its 10/12 due date
    QVERIFY(s.sinceLastOpened.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
