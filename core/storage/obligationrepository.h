#pragma once

#include "domain/obligation.h"

#include <QList>
#include <QStringList>

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

    // For one task in one year: an obligation, not started and due `dueDate`, for every
    // unit active in the year that is one of `unitIds` or of one of `kinds`, unless it has
    // one already. One statement over the unit table, for generating many at once.
    // Returns how many were added.
    int insertForUnits(int year, qint64 taskId, QDate dueDate, const QList<qint64> &unitIds, const QStringList &kinds);
    void updateDueDate(qint64 id, QDate dueDate);
    void updateProgress(const Obligation &obligation); // status, completed_on, note
    void remove(qint64 id);

private:
    const Database &m_database;
};
