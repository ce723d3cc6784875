#pragma once

#include "domain/dashboardsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Works out the Dashboard's summary from the year's submissions, reviews and tasks.
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
