#pragma once

#include <QCoreApplication>

#include <functional>

class Database;

// Demo data: the deterministic demo of `xhht init --demo`, and synthetic units at any
// scale for benchmarks (`xhht demo`).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(const Database &database) : m_database(database) {}

    // Submissions for 2024 and 2025 with indicator values and self-scores for every unit
    // active in that year: a few late, one missing (the last unit of 2025), reviewed
    // scores for 2024. Same data on every run. Throws StorageError.
    void addDemo();

    // Adds `units` synthetic commune-level units valid over the years, each with a
    // submission per year. progress(done, total) is called now and then.
    void addSynthetic(int units, int yearFrom, int yearTo, const std::function<void(int, int)> &progress = {});

private:
    const Database &m_database;
};
