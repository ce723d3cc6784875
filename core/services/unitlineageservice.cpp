#include "unitlineageservice.h"

#include "changehub.h"
#include "domain/hiddentext.h"
#include "storage/auditrepository.h"
#include "storage/planrepository.h"
#include "storage/transaction.h"
#include "storage/unitlineagerepository.h"
#include "storage/unitrepository.h"
#include "unitservice.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace {

QString day(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool overlapsFrom(const Unit &u, QDate from)
{
    return u.validTo.isNull() || u.validTo >= from;
}

} // namespace

QDate UnitLineageService::periodStart() const
{
    const auto plan = PlanRepository(m_database).plan();
    return QDate(plan && plan->periodFrom > 0 ? plan->periodFrom : 2024, 1, 1);
}

QDate UnitLineageService::periodEnd() const
{
    const auto plan = PlanRepository(m_database).plan();
    return QDate(plan && plan->periodTo > 0 ? plan->periodTo : 2030, 12, 31);
}

QList<ValidationIssue> UnitLineageService::checkDate(QDate date) const
{
    if (!date.isValid())
        return {{QStringLiteral("date"), tr("Give the effective date.")}};
    const QDate from = periodStart();
    const QDate to = periodEnd();
    if (date < from || date > to)
        return {{QStringLiteral("date"),
                 tr("The date %1 is outside the plan period (%2 to %3).").arg(day(date), day(from), day(to))}};
    return {};
}

QList<ValidationIssue> UnitLineageService::checkNewUnit(const Unit &unit, QDate date, const QList<Unit> &units,
                                                        const QList<qint64> &ending) const
{
    QList<ValidationIssue> issues;
    const QString code = unit.code.trimmed();
    if (code.isEmpty())
        issues.append({QStringLiteral("code"), tr("Give the unit's code.")});
    if (unit.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("Give the unit's name.")});
    for (const auto &[field, text] :
         {std::pair{QStringLiteral("code"), unit.code}, std::pair{QStringLiteral("name"), unit.name},
          std::pair{QStringLiteral("short_name"), unit.shortName}})
        if (const QString problem = HiddenText::problem(text); !problem.isEmpty())
            issues.append({field, problem});
    if (!UnitService::kinds().contains(unit.kind))
        issues.append({QStringLiteral("kind"), tr("Unknown kind “%1”; the kinds are %2.")
                                                   .arg(unit.kind, UnitService::kinds().join(QStringLiteral(", ")))});
    const QString key = UnitService::nameKey(unit.name);
    for (const Unit &u : units) {
        if (u.id == unit.id)
            continue;
        if (!code.isEmpty() && u.code == code)
            issues.append({QStringLiteral("code"), tr("The code %1 is already used by %2.").arg(code, u.name)});
        if (!key.isEmpty() && !ending.contains(u.id) && overlapsFrom(u, date) && UnitService::nameKey(u.name) == key)
            issues.append({QStringLiteral("name"), tr("Another unit active on %1 is already named “%2” (%3).")
                                                       .arg(day(std::max(date, u.validFrom)), u.name, u.code)});
    }
    if (unit.parentId > 0) {
        const auto parent =
            std::find_if(units.cbegin(), units.cend(), [&](const Unit &u) { return u.id == unit.parentId; });
        if (parent == units.cend())
            issues.append({QStringLiteral("parent"), tr("No unit has the id %1.").arg(unit.parentId)});
        else if (!parent->isActiveOn(date))
            issues.append({QStringLiteral("parent"), tr("%1 (%2) is not valid on %3 and cannot be a parent then.")
                                                         .arg(parent->name, parent->code, day(date))});
    }
    return issues;
}

// A unit that ends on `date` (its last day date - 1): valid before, still valid on it,
// and no submissions after its last year.
QList<ValidationIssue> UnitLineageService::checkEnding(const Unit &unit, QDate date) const
{
    QList<ValidationIssue> issues;
    if (date <= unit.validFrom) {
        issues.append({QStringLiteral("date"),
                       tr("%1 (%2) was created on %3; an event ending it cannot take effect on %4, before or on "
                          "its first day.")
                           .arg(unit.name, unit.code, day(unit.validFrom), day(date))});
    } else if (!unit.isActiveOn(date)) {
        issues.append({QStringLiteral("unit"), tr("%1 (%2) is no longer valid on %3 (its last day was %4).")
                                                   .arg(unit.name, unit.code, day(date), day(unit.validTo))});
    } else {
        const int lastYear = date.addDays(-1).year();
        for (int year : UnitLineageRepository(m_database).submissionYears(unit.id)) {
            if (year > lastYear) {
                issues.append({QStringLiteral("date"),
                               tr("%1 (%2) has a submission for %3, after its last day %4; it must stay valid "
                                  "in that year.")
                                   .arg(unit.name, unit.code)
                                   .arg(year)
                                   .arg(day(date.addDays(-1)))});
                break;
            }
        }
    }
    return issues;
}

QList<ValidationIssue> UnitLineageService::checkCreate(const Unit &unit) const
{
    QList<ValidationIssue> issues = checkDate(unit.validFrom);
    if (!issues.isEmpty())
        return issues;
    if (unit.validTo.isValid() && unit.validTo < unit.validFrom)
        issues.append(
            {QStringLiteral("valid_to"),
             tr("The last day %1 comes before the first day %2.").arg(day(unit.validTo), day(unit.validFrom))});
    Unit fresh = unit;
    fresh.id = 0;
    issues += checkNewUnit(fresh, unit.validFrom, UnitRepository(m_database).all(), {});
    return issues;
}

QList<ValidationIssue> UnitLineageService::checkRename(qint64 unitId, const QString &newName, QDate date) const
{
    QList<ValidationIssue> issues = checkDate(date);
    const auto unit = UnitRepository(m_database).byId(unitId);
    if (!unit)
        return {{QStringLiteral("unit"), tr("No unit has the id %1.").arg(unitId)}};
    if (!issues.isEmpty())
        return issues;
    if (newName.trimmed().isEmpty())
        return {{QStringLiteral("name"), tr("Give the unit's name.")}};
    if (const QString problem = HiddenText::problem(newName); !problem.isEmpty())
        issues.append({QStringLiteral("name"), problem}); // and still say whose name it copies, below
    if (UnitService::nameKey(newName) == UnitService::nameKey(unit->name) &&
        newName.normalized(QString::NormalizationForm_C).simplified() ==
            unit->name.normalized(QString::NormalizationForm_C))
        return {{QStringLiteral("name"), tr("%1 is already named “%2”.").arg(unit->code, unit->name)}};
    if (date < unit->validFrom)
        return {{QStringLiteral("date"), tr("%1 (%2) was created on %3; an event cannot take effect on %4, before it "
                                            "existed.")
                                             .arg(unit->name, unit->code, day(unit->validFrom), day(date))}};
    if (!unit->isActiveOn(date))
        return {{QStringLiteral("unit"), tr("%1 (%2) is no longer valid on %3 (its last day was %4).")
                                             .arg(unit->name, unit->code, day(date), day(unit->validTo))}};
    for (const UnitEvent &e : UnitRepository(m_database).events())
        if (e.unitId == unitId && e.type == QLatin1String("renamed") && e.date >= date)
            return {{QStringLiteral("date"), tr("%1 was already renamed on %2; a new name must take effect after that.")
                                                 .arg(unit->code, day(e.date))}};
    const QString key = UnitService::nameKey(newName);
    for (const Unit &u : UnitRepository(m_database).all())
        if (u.id != unitId && overlapsFrom(u, date) && UnitService::nameKey(u.name) == key)
            issues.append({QStringLiteral("name"), tr("Another unit active on %1 is already named “%2” (%3).")
                                                       .arg(day(std::max(date, u.validFrom)), u.name, u.code)});
    return issues;
}

QList<ValidationIssue> UnitLineageService::checkMerge(const QList<qint64> &sourceIds, qint64 targetId,
                                                      const Unit &newTarget, QDate date) const
{
    QList<ValidationIssue> issues = checkDate(date);
    if (!issues.isEmpty())
        return issues;
    if (sourceIds.isEmpty())
        return {{QStringLiteral("unit"), tr("Choose at least one unit to merge.")}};
    const QList<Unit> units = UnitRepository(m_database).all();
    auto find = [&units](qint64 id) -> const Unit * {
        for (const Unit &u : units)
            if (u.id == id)
                return &u;
        return nullptr;
    };
    QSet<qint64> seen;
    for (qint64 id : sourceIds) {
        const Unit *source = find(id);
        if (!source) {
            issues.append({QStringLiteral("unit"), tr("No unit has the id %1.").arg(id)});
            continue;
        }
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (id == targetId) {
            issues.append({QStringLiteral("target"),
                           tr("A unit cannot be merged into itself: %1 (%2) is both a source and the target.")
                               .arg(source->name, source->code)});
            continue;
        }
        issues += checkEnding(*source, date);
    }
    if (targetId > 0) {
        const Unit *target = find(targetId);
        if (!target)
            issues.append({QStringLiteral("target"), tr("No unit has the id %1.").arg(targetId)});
        else if (date < target->validFrom)
            issues.append({QStringLiteral("target"),
                           tr("%1 (%2) was created on %3; an event cannot take effect on %4, before it existed.")
                               .arg(target->name, target->code, day(target->validFrom), day(date))});
        else if (!target->isActiveOn(date))
            issues.append({QStringLiteral("target"),
                           tr("Cannot merge into %1 (%2): it is no longer valid on %3 (dissolved or merged on %4).")
                               .arg(target->name, target->code, day(date), day(target->validTo.addDays(1)))});
    } else {
        Unit fresh = newTarget;
        fresh.id = 0;
        issues += checkNewUnit(fresh, date, units, sourceIds);
    }
    return issues;
}

QList<ValidationIssue> UnitLineageService::checkSplit(qint64 unitId, const QList<Unit> &parts, QDate date) const
{
    QList<ValidationIssue> issues = checkDate(date);
    if (!issues.isEmpty())
        return issues;
    const QList<Unit> units = UnitRepository(m_database).all();
    const auto source = std::find_if(units.cbegin(), units.cend(), [&](const Unit &u) { return u.id == unitId; });
    if (source == units.cend())
        return {{QStringLiteral("unit"), tr("No unit has the id %1.").arg(unitId)}};
    issues += checkEnding(*source, date);
    if (parts.size() < 2)
        issues.append({QStringLiteral("parts"), tr("A split needs at least two new units.")});
    QSet<QString> codes;
    QSet<QString> names;
    for (const Unit &part : parts) {
        Unit fresh = part;
        fresh.id = 0;
        issues += checkNewUnit(fresh, date, units, {unitId});
        if (!part.code.trimmed().isEmpty() && codes.contains(part.code.trimmed()))
            issues.append({QStringLiteral("code"), tr("The code %1 is given twice.").arg(part.code.trimmed())});
        if (!part.name.trimmed().isEmpty() && names.contains(UnitService::nameKey(part.name)))
            issues.append({QStringLiteral("name"), tr("The name “%1” is given twice.").arg(part.name.trimmed())});
        codes.insert(part.code.trimmed());
        names.insert(UnitService::nameKey(part.name));
    }
    return issues;
}

QList<ValidationIssue> UnitLineageService::checkDissolve(qint64 unitId, QDate date) const
{
    QList<ValidationIssue> issues = checkDate(date);
    if (!issues.isEmpty())
        return issues;
    const auto unit = UnitRepository(m_database).byId(unitId);
    if (!unit)
        return {{QStringLiteral("unit"), tr("No unit has the id %1.").arg(unitId)}};
    return checkEnding(*unit, date);
}

QList<ValidationIssue> UnitLineageService::checkMove(qint64 unitId, qint64 parentId, const QString &group,
                                                     QDate date) const
{
    QList<ValidationIssue> issues = checkDate(date);
    if (!issues.isEmpty())
        return issues;
    const QList<Unit> units = UnitRepository(m_database).all();
    QHash<qint64, const Unit *> byId;
    for (const Unit &u : units)
        byId.insert(u.id, &u);
    const Unit *unit = byId.value(unitId);
    if (!unit)
        return {{QStringLiteral("unit"), tr("No unit has the id %1.").arg(unitId)}};
    if (date < unit->validFrom)
        return {{QStringLiteral("date"), tr("%1 (%2) was created on %3; an event cannot take effect on %4, before it "
                                            "existed.")
                                             .arg(unit->name, unit->code, day(unit->validFrom), day(date))}};
    if (!unit->isActiveOn(date))
        return {{QStringLiteral("unit"), tr("%1 (%2) is no longer valid on %3 (its last day was %4).")
                                             .arg(unit->name, unit->code, day(date), day(unit->validTo))}};
    if (parentId == unit->parentId && group.normalized(QString::NormalizationForm_C).trimmed() == unit->group)
        return {{QStringLiteral("parent"), tr("%1 is already there: same parent and group.").arg(unit->code)}};
    if (parentId > 0) {
        const Unit *parent = byId.value(parentId);
        if (!parent)
            return {{QStringLiteral("parent"), tr("No unit has the id %1.").arg(parentId)}};
        for (const Unit *p = parent; p; p = p->parentId > 0 ? byId.value(p->parentId) : nullptr) {
            if (p->id == unitId)
                return {{QStringLiteral("parent"),
                         tr("A unit cannot be placed under itself or under one of its own units.")}};
            if (p != parent && p->id == parent->id)
                break;
        }
        if (!parent->isActiveOn(date))
            issues.append({QStringLiteral("parent"), tr("%1 (%2) is not valid on %3 and cannot be a parent then.")
                                                         .arg(parent->name, parent->code, day(date))});
    }
    return issues;
}

namespace {

void refuseIf(const QList<ValidationIssue> &issues)
{
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

Unit cleaned(Unit unit)
{
    unit.code = unit.code.trimmed();
    unit.name = unit.name.normalized(QString::NormalizationForm_C).simplified();
    unit.shortName = unit.shortName.normalized(QString::NormalizationForm_C).simplified();
    unit.group = unit.group.normalized(QString::NormalizationForm_C).trimmed();
    unit.note = unit.note.normalized(QString::NormalizationForm_C);
    return unit;
}

// Writes events and keeps them, with their ids, in the change.
struct ChangeWriter
{
    UnitRepository units;
    UnitLineageRepository lineage;
    UnitChange &change;

    ChangeWriter(const Database &database, UnitChange &c) : units(database), lineage(database), change(c) {}

    void event(qint64 unitId, const QString &type, qint64 related, const QString &oldValue, const QString &newValue,
               const QString &note)
    {
        UnitEvent e;
        e.unitId = unitId;
        e.date = change.date;
        e.type = type;
        e.relatedUnitId = related;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.note = note;
        e.id = units.insertEvent(e);
        change.events.append(e);
    }
    Unit create(Unit u, const QString &note)
    {
        u = cleaned(u);
        u.id = units.insert(u);
        change.createdUnitIds.append(u.id);
        change.after.append(u);
        event(u.id, QStringLiteral("created"), 0, {}, u.name, note);
        return u;
    }
    Unit end(qint64 unitId)
    {
        Unit u = units.byId(unitId).value();
        change.before.append(u);
        u.validTo = change.date.addDays(-1);
        lineage.update(u);
        change.after.append(u);
        return u;
    }
};

QString placeOf(const UnitRepository &units, qint64 parentId, const QString &group)
{
    const auto parent = parentId > 0 ? units.byId(parentId) : std::nullopt;
    return QStringLiteral("%1 | %2").arg(parent ? parent->code : QString(), group);
}

} // namespace

UnitChange UnitLineageService::create(const Unit &unit, const QString &note)
{
    refuseIf(checkCreate(unit));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("create");
    change.date = unit.validFrom;
    ChangeWriter writer(m_database, change);
    const Unit created = writer.create(unit, note);
    if (created.validTo.isValid()) {
        change.date = created.validTo.addDays(1);
        writer.event(created.id, QStringLiteral("dissolved"), 0, {}, {}, note);
        change.date = unit.validFrom;
    }
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

UnitChange UnitLineageService::rename(qint64 unitId, const QString &newName, QDate date, const QString &note)
{
    refuseIf(checkRename(unitId, newName, date));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("rename");
    change.date = date;
    ChangeWriter writer(m_database, change);
    Unit u = writer.units.byId(unitId).value();
    change.before.append(u);
    const QString oldName = u.name;
    u.name = newName.normalized(QString::NormalizationForm_C).simplified();
    writer.lineage.update(u);
    change.after.append(u);
    writer.event(unitId, QStringLiteral("renamed"), 0, oldName, u.name, note);
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

UnitChange UnitLineageService::merge(const QList<qint64> &sourceIds, qint64 targetId, const Unit &newTarget, QDate date,
                                     const QString &note)
{
    refuseIf(checkMerge(sourceIds, targetId, newTarget, date));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("merge");
    change.date = date;
    ChangeWriter writer(m_database, change);
    Unit target;
    if (targetId > 0) {
        target = writer.units.byId(targetId).value();
    } else {
        Unit fresh = newTarget;
        fresh.id = 0;
        fresh.validFrom = date;
        fresh.validTo = QDate();
        target = writer.create(fresh, note);
    }
    QList<qint64> done;
    for (qint64 id : sourceIds) {
        if (done.contains(id))
            continue;
        done.append(id);
        writer.end(id);
        writer.event(id, QStringLiteral("merged_into"), target.id, {}, target.code, note);
    }
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

UnitChange UnitLineageService::split(qint64 unitId, const QList<Unit> &parts, QDate date, const QString &note)
{
    refuseIf(checkSplit(unitId, parts, date));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("split");
    change.date = date;
    ChangeWriter writer(m_database, change);
    writer.end(unitId);
    for (Unit part : parts) {
        part.id = 0;
        part.validFrom = date;
        part.validTo = QDate();
        const Unit created = writer.create(part, note);
        writer.event(unitId, QStringLiteral("split_into"), created.id, {}, created.code, note);
    }
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

UnitChange UnitLineageService::dissolve(qint64 unitId, QDate date, const QString &note)
{
    refuseIf(checkDissolve(unitId, date));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("dissolve");
    change.date = date;
    ChangeWriter writer(m_database, change);
    writer.end(unitId);
    writer.event(unitId, QStringLiteral("dissolved"), 0, {}, {}, note);
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

UnitChange UnitLineageService::move(qint64 unitId, qint64 parentId, const QString &group, QDate date,
                                    const QString &note)
{
    refuseIf(checkMove(unitId, parentId, group, date));
    Transaction transaction(m_database);
    UnitChange change;
    change.action = QStringLiteral("move");
    change.date = date;
    ChangeWriter writer(m_database, change);
    Unit u = writer.units.byId(unitId).value();
    change.before.append(u);
    const QString from = placeOf(writer.units, u.parentId, u.group);
    u.parentId = parentId;
    u.group = group.normalized(QString::NormalizationForm_C).trimmed();
    writer.lineage.update(u);
    change.after.append(u);
    writer.event(unitId, QStringLiteral("moved"), parentId, from, placeOf(writer.units, u.parentId, u.group), note);
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
    return change;
}

void UnitLineageService::importUnits(const QList<Unit> &units, const QStringList &parentCodes, const QString &source)
{
    Transaction transaction(m_database);
    UnitRepository repository(m_database);
    UnitLineageRepository lineage(m_database);
    QList<Unit> inserted;
    QList<AuditEntry> audit;
    for (Unit u : units) {
        u.id = repository.insert(u);
        inserted.append(u);
        UnitEvent created;
        created.unitId = u.id;
        created.date = u.validFrom;
        created.type = QStringLiteral("created");
        created.newValue = u.name;
        created.note = tr("imported from %1").arg(source);
        repository.insertEvent(created);
        if (u.validTo.isValid()) {
            UnitEvent dissolved;
            dissolved.unitId = u.id;
            dissolved.date = u.validTo.addDays(1);
            dissolved.type = QStringLiteral("dissolved");
            dissolved.note = u.note;
            repository.insertEvent(dissolved);
        }
        AuditEntry e;
        e.action = QStringLiteral("import");
        e.entity = QStringLiteral("unit");
        e.entityId = u.id;
        e.field = QStringLiteral("unit");
        e.newValue = QStringLiteral("%1 %2").arg(u.code, u.name);
        audit.append(e);
    }
    for (qsizetype i = 0; i < inserted.size(); ++i) {
        const QString &parentCode = parentCodes.value(i);
        if (parentCode.isEmpty())
            continue;
        const auto parent = repository.byCode(parentCode);
        if (!parent)
            throw ValidationError({{QStringLiteral("parent_code"), tr("no unit has the code “%1”").arg(parentCode)}});
        inserted[i].parentId = parent->id;
        lineage.update(inserted.at(i));
    }
    AuditRepository(m_database).record(audit);
    transaction.commit();
    if (m_changes) {
        QList<qint64> ids;
        for (const Unit &u : std::as_const(inserted))
            ids.append(u.id);
        m_changes->announce(DataChange::Kind::Units, 0, ids);
    }
}

void UnitLineageService::undo(const UnitChange &change)
{
    Transaction transaction(m_database);
    UnitRepository units(m_database);
    UnitLineageRepository lineage(m_database);
    requireUnchanged(change.after, true);
    for (qint64 id : change.createdUnitIds) {
        if (!lineage.submissionYears(id).isEmpty()) {
            const Unit u = units.byId(id).value();
            throw ValidationError(
                {{QStringLiteral("unit"),
                  tr("%1 (%2) has submissions by now; this step cannot be undone.").arg(u.name, u.code)}});
        }
    }
    for (auto e = change.events.crbegin(); e != change.events.crend(); ++e)
        lineage.removeEvent(e->id);
    for (auto id = change.createdUnitIds.crbegin(); id != change.createdUnitIds.crend(); ++id)
        lineage.remove(*id);
    for (const Unit &u : change.before)
        lineage.update(u);
    audit(change, QStringLiteral("undo_") + change.action, true);
    transaction.commit();
    announce(change);
}

void UnitLineageService::redo(const UnitChange &change)
{
    Transaction transaction(m_database);
    UnitRepository units(m_database);
    UnitLineageRepository lineage(m_database);
    requireUnchanged(change.before, false);
    for (const Unit &u : change.after) {
        if (change.createdUnitIds.contains(u.id)) {
            if (units.byId(u.id) || units.byCode(u.code))
                throw ValidationError({{QStringLiteral("code"),
                                        tr("The code %1 is already used; this step cannot be redone.").arg(u.code)}});
            lineage.insertWithId(u);
        } else {
            lineage.update(u);
        }
    }
    for (const UnitEvent &e : change.events)
        lineage.insertEventWithId(e);
    audit(change, change.action, false);
    transaction.commit();
    announce(change);
}

void UnitLineageService::requireUnchanged(const QList<Unit> &expected, bool undoing) const
{
    UnitRepository units(m_database);
    for (const Unit &u : expected) {
        const auto stored = units.byId(u.id);
        if (stored && UnitService::sameUnit(*stored, u))
            continue;
        throw ValidationError(
            {{QStringLiteral("unit"),
              undoing ? tr("%1 (%2) was changed since; this step cannot be undone.").arg(u.name, u.code)
                      : tr("%1 (%2) was changed since; this step cannot be redone.").arg(u.name, u.code)}});
    }
}

void UnitLineageService::announce(const UnitChange &change) const
{
    if (!m_changes)
        return;
    QList<qint64> ids;
    for (const QList<Unit> *list : {&change.before, &change.after})
        for (const Unit &u : *list)
            if (!ids.contains(u.id))
                ids.append(u.id);
    m_changes->announce(DataChange::Kind::Units, 0, ids);
}

void UnitLineageService::audit(const UnitChange &change, const QString &action, bool undoing) const
{
    QList<AuditEntry> entries;
    auto entry = [&](qint64 id, const QString &field, const QString &oldValue, const QString &newValue) {
        AuditEntry e;
        e.action = action;
        e.entity = QStringLiteral("unit");
        e.entityId = id;
        e.field = field;
        e.oldValue = undoing ? newValue : oldValue;
        e.newValue = undoing ? oldValue : newValue;
        entries.append(e);
    };
    for (const Unit &a : change.after) {
        if (change.createdUnitIds.contains(a.id)) {
            entry(a.id, QStringLiteral("unit"), {},
                  QStringLiteral("%1 %2 (%3 - %4)").arg(a.code, a.name, iso(a.validFrom), iso(a.validTo)));
            continue;
        }
        Unit b;
        for (const Unit &u : change.before)
            if (u.id == a.id)
                b = u;
        if (b.name != a.name)
            entry(a.id, QStringLiteral("name"), b.name, a.name);
        if (b.validTo != a.validTo)
            entry(a.id, QStringLiteral("valid_to"), iso(b.validTo), iso(a.validTo));
        if (b.parentId != a.parentId)
            entry(a.id, QStringLiteral("parent_id"), b.parentId ? QString::number(b.parentId) : QString(),
                  a.parentId ? QString::number(a.parentId) : QString());
        if (b.group != a.group)
            entry(a.id, QStringLiteral("emulation_group"), b.group, a.group);
    }
    for (const UnitEvent &e : change.events)
        entry(e.unitId, QStringLiteral("event"), {},
              QStringLiteral("%1 %2 %3")
                  .arg(iso(e.date), e.type, e.relatedUnitId ? QString::number(e.relatedUnitId) : QString()));
    AuditRepository(m_database).record(entries);
}
