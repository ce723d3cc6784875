#pragma once

#include "domain/task.h"

#include <QList>

class Database;

class TaskRepository
{
public:
    explicit TaskRepository(const Database &database) : m_database(database) {}

    QList<Task> all() const; // with assignees and section paths, in code order
    qint64 insert(qint64 planId, const Task &task);
    // Writes the task's text, section, recurrence, due rule and phase, and replaces its
    // assignees with task.assignees.
    void update(const Task &task);

private:
    static void insertAssignees(const Database &database, qint64 taskId, const QList<TaskAssignee> &assignees);

    const Database &m_database;
};
