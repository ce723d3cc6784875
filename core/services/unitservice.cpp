#include "unitservice.h"

#include "domain/hiddentext.h"
#include "storage/unitrepository.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace {

// The units and their ending events, loaded once, for following successors.
struct Lineage
{
    QHash<qint64, Unit> units;
    QHash<qint64, QList<UnitEvent>> endings; // merged_into and split_into, by unit, in id order

    explicit Lineage(const Database &database)
    {
        UnitRepository repository(database);
        for (const Unit &u : repository.all())
            units.insert(u.id, u);
        for (const UnitEvent &e : repository.events())
            if (e.type == QLatin1String("merged_into") || e.type == QLatin1String("split_into"))
                endings[e.unitId].append(e);
        for (QList<UnitEvent> &list : endings)
            std::sort(list.begin(), list.end(), [](const UnitEvent &a, const UnitEvent &b) { return a.id < b.id; });
    }

    QList<qint64> successors(qint64 unitId, QDate on) const
    {
        QList<qint64> out;
        QSet<qint64> seen;
        std::function<void(qint64)> visit = [&](qint64 id) {
            if (seen.contains(id))
                return;
            seen.insert(id);
            const auto unit = units.constFind(id);
            if (unit == units.cend())
                return;
            if (unit->isActiveOn(on)) {
                if (!out.contains(id))
                    out.append(id);
                return;
            }
            for (const UnitEvent &e : endings.value(id))
                if (e.date <= on && e.relatedUnitId > 0)
                    visit(e.relatedUnitId);
        };
        visit(unitId);
        return out;
    }
};

} // namespace

QList<Unit> UnitService::all() const
{
    return UnitRepository(m_database).all();
}

QList<Unit> UnitService::activeIn(int year) const
{
    return UnitRepository(m_database).activeIn(year);
}

std::optional<Unit> UnitService::byId(qint64 id) const
{
    return UnitRepository(m_database).byId(id);
}

QString UnitService::nameKey(const QString &name)
{
    return HiddenText::removed(name).normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

bool UnitService::sameUnit(const Unit &a, const Unit &b)
{
    return a.id == b.id && a.code == b.code && a.name == b.name && a.shortName == b.shortName && a.kind == b.kind &&
           a.parentId == b.parentId && a.group == b.group && a.validFrom == b.validFrom && a.validTo == b.validTo &&
           a.note == b.note;
}

QStringList UnitService::kinds()
{
    return {QStringLiteral("so_office"),       QStringLiteral("so_unit"), QStringLiteral("district_office"),
            QStringLiteral("district_centre"), QStringLiteral("commune"), QStringLiteral("other")};
}

QString UnitService::nameOn(qint64 unitId, QDate on) const
{
    UnitRepository units(m_database);
    const auto unit = units.byId(unitId);
    if (!unit)
        return {};
    QList<UnitEvent> renames;
    for (const UnitEvent &e : units.events())
        if (e.unitId == unitId && e.type == QLatin1String("renamed"))
            renames.append(e);
    QString name = unit->name;
    for (auto e = renames.crbegin(); e != renames.crend(); ++e)
        if (e->date > on)
            name = e->oldValue;
    return name;
}

QList<qint64> UnitService::successorsOf(qint64 unitId, QDate on) const
{
    return Lineage(m_database).successors(unitId, on);
}

qint64 UnitService::successorOf(qint64 unitId, QDate on) const
{
    const QList<qint64> all = successorsOf(unitId, on);
    return all.isEmpty() ? 0 : all.first();
}

QHash<qint64, QList<qint64>> UnitService::rollUpMap(QDate on) const
{
    const Lineage lineage(m_database);
    QHash<qint64, QList<qint64>> map;
    for (auto u = lineage.units.cbegin(); u != lineage.units.cend(); ++u)
        map.insert(u.key(), lineage.successors(u.key(), on));
    return map;
}

QHash<qint64, qint64> UnitService::rollUpTargets(QDate on) const
{
    QHash<qint64, qint64> targets;
    const QHash<qint64, QList<qint64>> map = rollUpMap(on);
    for (auto m = map.cbegin(); m != map.cend(); ++m)
        targets.insert(m.key(), m->isEmpty() ? 0 : m->first());
    return targets;
}

QList<UnitHistoryEntry> UnitService::history(qint64 unitId) const
{
    UnitRepository units(m_database);
    QHash<qint64, Unit> byId;
    for (const Unit &u : units.all())
        byId.insert(u.id, u);
    QList<UnitHistoryEntry> entries;
    for (const UnitEvent &e : units.events()) {
        if (unitId != 0 && e.unitId != unitId && e.relatedUnitId != unitId)
            continue;
        entries.append({e, byId.value(e.unitId), byId.value(e.relatedUnitId)});
    }
    return entries;
}
