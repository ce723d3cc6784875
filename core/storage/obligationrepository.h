#pragma once

#include "domain/obligation.h"

#include <QList>

#include <optional>

class Database;

// The table task_obligation: the tasks of the plan per year and unit.
class ObligationRepository
{
public:
    explicit ObligationRepository(const Database &database) : m_database(database) {}

    // The year's obligations with their task's code and title and their unit's code and
    // name, in task code and unit id order.
    QList<Obligation> forYear(int year) const;
    // Only the stored columns (no task or unit text), for generation.
    QList<Obligation> storedForYears(int yearFrom, int yearTo) const;
    std::optional<Obligation> byId(qint64 id) const;
    int countForYear(int year) const;

    // Many new obligations, not started, at once (no ids returned; status, date and note
    // take the columns' defaults). Fastest in (year, task, unit) order, the unique key's.
    struct New
    {
        int year = 0;
        qint64 taskId = 0;
        qint64 unitId = 0;
        QDate dueDate;
    };
    void insertAll(const QList<New> &obligations);
    void updateDueDate(qint64 id, QDate dueDate);
    void updateProgress(const Obligation &obligation); // status, completed_on, note
    void remove(qint64 id);

private:
    const Database &m_database;
};
