#pragma once

#include "domain/yearsettings.h"

#include <QList>

#include <optional>

class Database;

class YearSettingsRepository
{
public:
    explicit YearSettingsRepository(const Database &database) : m_database(database) {}

    std::optional<YearSettings> forYear(int year) const;
    QList<YearSettings> all() const;
    void save(const YearSettings &settings); // insert or replace

private:
    const Database &m_database;
};
