#pragma once

#include "task.h"

#include <QCoreApplication>

// How a task reads for people, the same in the window and on the command line: its
// schedule ("every year, by 10/12") and who carries it out.
class TaskText
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)

public:
    static QString schedule(const Task &task);
    // Unit codes, or "every <kind>" for an assignment to a kind of unit, or "another unit"
    // for a unit the login may not see (a unit's login); comma-separated, each once.
    static QString assignees(const Task &task, TaskAssignee::Role role);
};
