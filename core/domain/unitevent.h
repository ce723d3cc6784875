#pragma once

#include <QDate>
#include <QString>

// One lineage event of a unit: created, renamed, merged into, split into, dissolved, moved.
struct UnitEvent
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate date;
    QString type;
    qint64 relatedUnitId = 0;
    QString oldValue;
    QString newValue;
    QString note;
};
