#include "unitlineagerepository.h"

#include "sqlquery.h"

void UnitLineageRepository::update(const Unit &unit)
{
    SqlQuery q(m_database,
               QStringLiteral("UPDATE unit SET code = ?, name = ?, short_name = ?, kind = ?, parent_id = ?, "
                              "emulation_group = ?, valid_from = ?, valid_to = ?, note = ? WHERE id = ?"));
    q.bind(unit.code).bind(unit.name).bind(unit.shortName).bind(unit.kind).bindId(unit.parentId);
    q.bind(unit.group).bind(unit.validFrom).bind(unit.validTo).bind(unit.note).bind(unit.id);
    q.exec();
}

void UnitLineageRepository::insertWithId(const Unit &unit)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO unit (id, code, name, short_name, kind, parent_id, "
                                          "emulation_group, valid_from, valid_to, note) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(unit.id).bind(unit.code).bind(unit.name).bind(unit.shortName).bind(unit.kind).bindId(unit.parentId);
    q.bind(unit.group).bind(unit.validFrom).bind(unit.validTo).bind(unit.note);
    q.exec();
}

void UnitLineageRepository::remove(qint64 unitId)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM unit WHERE id = ?"));
    q.bind(unitId);
    q.exec();
}

void UnitLineageRepository::insertEventWithId(const UnitEvent &event)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO unit_event (id, unit_id, event_date, event_type, "
                                          "related_unit_id, old_value, new_value, note) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(event.id).bind(event.unitId).bind(event.date).bind(event.type).bindId(event.relatedUnitId);
    q.bind(event.oldValue).bind(event.newValue).bind(event.note);
    q.exec();
}

void UnitLineageRepository::removeEvent(qint64 eventId)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM unit_event WHERE id = ?"));
    q.bind(eventId);
    q.exec();
}

QList<int> UnitLineageRepository::submissionYears(qint64 unitId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT year FROM submission WHERE unit_id = ? ORDER BY year"));
    q.bind(unitId);
    q.exec();
    QList<int> years;
    while (q.next())
        years.append(int(q.number(0)));
    return years;
}
