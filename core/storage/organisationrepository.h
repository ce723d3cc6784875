#pragma once

#include "domain/organisationsettings.h"

class Database;

// The organisation settings used in official documents, kept as key/value rows.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(const Database &database) : m_database(database) {}

    OrganisationSettings load() const;
    void save(const OrganisationSettings &settings);

private:
    const Database &m_database;
};
