#pragma once

#include "unit.h"
#include "unitevent.h"

#include <QList>

// What one lineage operation did to the units (create, rename, merge, split, dissolve,
// move), as values: enough to undo it exactly and to redo it with the same ids.
struct UnitChange
{
    QString action;               // create, rename, merge, split, dissolve, move
    QDate date;                   // the effective date: the first day of the new state
    QList<Unit> before;           // the existing units it changed, as they were
    QList<Unit> after;            // every unit it changed or created, as it left them
    QList<qint64> createdUnitIds; // units it created (in `after`, not in `before`)
    QList<UnitEvent> events;      // lineage events it added, with their ids
};
