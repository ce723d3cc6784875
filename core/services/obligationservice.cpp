#include "obligationservice.h"

#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/evidencestore.h"
#include "storage/obligationrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <utility>

namespace {

const QString kObligation = QStringLiteral("task_obligation");
const QString kTask = QStringLiteral("task");

using Key = std::pair<qint64, qint64>; // task id, unit id

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dueRuleText(const Task &task)
{
    return task.hasDueDate() ? QStringLiteral("%1/%2")
                                   .arg(task.dueDay, 2, 10, QLatin1Char('0'))
                                   .arg(task.dueMonth, 2, 10, QLatin1Char('0'))
                             : QString();
}

QString assigneesText(const Task &task)
{
    QStringList parts;
    for (const TaskAssignee &a : task.assignees) {
        const QString who =
            a.unitId > 0 ? QStringLiteral("unit:%1").arg(a.unitId) : QStringLiteral("kind:") + a.unitKind;
        parts.append((a.role == TaskAssignee::Role::Lead ? QStringLiteral("lead ") : QStringLiteral("coordinate ")) +
                     who);
    }
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

} // namespace

ObligationService::ObligationService(const Database &database, QObject *parent) : QObject(parent), m_database(database)
{}

QDate ObligationService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Plan ObligationService::loadPlan() const
{
    const std::optional<Plan> plan = PlanRepository(m_database).plan();
    if (!plan)
        throw ValidationError({{QStringLiteral("plan"), tr("This database has no plan loaded.")}});
    return *plan;
}

QList<int> ObligationService::years() const
{
    const Plan plan = loadPlan();
    QList<int> result;
    for (int y = plan.periodFrom; y <= plan.periodTo; ++y)
        result.append(y);
    return result;
}

bool ObligationService::appliesIn(const Task &task, int year, const Plan &plan, const QList<Phase> &phases)
{
    if (year < plan.periodFrom || year > plan.periodTo)
        return false;
    if (task.recurrence == QLatin1String("yearly"))
        return true;
    if (task.recurrence == QLatin1String("once"))
        return year == plan.periodFrom;
    if (task.recurrence == QLatin1String("review")) {
        for (const Phase &phase : phases)
            if (phase.number == task.phaseNumber)
                return phase.reviewYear == year;
    }
    return false;
}

QDate ObligationService::dueDate(const Task &task, int year)
{
    if (!task.hasDueDate())
        return {};
    const QDate first(year, task.dueMonth, 1);
    if (!first.isValid())
        return {};
    // 29/02 in a common year falls on 28/02.
    return QDate(year, task.dueMonth, std::min(task.dueDay, first.daysInMonth()));
}

QList<ObligationService::Required> ObligationService::required(int year, const Plan &plan, const QList<Phase> &phases,
                                                               const QList<Task> &tasks, const QList<Unit> &units)
{
    QHash<qint64, const Unit *> byId;
    QHash<QString, QList<const Unit *>> byKind;
    byId.reserve(units.size());
    for (const Unit &u : units) {
        if (!u.isActiveIn(year))
            continue;
        byId.insert(u.id, &u);
        byKind[u.kind].append(&u);
    }
    QList<Required> result;
    QSet<qint64> seen;
    for (const Task &task : tasks) {
        if (!appliesIn(task, year, plan, phases))
            continue;
        const QDate due = dueDate(task, year);
        seen.clear();
        auto add = [&](const Unit *u) {
            if (seen.contains(u->id))
                return;
            seen.insert(u->id);
            result.append({task.id, u->id, due});
        };
        for (const TaskAssignee &a : task.assignees) {
            if (a.unitId > 0) {
                if (const Unit *u = byId.value(a.unitId))
                    add(u);
            } else {
                const auto it = byKind.constFind(a.unitKind);
                if (it == byKind.constEnd())
                    continue;
                result.reserve(result.size() + it->size());
                for (const Unit *u : *it)
                    add(u);
            }
        }
    }
    return result;
}

void ObligationService::checkInPeriod(const Plan &plan, int yearFrom, int yearTo)
{
    if (yearFrom > yearTo || yearFrom < plan.periodFrom || yearTo > plan.periodTo)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The plan's tasks run from %1 to %2; %3 is outside that period.")
                                          .arg(plan.periodFrom)
                                          .arg(plan.periodTo)
                                          .arg(yearFrom < plan.periodFrom || yearFrom > yearTo ? yearFrom : yearTo)}});
}

ObligationService::Generated ObligationService::generate(int year)
{
    return generate(year, year);
}

ObligationService::Generated ObligationService::generate(int yearFrom, int yearTo)
{
    const Plan plan = loadPlan();
    checkInPeriod(plan, yearFrom, yearTo);
    const QList<Phase> phases = PlanRepository(m_database).phases();
    const QList<Task> tasks = TaskRepository(m_database).all();
    const QList<Unit> units = UnitRepository(m_database).all();

    Generated result;
    Transaction transaction(m_database);
    ObligationRepository repository(m_database);
    const QList<Obligation> existing = repository.storedForYears(yearFrom, yearTo);
    QHash<int, QHash<Key, const Obligation *>> stored;
    for (const Obligation &o : existing)
        stored[o.year].insert({o.taskId, o.unitId}, &o);

    // Tasks in id order, so that rows go in at the end of the unique key (year, task, unit).
    QList<const Task *> byId;
    for (const Task &task : tasks)
        byId.append(&task);
    std::sort(byId.begin(), byId.end(), [](const Task *a, const Task *b) { return a->id < b->id; });
    for (int year = yearFrom; year <= yearTo; ++year) {
        QHash<Key, const Obligation *> current = stored.value(year);
        QSet<qint64> missing; // tasks with an obligation to add this year
        for (const Required &wanted : required(year, plan, phases, tasks, units)) {
            const auto it = current.constFind({wanted.taskId, wanted.unitId});
            if (it == current.constEnd()) {
                missing.insert(wanted.taskId); // added below
                continue;
            }
            if ((*it)->dueDate != wanted.dueDate)
                repository.updateDueDate((*it)->id, wanted.dueDate);
            ++result.kept;
            current.erase(it);
        }
        // What is left no longer applies: dropped unless someone has worked on it.
        for (const Obligation *o : std::as_const(current)) {
            if (o->status == QLatin1String("not_started") && o->note.isEmpty()) {
                repository.remove(o->id);
                ++result.removed;
            } else {
                ++result.kept;
            }
        }
        // What is missing, straight from the unit table: one statement per task (the
        // same units as required() names, without carrying each row through here).
        for (const Task *task : std::as_const(byId)) {
            if (!missing.contains(task->id))
                continue;
            QList<qint64> unitIds;
            QStringList kinds;
            for (const TaskAssignee &a : task->assignees) {
                if (a.unitId > 0)
                    unitIds.append(a.unitId);
                else
                    kinds.append(a.unitKind);
            }
            result.added += repository.insertForUnits(year, task->id, dueDate(*task, year), unitIds, kinds);
        }
    }
    transaction.commit();
    if (result.added > 0 || result.removed > 0)
        for (int year = yearFrom; year <= yearTo; ++year)
            Q_EMIT yearGenerated(year);
    return result;
}

QList<Obligation> ObligationService::forYear(int year) const
{
    QList<Obligation> list = ObligationRepository(m_database).forYear(year);
    sortForDisplay(list);
    return list;
}

void ObligationService::sortForDisplay(QList<Obligation> &list)
{
    // Units in Vietnamese order within a task: rank each distinct name once.
    QHash<QString, qsizetype> rank;
    QStringList names;
    for (const Obligation &o : std::as_const(list))
        if (!rank.contains(o.unitName)) {
            rank.insert(o.unitName, 0);
            names.append(o.unitName);
        }
    const QList<qsizetype> order = VietnameseCollator().order(names);
    for (qsizetype i = 0; i < order.size(); ++i)
        rank[names.at(order.at(i))] = i;
    std::stable_sort(list.begin(), list.end(), [&rank](const Obligation &a, const Obligation &b) {
        if (a.taskCode != b.taskCode)
            return a.taskCode < b.taskCode;
        return rank.value(a.unitName) < rank.value(b.unitName);
    });
}

QList<Obligation> ObligationService::forYearGenerated(int year)
{
    if (ObligationRepository(m_database).countForYear(year) > 0)
        return forYear(year);
    if (!m_database.isReadOnly()) {
        generate(year);
        return forYear(year);
    }
    // A database opened read-only cannot store the year's obligations: they are worked
    // out as generate() would store them, not started.
    const Plan plan = loadPlan();
    checkInPeriod(plan, year, year);
    const QList<Task> tasks = TaskRepository(m_database).all();
    const QList<Unit> units = UnitRepository(m_database).all();
    QHash<qint64, const Task *> taskById;
    for (const Task &task : tasks)
        taskById.insert(task.id, &task);
    QHash<qint64, const Unit *> unitById;
    for (const Unit &unit : units)
        unitById.insert(unit.id, &unit);
    QList<Obligation> list;
    for (const Required &wanted : required(year, plan, PlanRepository(m_database).phases(), tasks, units)) {
        Obligation o;
        o.taskId = wanted.taskId;
        o.year = year;
        o.unitId = wanted.unitId;
        o.dueDate = wanted.dueDate;
        o.taskCode = taskById.value(o.taskId)->code;
        o.taskTitle = taskById.value(o.taskId)->title;
        o.unitCode = unitById.value(o.unitId)->code;
        o.unitName = unitById.value(o.unitId)->name;
        list.append(o);
    }
    sortForDisplay(list);
    return list;
}

QStringList ObligationService::statusCodes(bool withOverdue)
{
    QStringList codes = {QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done")};
    if (withOverdue)
        codes.append(QStringLiteral("overdue"));
    return codes;
}

QString ObligationService::statusLabel(const QString &code)
{
    if (code == QLatin1String("not_started"))
        return QStringLiteral("chưa thực hiện");
    if (code == QLatin1String("in_progress"))
        return QStringLiteral("đang thực hiện");
    if (code == QLatin1String("done"))
        return QStringLiteral("hoàn thành");
    if (code == QLatin1String("overdue"))
        return QStringLiteral("quá hạn");
    return code;
}

Obligation ObligationService::obligation(qint64 id) const
{
    const std::optional<Obligation> found = ObligationRepository(m_database).byId(id);
    if (!found)
        throw ValidationError({{QStringLiteral("obligation"), tr("There is no task obligation %1.").arg(id)}});
    return *found;
}

Obligation ObligationService::setStatus(qint64 obligationId, const QString &status, QDate completedOn,
                                        const QString &note)
{
    const Obligation before = obligation(obligationId);
    Obligation after = before;
    after.status = status;
    after.completedOn = completedOn;
    after.note = note.trimmed();
    QList<ValidationIssue> issues;
    if (status == QLatin1String("overdue")) {
        issues.append({QStringLiteral("status"), tr("“Overdue” follows from the due date; choose not started, in "
                                                    "progress or done.")});
    } else if (!statusCodes(false).contains(status)) {
        issues.append(
            {QStringLiteral("status"), tr("Unknown status “%1”; use not_started, in_progress or done.").arg(status)});
    } else if (status == QLatin1String("done")) {
        if (!after.completedOn.isValid())
            after.completedOn = today();
        if (after.completedOn < QDate(before.year, 1, 1))
            issues.append(
                {QStringLiteral("completed_on"), tr("The completion date %1 is before the year %2.")
                                                     .arg(after.completedOn.toString(QStringLiteral("dd/MM/yyyy")))
                                                     .arg(before.year)});
        else if (after.completedOn > today())
            issues.append(
                {QStringLiteral("completed_on"), tr("The completion date %1 is in the future.")
                                                     .arg(after.completedOn.toString(QStringLiteral("dd/MM/yyyy")))});
    } else if (completedOn.isValid()) {
        issues.append({QStringLiteral("completed_on"), tr("A completion date is only given for a task that is done.")});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);

    QList<AuditEntry> audit;
    auto changed = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue == newValue)
            return;
        AuditEntry e;
        e.action = QStringLiteral("update");
        e.entity = kObligation;
        e.entityId = obligationId;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        audit.append(e);
    };
    changed(QStringLiteral("status"), before.status, after.status);
    changed(QStringLiteral("completed_on"), isoOrEmpty(before.completedOn), isoOrEmpty(after.completedOn));
    changed(QStringLiteral("note"), before.note, after.note);
    if (audit.isEmpty())
        return before;
    Transaction transaction(m_database);
    ObligationRepository(m_database).updateProgress(after);
    AuditRepository(m_database).record(audit);
    transaction.commit();
    Q_EMIT obligationChanged(obligationId, before.year);
    return after;
}

QList<Evidence> ObligationService::evidence(qint64 obligationId) const
{
    return EvidenceStore(m_database, EvidenceStore::Owner::Obligation).list(obligationId);
}

QByteArray ObligationService::evidenceContent(qint64 evidenceId) const
{
    return EvidenceStore(m_database, EvidenceStore::Owner::Obligation).content(evidenceId);
}

QList<Evidence> ObligationService::changeEvidence(qint64 obligationId, const QList<Evidence> &added,
                                                  const QList<qint64> &removed, const QList<qint64> &restored)
{
    const Obligation owner = obligation(obligationId); // throws when unknown
    EvidenceStore store(m_database, EvidenceStore::Owner::Obligation);
    QHash<qint64, QString> names;
    for (const Evidence &file : store.list(obligationId, true))
        names.insert(file.id, file.name);
    for (const Evidence &file : added)
        if (file.name.trimmed().isEmpty() || file.sha256.isEmpty())
            throw ValidationError({{QStringLiteral("evidence"), tr("The file to attach has no name or content.")}});
    for (qint64 id : removed + restored)
        if (!names.contains(id))
            throw ValidationError({{QStringLiteral("evidence"), tr("That file is not attached to this task.")}});

    QList<AuditEntry> audit;
    auto entry = [&](const QString &oldValue, const QString &newValue) {
        AuditEntry e;
        e.action = QStringLiteral("update");
        e.entity = kObligation;
        e.entityId = obligationId;
        e.field = QStringLiteral("evidence");
        e.oldValue = oldValue;
        e.newValue = newValue;
        audit.append(e);
    };
    QList<Evidence> stored;
    Transaction transaction(m_database);
    for (Evidence file : added) {
        file.criterionId = 0;
        file.id = store.insert(obligationId, file);
        entry(QString(), QStringLiteral("%1 (%2 bytes, SHA-256 %3)").arg(file.name).arg(file.size).arg(file.sha256));
        file.content.clear();
        stored.append(file);
    }
    for (qint64 id : removed) {
        store.setRemoved(id, true);
        entry(names.value(id), QString());
    }
    for (qint64 id : restored) {
        store.setRemoved(id, false);
        entry(QString(), names.value(id));
    }
    if (audit.isEmpty())
        return stored;
    AuditRepository(m_database).record(audit);
    transaction.commit();
    Q_EMIT obligationChanged(obligationId, owner.year);
    return stored;
}

QList<AuditEntry> ObligationService::history(qint64 obligationId) const
{
    return AuditRepository(m_database).forEntity(kObligation, obligationId);
}

QList<Task> ObligationService::tasks() const
{
    return TaskRepository(m_database).all();
}

qint64 ObligationService::saveTask(const Task &edited)
{
    Task task = edited;
    task.code = task.code.trimmed();
    task.title = task.title.trimmed();
    task.detail = task.detail.trimmed();
    const Plan plan = loadPlan();
    const QList<Phase> phases = PlanRepository(m_database).phases();
    const QList<Task> all = TaskRepository(m_database).all();
    const Task *before = nullptr;
    QList<ValidationIssue> issues;
    for (const Task &t : all) {
        if (t.id == task.id)
            before = &t;
        else if (!task.code.isEmpty() && t.code.compare(task.code, Qt::CaseInsensitive) == 0)
            issues.append({QStringLiteral("code"), tr("Another task already has the code %1.").arg(task.code)});
    }
    if (task.id > 0 && !before)
        issues.append({QStringLiteral("task"), tr("There is no task %1.").arg(task.id)});
    if (task.code.isEmpty())
        issues.append({QStringLiteral("code"), tr("A task needs a code, such as T15.")});
    if (task.title.isEmpty())
        issues.append({QStringLiteral("title"), tr("A task needs its text.")});
    if (task.recurrence == QLatin1String("review")) {
        const bool known = std::any_of(phases.cbegin(), phases.cend(),
                                       [&task](const Phase &p) { return p.number == task.phaseNumber; });
        if (!known)
            issues.append({QStringLiteral("phase"), tr("A review task needs the phase whose review it belongs to.")});
    } else if (task.recurrence == QLatin1String("yearly") || task.recurrence == QLatin1String("once")) {
        task.phaseNumber = 0;
    } else {
        issues.append({QStringLiteral("recurrence"),
                       tr("Unknown recurrence “%1”; use yearly, once or review.").arg(task.recurrence)});
    }
    if (task.dueMonth != 0 || task.dueDay != 0) {
        // A leap year, so 29/02 is a rule (it falls on 28/02 in other years).
        if (!QDate(2024, task.dueMonth, task.dueDay).isValid())
            issues.append({QStringLiteral("due"),
                           tr("The due date %1/%2 is not a day of the year.").arg(task.dueDay).arg(task.dueMonth)});
    }
    if (task.assignees.isEmpty())
        issues.append({QStringLiteral("assignees"), tr("A task needs at least one unit or kind of unit.")});
    for (const TaskAssignee &a : std::as_const(task.assignees))
        if (a.unitId <= 0 && a.unitKind.isEmpty())
            issues.append({QStringLiteral("assignees"), tr("An assignee needs a unit or a kind of unit.")});
    if (!issues.isEmpty())
        throw ValidationError(issues);

    Transaction transaction(m_database);
    TaskRepository repository(m_database);
    QList<AuditEntry> audit;
    auto entry = [&](const QString &action, const QString &field, const QString &oldValue, const QString &newValue) {
        AuditEntry e;
        e.action = action;
        e.entity = kTask;
        e.entityId = task.id;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        audit.append(e);
    };
    if (!before) {
        task.id = repository.insert(plan.id, task);
        entry(QStringLiteral("insert"), QString(), QString(),
              QStringLiteral("%1 | %2 | %3 | %4 | %5")
                  .arg(task.code, task.title, task.recurrence, dueRuleText(task), assigneesText(task)));
    } else {
        repository.update(task);
        auto field = [&](const QString &name, const QString &oldValue, const QString &newValue) {
            if (oldValue != newValue)
                entry(QStringLiteral("update"), name, oldValue, newValue);
        };
        field(QStringLiteral("code"), before->code, task.code);
        field(QStringLiteral("title"), before->title, task.title);
        field(QStringLiteral("detail"), before->detail, task.detail);
        field(QStringLiteral("section_id"), QString::number(before->sectionId), QString::number(task.sectionId));
        field(QStringLiteral("recurrence"), before->recurrence, task.recurrence);
        field(QStringLiteral("phase_number"), QString::number(before->phaseNumber), QString::number(task.phaseNumber));
        field(QStringLiteral("due"), dueRuleText(*before), dueRuleText(task));
        field(QStringLiteral("assignees"), assigneesText(*before), assigneesText(task));
    }
    AuditRepository(m_database).record(audit);
    transaction.commit();
    Q_EMIT tasksChanged();
    return task.id;
}
