#pragma once

#include <QCoreApplication>

class Database;

// Fills a new database with the plan as data (resources/seed/*.json): the plan and its
// outline, phases, tasks, units, indicators, both rubric presets, the organisation
// settings and a setting for every year of the plan.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    explicit Seeder(const Database &database) : m_database(database) {}

    bool isSeeded() const;
    // Seeds in one transaction. Throws StorageError.
    void seed();

private:
    const Database &m_database;
};
