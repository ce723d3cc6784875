#pragma once

#include "annualreport.h"
#include "phase.h"
#include "plan.h"
#include "points.h"
#include "rubricclass.h"
#include "task.h"
#include "timeliness.h"
#include "unit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One unit's result in one year of a phase, as the unit was that year.
struct PhaseYearResult
{
    qint64 unitId = 0;   // the unit as it was that year (a predecessor when rolled up)
    QString unitName;    // its name that year
    bool ranked = false; // review complete, so it has a rank and a class
    int rank = 0;
    std::optional<Points> total; // points rubrics
    int level = 0;               // levels rubrics
    QString classification;      // tier or level name; empty when not ranked
    QString classCode;           // the class's code in the year's rubric; empty when not ranked
    int classPosition = -1;      // the class's position in the rubric (0 = best); -1 not ranked
    Timeliness::Kind timeliness = Timeliness::Missing;
    int tasksDue = 0;  // task obligations of the unit that year
    int tasksDone = 0; // of them, completed
};

// A row of the phase review: a unit as it is at the end of the phase (or today, when
// the phase is running), with its results in each year of the phase. A year holds the
// unit's own result, or its predecessors' (merged or split into it) when the year was
// before the change; it is empty when neither took part that year.
struct PhaseUnitRow
{
    Unit unit;                                // as it is at the phase's end (or today)
    bool ended = false;                       // dissolved without successor (or ended) before the phase's end
    QList<qint64> predecessors;               // former units rolled up into this one during the phase
    QHash<int, QList<PhaseYearResult>> years; // year -> results (usually one)

    int yearsTakingPart() const { return int(years.size()); }
};

// The figures of the whole phase: each year's indicator figures and classes, and the
// phase's totals.
struct PhaseYearFigures
{
    int year = 0;
    int expected = 0;
    int received = 0;
    int late = 0;
    int reviewed = 0;
    QList<IndicatorFigure> figures;   // one per indicator active in the year
    QList<ClassFigure> classes;       // the year's rubric classes in order
    QList<RubricClass> rubricClasses; // the year's rubric classes, best first
    QString rubricName;               // the year's rubric, as the report names it
    bool byLevels = false;            // a levels rubric (TT24): levels, not points
    int tasksDue = 0;                 // task obligations stored for the year (all units)
    int tasksDone = 0;                // of them, completed
};

struct PhaseReview
{
    Phase phase;
    QDate asOf;                      // units as they are on this day (phase end, or today if earlier)
    bool rolledUp = true;            // former units counted under the units they became
    QList<int> years;                // the phase's years that have settings, ascending
    QList<PhaseUnitRow> rows;        // Vietnamese order of unit names
    QList<PhaseYearFigures> perYear; // same order as years
    QList<IndicatorFigure> totals;   // counts summed over the years; percentages: mean of the reporting units over all
                                     // years; yes/no: yes answers summed
    // Recognition under Thông tư 24/2023 on `asOf`, from the decisions: units recognised at
    // each level, and one "Quyết định số ... ngày ..." per recognition decided in the phase.
    int recognisedLevel1 = 0;
    int recognisedLevel2 = 0;
    QStringList phaseDecisions;

    // For the report: the plan (căn cứ, issuer), all its phases (the next one's
    // orientation) and its tasks.
    Plan plan;
    QList<Phase> phases;
    QList<Task> tasks;
};
