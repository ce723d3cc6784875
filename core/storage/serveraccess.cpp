#include "serveraccess.h"

#include "database.h"
#include "domain/storageerror.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace {

constexpr qint64 kRulesLock = 0x7868687400000003; // "xhht" 3 (1: migrations, 2: the plan's load)

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString quotedLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QByteArray accessText()
{
    QFile file(QStringLiteral(":/server/access.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Sql, QStringLiteral("missing resource :/server/access.sql"));
    return file.readAll();
}

// The statements of resources/server/access.sql.
QStringList accessStatements()
{
    return SqlDialect::statements(QString::fromUtf8(accessText()));
}

// Which access.sql was applied last, kept in xhht_meta.
QString accessDigest()
{
    return QString::fromLatin1(QCryptographicHash::hash(accessText(), QCryptographicHash::Sha256).toHex());
}

void recordDigest(const Database &database)
{
    SqlQuery remove(database, QStringLiteral("DELETE FROM xhht_meta WHERE key = 'access_rules'"));
    remove.exec();
    SqlQuery insert(database, QStringLiteral("INSERT INTO xhht_meta (key, value) VALUES ('access_rules', ?)"));
    insert.bind(accessDigest());
    insert.exec();
}

} // namespace

ServerAccess::ServerAccess(const Database &database) : m_database(database) {}

const QStringList &ServerAccess::roles()
{
    static const QStringList names = {QStringLiteral("clerk"), QStringLiteral("council"), QStringLiteral("leader"),
                                      QStringLiteral("unit")};
    return names;
}

bool ServerAccess::isValidLoginName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return valid.match(name).hasMatch() && !name.startsWith(QLatin1String("xhht_")) &&
           !name.startsWith(QLatin1String("pg_"));
}

bool ServerAccess::rolesExist() const
{
    if (!m_database.isServer())
        return false;
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('xhht_clerk', "
                                          "'xhht_council', 'xhht_leader', 'xhht_unit')"));
    q.exec();
    return q.next() && q.number(0) == 4;
}

void ServerAccess::setUp() const
{
    if (!m_database.isServer())
        throw StorageError(StorageError::Kind::Sql, tr("Logins and roles exist only on a server database."));
    Transaction transaction(m_database);
    for (const QString &role : roles()) {
        SqlQuery exists(m_database, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        exists.bind(QStringLiteral("xhht_") + role);
        exists.exec();
        if (!exists.next())
            m_database.execute(QStringLiteral("CREATE ROLE xhht_%1 NOLOGIN").arg(role));
    }
    for (const QString &statement : accessStatements())
        m_database.execute(statement);
    recordDigest(m_database);
    transaction.commit();
}

void ServerAccess::applyPolicies() const
{
    Transaction transaction(m_database);
    // Two owners' programs opening at once: one applies, the other waits and applies again.
    m_database.execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kRulesLock));
    for (const QString &statement : accessStatements())
        m_database.execute(statement);
    recordDigest(m_database);
    transaction.commit();
}

bool ServerAccess::policiesOutdated() const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT (SELECT value FROM xhht_meta WHERE key = 'access_rules'), "
                       "CASE WHEN EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'xhht_notify') THEN 1 ELSE 0 "
                       "END"));
    query.exec();
    if (!query.next())
        return false;
    const QString applied = query.text(0);
    // Applied by a program older than the digest: the change triggers are there.
    if (applied.isNull())
        return query.number(1) != 0;
    return applied != accessDigest();
}

void ServerAccess::addLogin(const QString &name, const QString &role, qint64 unitId, const QString &password) const
{
    if (!isValidLoginName(name))
        throw StorageError(StorageError::Kind::Sql,
                           tr("'%1' cannot be a login name: use letters without diacritics, digits, '_', '.' or "
                              "'-', starting with a letter, at most 63 characters (not starting with xhht_ or pg_).")
                               .arg(name));
    if (!roles().contains(role))
        throw StorageError(StorageError::Kind::Sql,
                           tr("'%1' is not a role; use clerk, council, leader or unit.").arg(role));
    Transaction transaction(m_database);
    SqlQuery exists(m_database, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.bind(name);
    exists.exec();
    if (exists.next())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The server already has a login named '%1'; nothing was changed.").arg(name));
    QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(quotedName(name));
    if (!password.isEmpty())
        create += QStringLiteral(" PASSWORD ") + quotedLiteral(password);
    m_database.execute(create);
    m_database.execute(QStringLiteral("GRANT xhht_%1 TO %2").arg(role, quotedName(name)));
    SqlQuery insert(m_database, QStringLiteral("INSERT INTO server_login (login, role, unit_id) VALUES (?, ?, ?)"));
    insert.bind(name).bind(role).bindId(role == QLatin1String("unit") ? unitId : 0);
    insert.exec();
    transaction.commit();
}

void ServerAccess::removeLogin(const QString &name) const
{
    Transaction transaction(m_database);
    SqlQuery remove(m_database, QStringLiteral("DELETE FROM server_login WHERE login = ?"));
    remove.bind(name);
    remove.exec();
    if (remove.rowsAffected() == 0)
        throw StorageError(StorageError::Kind::Missing,
                           tr("There is no xhht login named '%1' on this database; nothing was changed.").arg(name));
    m_database.execute(QStringLiteral("DROP ROLE %1").arg(quotedName(name)));
    transaction.commit();
}

QList<ServerAccess::Login> ServerAccess::logins() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT l.login, l.role, COALESCE(u.code, '') FROM server_login l "
                                          "LEFT JOIN unit u ON u.id = l.unit_id ORDER BY l.login"));
    q.exec();
    QList<Login> result;
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2)});
    return result;
}
