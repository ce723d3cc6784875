#pragma once

#include "domain/unit.h"
#include "domain/unitevent.h"

#include <QList>

class Database;

// The writes of the units' lineage (UnitLineageService): whole-row updates, and inserts
// and deletes that keep their ids, so that an undone change can be redone exactly.
class UnitLineageRepository
{
public:
    explicit UnitLineageRepository(const Database &database) : m_database(database) {}

    void update(const Unit &unit);
    void insertWithId(const Unit &unit);
    void remove(qint64 unitId);
    void insertEventWithId(const UnitEvent &event);
    void removeEvent(qint64 eventId);
    // The years of the submissions recorded for a unit.
    QList<int> submissionYears(qint64 unitId) const;

private:
    const Database &m_database;
};
