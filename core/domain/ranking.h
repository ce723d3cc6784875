#pragma once

#include "points.h"
#include "rubric.h"
#include "tierule.h"
#include "timeliness.h"
#include "unit.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// What ranking needs of one unit in a year: its reviewed scores and its submission's
// timeliness.
struct RankingInput
{
    Unit unit;
    Timeliness::Kind timeliness = Timeliness::Missing;
    QDate received;
    QHash<qint64, Points> reviewed; // criterion id -> reviewed score
};

// A line of the ranked list.
struct RankedUnit
{
    Unit unit;
    int rank = 0;                // 0: not ranked (not reviewed, or not completely)
    bool shared = false;         // đồng hạng
    std::optional<Points> total; // points rubrics, complete reviews only
    int level = 0;               // levels rubrics
    int met = 0;                 // levels rubrics: chỉ tiêu met
    int reviewedItems = 0;
    int items = 0;
    QString classification; // tier or level name; empty when not ranked
    Timeliness::Kind timeliness = Timeliness::Missing;
    QDate received;
    // With the roll-up ("quy đổi theo đơn vị hiện nay"): the unit or units it became, or
    // "(không còn hoạt động)" (dissolved, or ended without successor); empty when it is
    // still the same unit.
    QString currentUnit;
    // Levels rubrics (TT24): the unit's recognition in force at the end of the year (or
    // today, if earlier), from the decisions: "Mức độ 1 (giữ đến 31/12/2027)"; empty: none.
    QString recognition;

    bool isRanked() const { return rank > 0; }
};

// A year's ranked list: ranked units first (by rank), then the units not yet reviewed.
struct Ranking
{
    int year = 0;
    Rubric rubric;
    bool byLevels = false;
    QString group;        // empty: all units
    QList<TieRule> rules; // as applied (disabled ones included, marked)
    QList<RankedUnit> rows;
    QDate rolledUpOn; // valid: each row names the unit it became on this day (currentUnit)

    bool isRolledUp() const { return rolledUpOn.isValid(); }
};
