#pragma once

#include "domain/rubric.h"

#include <QList>

#include <functional>
#include <optional>

class Database;
class SqlQuery;

class RubricRepository
{
public:
    explicit RubricRepository(const Database &database) : m_database(database) {}

    QList<Rubric> all() const; // with criteria and classes
    std::optional<Rubric> byId(qint64 id) const;
    std::optional<Rubric> byCode(const QString &code) const;
    qint64 insert(const Rubric &rubric); // criteria parents are given by position in the list
    // Saves the name, the criteria's titles, maxima, steps, thresholds and levels, and the
    // classes' names and minima (ids as stored; nothing is added or removed).
    void update(const Rubric &rubric);

private:
    QList<Rubric> select(const QString &where, const std::function<void(SqlQuery &)> &bind) const;
    const Database &m_database;
};
