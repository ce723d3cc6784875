#include "unitrepository.h"

#include "sqlquery.h"

namespace {
const QString kColumns = QStringLiteral(
    "SELECT id, code, name, short_name, kind, parent_id, emulation_group, valid_from, valid_to, note FROM unit ");

Unit unitFrom(const SqlQuery &q)
{
    Unit u;
    u.id = q.number(0);
    u.code = q.text(1);
    u.name = q.text(2);
    u.shortName = q.text(3);
    u.kind = q.recurringText(4);
    u.parentId = q.number(5);
    u.group = q.recurringText(6);
    u.validFrom = q.date(7);
    u.validTo = q.date(8);
    u.note = q.text(9);
    return u;
}
} // namespace

QList<Unit> UnitRepository::all() const
{
    SqlQuery q(m_database, kColumns + QStringLiteral("ORDER BY id"));
    q.exec();
    QList<Unit> result;
    while (q.next())
        result.append(unitFrom(q));
    return result;
}

QList<Unit> UnitRepository::activeIn(int year) const
{
    SqlQuery q(m_database,
               kColumns + QStringLiteral("WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY id"));
    q.bind(QDate(year, 12, 31)).bind(QDate(year, 1, 1));
    q.exec();
    QList<Unit> result;
    while (q.next())
        result.append(unitFrom(q));
    return result;
}

std::optional<Unit> UnitRepository::byCode(const QString &code) const
{
    SqlQuery q(m_database, kColumns + QStringLiteral("WHERE code = ?"));
    q.bind(code);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return unitFrom(q);
}

std::optional<Unit> UnitRepository::byId(qint64 id) const
{
    SqlQuery q(m_database, kColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return unitFrom(q);
}

int UnitRepository::count() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM unit"));
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}

qint64 UnitRepository::insert(const Unit &unit)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO unit (code, name, short_name, kind, parent_id, "
                                          "emulation_group, valid_from, valid_to, note) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(unit.code).bind(unit.name).bind(unit.shortName).bind(unit.kind).bindId(unit.parentId);
    q.bind(unit.group).bind(unit.validFrom).bind(unit.validTo).bind(unit.note);
    q.exec();
    return q.lastInsertId();
}

qint64 UnitRepository::insertEvent(const UnitEvent &event)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO unit_event (unit_id, event_date, event_type, "
                                          "related_unit_id, old_value, new_value, note) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(event.unitId).bind(event.date).bind(event.type).bindId(event.relatedUnitId);
    q.bind(event.oldValue).bind(event.newValue).bind(event.note);
    q.exec();
    return q.lastInsertId();
}

QList<UnitEvent> UnitRepository::events() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, unit_id, event_date, event_type, related_unit_id, old_value, "
                                          "new_value, note FROM unit_event ORDER BY event_date, id"));
    q.exec();
    QList<UnitEvent> result;
    while (q.next()) {
        UnitEvent e;
        e.id = q.number(0);
        e.unitId = q.number(1);
        e.date = q.date(2);
        e.type = q.text(3);
        e.relatedUnitId = q.number(4);
        e.oldValue = q.text(5);
        e.newValue = q.text(6);
        e.note = q.text(7);
        result.append(e);
    }
    return result;
}
