#pragma once

#include "obligation.h"

#include <QDate>
#include <QList>
#include <QStringList>

// Where the year stands, for the first screen: the current year (today's, within the
// plan), days until the report deadline, submissions received / late / missing, units
// whose review is not complete, overdue tasks, and what became overdue since the
// program was last opened.
struct DashboardSummary
{
    int year = 0;
    QDate today;
    QDate unitDeadline;
    QDate reportDeadline;
    int daysLeft = 0; // until the report deadline; negative once passed
    int expected = 0;
    int received = 0;
    int late = 0;
    int missing = 0;
    int notReviewed = 0;          // received, review not complete
    QList<Obligation> overdue;    // tasks past due and not done, earliest first
    QStringList sinceLastOpened;  // what became overdue since then, translated
    bool obligationsKnown = true; // false: none generated and the database is read-only
    // The TT24 year whose recognition dossiers are due next (before 15/01 of the year
    // after it): last year's until its 15/01, else this year's; 0 when neither is on TT24.
    int recognitionYear = 0;
    QDate recognitionDeadline;
    int recognitionReady = 0; // units whose reviewed results reach a level
};
