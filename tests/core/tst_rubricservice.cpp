#include "services/rubricservice.h"
#include "services/submissionservice.h"
#include "services/yearlockservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/rubricrepository.h"
#include "support/testdatabase.h"

#include <QTest>

// A year's rubric: copies of the presets, edits that never leave a stored score outside
// the rules, locked years.
class TestRubricService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyKeepsTheYearsScores();
    void editChangesMaximaAndGroups();
    void editThatBreaksAScoreIsRefused();
    void presetsStayAsPublished();
    void lockedYearRefusesRubricChanges();
    void assignOnlyWithoutScores();
    void validate_data();
    void validate();

private:
    Criterion &item(Rubric &rubric, const QString &code);
    Database *m_db = nullptr;
};

void TestRubricService::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
}

void TestRubricService::cleanup()
{
    delete m_db;
}

Criterion &TestRubricService::item(Rubric &rubric, const QString &code)
{
    for (Criterion &c : rubric.criteria)
        if (c.code == code)
            return c;
    qFatal("no item");
}

void TestRubricService::copyKeepsTheYearsScores()
{
    RubricService rubrics(*m_db);
    SubmissionService submissions(*m_db);
    const Rubric preset = rubrics.forYear(2025);
    QVERIFY(preset.isPreset);
    const qint64 unit = submissions.context(2025).units.first().id;
    const Submission before = submissions.load(unit, 2025);
    QCOMPARE(before.scores.size(), 10);

    const Rubric copy = rubrics.copyForYear(2025, preset.id);
    QVERIFY(!copy.isPreset);
    QCOMPARE(copy.basedOnId, preset.id);
    QCOMPARE(copy.code, QStringLiteral("TT22-2020-2025"));
    QCOMPARE(rubrics.forYear(2025).id, copy.id);
    QCOMPARE(rubrics.forYear(2024).id, preset.id); // other years keep the preset
    QCOMPARE(copy.itemCount(), preset.itemCount());

    // The year's scores now point at the copy's items, with the same values.
    const Submission after = submissions.load(unit, 2025);
    QCOMPARE(after.scores.size(), 10);
    const YearContext context = submissions.context(2025);
    for (const CriterionScore &s : after.scores) {
        const auto c = std::find_if(context.rubric.criteria.cbegin(), context.rubric.criteria.cend(),
                                    [&s](const Criterion &k) { return k.id == s.criterionId; });
        QVERIFY(c != context.rubric.criteria.cend());
        const auto old = std::find_if(preset.criteria.cbegin(), preset.criteria.cend(),
                                      [&c](const Criterion &k) { return k.code == c->code; });
        QCOMPARE(before.score(old->id)->self, s.self);
    }
    // 2024 still scores against the preset.
    QCOMPARE(submissions.load(unit, 2024).scores.first().criterionId, preset.criteria.at(1).id);
    QCOMPARE(AuditRepository(*m_db).forEntity(QStringLiteral("year"), 2025).last().field, QStringLiteral("rubric"));
}

void TestRubricService::editChangesMaximaAndGroups()
{
    RubricService rubrics(*m_db);
    Rubric copy = rubrics.copyForYear(2026, rubrics.forYear(2026).id); // 2026 has no scores
    item(copy, QStringLiteral("1.1")).maxPoints = Points::fromWhole(12);
    item(copy, QStringLiteral("1.1")).title = QStringLiteral("Có kế hoạch học tập thường xuyên");
    item(copy, QStringLiteral("3.1")).maxPoints = Points::fromWhole(23);
    copy.classes[0].minPoints = Points::fromWhole(90);
    rubrics.update(copy);

    Rubric stored = rubrics.forYear(2026);
    QCOMPARE(item(stored, QStringLiteral("1.1")).maxPoints, Points::fromWhole(12));
    QCOMPARE(item(stored, QStringLiteral("1.1")).title, QStringLiteral("Có kế hoạch học tập thường xuyên"));
    QCOMPARE(item(stored, QStringLiteral("1")).maxPoints, Points::fromWhole(32)); // group follows its items
    QCOMPARE(item(stored, QStringLiteral("3")).maxPoints, Points::fromWhole(38));
    QCOMPARE(stored.classes.first().minPoints, Points::fromWhole(90));
    QStringList fields;
    for (const AuditEntry &e : AuditRepository(*m_db).forEntity(QStringLiteral("rubric"), stored.id))
        fields.append(e.field);
    QVERIFY(fields.contains(QStringLiteral("1.1:max")));
    QVERIFY(fields.contains(QStringLiteral("1.1:title")));
    QVERIFY(fields.contains(QStringLiteral("class:TOT:min")));
}

void TestRubricService::editThatBreaksAScoreIsRefused()
{
    RubricService rubrics(*m_db);
    Rubric copy = rubrics.copyForYear(2025, rubrics.forYear(2025).id);
    item(copy, QStringLiteral("3.1")).maxPoints = Points::fromWhole(20); // demo scores go up to 25
    const int audit = AuditRepository(*m_db).count();
    try {
        rubrics.update(copy);
        QFAIL("an edit that leaves scores above the maximum was saved");
    } catch (const ValidationError &e) {
        QVERIFY(e.message().contains(QLatin1String("3.1")));
        QVERIFY(e.message().contains(QLatin1String("2025")));
    }
    QCOMPARE(AuditRepository(*m_db).count(), audit);
    Rubric stored = rubrics.forYear(2025);
    QCOMPARE(item(stored, QStringLiteral("3.1")).maxPoints, Points::fromWhole(25));
}

void TestRubricService::presetsStayAsPublished()
{
    RubricService rubrics(*m_db);
    Rubric preset = rubrics.forYear(2025);
    item(preset, QStringLiteral("1.1")).title = QStringLiteral("changed");
    QVERIFY_THROWS_EXCEPTION(ValidationError, rubrics.update(preset));
}

void TestRubricService::lockedYearRefusesRubricChanges()
{
    RubricService rubrics(*m_db);
    Rubric copy = rubrics.copyForYear(2025, rubrics.forYear(2025).id);
    YearLockService(*m_db).lock(2025);
    item(copy, QStringLiteral("1.1")).title = QStringLiteral("after the lock");
    QVERIFY_THROWS_EXCEPTION(ValidationError, rubrics.update(copy));
    QVERIFY_THROWS_EXCEPTION(ValidationError, rubrics.copyForYear(2025, copy.id));
    const qint64 tt24 = RubricRepository(*m_db).byCode(QStringLiteral("TT24-2023"))->id;
    QVERIFY_THROWS_EXCEPTION(ValidationError, rubrics.assign(2025, tt24));
    QCOMPARE(rubrics.forYear(2025).id, copy.id);
}

void TestRubricService::assignOnlyWithoutScores()
{
    RubricService rubrics(*m_db);
    const qint64 tt24 = RubricRepository(*m_db).byCode(QStringLiteral("TT24-2023"))->id;
    QVERIFY_THROWS_EXCEPTION(ValidationError, rubrics.assign(2025, tt24)); // 2025 has self-scores
    rubrics.assign(2026, tt24);
    QCOMPARE(rubrics.forYear(2026).code, QStringLiteral("TT24-2023"));
    QCOMPARE(SubmissionService(*m_db).context(2026).scoredCriteria().size(), 12);
}

void TestRubricService::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("unchanged") << ""
                               << "";
    QTest::newRow("max not on the step") << "maxOffStep"
                                         << "criterion:1.1";
    QTest::newRow("zero maximum") << "zeroMax"
                                  << "criterion:1.1";
    QTest::newRow("zero step") << "zeroStep"
                               << "criterion:1.1";
    QTest::newRow("no title") << "noTitle"
                              << "criterion:1.1";
    QTest::newRow("tiers out of order") << "tiersOutOfOrder"
                                        << "class:KHA";
    QTest::newRow("tier above the total") << "tierAboveTotal"
                                          << "class:TOT";
}

void TestRubricService::validate()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    Rubric r = RubricService(*m_db).forYear(2025);
    Criterion &c = item(r, QStringLiteral("1.1"));
    if (change == QLatin1String("maxOffStep"))
        c.maxPoints = Points::fromHundredths(1025);
    else if (change == QLatin1String("zeroMax"))
        c.maxPoints = Points();
    else if (change == QLatin1String("zeroStep"))
        c.step = Points();
    else if (change == QLatin1String("noTitle"))
        c.title = QStringLiteral("  ");
    else if (change == QLatin1String("tiersOutOfOrder"))
        r.classes[1].minPoints = Points::fromWhole(90);
    else if (change == QLatin1String("tierAboveTotal"))
        r.classes[0].minPoints = Points::fromWhole(101);
    const QList<ValidationIssue> issues = RubricService::validate(r);
    if (field.isEmpty()) {
        QVERIFY(issues.isEmpty());
        return;
    }
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().field, field);
}

QTEST_GUILESS_MAIN(TestRubricService)
#include "tst_rubricservice.moc"
