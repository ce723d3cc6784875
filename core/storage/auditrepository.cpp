#include "auditrepository.h"

#include "batchinsert.h"
#include "sqlquery.h"

AuditRepository::AuditRepository(const Database &database) : m_database(database) {}

AuditRepository::~AuditRepository() = default;

QString AuditRepository::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user.isEmpty() ? QStringLiteral("?") : user;
}

void AuditRepository::record(const AuditEntry &entry)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO audit_log (at_utc, actor, action, entity, entity_id, field, "
                                          "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = entry.at.isValid() ? entry.at.toUTC() : QDateTime::currentDateTimeUtc();
    q.bind(at.toString(Qt::ISODateWithMs)).bind(entry.actor.isEmpty() ? currentActor() : entry.actor);
    q.bind(entry.action)
        .bind(entry.entity)
        .bindId(entry.entityId)
        .bind(entry.field.isNull() ? QStringLiteral("") : entry.field);
    q.bind(entry.oldValue).bind(entry.newValue);
    q.exec();
}

void AuditRepository::record(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    if (!m_batch)
        m_batch = std::make_unique<BatchInsert>(m_database, QStringLiteral("audit_log"),
                                                QStringList{QStringLiteral("at_utc"), QStringLiteral("actor"),
                                                            QStringLiteral("action"), QStringLiteral("entity"),
                                                            QStringLiteral("entity_id"), QStringLiteral("field"),
                                                            QStringLiteral("old_value"), QStringLiteral("new_value")});
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString actor = currentActor();
    m_batch->insert(entries, [&](BatchInsert::Row &row, const AuditEntry &e) {
        row.add(e.at.isValid() ? e.at.toUTC().toString(Qt::ISODateWithMs) : now);
        row.add(e.actor.isEmpty() ? actor : e.actor).add(e.action).add(e.entity).addId(e.entityId).add(e.field);
        row.add(e.oldValue).add(e.newValue);
    });
}

QList<AuditEntry> AuditRepository::forEntity(const QString &entity, qint64 entityId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, at_utc, actor, action, entity, entity_id, field, old_value, "
                                          "new_value FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.bind(entity).bind(entityId);
    q.exec();
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.number(0);
        e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        e.actor = q.text(2);
        e.action = q.text(3);
        e.entity = q.text(4);
        e.entityId = q.number(5);
        e.field = q.text(6);
        e.oldValue = q.text(7);
        e.newValue = q.text(8);
        result.append(e);
    }
    return result;
}

int AuditRepository::count() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}
