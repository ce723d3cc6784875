#pragma once

#include "domain/auditentry.h"

#include <QList>

#include <memory>

class BatchInsert;
class Database;

// The audit log: who changed what, when, from which value to which.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &database);
    ~AuditRepository();
    Q_DISABLE_COPY_MOVE(AuditRepository)

    // The operating-system account the program runs under.
    static QString currentActor();

    void record(const AuditEntry &entry); // fills in time and actor when empty
    // Many entries in few statements, with the same time and actor filled in.
    void record(const QList<AuditEntry> &entries);
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId) const;
    int count() const;

private:
    const Database &m_database;
    std::unique_ptr<BatchInsert> m_batch;
};
