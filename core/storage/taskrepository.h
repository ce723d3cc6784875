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

private:
    const Database &m_database;
};
