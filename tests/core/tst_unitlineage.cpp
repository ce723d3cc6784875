#include "domain/annualreport.h"
#include "domain/reminderletter.h"
#include "domain/validationissue.h"
#include "services/annualreportservice.h"
#include "services/submissionservice.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/submissionrepository.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QTest>

// The units over time: every refusal, the effects of each lineage operation on validity
// and events, exact undo and redo, submissions staying with the historical units, the
// roll-up to successors.
class TestUnitLineage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void mergeIntoNewUnit();
    void mergeIntoExistingUnit();
    void splitMapsToAllParts();
    void renameKeepsTheFormerName();
    void dissolveEndsWithoutSuccessor();
    void moveChangesParentAndGroup();
    void undoRestoresExactly_data();
    void undoRestoresExactly();
    void undoIsRefusedWhenChangedSince();
    void submissionsStayWithHistoricalUnits();
    void successorIsCoveredByItsPredecessors();
    void rollUpMapFollowsChains();
    void historyListsEvents();

private:
    qint64 id(const QString &code) const { return UnitRepository(*m_db).byCode(code).value().id; }
    Unit unit(const QString &code) const { return UnitRepository(*m_db).byCode(code).value(); }
    static Unit newUnit(const QString &code, const QString &name, QDate from = QDate(2026, 1, 1));
    // Runs one operation by name, as the data tables give it.
    UnitChange run(const QString &op, QDate date);

    Database *m_db = nullptr;
    UnitLineageService *m_service = nullptr;
};

void TestUnitLineage::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new UnitLineageService(*m_db);
}

void TestUnitLineage::cleanup()
{
    delete m_service;
    delete m_db;
}

Unit TestUnitLineage::newUnit(const QString &code, const QString &name, QDate from)
{
    Unit u;
    u.code = code;
    u.name = name;
    u.shortName = name;
    u.kind = QStringLiteral("so_unit");
    u.group = QStringLiteral("Khối đơn vị sự nghiệp");
    u.validFrom = from;
    return u;
}

void TestUnitLineage::refusals_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("other"); // a second code, a target, a parent or a name
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("message");

    const QDate d2026(2026, 1, 1);
    // NFD and upper case still match the stored NFC name.
    const QString libraryNfd = QStringLiteral("THƯ VIỆN TỈNH TÂY NINH").normalized(QString::NormalizationForm_D);
    QTest::newRow("create: same name as an active unit (NFD, upper case)")
        << "create"
        << "TV2" << libraryNfd << d2026 << "already named";
    QTest::newRow("create: code used") << "create"
                                       << "TV"
                                       << "Thư viện mới" << d2026 << "already used";
    QTest::newRow("rename: same name as another active unit") << "rename"
                                                              << "BT" << libraryNfd << d2026 << "already named";
    // Hidden, control and bidirectional characters are refused as in a new unit's name
    // (issue 17), and a name that only differs by invisible characters is a duplicate.
    QTest::newRow("rename: right-to-left override")
        << "rename"
        << "BT" << QStringLiteral("Bảo tàng \u202Eh\u1EC9nt") << d2026 << "U+202E";
    QTest::newRow("rename: zero-width space") << "rename"
                                              << "BT" << QStringLiteral("Bảo tàng\u200B mới") << d2026 << "U+200B";
    QTest::newRow("rename: C0 control (bell)") << "rename"
                                               << "BT" << QStringLiteral("Bảo tàng\u0007 mới") << d2026 << "U+0007";
    QTest::newRow("rename: C1 control") << "rename"
                                        << "BT" << QStringLiteral("Bảo tàng\u009B mới") << d2026 << "U+009B";
    QTest::newRow("rename: escape") << "rename"
                                    << "BT" << QStringLiteral("Bảo tàng\u001B[31m mới") << d2026 << "U+001B";
    QTest::newRow("rename: another unit's name with a zero-width space")
        << "rename"
        << "BT" << QStringLiteral("Thư viện\u200B tỉnh Tây\u2060 Ninh") << d2026 << "already named “Thư viện tỉnh";
    QTest::newRow("rename: after the plan period") << "rename"
                                                   << "BT"
                                                   << "Bảo tàng mới" << QDate(2031, 1, 1) << "outside the plan period";
    QTest::newRow("dissolve: before the plan period") << "dissolve"
                                                      << "BT"
                                                      << "" << QDate(2023, 12, 31) << "outside the plan period";
    QTest::newRow("rename: before the unit's creation")
        << "rename"
        << "NEW"
        << "Tên khác" << QDate(2025, 6, 1) << "was created on 01/01/2026";
    QTest::newRow("dissolve: on the unit's first day") << "dissolve"
                                                       << "NEW"
                                                       << "" << QDate(2026, 1, 1) << "was created on 01/01/2026";
    QTest::newRow("merge: into a dissolved unit") << "merge"
                                                  << "VP"
                                                  << "PVHTT-TPTN" << d2026 << "Cannot merge into";
    QTest::newRow("merge: into itself") << "merge"
                                        << "VP"
                                        << "VP" << d2026 << "merged into itself";
    QTest::newRow("merge: a unit already ended") << "merge"
                                                 << "PVHTT-HT"
                                                 << "VP" << d2026 << "no longer valid on 01/01/2026";
    QTest::newRow("merge: target created later") << "merge"
                                                 << "BT"
                                                 << "NEW" << QDate(2025, 7, 1) << "was created on 01/01/2026";
    QTest::newRow("dissolve: already ended") << "dissolve"
                                             << "PVHTT-HT"
                                             << "" << d2026 << "no longer valid";
    QTest::newRow("split: one part only") << "split1"
                                          << "TV"
                                          << "" << d2026 << "at least two";
    QTest::newRow("move: nothing changes") << "move"
                                           << "VP"
                                           << "" << d2026 << "already there";
    QTest::newRow("move: under itself") << "move"
                                        << "VP"
                                        << "VP" << d2026 << "under itself";
    QTest::newRow("dissolve: a submission after the last day")
        << "dissolve"
        << "TTHL"
        << "" << QDate(2025, 7, 1) << "has a submission for 2026";
}

UnitChange TestUnitLineage::run(const QString &op, QDate date)
{
    QFETCH(QString, code);
    QFETCH(QString, other);
    if (op == QLatin1String("create"))
        return m_service->create(newUnit(code, other, date));
    if (op == QLatin1String("rename"))
        return m_service->rename(id(code), other, date);
    if (op == QLatin1String("merge"))
        return m_service->merge({id(code)}, id(other), {}, date);
    if (op == QLatin1String("dissolve"))
        return m_service->dissolve(id(code), date);
    if (op == QLatin1String("split1"))
        return m_service->split(id(code), {newUnit(QStringLiteral("P1"), QStringLiteral("Phần một"))}, date);
    if (op == QLatin1String("move")) {
        const Unit u = unit(code);
        return m_service->move(u.id, other.isEmpty() ? u.parentId : id(other), u.group, date);
    }
    qFatal("unknown operation");
}

void TestUnitLineage::refusals()
{
    QFETCH(QString, op);
    QFETCH(QDate, date);
    QFETCH(QString, message);
    m_service->create(newUnit(QStringLiteral("NEW"), QStringLiteral("Đơn vị mới 2026")));
    SubmissionRepository submissions(*m_db);
    Submission s;
    s.unitId = id(QStringLiteral("TTHL"));
    s.year = 2026;
    submissions.insert(s);

    const QList<Unit> unitsBefore = UnitRepository(*m_db).all();
    const int eventsBefore = int(UnitRepository(*m_db).events().size());
    const int auditBefore = AuditRepository(*m_db).count();
    try {
        run(op, date);
        QFAIL("the operation was not refused");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    const QList<Unit> unitsAfter = UnitRepository(*m_db).all();
    QCOMPARE(unitsAfter.size(), unitsBefore.size());
    for (qsizetype i = 0; i < unitsAfter.size(); ++i)
        QVERIFY(UnitService::sameUnit(unitsAfter.at(i), unitsBefore.at(i)));
    QCOMPARE(int(UnitRepository(*m_db).events().size()), eventsBefore);
    QCOMPARE(AuditRepository(*m_db).count(), auditBefore);
}

void TestUnitLineage::mergeIntoNewUnit()
{
    const QDate date(2026, 1, 1);
    const int auditBefore = AuditRepository(*m_db).count();
    const UnitChange change = m_service->merge(
        {id(QStringLiteral("TTVH")), id(QStringLiteral("TTHL"))}, 0,
        newUnit(QStringLiteral("TTVHTT"), QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh")), date);
    QCOMPARE(change.createdUnitIds.size(), 1);
    const Unit target = unit(QStringLiteral("TTVHTT"));
    QCOMPARE(target.id, change.createdUnitIds.first());
    QCOMPARE(target.validFrom, date);
    QVERIFY(target.validTo.isNull());
    for (const QString &code : {QStringLiteral("TTVH"), QStringLiteral("TTHL")}) {
        QCOMPARE(unit(code).validTo, QDate(2025, 12, 31));
        QCOMPARE(UnitService(*m_db).successorOf(id(code), QDate(2026, 6, 1)), target.id);
        QCOMPARE(UnitService(*m_db).successorOf(id(code), QDate(2025, 6, 1)), id(code));
    }
    int merged = 0;
    for (const UnitEvent &e : UnitRepository(*m_db).events()) {
        if (e.type == QLatin1String("merged_into")) {
            ++merged;
            QCOMPARE(e.relatedUnitId, target.id);
            QCOMPARE(e.date, date);
        }
    }
    QCOMPARE(merged, 2);
    QCOMPARE(change.events.size(), 3); // created + 2 merged_into
    QVERIFY(AuditRepository(*m_db).count() > auditBefore);
    // A source's name may be taken by the new unit: the sources end the day before.
    QVERIFY(m_service
                ->checkMerge({id(QStringLiteral("TV"))}, 0,
                             newUnit(QStringLiteral("TV2"), QStringLiteral("Thư viện tỉnh Tây Ninh")), date)
                .isEmpty());
}

void TestUnitLineage::mergeIntoExistingUnit()
{
    const UnitChange change =
        m_service->merge({id(QStringLiteral("TTTT"))}, id(QStringLiteral("VP")), {}, QDate(2025, 7, 1));
    QVERIFY(change.createdUnitIds.isEmpty());
    QCOMPARE(unit(QStringLiteral("TTTT")).validTo, QDate(2025, 6, 30));
    QVERIFY(unit(QStringLiteral("VP")).validTo.isNull());
    QCOMPARE(UnitService(*m_db).successorsOf(id(QStringLiteral("TTTT")), QDate(2030, 1, 1)),
             QList<qint64>{id(QStringLiteral("VP"))});
}

void TestUnitLineage::splitMapsToAllParts()
{
    m_service->split(id(QStringLiteral("TV")),
                     {newUnit(QStringLiteral("TV-A"), QStringLiteral("Thư viện tỉnh (cơ sở Tây Ninh)")),
                      newUnit(QStringLiteral("TV-B"), QStringLiteral("Thư viện tỉnh (cơ sở Long An)"))},
                     QDate(2026, 1, 1));
    QCOMPARE(unit(QStringLiteral("TV")).validTo, QDate(2025, 12, 31));
    QCOMPARE(unit(QStringLiteral("TV-A")).validFrom, QDate(2026, 1, 1));
    const QList<qint64> expected = {id(QStringLiteral("TV-A")), id(QStringLiteral("TV-B"))};
    QCOMPARE(UnitService(*m_db).successorsOf(id(QStringLiteral("TV")), QDate(2026, 1, 1)), expected);
    QCOMPARE(UnitService(*m_db).successorOf(id(QStringLiteral("TV")), QDate(2026, 1, 1)), expected.first());
    int splits = 0;
    for (const UnitEvent &e : UnitRepository(*m_db).events())
        splits += e.type == QLatin1String("split_into") && e.unitId == id(QStringLiteral("TV"));
    QCOMPARE(splits, 2);
}

void TestUnitLineage::renameKeepsTheFormerName()
{
    const QString before = unit(QStringLiteral("BT")).name;
    const QString after = QStringLiteral("Bảo tàng tỉnh Tây Ninh (mới)");
    m_service->rename(id(QStringLiteral("BT")), after, QDate(2026, 3, 1));
    QCOMPARE(unit(QStringLiteral("BT")).name, after);
    QCOMPARE(UnitService(*m_db).nameOn(id(QStringLiteral("BT")), QDate(2026, 2, 28)), before);
    QCOMPARE(UnitService(*m_db).nameOn(id(QStringLiteral("BT")), QDate(2026, 3, 1)), after);
    const UnitEvent e = UnitRepository(*m_db).events().last();
    QCOMPARE(e.type, QStringLiteral("renamed"));
    QCOMPARE(e.oldValue, before);
    QCOMPARE(e.newValue, after);
    QCOMPARE(e.date, QDate(2026, 3, 1));
    // Taking the name of a unit that has ended is allowed.
    m_service->rename(id(QStringLiteral("TV")), QStringLiteral("Phòng Văn hóa và Thông tin thành phố Tây Ninh"),
                      QDate(2025, 7, 1));
}

void TestUnitLineage::dissolveEndsWithoutSuccessor()
{
    m_service->dissolve(id(QStringLiteral("TTTT")), QDate(2027, 1, 1));
    QCOMPARE(unit(QStringLiteral("TTTT")).validTo, QDate(2026, 12, 31));
    QVERIFY(UnitService(*m_db).successorsOf(id(QStringLiteral("TTTT")), QDate(2027, 1, 1)).isEmpty());
    QCOMPARE(UnitService(*m_db).successorOf(id(QStringLiteral("TTTT")), QDate(2027, 1, 1)), 0);
    QCOMPARE(UnitRepository(*m_db).events().last().type, QStringLiteral("dissolved"));
}

void TestUnitLineage::moveChangesParentAndGroup()
{
    m_service->move(id(QStringLiteral("TTTT")), id(QStringLiteral("VP")), QStringLiteral("Khối mới"),
                    QDate(2026, 1, 1));
    QCOMPARE(unit(QStringLiteral("TTTT")).parentId, id(QStringLiteral("VP")));
    QCOMPARE(unit(QStringLiteral("TTTT")).group, QStringLiteral("Khối mới"));
    const UnitEvent e = UnitRepository(*m_db).events().last();
    QCOMPARE(e.type, QStringLiteral("moved"));
    QCOMPARE(e.relatedUnitId, id(QStringLiteral("VP")));
    QVERIFY(e.newValue.contains(QStringLiteral("VP")));
}

void TestUnitLineage::undoRestoresExactly_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("create") << "create";
    QTest::newRow("rename") << "rename";
    QTest::newRow("merge into new") << "merge";
    QTest::newRow("split") << "split";
    QTest::newRow("dissolve") << "dissolve";
    QTest::newRow("move") << "move";
}

void TestUnitLineage::undoRestoresExactly()
{
    QFETCH(QString, op);
    auto snapshot = [this] { return qMakePair(UnitRepository(*m_db).all(), UnitRepository(*m_db).events()); };
    auto same = [](const QPair<QList<Unit>, QList<UnitEvent>> &a, const QPair<QList<Unit>, QList<UnitEvent>> &b) {
        if (a.first.size() != b.first.size() || a.second.size() != b.second.size())
            return false;
        for (qsizetype i = 0; i < a.first.size(); ++i)
            if (!UnitService::sameUnit(a.first.at(i), b.first.at(i)))
                return false;
        for (qsizetype i = 0; i < a.second.size(); ++i) {
            const UnitEvent &x = a.second.at(i);
            const UnitEvent &y = b.second.at(i);
            if (x.id != y.id || x.unitId != y.unitId || x.date != y.date || x.type != y.type ||
                x.relatedUnitId != y.relatedUnitId || x.oldValue != y.oldValue || x.newValue != y.newValue)
                return false;
        }
        return true;
    };
    const auto before = snapshot();
    const QDate date(2026, 1, 1);
    UnitChange change;
    if (op == QLatin1String("create"))
        change = m_service->create(newUnit(QStringLiteral("X"), QStringLiteral("Đơn vị X")));
    else if (op == QLatin1String("rename"))
        change = m_service->rename(id(QStringLiteral("BT")), QStringLiteral("Bảo tàng mới"), date);
    else if (op == QLatin1String("merge"))
        change = m_service->merge({id(QStringLiteral("TTVH")), id(QStringLiteral("TTHL"))}, 0,
                                  newUnit(QStringLiteral("M"), QStringLiteral("Trung tâm hợp nhất")), date);
    else if (op == QLatin1String("split"))
        change = m_service->split(id(QStringLiteral("TV")),
                                  {newUnit(QStringLiteral("A"), QStringLiteral("Phần A")),
                                   newUnit(QStringLiteral("B"), QStringLiteral("Phần B"))},
                                  date);
    else if (op == QLatin1String("dissolve"))
        change = m_service->dissolve(id(QStringLiteral("TTTT")), date);
    else
        change = m_service->move(id(QStringLiteral("TTTT")), id(QStringLiteral("VP")), QStringLiteral("Khối"), date);
    const auto after = snapshot();
    QVERIFY(!same(before, after));
    const int audit = AuditRepository(*m_db).count();

    m_service->undo(change);
    QVERIFY(same(before, snapshot()));
    QVERIFY(AuditRepository(*m_db).count() > audit);

    m_service->redo(change); // the same ids again
    QVERIFY(same(after, snapshot()));
    m_service->undo(change);
    QVERIFY(same(before, snapshot()));
}

void TestUnitLineage::undoIsRefusedWhenChangedSince()
{
    const UnitChange rename =
        m_service->rename(id(QStringLiteral("BT")), QStringLiteral("Bảo tàng A"), QDate(2026, 1, 1));
    m_service->rename(id(QStringLiteral("BT")), QStringLiteral("Bảo tàng B"), QDate(2026, 2, 1));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->undo(rename));
    QCOMPARE(unit(QStringLiteral("BT")).name, QStringLiteral("Bảo tàng B"));

    // A created unit that received a submission meanwhile cannot be removed by an undo.
    const UnitChange created = m_service->create(newUnit(QStringLiteral("X"), QStringLiteral("Đơn vị X")));
    Submission s;
    s.unitId = created.createdUnitIds.first();
    s.year = 2026;
    SubmissionRepository(*m_db).insert(s);
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->undo(created));
    QVERIFY(UnitRepository(*m_db).byCode(QStringLiteral("X")).has_value());
}

void TestUnitLineage::submissionsStayWithHistoricalUnits()
{
    SubmissionRepository submissions(*m_db);
    Submission s;
    s.unitId = id(QStringLiteral("TTVH"));
    s.year = 2025;
    s.documentNumber = QStringLiteral("12/BC-TTVH");
    const qint64 submissionId = submissions.insert(s);
    m_service->merge({id(QStringLiteral("TTVH"))}, id(QStringLiteral("TV")), {}, QDate(2026, 1, 1));
    const Submission stored = submissions.find(id(QStringLiteral("TTVH")), 2025).value();
    QCOMPARE(stored.id, submissionId);
    QCOMPARE(stored.unitId, id(QStringLiteral("TTVH")));
    QCOMPARE(stored.year, 2025);
    bool active2025 = false;
    for (const Unit &u : UnitRepository(*m_db).activeIn(2025))
        active2025 = active2025 || u.code == QLatin1String("TTVH");
    QVERIFY(active2025);
    for (const Unit &u : UnitRepository(*m_db).activeIn(2026))
        QVERIFY(u.code != QLatin1String("TTVH"));
    // Rolled up to today's unit for a multi-year table.
    QCOMPARE(UnitService(*m_db).rollUpTargets(QDate(2026, 1, 1)).value(stored.unitId), id(QStringLiteral("TV")));
}

// The rule of the README ("Merging and splitting"): in the year a unit is formed by a
// merge or a split (after 1 January), it is covered by the reports of the units it
// replaces once every one of them has sent one: not missing, no reminder letter. A unit
// merged into one that was there all year does not cover it; from the next year the new
// unit reports on its own.
void TestUnitLineage::successorIsCoveredByItsPredecessors()
{
    SubmissionService submissions(*m_db);
    const auto send = [&submissions, this](const QString &code) {
        Submission s = submissions.load(id(code), 2026);
        s.unitId = id(code);
        s.year = 2026;
        s.status = QStringLiteral("received");
        s.documentNumber = QStringLiteral("1/BC-") + code;
        s.documentDate = QDate(2026, 6, 1);
        s.receivedDate = QDate(2026, 6, 2);
        submissions.save(s);
    };
    const auto rowOf = [](const SubmissionOverview &overview, qint64 unitId) {
        for (const SubmissionOverviewRow &row : overview.rows)
            if (row.unit.id == unitId)
                return row;
        return SubmissionOverviewRow();
    };
    const int missingBefore = submissions.overview(2026).missing;
    send(QStringLiteral("TTVH"));
    m_service->merge({id(QStringLiteral("TTVH")), id(QStringLiteral("TTHL"))}, 0,
                     newUnit(QStringLiteral("TTVHTT"), QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh"),
                             QDate(2026, 7, 1)),
                     QDate(2026, 7, 1));
    const qint64 successor = id(QStringLiteral("TTVHTT"));

    // One of the two has sent its report: the new unit is missing, and so is TTHL.
    SubmissionOverview overview = submissions.overview(2026);
    QVERIFY(rowOf(overview, successor).isMissing());
    QVERIFY(rowOf(overview, id(QStringLiteral("TTHL"))).isMissing());
    QCOMPARE(overview.missing, missingBefore); // TTVH sent, the new unit did not
    QCOMPARE(overview.covered, 0);

    // Both have: the new unit is covered, named by them, and gets no reminder.
    send(QStringLiteral("TTHL"));
    overview = submissions.overview(2026);
    const SubmissionOverviewRow row = rowOf(overview, successor);
    QVERIFY(row.isCovered());
    QVERIFY(!row.isMissing());
    QCOMPARE(row.coveredBy.size(), 2);
    QVERIFY(row.coveredBy.contains(unit(QStringLiteral("TTVH")).name));
    QCOMPARE(overview.covered, 1);
    QCOMPARE(overview.missing, missingBefore - 2);
    const AnnualReport report = AnnualReportService(*m_db).load(2026);
    QCOMPARE(report.missing(), missingBefore - 2);
    const ReminderLetter letter = AnnualReportService::reminder(report, QDate(2026, 12, 1));
    QVERIFY(!letter.missingUnits.contains(QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh")));
    QCOMPARE(letter.missingUnits.size(), missingBefore - 2);
    for (const ReportGap &gap : AnnualReportService::gaps(report))
        QVERIFY(gap.unitId != successor);

    // The next year it reports on its own.
    QVERIFY(rowOf(submissions.overview(2027), successor).isMissing());

    // Merged into a unit that was there all year: that unit still sends its own report.
    send(QStringLiteral("TV"));
    send(QStringLiteral("BT"));
    m_service->merge({id(QStringLiteral("BT"))}, id(QStringLiteral("TV")), {}, QDate(2026, 9, 1));
    QVERIFY(!rowOf(submissions.overview(2026), id(QStringLiteral("TV"))).isCovered());
}

void TestUnitLineage::rollUpMapFollowsChains()
{
    // TTVH → M (merge, 2026), then M split into A and B (2027), TTTT dissolved (2027).
    m_service->merge({id(QStringLiteral("TTVH"))}, 0, newUnit(QStringLiteral("M"), QStringLiteral("Trung tâm M")),
                     QDate(2026, 1, 1));
    m_service->split(id(QStringLiteral("M")),
                     {newUnit(QStringLiteral("A"), QStringLiteral("Phần A"), QDate(2027, 1, 1)),
                      newUnit(QStringLiteral("B"), QStringLiteral("Phần B"), QDate(2027, 1, 1))},
                     QDate(2027, 1, 1));
    m_service->dissolve(id(QStringLiteral("TTTT")), QDate(2027, 1, 1));
    const QHash<qint64, QList<qint64>> map = UnitService(*m_db).rollUpMap(QDate(2027, 6, 1));
    QCOMPARE(map.value(id(QStringLiteral("TTVH"))), (QList<qint64>{id(QStringLiteral("A")), id(QStringLiteral("B"))}));
    QCOMPARE(map.value(id(QStringLiteral("M"))), (QList<qint64>{id(QStringLiteral("A")), id(QStringLiteral("B"))}));
    QCOMPARE(map.value(id(QStringLiteral("VP"))), QList<qint64>{id(QStringLiteral("VP"))});
    QVERIFY(map.value(id(QStringLiteral("TTTT"))).isEmpty());
    QVERIFY(map.value(id(QStringLiteral("PVHTT-TPTN"))).isEmpty()); // dissolved by the seed
    const QHash<qint64, qint64> targets = UnitService(*m_db).rollUpTargets(QDate(2027, 6, 1));
    QCOMPARE(targets.value(id(QStringLiteral("TTVH"))), id(QStringLiteral("A")));
    QCOMPARE(targets.value(id(QStringLiteral("TTTT"))), 0);
    // On a day before the changes, each unit is its own successor.
    QCOMPARE(UnitService(*m_db).rollUpMap(QDate(2025, 1, 1)).value(id(QStringLiteral("TTVH"))),
             QList<qint64>{id(QStringLiteral("TTVH"))});
}

void TestUnitLineage::historyListsEvents()
{
    const UnitChange change = m_service->merge({id(QStringLiteral("TTVH")), id(QStringLiteral("TTHL"))},
                                               id(QStringLiteral("TV")), {}, QDate(2026, 1, 1));
    const QList<UnitHistoryEntry> history = UnitService(*m_db).history(id(QStringLiteral("TV")));
    int merged = 0;
    for (const UnitHistoryEntry &e : history) {
        if (e.event.type == QLatin1String("merged_into")) {
            ++merged;
            QCOMPARE(e.related.code, QStringLiteral("TV"));
            QVERIFY(e.unit.code == QLatin1String("TTVH") || e.unit.code == QLatin1String("TTHL"));
        }
    }
    QCOMPARE(merged, 2);
    QCOMPARE(history.first().event.type, QStringLiteral("created"));
    const QList<UnitHistoryEntry> all = UnitService(*m_db).history();
    QVERIFY(all.size() > history.size());
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).event.date <= all.at(i).event.date);
}

QTEST_GUILESS_MAIN(TestUnitLineage)
#include "tst_unitlineage.moc"
