#pragma once

#include <QDate>

struct YearSettings
{
    int year = 0;
    qint64 rubricId = 0;
    QDate unitDeadline;
    QDate reportDeadline;
    bool locked = false;
};
