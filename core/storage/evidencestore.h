#pragma once

#include "domain/evidence.h"

#include <QList>

class Database;
class SqlQuery;

// Evidence files kept in the database for one kind of owner: a submission's
// (submission_evidence) or a task obligation's (obligation_evidence). Both tables have
// the same columns but the owner's; removed files are kept (removed_utc set) so that
// undoing a removal brings the same file back.
class EvidenceStore
{
public:
    enum class Owner
    {
        Submission,
        Obligation,
    };

    EvidenceStore(const Database &database, Owner owner) : m_database(database), m_owner(owner) {}

    qint64 insert(qint64 ownerId, const Evidence &evidence);
    void setRemoved(qint64 evidenceId, bool removed);
    // The owner's evidence in the order added (without contents), removed files too when asked.
    QList<Evidence> list(qint64 ownerId, bool includeRemoved = false) const;
    QByteArray content(qint64 evidenceId) const;
    // Who owns a file; 0 when there is no such file.
    qint64 ownerOf(qint64 evidenceId) const;

    // A row of `SELECT id, criterion_id, name, mime_type, size, sha256, added_utc`.
    static Evidence fromRow(const SqlQuery &query);

private:
    QString table() const;
    QString ownerColumn() const;

    const Database &m_database;
    Owner m_owner;
};
