#include "tasktext.h"

#include "unitkind.h"

#include <QStringList>

QString TaskText::schedule(const Task &task)
{
    if (task.recurrence == QLatin1String("yearly")) {
        if (!task.hasDueDate())
            return tr("every year");
        return tr("every year, by %1/%2")
            .arg(task.dueDay, 2, 10, QLatin1Char('0'))
            .arg(task.dueMonth, 2, 10, QLatin1Char('0'));
    }
    if (task.recurrence == QLatin1String("review"))
        return tr("at the review of phase %1").arg(task.phaseNumber);
    return tr("once");
}

QString TaskText::assignees(const Task &task, TaskAssignee::Role role)
{
    QStringList names;
    for (const TaskAssignee &a : task.assignees) {
        if (a.role != role)
            continue;
        // A unit's login reads the plan but not the other units: their codes are not
        // shown to it (the server's row-level security).
        const QString name = a.unitId <= 0          ? tr("every %1").arg(UnitKind::label(a.unitKind))
                             : a.unitCode.isEmpty() ? tr("another unit")
                                                    : a.unitCode;
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}
