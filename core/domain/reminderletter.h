#pragma once

#include <QDate>
#include <QStringList>

// What a reminder letter says: the year whose reports are late and the units that have
// not sent theirs.
struct ReminderLetter
{
    int year = 0;
    QDate unitDeadline;       // the year's deadline for units (hạn nộp), e.g. 30/11; invalid: not mentioned
    QDate newDeadline;        // the date by which the late units must now send; invalid: no date is asked for
    QDate reportDeadline;     // when the department reports to Sở GD&ĐT, e.g. 10/12; invalid: 10/12 of the year
    QStringList missingUnits; // unit names, in the order they are listed
};
