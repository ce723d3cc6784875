#pragma once

#include <QDate>
#include <QString>

// One task of the plan for one unit in one year: what the unit owes, by when, and how
// far it is. "Overdue" is not stored: it follows from the due date and today.
struct Obligation
{
    qint64 id = 0;
    qint64 taskId = 0;
    int year = 0;
    qint64 unitId = 0;
    QDate dueDate;                                  // null: the task has no fixed date
    QString status = QStringLiteral("not_started"); // not_started, in_progress, done
    QDate completedOn;                              // only when done
    QString note;

    // Filled when read, for display.
    QString taskCode;
    QString taskTitle;
    QString unitCode;
    QString unitName;

    bool isDone() const { return status == QLatin1String("done"); }
    bool isOverdue(QDate today) const { return dueDate.isValid() && dueDate < today && !isDone(); }
    // The status for people and machines: the stored one, or "overdue".
    QString displayStatus(QDate today) const { return isOverdue(today) ? QStringLiteral("overdue") : status; }
};
