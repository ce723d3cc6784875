#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "reports/rankedlistdocument.h"
#include "reports/rankingtable.h"
#include "services/rankingservice.h"
#include "services/submissionservice.h"
#include "services/unitlineageservice.h"
#include "services/yearlockservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

// Ranking rules (ties at every level, groups, unreviewed units, TT24 levels) and the
// year lock.
class TestRankingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void points_data();
    void points();
    void levels_data();
    void levels();
    void manyTiesInNameOrder();
    void rulesRoundTrip();
    void savedRulesAreUsed();
    void demoYearIsRankedCompletely();
    void groupsAreRankedSeparately();
    void rollUpNamesTodaysUnits();
    void yearLock();

private:
    static Rubric pointsRubric();
    static Rubric levelsRubric();
    static QList<RankingInput> inputsFrom(const Rubric &rubric, const QStringList &specs);
    static QStringList result(const Ranking &ranking);
};

// Two groups: 1 (items 1.1, 1.2, max 10 each) and 3 (item 3.1, max 10); tiers 25/20/10/0.
Rubric TestRankingService::pointsRubric()
{
    Rubric r;
    r.id = 1;
    r.code = QStringLiteral("TEST");
    r.method = QStringLiteral("points");
    auto add = [&r](qint64 id, qint64 parent, const QString &code, const QString &kind) {
        Criterion c;
        c.id = id;
        c.parentId = parent;
        c.code = code;
        c.kind = kind;
        c.maxPoints = Points::fromWhole(10);
        c.step = Points::fromHundredths(50);
        r.criteria.append(c);
    };
    add(1, 0, QStringLiteral("1"), QStringLiteral("group"));
    add(2, 1, QStringLiteral("1.1"), QStringLiteral("points"));
    add(3, 1, QStringLiteral("1.2"), QStringLiteral("points"));
    add(4, 0, QStringLiteral("3"), QStringLiteral("group"));
    add(5, 4, QStringLiteral("3.1"), QStringLiteral("points"));
    const QList<std::pair<QString, int>> tiers = {{QStringLiteral("Tốt"), 25},
                                                  {QStringLiteral("Khá"), 20},
                                                  {QStringLiteral("Trung bình"), 10},
                                                  {QStringLiteral("Không đạt"), 0}};
    for (const auto &[name, min] : tiers) {
        RubricClass k;
        k.name = name;
        k.minPoints = Points::fromWhole(min);
        r.classes.append(k);
    }
    return r;
}

// Items: a (đạt/không đạt, level 1), b (percentage ≥ 90, level 1), c (đạt, level 2).
Rubric TestRankingService::levelsRubric()
{
    Rubric r;
    r.id = 2;
    r.code = QStringLiteral("TEST24");
    r.method = QStringLiteral("levels");
    auto add = [&r](qint64 id, qint64 parent, const QString &code, const QString &kind, int level) {
        Criterion c;
        c.id = id;
        c.parentId = parent;
        c.code = code;
        c.kind = kind;
        c.level = level;
        c.threshold = Points::fromWhole(90);
        r.criteria.append(c);
    };
    add(10, 0, QStringLiteral("TC1"), QStringLiteral("group"), 0);
    add(11, 10, QStringLiteral("a"), QStringLiteral("passfail"), 1);
    add(12, 10, QStringLiteral("b"), QStringLiteral("percent"), 1);
    add(13, 0, QStringLiteral("TC3"), QStringLiteral("group"), 0);
    add(14, 13, QStringLiteral("c"), QStringLiteral("passfail"), 2);
    const QList<std::pair<QString, int>> levels = {
        {QStringLiteral("Mức độ 2"), 2}, {QStringLiteral("Mức độ 1"), 1}, {QStringLiteral("Chưa đạt"), 0}};
    for (const auto &[name, level] : levels) {
        RubricClass k;
        k.name = name;
        k.level = level;
        r.classes.append(k);
    }
    return r;
}

// "Name: s1 s2 s3 | timeliness | dd/mm": scores by item in rubric order ("-" = not
// reviewed), timeliness o (on time), l (late), m (missing), and the date received.
QList<RankingInput> TestRankingService::inputsFrom(const Rubric &rubric, const QStringList &specs)
{
    QList<qint64> items;
    for (const Criterion &c : rubric.criteria)
        if (c.kind != QLatin1String("group"))
            items.append(c.id);
    QList<RankingInput> inputs;
    qint64 id = 100;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char('|'));
        const QString name = parts.at(0).section(QLatin1Char(':'), 0, 0).trimmed();
        const QStringList scores = parts.at(0).section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        RankingInput in;
        in.unit.id = ++id;
        in.unit.name = name;
        for (qsizetype k = 0; k < scores.size() && k < items.size(); ++k)
            if (scores.at(k) != QLatin1String("-"))
                in.reviewed.insert(items.at(k), *Points::parse(scores.at(k)));
        const QString t = parts.value(1).trimmed();
        in.timeliness = t == QLatin1String("o")   ? Timeliness::OnTime
                        : t == QLatin1String("l") ? Timeliness::Late
                                                  : Timeliness::Missing;
        if (parts.size() > 2)
            in.received =
                QDate::fromString(parts.at(2).trimmed() + QStringLiteral("/2025"), QStringLiteral("dd/MM/yyyy"));
        inputs.append(in);
    }
    return inputs;
}

// "rank name classification" per row, "=" marking a shared rank, "-" an unranked unit.
QStringList TestRankingService::result(const Ranking &ranking)
{
    QStringList rows;
    for (const RankedUnit &r : ranking.rows)
        rows.append(QStringLiteral("%1%2 %3%4")
                        .arg(r.isRanked() ? QString::number(r.rank) : QStringLiteral("-"))
                        .arg(r.shared ? QStringLiteral("=") : QString())
                        .arg(r.unit.name)
                        .arg(r.classification.isEmpty() ? QString() : QLatin1Char(' ') + r.classification));
    return rows;
}

void TestRankingService::points_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by total, tiers") << QStringList{QStringLiteral("An: 5 5 5|o|20/11"),
                                                    QStringLiteral("Bình: 10 10 10|o|20/11"),
                                                    QStringLiteral("Châu: 8 8 5|o|20/11"),
                                                    QStringLiteral("Dương: 2 2 2|o|20/11")}
                                     << QString()
                                     << QStringList{QStringLiteral("1 Bình Tốt"), QStringLiteral("2 Châu Khá"),
                                                    QStringLiteral("3 An Trung bình"),
                                                    QStringLiteral("4 Dương Không đạt")};
    QTest::newRow("tie: criterion 3 first")
        << QStringList{QStringLiteral("An: 10 5 5|o|20/11"), QStringLiteral("Bình: 5 5 10|o|20/11")} << QString()
        << QStringList{QStringLiteral("1 Bình Khá"), QStringLiteral("2 An Khá")};
    QTest::newRow("tie: on time before late")
        << QStringList{QStringLiteral("An: 5 5 10|l|01/12"), QStringLiteral("Bình: 5 5 10|o|29/11")} << QString()
        << QStringList{QStringLiteral("1 Bình Khá"), QStringLiteral("2 An Khá")};
    QTest::newRow("tie: earlier received")
        << QStringList{QStringLiteral("An: 5 5 10|o|25/11"), QStringLiteral("Bình: 5 5 10|o|20/11")} << QString()
        << QStringList{QStringLiteral("1 Bình Khá"), QStringLiteral("2 An Khá")};
    QTest::newRow("still equal: shared, numbering skips")
        << QStringList{QStringLiteral("An: 9 9 9|o|20/11"), QStringLiteral("Bình: 5 5 10|o|20/11"),
                       QStringLiteral("Châu: 5 5 10|o|20/11"), QStringLiteral("Dương: 1 1 1|o|20/11")}
        << QString()
        << QStringList{QStringLiteral("1 An Tốt"), QStringLiteral("2= Bình Khá"), QStringLiteral("2= Châu Khá"),
                       QStringLiteral("4 Dương Không đạt")};
    QTest::newRow("rules off: equal totals share")
        << QStringList{QStringLiteral("An: 10 5 5|l|01/12"), QStringLiteral("Bình: 5 5 10|o|20/11")}
        << QStringLiteral("-group:3,-on_time,-earlier_received")
        << QStringList{QStringLiteral("1= An Khá"), QStringLiteral("1= Bình Khá")};
    QTest::newRow("reordered rules: earlier received before group 3")
        << QStringList{QStringLiteral("An: 10 5 5|o|19/11"), QStringLiteral("Bình: 5 5 10|o|20/11")}
        << QStringLiteral("earlier_received,group:3")
        << QStringList{QStringLiteral("1 An Khá"), QStringLiteral("2 Bình Khá")};
    QTest::newRow("unreviewed after ranked, never ranked on self-score")
        << QStringList{QStringLiteral("Bình: - - -|o|20/11"), QStringLiteral("An: 10 - 10|o|20/11"),
                       QStringLiteral("Đông: 1 1 1|l|02/12")}
        << QString()
        << QStringList{QStringLiteral("1 Đông Không đạt"), QStringLiteral("- An"), QStringLiteral("- Bình")};
    QTest::newRow("equal units and unreviewed ones in Vietnamese order of names, whatever the input order")
        << QStringList{QStringLiteral("Đông: 5 5 10|o|20/11"), QStringLiteral("Cần: - - -|o|20/11"),
                       QStringLiteral("Ân: 5 5 10|o|20/11"),   QStringLiteral("Bến: 9 9 9|o|20/11"),
                       QStringLiteral("Anh: 5 5 10|o|20/11"),  QStringLiteral("Châu: 1 - 1|o|20/11")}
        << QString()
        << QStringList{QStringLiteral("1 Bến Tốt"),   QStringLiteral("2= Anh Khá"), QStringLiteral("2= Ân Khá"),
                       QStringLiteral("2= Đông Khá"), QStringLiteral("- Cần"),      QStringLiteral("- Châu")};
    QTest::newRow("missing submission after late")
        << QStringList{QStringLiteral("An: 5 5 5|m|"), QStringLiteral("Bình: 5 5 5|l|03/12")} << QString()
        << QStringList{QStringLiteral("1 Bình Trung bình"), QStringLiteral("2 An Trung bình")};
}

void TestRankingService::points()
{
    QFETCH(QStringList, units);
    QFETCH(QString, rules);
    QFETCH(QStringList, expected);
    const Rubric rubric = pointsRubric();
    const QList<TieRule> tieRules =
        rules.isEmpty() ? RankingService::defaultRules(rubric) : TieRule::listFromText(rules);
    const Ranking ranking = RankingService::rank(rubric, inputsFrom(rubric, units), tieRules);
    QCOMPARE(result(ranking), expected);
}

void TestRankingService::levels_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("levels first") << QStringList{QStringLiteral("An: 1 95 0|o|20/11"),
                                                 QStringLiteral("Bình: 1 95 1|l|02/12"),
                                                 QStringLiteral("Châu: 0 95 1|o|20/11")}
                                  << QStringList{QStringLiteral("1 Bình Mức độ 2"), QStringLiteral("2 An Mức độ 1"),
                                                 QStringLiteral("3 Châu Chưa đạt")};
    QTest::newRow("percentage at the threshold is met")
        << QStringList{QStringLiteral("An: 1 89,99 1|o|20/11"), QStringLiteral("Bình: 1 90 0|o|20/11")}
        << QStringList{QStringLiteral("1 Bình Mức độ 1"), QStringLiteral("2 An Chưa đạt")};
    QTest::newRow("within a level, more chỉ tiêu met first")
        << QStringList{QStringLiteral("An: 0 50 0|o|20/11"), QStringLiteral("Bình: 0 95 1|o|20/11")}
        << QStringList{QStringLiteral("1 Bình Chưa đạt"), QStringLiteral("2 An Chưa đạt")};
    QTest::newRow("same level and count: tie rules, then shared")
        << QStringList{QStringLiteral("An: 1 95 0|l|01/12"), QStringLiteral("Bình: 1 95 0|o|25/11"),
                       QStringLiteral("Châu: 1 95 0|o|25/11")}
        << QStringList{QStringLiteral("1= Bình Mức độ 1"), QStringLiteral("1= Châu Mức độ 1"),
                       QStringLiteral("3 An Mức độ 1")};
}

void TestRankingService::levels()
{
    QFETCH(QStringList, units);
    QFETCH(QStringList, expected);
    const Rubric rubric = levelsRubric();
    const Ranking ranking =
        RankingService::rank(rubric, inputsFrom(rubric, units), RankingService::defaultRules(rubric));
    QVERIFY(ranking.byLevels);
    QCOMPARE(result(ranking), expected);
}

// Many units, few distinct figures and recurring names: the units that share a rank, and
// the unreviewed ones, follow the Vietnamese order of their names, equal names their
// order in the input (ids here).
void TestRankingService::manyTiesInNameOrder()
{
    const QStringList names{QStringLiteral("Đông"), QStringLiteral("Anh"), QStringLiteral("Châu"),
                            QStringLiteral("Ân"),   QStringLiteral("Cần"), QStringLiteral("Dương"),
                            QStringLiteral("Bến")};
    const QStringList scores{QStringLiteral("5 5 10"), QStringLiteral("9 9 9"), QStringLiteral("5 - 10"),
                             QStringLiteral("10 5 5"), QStringLiteral("- - -")};
    QStringList specs;
    for (int i = 0; i < 400; ++i)
        specs.append(QStringLiteral("%1: %2|%3|2%4/11")
                         .arg(names.at((i * 5) % names.size()), scores.at((i * 3) % scores.size()),
                              i % 4 == 0 ? QStringLiteral("l") : QStringLiteral("o"), QString::number(i % 2)));
    const Rubric rubric = pointsRubric();
    const Ranking ranking =
        RankingService::rank(rubric, inputsFrom(rubric, specs), RankingService::defaultRules(rubric));
    QCOMPARE(ranking.rows.size(), 400);
    const VietnameseCollator collator;
    int shared = 0;
    int unranked = 0;
    for (qsizetype i = 1; i < ranking.rows.size(); ++i) {
        const RankedUnit &a = ranking.rows.at(i - 1);
        const RankedUnit &b = ranking.rows.at(i);
        QVERIFY(a.isRanked() || !b.isRanked());
        if (a.isRanked() && b.isRanked())
            QVERIFY(a.rank <= b.rank);
        const bool together = a.isRanked() ? b.rank == a.rank : !b.isRanked();
        if (!together)
            continue;
        shared += b.isRanked();
        unranked += !b.isRanked();
        const int byName = collator.compare(a.unit.name, b.unit.name);
        QVERIFY2(byName < 0 || (byName == 0 && a.unit.id < b.unit.id), qPrintable(a.unit.name + b.unit.name));
    }
    QVERIFY(shared > 100);
    QVERIFY(unranked > 100);
}

void TestRankingService::rulesRoundTrip()
{
    const QList<TieRule> rules = {{TieRule::EarlierReceived, true, {}},
                                  {TieRule::GroupTotal, false, QStringLiteral("3")},
                                  {TieRule::OnTime, true, {}}};
    QCOMPARE(TieRule::listToText(rules), QStringLiteral("earlier_received,-group:3,on_time"));
    bool ok = false;
    QCOMPARE(TieRule::listFromText(TieRule::listToText(rules), &ok), rules);
    QVERIFY(ok);
    TieRule::listFromText(QStringLiteral("on_time,alphabetical"), &ok);
    QVERIFY(!ok);
    const QList<TieRule> defaults = RankingService::defaultRules(pointsRubric());
    QCOMPARE(TieRule::listToText(defaults), QStringLiteral("group:3,on_time,earlier_received"));
}

void TestRankingService::savedRulesAreUsed()
{
    Database db;
    TestDatabase::prepare(db);
    RankingService service(db);
    const Rubric rubric = SubmissionService(db).context(2025).rubric;
    QCOMPARE(TieRule::listToText(service.rules(rubric)), QStringLiteral("group:3,on_time,earlier_received"));
    service.saveRules(TieRule::listFromText(QStringLiteral("on_time,-earlier_received")));
    QCOMPARE(TieRule::listToText(service.rules(rubric)), QStringLiteral("on_time,-earlier_received"));
}

void TestRankingService::demoYearIsRankedCompletely()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    const Ranking ranking = RankingService(db).rankYear(2024); // the demo reviewed 2024
    QCOMPARE(ranking.rows.size(), SubmissionService(db).context(2024).units.size());
    int previousRank = 0;
    std::optional<Points> previousTotal;
    for (qsizetype i = 0; i < ranking.rows.size(); ++i) {
        const RankedUnit &r = ranking.rows.at(i);
        QVERIFY2(r.isRanked(), qPrintable(r.unit.name));
        QVERIFY(r.rank == int(i) + 1 || (r.shared && r.rank == previousRank));
        if (previousTotal)
            QVERIFY(*r.total <= *previousTotal);
        QVERIFY(!r.classification.isEmpty());
        previousRank = r.rank;
        previousTotal = r.total;
    }
    // 2025 has no reviewed scores: nobody is ranked.
    const Ranking unreviewed = RankingService(db).rankYear(2025);
    QVERIFY(std::none_of(unreviewed.rows.cbegin(), unreviewed.rows.cend(),
                         [](const RankedUnit &r) { return r.isRanked(); }));
}

void TestRankingService::rollUpNamesTodaysUnits()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    QHash<QString, qint64> ids;
    for (const Unit &unit : UnitRepository(db).all())
        ids.insert(unit.code, unit.id);
    // Two of the Sở's units become one in 2026; the district units ended on 30/06/2025.
    UnitLineageService lineage(db);
    lineage.merge({ids.value(QStringLiteral("BT"))}, ids.value(QStringLiteral("TV")), Unit(), QDate(2026, 3, 1));

    const RankingService service(db);
    Ranking ranking = service.rankYear(2024);
    const Ranking before = ranking;
    service.rollUp(ranking, QDate(2026, 6, 1));
    QVERIFY(ranking.isRolledUp());
    QCOMPARE(ranking.rows.size(), before.rows.size());
    for (qsizetype i = 0; i < ranking.rows.size(); ++i) {
        const RankedUnit &row = ranking.rows.at(i);
        QCOMPARE(row.rank, before.rows.at(i).rank); // ranked as they were
        if (row.unit.code == QLatin1String("BT"))
            QCOMPARE(row.currentUnit, QStringLiteral("Thư viện tỉnh Tây Ninh"));
        else if (row.unit.kind.startsWith(QLatin1String("district")))
            QCOMPARE(row.currentUnit, QStringLiteral("(không còn hoạt động)"));
        else
            QVERIFY2(row.currentUnit.isEmpty(), qPrintable(row.unit.name));
    }
    // Before the merge, the Bảo tàng is still itself.
    Ranking early = service.rankYear(2024);
    service.rollUp(early, QDate(2026, 1, 1));
    for (const RankedUnit &row : std::as_const(early.rows))
        if (row.unit.code == QLatin1String("BT"))
            QVERIFY(row.currentUnit.isEmpty());

    // The tables gain the column last; the printed list right after the unit.
    QCOMPARE(RankingTable::machineKeys(true).last(), QStringLiteral("current_unit"));
    QCOMPARE(RankingTable::vietnameseHeaders(ranking).last(), QStringLiteral("Đơn vị hiện nay"));
    QCOMPARE(RankingTable::vietnameseHeaders(before).size(), 6);
    const DocumentTable table = RankedListDocument::table(ranking);
    QCOMPARE(table.columns.at(2).header, QStringLiteral("Đơn vị hiện nay"));
    for (qsizetype i = 0; i < ranking.rows.size(); ++i) {
        QCOMPARE(table.rows.at(i).cells.at(1), ranking.rows.at(i).unit.name);
        QCOMPARE(table.rows.at(i).cells.at(2), ranking.rows.at(i).currentUnit);
        QCOMPARE(RankingTable::machineRows(ranking).at(i).last(), ranking.rows.at(i).currentUnit);
    }
    QCOMPARE(RankedListDocument::table(before).columns.size(), 5);
}

void TestRankingService::groupsAreRankedSeparately()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    const QList<Ranking> groups = RankingService(db).rankYearByGroup(2024);
    QVERIFY(groups.size() >= 2);
    qsizetype units = 0;
    for (const Ranking &g : groups) {
        QVERIFY(!g.rows.isEmpty());
        QCOMPARE(g.rows.first().rank, 1);
        for (const RankedUnit &r : g.rows)
            QCOMPARE(r.unit.group, g.group);
        units += g.rows.size();
        const Ranking alone = RankingService(db).rankYear(2024, g.group);
        QCOMPARE(result(alone), result(g));
    }
    QCOMPARE(units, SubmissionService(db).context(2024).units.size());
}

void TestRankingService::yearLock()
{
    Database db;
    TestDatabase::prepare(db, TestDatabase::WithDemo);
    YearLockService locks(db);
    QSignalSpy changed(&locks, &YearLockService::lockChanged);
    QVERIFY(!locks.isLocked(2025));
    const int audit = AuditRepository(db).count();
    locks.lock(2025);
    QVERIFY(locks.isLocked(2025));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AuditRepository(db).count(), audit + 1);
    const QList<AuditEntry> entries = AuditRepository(db).forEntity(QStringLiteral("year"), 2025);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("lock"));

    SubmissionService submissions(db);
    Submission s = submissions.load(submissions.context(2025).units.first().id, 2025);
    s.note = QStringLiteral("after the lock");
    QVERIFY_THROWS_EXCEPTION(ValidationError, submissions.save(s));
    QVERIFY_THROWS_EXCEPTION(ValidationError, locks.lock(2025)); // already locked
    QVERIFY_THROWS_EXCEPTION(ValidationError, locks.lock(1999)); // no such year

    locks.unlock(2025);
    QVERIFY(!locks.isLocked(2025));
    submissions.save(s);
    QCOMPARE(AuditRepository(db).forEntity(QStringLiteral("year"), 2025).last().action, QStringLiteral("unlock"));
}

QTEST_GUILESS_MAIN(TestRankingService)
#include "tst_rankingservice.moc"
