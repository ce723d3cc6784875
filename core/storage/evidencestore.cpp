#include "evidencestore.h"

#include "sqlquery.h"

#include <QDateTime>

QString EvidenceStore::table() const
{
    return m_owner == Owner::Submission ? QStringLiteral("submission_evidence") : QStringLiteral("obligation_evidence");
}

QString EvidenceStore::ownerColumn() const
{
    return m_owner == Owner::Submission ? QStringLiteral("submission_id") : QStringLiteral("obligation_id");
}

Evidence EvidenceStore::fromRow(const SqlQuery &q)
{
    Evidence e;
    e.id = q.number(0);
    e.criterionId = q.number(1);
    e.name = q.text(2);
    e.mimeType = q.text(3);
    e.size = q.number(4);
    e.sha256 = q.text(5);
    e.addedAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    return e;
}

qint64 EvidenceStore::insert(qint64 ownerId, const Evidence &e)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO %1 (%2, criterion_id, name, mime_type, size, sha256, content, "
                                          "added_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(table(), ownerColumn()));
    const QDateTime at = e.addedAt.isValid() ? e.addedAt.toUTC() : QDateTime::currentDateTimeUtc();
    q.bind(ownerId).bindId(e.criterionId).bind(e.name).bind(e.mimeType).bind(e.size).bind(e.sha256);
    q.bindBlob(e.content).bind(at.toString(Qt::ISODateWithMs));
    q.exec();
    return q.lastInsertId();
}

void EvidenceStore::setRemoved(qint64 evidenceId, bool removed)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE %1 SET removed_utc = ? WHERE id = ?").arg(table()));
    if (removed)
        q.bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    else
        q.bindNull();
    q.bind(evidenceId);
    q.exec();
}

QList<Evidence> EvidenceStore::list(qint64 ownerId, bool includeRemoved) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, criterion_id, name, mime_type, size, sha256, added_utc "
                                          "FROM %1 WHERE %2 = ? AND (removed_utc IS NULL OR ? = 1) ORDER BY id")
                               .arg(table(), ownerColumn()));
    q.bind(ownerId).bind(includeRemoved);
    q.exec();
    QList<Evidence> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

QByteArray EvidenceStore::content(qint64 evidenceId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT content FROM %1 WHERE id = ?").arg(table()));
    q.bind(evidenceId);
    q.exec();
    return q.next() ? q.blob(0) : QByteArray();
}

qint64 EvidenceStore::ownerOf(qint64 evidenceId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(ownerColumn(), table()));
    q.bind(evidenceId);
    q.exec();
    return q.next() ? q.number(0) : 0;
}
