#pragma once

#include "domain/obligation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

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
};

class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    explicit DashboardService(const Database &database);

    // `lastOpened` invalid: nothing is listed as new.
    DashboardSummary summary(QDate today, QDate lastOpened) const;

    // The year the program opens on: today's, or the nearest year that has settings.
    static int currentYear(const QList<int> &years, QDate today);

private:
    const Database &m_database;
};
