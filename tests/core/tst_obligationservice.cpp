#include "domain/validationissue.h"
#include "services/obligationservice.h"
#include "services/seeder.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/obligationrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The plan's tasks per year and unit: which obligations each year calls for as units
// come and go, idempotent regeneration that keeps the clerk's work, overdue derived
// from a pinned today, audited status changes and refusals that change nothing.
class TestObligationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void generationPerYear_data();
    void generationPerYear();
    void districtUnitsEndIn2025();
    void newUnitGetsItsKindsTasks();
    void generationIsIdempotent();
    void regenerationKeepsStatusesAndDropsWhatNoLongerApplies();
    void dueDateFollowsTheRule();
    void overdueIsDerived_data();
    void overdueIsDerived();
    void statusChangeIsAudited();
    void doneWithoutDateIsToday();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void yearOutsideThePlanIsRefused();
    void readOnlyDatabaseWorksTheYearOut();
    void storedAsRequired();
    void evidenceIsKeptAndAudited();
    void unitsInVietnameseOrder();
    void addAndEditTask();
    void badTaskIsRefused();

private:
    QList<Obligation> of(int year, const QString &taskCode) const;
    const Obligation &find(const QList<Obligation> &list, const QString &taskCode, const QString &unitCode) const;
    Task task(const QString &code) const;
    int auditCount() const { return AuditRepository(*m_db).count(); }

    Database *m_db = nullptr;
    ObligationService *m_service = nullptr;
};

void TestObligationService::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new ObligationService(*m_db);
    m_service->setToday(QDate(2026, 11, 27));
}

void TestObligationService::cleanup()
{
    delete m_service;
    delete m_db;
}

QList<Obligation> TestObligationService::of(int year, const QString &taskCode) const
{
    QList<Obligation> result = m_service->forYear(year);
    result.removeIf([&](const Obligation &o) { return o.taskCode != taskCode; });
    return result;
}

const Obligation &TestObligationService::find(const QList<Obligation> &list, const QString &taskCode,
                                              const QString &unitCode) const
{
    static const Obligation none;
    for (const Obligation &o : list)
        if (o.taskCode == taskCode && o.unitCode == unitCode)
            return o;
    return none;
}

Task TestObligationService::task(const QString &code) const
{
    for (const Task &t : m_service->tasks())
        if (t.code == code)
            return t;
    return {};
}

void TestObligationService::generationPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("districtT02");    // T02: every district office and centre
    QTest::addColumn<int>("onceT01");        // T01: once, in the plan's first year
    QTest::addColumn<QStringList>("review"); // review tasks of that year
    // 7 department offices and units, 18 district ones until 30/06/2025.
    QTest::newRow("2024") << 2024 << 48 << 18 << 7 << QStringList{};
    QTest::newRow("2025 sơ kết") << 2025 << 53 << 18 << 0
                                 << QStringList{QStringLiteral("T05"), QStringLiteral("T07"), QStringLiteral("T10"),
                                                QStringLiteral("T12")};
    QTest::newRow("2026") << 2026 << 23 << 0 << 0 << QStringList{};
    QTest::newRow("2029") << 2029 << 23 << 0 << 0 << QStringList{};
    QTest::newRow("2030 tổng kết") << 2030 << 35 << 0 << 0
                                   << QStringList{QStringLiteral("T06"), QStringLiteral("T08"), QStringLiteral("T11"),
                                                  QStringLiteral("T13")};
}

void TestObligationService::generationPerYear()
{
    QFETCH(int, year);
    QFETCH(int, total);
    QFETCH(int, districtT02);
    QFETCH(int, onceT01);
    QFETCH(QStringList, review);
    const ObligationService::Generated generated = m_service->generate(year);
    QCOMPARE(generated.added, total);
    QCOMPARE(m_service->forYear(year).size(), total);
    QCOMPARE(of(year, QStringLiteral("T02")).size(), districtT02);
    QCOMPARE(of(year, QStringLiteral("T01")).size(), onceT01);
    for (const QString &code :
         {QStringLiteral("T05"), QStringLiteral("T06"), QStringLiteral("T07"), QStringLiteral("T08"),
          QStringLiteral("T10"), QStringLiteral("T11"), QStringLiteral("T12"), QStringLiteral("T13")})
        QCOMPARE(of(year, code).isEmpty(), !review.contains(code));
}

void TestObligationService::districtUnitsEndIn2025()
{
    m_service->generate(2024, 2030);
    for (int year = 2024; year <= 2030; ++year) {
        const QList<Obligation> list = m_service->forYear(year);
        const bool has = std::any_of(list.cbegin(), list.cend(),
                                     [](const Obligation &o) { return o.unitCode == QLatin1String("PVHTT-TPTN"); });
        QCOMPARE(has, year <= 2025);
    }
}

void TestObligationService::newUnitGetsItsKindsTasks()
{
    Unit library;
    library.code = QStringLiteral("TVM");
    library.name = QStringLiteral("Thư viện mới");
    library.kind = QStringLiteral("so_unit");
    library.validFrom = QDate(2026, 7, 1);
    UnitRepository(*m_db).insert(library);
    m_service->generate(2025, 2026);
    QCOMPARE(m_service->forYear(2025).size(), 53);
    const QList<Obligation> y2026 = m_service->forYear(2026);
    QCOMPARE(y2026.size(), 26); // T03, T04 and T14 for the new unit
    QVERIFY(find(y2026, QStringLiteral("T14"), QStringLiteral("TVM")).id > 0);
    QVERIFY(find(y2026, QStringLiteral("T09"), QStringLiteral("TVM")).id == 0);
}

void TestObligationService::generationIsIdempotent()
{
    m_service->generate(2024, 2030);
    const int audit = auditCount();
    QSignalSpy generated(m_service, &ObligationService::yearGenerated);
    const ObligationService::Generated again = m_service->generate(2024, 2030);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.removed, 0);
    QCOMPARE(again.kept, 48 + 53 + 23 * 4 + 35);
    QCOMPARE(generated.count(), 0);
    QCOMPARE(auditCount(), audit);
}

void TestObligationService::regenerationKeepsStatusesAndDropsWhatNoLongerApplies()
{
    m_service->generate(2026);
    const QList<Obligation> before = m_service->forYear(2026);
    const Obligation done = find(before, QStringLiteral("T09"), QStringLiteral("TTTT"));
    const Obligation untouched = find(before, QStringLiteral("T09"), QStringLiteral("QLVHGD"));
    m_service->setStatus(done.id, QStringLiteral("done"), QDate(2026, 5, 4), QStringLiteral("Đã đăng 12 tin"));

    // T09 now goes to VP only: the not-started QLVHGD obligation goes, the done TTTT one
    // stays, VP gets one.
    Task t09 = task(QStringLiteral("T09"));
    TaskAssignee vp;
    vp.unitId = UnitRepository(*m_db).byCode(QStringLiteral("VP"))->id;
    t09.assignees = {vp};
    m_service->saveTask(t09);
    const ObligationService::Generated again = m_service->generate(2026);
    QCOMPARE(again.added, 1);
    QCOMPARE(again.removed, 1);
    const QList<Obligation> after = m_service->forYear(2026);
    QCOMPARE(after.size(), before.size());
    const Obligation kept = find(after, QStringLiteral("T09"), QStringLiteral("TTTT"));
    QCOMPARE(kept.id, done.id);
    QCOMPARE(kept.status, QStringLiteral("done"));
    QCOMPARE(kept.completedOn, QDate(2026, 5, 4));
    QCOMPARE(kept.note, QStringLiteral("Đã đăng 12 tin"));
    QCOMPARE(find(after, QStringLiteral("T09"), QStringLiteral("QLVHGD")).id, 0);
    QVERIFY(untouched.id > 0);
    QVERIFY(find(after, QStringLiteral("T09"), QStringLiteral("VP")).id > 0);
}

void TestObligationService::dueDateFollowsTheRule()
{
    m_service->generate(2024, 2030);
    for (int year = 2024; year <= 2030; ++year) {
        for (const Obligation &o : of(year, QStringLiteral("T04")))
            QCOMPARE(o.dueDate, QDate(year, 12, 10));
        for (const Obligation &o : of(year, QStringLiteral("T03")))
            QVERIFY(o.dueDate.isNull());
    }
    Task leap;
    leap.dueMonth = 2;
    leap.dueDay = 29;
    QCOMPARE(ObligationService::dueDate(leap, 2024), QDate(2024, 2, 29));
    QCOMPARE(ObligationService::dueDate(leap, 2026), QDate(2026, 2, 28));
}

void TestObligationService::overdueIsDerived_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("on the due day") << QDate(2024, 12, 10) << QStringLiteral("not_started")
                                    << QStringLiteral("not_started");
    QTest::newRow("the day after") << QDate(2024, 12, 11) << QStringLiteral("not_started") << QStringLiteral("overdue");
    QTest::newRow("in progress, late") << QDate(2025, 1, 5) << QStringLiteral("in_progress")
                                       << QStringLiteral("overdue");
    QTest::newRow("done, late") << QDate(2025, 1, 5) << QStringLiteral("done") << QStringLiteral("done");
}

void TestObligationService::overdueIsDerived()
{
    QFETCH(QDate, today);
    QFETCH(QString, status);
    QFETCH(QString, shown);
    m_service->setToday(today);
    m_service->generate(2024);
    const Obligation o = find(m_service->forYear(2024), QStringLiteral("T04"), QStringLiteral("QLVHGD"));
    m_service->setStatus(o.id, status, QDate(), QString());
    const Obligation stored = m_service->obligation(o.id);
    QCOMPARE(stored.status, status); // never "overdue" in the database
    QCOMPARE(stored.displayStatus(today), shown);
    QCOMPARE(ObligationService::statusLabel(shown).isEmpty(), false);
    // A task without a due date is never overdue.
    const Obligation noDate = find(m_service->forYear(2024), QStringLiteral("T03"), QStringLiteral("QLVHGD"));
    QVERIFY(!noDate.isOverdue(QDate(2030, 1, 1)));
}

void TestObligationService::statusChangeIsAudited()
{
    m_service->generate(2026);
    const Obligation o = find(m_service->forYear(2026), QStringLiteral("T14"), QStringLiteral("VP"));
    QSignalSpy changed(m_service, &ObligationService::obligationChanged);
    const int audit = auditCount();
    m_service->setStatus(o.id, QStringLiteral("in_progress"), QDate(), QStringLiteral(" Đang họp hội đồng "));
    QCOMPARE(auditCount(), audit + 2); // status, note
    m_service->setStatus(o.id, QStringLiteral("done"), QDate(2026, 11, 20), QStringLiteral("Đang họp hội đồng"));
    QCOMPARE(auditCount(), audit + 4); // status, completed_on
    const QList<AuditEntry> history = m_service->history(o.id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).field, QStringLiteral("status"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("not_started"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("in_progress"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("Đang họp hội đồng"));
    QCOMPARE(history.at(3).field, QStringLiteral("completed_on"));
    QCOMPARE(history.at(3).newValue, QStringLiteral("2026-11-20"));
    QCOMPARE(changed.count(), 2);
    // The same again changes nothing.
    m_service->setStatus(o.id, QStringLiteral("done"), QDate(2026, 11, 20), QStringLiteral("Đang họp hội đồng"));
    QCOMPARE(auditCount(), audit + 4);
    QCOMPARE(changed.count(), 2);
}

void TestObligationService::doneWithoutDateIsToday()
{
    m_service->generate(2026);
    const Obligation o = find(m_service->forYear(2026), QStringLiteral("T14"), QStringLiteral("VP"));
    const Obligation done = m_service->setStatus(o.id, QStringLiteral("done"), QDate(), QString());
    QCOMPARE(done.completedOn, QDate(2026, 11, 27));
    QCOMPARE(m_service->obligation(o.id).completedOn, QDate(2026, 11, 27));
    // Back to in progress clears the date.
    m_service->setStatus(o.id, QStringLiteral("in_progress"), QDate(), QString());
    QVERIFY(m_service->obligation(o.id).completedOn.isNull());
}

void TestObligationService::refusedInputChangesNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("completedOn");
    QTest::addColumn<QString>("field");
    QTest::newRow("overdue is derived") << QStringLiteral("overdue") << QDate() << QStringLiteral("status");
    QTest::newRow("unknown status") << QStringLiteral("finished") << QDate() << QStringLiteral("status");
    QTest::newRow("done before the year")
        << QStringLiteral("done") << QDate(2025, 12, 31) << QStringLiteral("completed_on");
    QTest::newRow("done in the future") << QStringLiteral("done") << QDate(2026, 11, 28)
                                        << QStringLiteral("completed_on");
    QTest::newRow("date but not done") << QStringLiteral("in_progress") << QDate(2026, 3, 1)
                                       << QStringLiteral("completed_on");
}

void TestObligationService::refusedInputChangesNothing()
{
    QFETCH(QString, status);
    QFETCH(QDate, completedOn);
    QFETCH(QString, field);
    m_service->generate(2026);
    const Obligation o = find(m_service->forYear(2026), QStringLiteral("T14"), QStringLiteral("VP"));
    const int audit = auditCount();
    try {
        m_service->setStatus(o.id, status, completedOn, QStringLiteral("ghi chú"));
        QFAIL("the change was accepted");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().first().field, field);
        QVERIFY(!error.message().isEmpty());
    }
    const Obligation stored = m_service->obligation(o.id);
    QCOMPARE(stored.status, QStringLiteral("not_started"));
    QVERIFY(stored.completedOn.isNull());
    QCOMPARE(stored.note, QString());
    QCOMPARE(auditCount(), audit);
}

void TestObligationService::yearOutsideThePlanIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->generate(2031));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->generate(2023));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->setStatus(999999, QStringLiteral("done"), {}, {}));
}

// What generate() stores (one statement per task and year over the unit table) is
// exactly what required() names, year by year, with a unit assigned both by itself and
// by its kind once, after a unit joins and another ends mid-plan.
void TestObligationService::storedAsRequired()
{
    Unit late;
    late.code = QStringLiteral("XA-01");
    late.name = QStringLiteral("Ủy ban nhân dân xã Thử");
    late.kind = QStringLiteral("commune");
    late.validFrom = QDate(2026, 3, 1);
    late.validTo = QDate(2028, 6, 30);
    UnitRepository(*m_db).insert(late);
    Task both;
    both.code = QStringLiteral("T90");
    both.title = QStringLiteral("Nhiệm vụ thử");
    both.recurrence = QStringLiteral("yearly");
    both.dueMonth = 2;
    both.dueDay = 29;
    const QList<Unit> units = UnitRepository(*m_db).all();
    both.assignees.append({TaskAssignee::Role::Lead, units.first().id, QString(), QString()});
    both.assignees.append({TaskAssignee::Role::Coordinate, 0, units.first().kind, QString()});
    both.assignees.append({TaskAssignee::Role::Lead, 0, QStringLiteral("commune"), QString()});
    m_service->saveTask(both);

    const ObligationService::Generated generated = m_service->generate(2024, 2030);
    const Plan plan = PlanRepository(*m_db).plan().value_or(Plan{});
    const QList<Phase> phases = PlanRepository(*m_db).phases();
    const QList<Task> tasks = TaskRepository(*m_db).all();
    int total = 0;
    for (int year = 2024; year <= 2030; ++year) {
        QStringList wanted;
        for (const ObligationService::Required &r : ObligationService::required(year, plan, phases, tasks, units))
            wanted.append(QStringLiteral("%1 %2 %3").arg(r.taskId).arg(r.unitId).arg(r.dueDate.toString(Qt::ISODate)));
        QStringList stored;
        for (const Obligation &o : m_service->forYear(year))
            stored.append(QStringLiteral("%1 %2 %3").arg(o.taskId).arg(o.unitId).arg(o.dueDate.toString(Qt::ISODate)));
        wanted.sort();
        stored.sort();
        QCOMPARE(stored, wanted);
        total += int(wanted.size());
    }
    QCOMPARE(generated.added, total);
    // The commune appears in 2026-2028 only, once per task although named twice.
    for (int year : {2025, 2029})
        for (const Obligation &o : m_service->forYear(year))
            QVERIFY(o.unitCode != late.code);
    QCOMPARE(m_service->generate(2024, 2030).added, 0);
}

void TestObligationService::readOnlyDatabaseWorksTheYearOut()
{
    // What generate() would store, from a database that can be written.
    const QList<Obligation> stored = m_service->forYearGenerated(2026);
    QVERIFY(!stored.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        db.open(path);
        Seeder(db).seed();
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    Database readOnly;
    readOnly.open(path);
    QVERIFY(readOnly.isReadOnly());
    ObligationService service(readOnly);
    const QList<Obligation> worked = service.forYearGenerated(2026);
    QCOMPARE(worked.size(), stored.size());
    for (qsizetype i = 0; i < worked.size(); ++i) {
        QCOMPARE(worked.at(i).id, 0);
        QCOMPARE(worked.at(i).taskCode, stored.at(i).taskCode);
        QCOMPARE(worked.at(i).unitCode, stored.at(i).unitCode);
        QCOMPARE(worked.at(i).dueDate, stored.at(i).dueDate);
        QCOMPARE(worked.at(i).status, QStringLiteral("not_started"));
    }
    QCOMPARE(ObligationRepository(readOnly).countForYear(2026), 0);
    QVERIFY_THROWS_EXCEPTION(ValidationError, service.forYearGenerated(2031));
}

void TestObligationService::evidenceIsKeptAndAudited()
{
    const QList<Obligation> year = m_service->forYearGenerated(2026);
    const Obligation &first = year.first();
    const Obligation &second = year.at(1);
    Evidence file;
    file.name = QStringLiteral("Biên bản họp.pdf");
    file.mimeType = QStringLiteral("application/pdf");
    file.content = QByteArrayLiteral("%PDF-1.4 minutes");
    file.size = file.content.size();
    file.sha256 = QStringLiteral("abc123");
    QSignalSpy changed(m_service, &ObligationService::obligationChanged);
    const int audit = auditCount();

    const QList<Evidence> added = m_service->changeEvidence(first.id, {file});
    QCOMPARE(added.size(), 1);
    const Evidence stored = added.first();
    QVERIFY(stored.id > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(auditCount(), audit + 1);
    QCOMPARE(m_service->evidence(first.id).size(), 1);
    QCOMPARE(m_service->evidence(first.id).first().name, file.name);
    QCOMPARE(m_service->evidence(second.id).size(), 0);
    QCOMPARE(m_service->evidenceContent(stored.id), file.content);
    const AuditEntry entry = m_service->history(first.id).last();
    QCOMPARE(entry.field, QStringLiteral("evidence"));
    QVERIFY(entry.newValue.startsWith(file.name));

    // Another obligation's file is refused, and nothing changes.
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->changeEvidence(second.id, {}, {stored.id}));
    // All or none: a good file with a refused removal is not added either.
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->changeEvidence(first.id, {file}, {stored.id + 1}));
    QCOMPARE(m_service->evidence(first.id).size(), 1);
    QCOMPARE(auditCount(), audit + 1);

    m_service->changeEvidence(first.id, {}, {stored.id});
    QVERIFY(m_service->evidence(first.id).isEmpty());
    QCOMPARE(m_service->history(first.id).last().oldValue, file.name);
    m_service->changeEvidence(first.id, {}, {}, {stored.id}); // undo brings the same file back
    QCOMPARE(m_service->evidence(first.id).size(), 1);
    QCOMPARE(m_service->evidence(first.id).first().id, stored.id);
    QCOMPARE(m_service->evidenceContent(stored.id), file.content);
    QCOMPARE(auditCount(), audit + 3);

    Evidence empty;
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->changeEvidence(first.id, {empty}));
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->changeEvidence(999999, {file}));
    QCOMPARE(auditCount(), audit + 3);
}

void TestObligationService::unitsInVietnameseOrder()
{
    m_service->generate(2024);
    QStringList names;
    for (const Obligation &o : of(2024, QStringLiteral("T02")))
        names.append(o.unitName);
    // "Phòng ... Bến Cầu" before "Phòng ... Châu Thành" before "Phòng ... Dương Minh Châu".
    const auto at = [&names](const QString &tail) {
        for (qsizetype i = 0; i < names.size(); ++i)
            if (names.at(i).startsWith(QStringLiteral("Phòng")) && names.at(i).endsWith(tail))
                return i;
        return qsizetype(-1);
    };
    QVERIFY(at(QStringLiteral("Bến Cầu")) >= 0);
    QVERIFY(at(QStringLiteral("Bến Cầu")) < at(QStringLiteral("Châu Thành")));
    QVERIFY(at(QStringLiteral("Châu Thành")) < at(QStringLiteral("Dương Minh Châu")));
    QVERIFY(at(QStringLiteral("Dương Minh Châu")) < at(QStringLiteral("Gò Dầu")));
}

void TestObligationService::addAndEditTask()
{
    QSignalSpy changed(m_service, &ObligationService::tasksChanged);
    Task t;
    t.code = QStringLiteral("T15");
    t.title = QStringLiteral("Báo cáo quý về mô hình “Cơ quan học tập”");
    t.recurrence = QStringLiteral("yearly");
    t.dueMonth = 3;
    t.dueDay = 31;
    TaskAssignee kind;
    kind.unitKind = QStringLiteral("so_unit");
    t.assignees = {kind};
    const int audit = auditCount();
    t.id = m_service->saveTask(t);
    QVERIFY(t.id > 0);
    QCOMPARE(auditCount(), audit + 1);
    m_service->generate(2026);
    const QList<Obligation> added = of(2026, QStringLiteral("T15"));
    QCOMPARE(added.size(), 4);
    QCOMPARE(added.first().dueDate, QDate(2026, 3, 31));

    t.dueMonth = 6;
    t.dueDay = 30;
    t.title = QStringLiteral("Báo cáo 6 tháng về mô hình “Cơ quan học tập”");
    m_service->saveTask(t);
    QCOMPARE(auditCount(), audit + 3); // title, due
    m_service->generate(2026);
    const QList<Obligation> edited = of(2026, QStringLiteral("T15"));
    QCOMPARE(edited.size(), 4);
    QCOMPARE(edited.first().dueDate, QDate(2026, 6, 30));
    QCOMPARE(edited.first().taskTitle, t.title);
    QCOMPARE(changed.count(), 2);
}

void TestObligationService::badTaskIsRefused()
{
    const int tasks = int(m_service->tasks().size());
    const int audit = auditCount();
    Task t;
    t.code = QStringLiteral("T04"); // taken
    t.title = QStringLiteral(" ");
    t.recurrence = QStringLiteral("review");
    t.phaseNumber = 9;
    t.dueMonth = 2;
    t.dueDay = 30;
    try {
        m_service->saveTask(t);
        QFAIL("the task was accepted");
    } catch (const ValidationError &error) {
        QStringList fields;
        for (const ValidationIssue &issue : error.issues())
            fields.append(issue.field);
        QVERIFY(fields.contains(QStringLiteral("code")));
        QVERIFY(fields.contains(QStringLiteral("title")));
        QVERIFY(fields.contains(QStringLiteral("phase")));
        QVERIFY(fields.contains(QStringLiteral("due")));
        QVERIFY(fields.contains(QStringLiteral("assignees")));
    }
    QCOMPARE(m_service->tasks().size(), tasks);
    QCOMPARE(auditCount(), audit);
}

QTEST_GUILESS_MAIN(TestObligationService)
#include "tst_obligationservice.moc"
