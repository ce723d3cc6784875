#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "support/testdatabase.h"

#include <QTest>

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoCoversEveryActiveUnit();
    void demoIsDeterministic();
    void syntheticScale();

private:
    static QStringList snapshot(const Database &db);
    static qint64 scalar(const Database &db, const QString &sql);
};

qint64 TestDemoGenerator::scalar(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    return q.next() ? q.number(0) : -1;
}

QStringList TestDemoGenerator::snapshot(const Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT s.unit_id, s.year, s.received_date, v.indicator_id, v.value_number "
                                  "FROM submission s JOIN submission_value v ON v.submission_id = s.id "
                                  "ORDER BY s.unit_id, s.year, v.indicator_id"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4|%5").arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4));
    return rows;
}

void TestDemoGenerator::demoCoversEveryActiveUnit()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    UnitRepository units(db);
    SubmissionRepository submissions(db);
    QCOMPARE(submissions.countForYear(2024), units.activeIn(2024).size());
    QCOMPARE(submissions.countForYear(2025), units.activeIn(2025).size() - 1); // one missing

    const QDate deadline2025 = YearSettingsRepository(db).forYear(2025)->unitDeadline;
    int late = 0;
    for (const Submission &s : submissions.forYear(2025))
        late += s.receivedDate > deadline2025;
    QVERIFY(late >= 2);
    QVERIFY(late < submissions.countForYear(2025));

    // Reviewed scores for 2024 only; self-scores both years.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_score sc JOIN submission s ON s.id = "
                                      "sc.submission_id WHERE s.year = 2024 AND sc.reviewed_score IS NULL")) == 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_score sc JOIN submission s ON s.id = "
                                      "sc.submission_id WHERE s.year = 2025 AND sc.reviewed_score IS NOT NULL")) == 0);
    // Scores respect each item's maximum.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_score sc JOIN rubric_criterion c ON c.id = "
                                       "sc.criterion_id WHERE c.kind = 'points' AND sc.self_score > c.max_points")),
             0);
}

void TestDemoGenerator::demoIsDeterministic()
{
    Database a;
    TestDatabase::prepare(a, TestDatabase::WithDemo);
    Database b;
    TestDatabase::prepare(b, TestDatabase::WithDemo);
    const QStringList first = snapshot(a);
    QVERIFY(!first.isEmpty());
    QCOMPARE(snapshot(b), first);
}

void TestDemoGenerator::syntheticScale()
{
    Database db;
    TestDatabase::prepare(db);
    int lastDone = 0;
    DemoGenerator(db).addSynthetic(50, 2024, 2026, [&lastDone](int done, int) { lastDone = done; });
    QCOMPARE(UnitRepository(db).count(), 25 + 50);
    QCOMPARE(SubmissionRepository(db).countForYear(2026), 50);
    QCOMPARE(SubmissionRepository(db).countForYear(2027), 0);
    QVERIFY(lastDone > 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
