#pragma once

#include "domain/unit.h"
#include "domain/unitevent.h"

#include <QList>

#include <optional>

class Database;

class UnitRepository
{
public:
    explicit UnitRepository(const Database &database) : m_database(database) {}

    QList<Unit> all() const;
    QList<Unit> activeIn(int year) const;
    std::optional<Unit> byCode(const QString &code) const;
    std::optional<Unit> byId(qint64 id) const;
    int count() const;

    qint64 insert(const Unit &unit);
    qint64 insertEvent(const UnitEvent &event);
    QList<UnitEvent> events() const;

private:
    const Database &m_database;
};
