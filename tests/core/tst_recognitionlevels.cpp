#include "domain/rubric.h"
#include "domain/submission.h"
#include "domain/yearcontext.h"
#include "services/rankingservice.h"
#include "services/rubricservice.h"
#include "services/submissionvalidator.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTest>

// The TT24-2023 preset as seeded (domain.md §1.3): a unit's level with the chỉ tiêu that
// apply only to schools, universities and vocational schools "không áp dụng" for the
// department's units, and the Mức 2 thresholds (≥95% "Công dân học tập", "Tập thể lao
// động xuất sắc").
class TestRecognitionLevels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presetMarksWhatItDoesNotKnow();
    void level_data();
    void level();
    void notApplicableItemsTakeNoScore();

private:
    Database m_db;
    Rubric m_tt24;
};

void TestRecognitionLevels::initTestCase()
{
    TestDatabase::prepare(m_db);
    for (const Rubric &r : RubricService(m_db).all())
        if (r.code == QLatin1String("TT24-2023"))
            m_tt24 = r;
    QVERIFY(m_tt24.id > 0);
}

void TestRecognitionLevels::presetMarksWhatItDoesNotKnow()
{
    QHash<QString, Criterion> byCode;
    for (const Criterion &c : m_tt24.criteria)
        byCode.insert(c.code, c);
    for (const QString &code : {QStringLiteral("TC3.CT4"), QStringLiteral("TC3.CT5"), QStringLiteral("TC3.CT6")}) {
        QVERIFY2(byCode.contains(code), qPrintable(code));
        const Criterion &c = byCode.value(code);
        QVERIFY(!c.appliesTo.isEmpty());
        for (const QString &kind : {QStringLiteral("so_office"), QStringLiteral("so_unit"),
                                    QStringLiteral("district_office"), QStringLiteral("district_centre")})
            QVERIFY2(!c.appliesToKind(kind), qPrintable(code + QLatin1Char(' ') + kind));
        QVERIFY(c.note.contains(QStringLiteral("cần đối chiếu văn bản gốc")));
    }
    QVERIFY(byCode.value(QStringLiteral("TC2")).note.contains(QStringLiteral("cần đối chiếu văn bản gốc")));
    QCOMPARE(m_tt24.itemCount(), 15);
    QCOMPARE(m_tt24.itemCountFor(QStringLiteral("so_unit")), 12);
    QCOMPARE(m_tt24.itemCountFor(QStringLiteral("school")), 13);
    QCOMPARE(byCode.value(QStringLiteral("TC3.CT1.M2")).threshold, Points::fromWhole(95));
    QCOMPARE(byCode.value(QStringLiteral("TC3.CT1.M2")).level, 2);
    QCOMPARE(byCode.value(QStringLiteral("TC3.CT3.M2")).level, 2);
    QVERIFY(byCode.value(QStringLiteral("TC3.CT3.M2")).title.contains(QStringLiteral("xuất sắc")));
}

void TestRecognitionLevels::level_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("scores"); // code=value over the base: every level 1 item met, level 2 not
    QTest::addColumn<int>("items");      // chỉ tiêu that apply
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("level");

    QTest::newRow("culture unit, level 1, n/a items unscored") << "so_unit"
                                                               << "" << 12 << true << 1;
    QTest::newRow("provincial office, level 1") << "so_office"
                                                << "" << 12 << true << 1;
    QTest::newRow("district centre, level 1") << "district_centre"
                                              << "" << 12 << true << 1;
    QTest::newRow("n/a item scored không đạt does not block") << "so_unit"
                                                              << "TC3.CT5=0 TC3.CT6=0" << 12 << true << 1;
    QTest::newRow("a school must meet CT4: unscored, not complete") << "school"
                                                                    << "" << 13 << false << 0;
    QTest::newRow("a school not meeting CT4") << "school"
                                              << "TC3.CT4=0" << 13 << true << 0;
    QTest::newRow("a school meeting CT4") << "school"
                                          << "TC3.CT4=1" << 13 << true << 1;
    QTest::newRow("level 1 at exactly 90%") << "so_unit"
                                            << "TC3.CT1=90" << 12 << true << 1;
    QTest::newRow("level 1 just under 90%") << "so_unit"
                                            << "TC3.CT1=89,99" << 12 << true << 0;
    QTest::newRow("Mức 2: 95% and xuất sắc") << "so_unit"
                                             << "TC3.CT1.M2=95 TC3.CT3.M2=1" << 12 << true << 2;
    QTest::newRow("Mức 2 missed at 94.99%") << "so_unit"
                                            << "TC3.CT1.M2=94,99 TC3.CT3.M2=1" << 12 << true << 1;
    QTest::newRow("Mức 2 missed without xuất sắc") << "so_unit"
                                                   << "TC3.CT1.M2=100 TC3.CT3.M2=0" << 12 << true << 1;
    QTest::newRow("Mức 2 items met but a level 1 item not")
        << "so_unit"
        << "TC2.CT1=89 TC3.CT1.M2=97 TC3.CT3.M2=1" << 12 << true << 0;
    QTest::newRow("Mức 2 for a school needs CT4 too") << "school"
                                                      << "TC3.CT4=1 TC3.CT1.M2=96 TC3.CT3.M2=1" << 13 << true << 2;
    QTest::newRow("an unscored item that applies leaves it incomplete") << "so_unit"
                                                                        << "TC1.CT3=-" << 12 << false << 0;
}

void TestRecognitionLevels::level()
{
    QFETCH(QString, kind);
    QFETCH(QString, scores);
    QFETCH(int, items);
    QFETCH(bool, complete);
    QFETCH(int, level);

    QHash<QString, QString> given;
    for (const QString &pair : scores.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        given.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    RankingInput in;
    in.unit.id = 1;
    in.unit.name = QStringLiteral("Thư viện tỉnh");
    in.unit.kind = kind;
    for (const Criterion &c : std::as_const(m_tt24.criteria)) {
        if (c.kind == QLatin1String("group") || (!c.appliesTo.isEmpty() && !given.contains(c.code)))
            continue;
        QString value = c.level == 1 ? (c.kind == QLatin1String("percent") ? QStringLiteral("92") : QStringLiteral("1"))
                                     : QStringLiteral("0");
        value = given.value(c.code, value);
        if (value != QLatin1String("-"))
            in.reviewed.insert(c.id, *Points::parse(value));
    }
    const Ranking ranking = RankingService::rank(m_tt24, {in}, RankingService::defaultRules(m_tt24));
    QVERIFY(ranking.byLevels);
    const RankedUnit &row = ranking.rows.first();
    QCOMPARE(row.items, items);
    QCOMPARE(row.isRanked(), complete);
    QCOMPARE(row.level, level);
    if (complete)
        QCOMPARE(row.classification, level == 2   ? QStringLiteral("Mức độ 2")
                                     : level == 1 ? QStringLiteral("Mức độ 1")
                                                  : QStringLiteral("Chưa đạt"));
}

// The year's scored chỉ tiêu are those that apply to one of its units: none of TC3
// CT4-CT6 for the department's units; CT4 once a school takes part, and then a score for
// it from a culture unit is refused.
void TestRecognitionLevels::notApplicableItemsTakeNoScore()
{
    YearContext context;
    context.year = 2026;
    context.rubric = m_tt24;
    Unit library;
    library.id = 1;
    library.name = QStringLiteral("Thư viện tỉnh");
    library.kind = QStringLiteral("so_unit");
    context.units = {library};
    context.unitIndex.insert(1, 0);
    QCOMPARE(context.scoredCriteria().size(), 12);

    YearContext withSchool = context;
    Unit school = library;
    school.id = 2;
    school.name = QStringLiteral("Trường THPT Tây Ninh");
    school.kind = QStringLiteral("school");
    withSchool.units.append(school);
    withSchool.unitIndex.insert(2, 1);
    const QList<Criterion> scored = withSchool.scoredCriteria();
    QCOMPARE(scored.size(), 13);
    const auto ct4 = std::find_if(scored.cbegin(), scored.cend(),
                                  [](const Criterion &c) { return c.code == QLatin1String("TC3.CT4"); });
    QVERIFY(ct4 != scored.cend());

    Submission submission;
    submission.unitId = 1;
    submission.year = 2026;
    CriterionScore score;
    score.criterionId = ct4->id;
    score.self = Points::fromWhole(1);
    submission.scores = {score};
    QList<ValidationIssue> issues = SubmissionValidator::validate(submission, withSchool);
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.field == QLatin1String("self:TC3.CT4") && i.message.contains(QStringLiteral("không áp dụng"));
    }));
    submission.unitId = 2;
    issues = SubmissionValidator::validate(submission, withSchool);
    QVERIFY(std::none_of(issues.cbegin(), issues.cend(),
                         [](const ValidationIssue &i) { return i.field == QLatin1String("self:TC3.CT4"); }));
}

QTEST_GUILESS_MAIN(TestRecognitionLevels)
#include "tst_recognitionlevels.moc"
