#pragma once

#include "domain/unit.h"
#include "domain/unithistoryentry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// The units as they are and were: the list, a unit's name on a day, what each former
// unit became (the roll-ups that the ranking and the phase reviews need) and the lineage
// events. Reads only; each throws StorageError. Changing the units is UnitLineageService's.
class UnitService
{
public:
    explicit UnitService(const Database &database) : m_database(database) {}

    QList<Unit> all() const;
    QList<Unit> activeIn(int year) const;
    std::optional<Unit> byId(qint64 id) const;

    // A unit's name on a day, from its rename events.
    QString nameOn(qint64 unitId, QDate day) const;

    // Roll-up ("quy đổi theo đơn vị hiện nay"): the units valid on `day` that a unit
    // became. A unit valid on the day is its own successor; a merged unit follows its
    // target; a split unit maps to ALL its parts, in the order they were given (the first
    // part is the main successor); a dissolved unit has none. Chains are followed.
    QList<qint64> successorsOf(qint64 unitId, QDate day) const;
    // The main successor: the first of successorsOf(), 0 when none.
    qint64 successorOf(qint64 unitId, QDate day) const;
    // Every unit → its successors on `day` (see successorsOf), for multi-year tables.
    QHash<qint64, QList<qint64>> rollUpMap(QDate day) const;
    // Every unit → its main successor on `day` (0: dissolved without a successor).
    QHash<qint64, qint64> rollUpTargets(QDate day) const;

    // The lineage events in date order, of one unit (as the unit or the related unit)
    // or of all units (`unitId` 0).
    QList<UnitHistoryEntry> history(qint64 unitId = 0) const;

    // Text normalised for name comparison: NFC, case-folded, spaces simplified.
    static QString nameKey(const QString &name);
    static bool sameUnit(const Unit &a, const Unit &b);
    // The kinds of unit: so_office, so_unit, district_office, district_centre, commune, other.
    static QStringList kinds();

private:
    const Database &m_database;
};
