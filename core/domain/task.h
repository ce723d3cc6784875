#pragma once

#include <QList>
#include <QString>

// Who carries out a task: a unit, or every unit of a kind.
struct TaskAssignee
{
    enum class Role
    {
        Lead,
        Coordinate
    };
    Role role = Role::Lead;
    qint64 unitId = 0; // 0 when the assignee is a kind
    QString unitKind;
    QString unitCode; // filled when read, for display
};

struct Task
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString sectionPath;
    QString code;
    QString title;
    QString detail;
    QString recurrence; // yearly, once, review
    int dueMonth = 0;   // 0: no fixed date
    int dueDay = 0;
    int phaseNumber = 0;
    QList<TaskAssignee> assignees;

    bool hasDueDate() const { return dueMonth > 0 && dueDay > 0; }
};
