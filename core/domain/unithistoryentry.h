#pragma once

#include "unit.h"
#include "unitevent.h"

// One line of the units' history: a lineage event, its unit and the unit it names
// (the target of a merge, a part of a split, a new parent; id 0 when none).
struct UnitHistoryEntry
{
    UnitEvent event;
    Unit unit;
    Unit related;
};
