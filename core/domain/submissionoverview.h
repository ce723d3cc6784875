#pragma once

#include "points.h"
#include "timeliness.h"
#include "unit.h"
#include "yearsettings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One line of a year's submissions table: a unit active that year and what it sent.
struct SubmissionOverviewRow
{
    Unit unit;
    qint64 submissionId = 0; // 0: nothing recorded
    QString status = QStringLiteral("not_received");
    QString documentNumber;
    QDate documentDate;
    QDate receivedDate;
    Timeliness::Kind timeliness = Timeliness::Missing;
    int indicatorsFilled = 0;
    std::optional<Points> selfTotal; // empty when no item has a self-score
    QString note;
    // In the year a unit was formed by a merge or split (after 1 January): the units it
    // replaces, when every one of them sent its report for the year. The unit is then
    // covered by their reports: not missing, no reminder (it may still send its own).
    QStringList coveredBy;

    bool isCovered() const { return timeliness == Timeliness::Missing && !coveredBy.isEmpty(); }
    // Nothing received and not covered: a reminder is due.
    bool isMissing() const { return timeliness == Timeliness::Missing && coveredBy.isEmpty(); }
};

// A year's submissions: one row per unit active that year, in Vietnamese order of unit
// names, with the counts shown at the top of the screen.
struct SubmissionOverview
{
    int year = 0;
    YearSettings settings;
    int indicatorCount = 0;
    QList<SubmissionOverviewRow> rows;
    int received = 0; // on time or late
    int late = 0;
    int missing = 0; // not covered by the units they replace (SubmissionOverviewRow::coveredBy)
    int covered = 0;

    // Counts the rows again, after a row was replaced.
    void recount()
    {
        received = late = missing = covered = 0;
        for (const SubmissionOverviewRow &row : std::as_const(rows)) {
            missing += row.isMissing();
            covered += row.isCovered();
            late += row.timeliness == Timeliness::Late;
            received += row.timeliness != Timeliness::Missing;
        }
    }
};
