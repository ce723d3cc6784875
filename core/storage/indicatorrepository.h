#pragma once

#include "domain/indicator.h"

#include <QList>

class Database;

class IndicatorRepository
{
public:
    explicit IndicatorRepository(const Database &database) : m_database(database) {}

    QList<Indicator> all() const; // catalogue order
    qint64 insert(const Indicator &indicator);

private:
    const Database &m_database;
};
