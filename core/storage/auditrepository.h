#pragma once

#include "domain/auditentry.h"

#include <QList>

class Database;

// The audit log: who changed what, when, from which value to which.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &database) : m_database(database) {}

    // The operating-system account the program runs under.
    static QString currentActor();

    void record(const AuditEntry &entry); // fills in time and actor when empty
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId) const;
    int count() const;

private:
    const Database &m_database;
};
