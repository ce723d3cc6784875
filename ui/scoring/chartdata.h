#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

class Services;

// The figures the charts show, read through the services (no SQL here): a year's
// reviewed totals by unit, and one unit's reviewed total over the years.
class ChartData
{
public:
    // The reviewed totals of the year's units whose review is complete, highest first
    // (as RankingService::rankYear() ranks them); none on a levels rubric (TT24), which
    // has no totals. Throws ValidationError when the year has no settings, StorageError
    // on database failures.
    static QList<std::pair<QString, double>> yearTotals(const Services &services, int year);

    // The unit's reviewed total in every year that has settings, in ascending order;
    // std::nullopt for a year without one (not reviewed, not active, or a levels rubric).
    // *unitName, when given, gets the unit's name in the latest year it is ranked in
    // (its current name when it is in none; empty for an unknown unit).
    static QList<std::pair<int, std::optional<double>>> unitHistory(const Services &services, qint64 unitId,
                                                                    QString *unitName = nullptr);
};
