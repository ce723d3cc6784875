// The PostgreSQL half of Database: connecting to a shared office database, migrating it
// under an advisory lock, and telling the clerk what went wrong in the server's terms.
#include "database.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "serveraccess.h"
#include "sqlquery.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace {

// One number for every xhht on every server: pg_advisory_lock takes it while migrating.
constexpr qint64 kMigrationLock = 0x7868687400000001; // "xhht" 1

// The server's own sentence: its first line, without "ERROR:", the CONTEXT lines and
// the "(SQLSTATE)" QPSQL adds.
QString cleanServerText(const QString &raw)
{
    QString text = raw.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char *prefix : {"ERROR:", "FATAL:", "connection to server"}) {
        if (text.startsWith(QLatin1String(prefix)) && qstrcmp(prefix, "connection to server") != 0)
            text = text.mid(int(qstrlen(prefix))).trimmed();
    }
    static const QRegularExpression state(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    return text.remove(state).simplified();
}

QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    // libpq's connection failures come as several lines; the last says why.
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = cleanServerText(*it);
        if (!line.isEmpty() && !line.startsWith(QLatin1String("CONTEXT")))
            return line;
    }
    return text.simplified();
}

} // namespace

void Database::connectServer(const QString &uri)
{
    ServerAddress address;
    QString problem;
    if (!address.parse(uri, &problem))
        throw StorageError(StorageError::Kind::CannotOpen, problem);
    disconnect();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver is "
                              "missing (Debian: install the package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setDatabaseName(address.database);
    QString options = address.options;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += options.isEmpty() ? QStringLiteral("connect_timeout=10") : QStringLiteral(";connect_timeout=10");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(";application_name=xhht");
    db.setConnectOptions(options);
    m_location = address.display();
    if (!db.open()) {
        const QString text = serverText(db.lastError());
        db = QSqlDatabase();
        disconnect();
        throw serverOpenError(address.display(), text);
    }
    m_dialect = SqlDialect(SqlDialect::Kind::PostgreSQL);
    m_listening = false;
    applyServerSession();
}

void Database::applyServerSession() const
{
    // Dates and times are stored as ISO text; the session's own settings must not matter.
    execute(QStringLiteral("SET TIME ZONE 'UTC'"));
    execute(QStringLiteral("SET client_encoding = 'UTF8'"));
    // The server's notices ("… does not exist, skipping") are not the clerk's business.
    execute(QStringLiteral("SET client_min_messages = warning"));
}

void Database::reconnect() const
{
    if (!isServer())
        return;
    // The same QSqlDatabase keeps the address, the login and the password it was opened
    // with (from the address, the keyring or .pgpass), and its driver keeps whoever
    // listens to its notifications.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    m_columnTypes.clear();
    if (!db.open())
        throw serverOpenError(m_location, serverText(db.lastError()));
    applyServerSession();
    if (m_listening && !db.driver()->subscribeToNotification(QStringLiteral("xhht_changes")))
        m_listening = false;
}

StorageError Database::serverOpenError(const QString &where, const QString &text)
{
    const auto has = [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed") ||
        (has("role") && has("does not exist")))
        return StorageError(StorageError::Kind::AccessDenied,
                            tr("The server %1 refused the login: wrong user name or password. Check them (or "
                               "~/.pgpass, PGPASSWORD) and try again.")
                                .arg(where));
    if (has("does not exist") && has("database"))
        return StorageError(StorageError::Kind::Missing,
                            tr("The server has no database named in %1. Ask the administrator for the right "
                               "address; 'xhht server init --db ADDRESS' sets up a new one.")
                                .arg(where));
    if (has("ssl") || has("certificate"))
        return StorageError(StorageError::Kind::CannotOpen,
                            tr("The secure (TLS) connection to %1 could not be made: %2. Check sslmode in the "
                               "address and the server's certificate.")
                                .arg(where, text));
    if (has("no pg_hba.conf entry") || has("permission denied"))
        return StorageError(StorageError::Kind::AccessDenied,
                            tr("The server %1 does not let this login in from this computer (%2). Ask the "
                               "administrator to allow it in pg_hba.conf.")
                                .arg(where, text));
    return StorageError(
        StorageError::Kind::Disconnected,
        tr("Cannot reach the server %1 (%2). Check the network and the address, then try again.").arg(where, text));
}

void Database::readServerRole()
{
    m_serverLogin.clear();
    m_serverRole.clear();
    m_serverUnit.clear();
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
        m_serverLogin = query.value(0).toString();
    // The xhht group roles the login is a member of; the database's owner may do all.
    if (query.exec(QStringLiteral("SELECT r.rolname FROM pg_roles r WHERE r.rolname IN ('xhht_clerk', "
                                  "'xhht_council', 'xhht_leader', 'xhht_unit') AND pg_has_role(session_user, "
                                  "r.oid, 'MEMBER') ORDER BY r.rolname"))) {
        while (query.next()) {
            if (m_serverRole.isEmpty())
                m_serverRole = query.value(0).toString().mid(5);
        }
    }
    if (query.exec(QStringLiteral("SELECT pg_catalog.pg_get_userbyid(d.datdba) = session_user OR r.rolsuper FROM "
                                  "pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname "
                                  "= session_user")) &&
        query.next() && query.value(0).toBool())
        m_serverRole = QStringLiteral("owner");
    if (m_serverRole == QLatin1String("unit") && query.exec(QStringLiteral("SELECT xhht_login_unit_code()")) &&
        query.next())
        m_serverUnit = query.value(0).toString();
}

void Database::serialiseSetUp() const
{
    if (isServer())
        execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock + 1));
}

void Database::storeSchemaVersion(int version)
{
    if (!isServer()) {
        execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        return;
    }
    execute(QStringLiteral("DELETE FROM xhht_meta WHERE key = 'schema_version'"));
    execute(QStringLiteral("INSERT INTO xhht_meta (key, value) VALUES ('schema_version', '%1')").arg(version));
}

void Database::openServer(const QString &uri, OpenMode mode)
{
    m_path = uri;
    m_backupPath.clear();
    m_columnTypes.clear();
    m_created = false;
    m_readOnly = false;
    connectServer(uri);
    QSqlQuery query(connection());
    const auto schemaPresent = [&] {
        return query.exec(QStringLiteral("SELECT to_regclass('xhht_meta') IS NOT NULL")) && query.next() &&
               query.value(0).toBool();
    };
    int version = schemaPresent() ? schemaVersion() : 0;
    if (version == latestSchemaVersion()) {
        readServerRole();
        renewAccessRules(false);
        return;
    }
    if (version > latestSchemaVersion())
        throw StorageError(StorageError::Kind::TooNew,
                           tr("The database %1 was set up by a newer xhht (schema %2; this program knows up to "
                              "%3). Update the program; nothing was changed.")
                               .arg(m_location)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    if (version == 0 && mode == OpenMode::ExistingOnly)
        throw StorageError(StorageError::Kind::Missing,
                           tr("The database %1 has no xhht data yet. 'xhht server init --db ADDRESS' sets it "
                              "up.")
                               .arg(m_location));
    // Two programs starting at once: the second waits here, then finds the work done.
    bool upgraded = false;
    execute(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    try {
        version = schemaPresent() ? schemaVersion() : 0;
        if (version < 0)
            version = 0;
        m_created = version == 0;
        upgraded = version > 0 && version < latestSchemaVersion();
        if (version < latestSchemaVersion())
            migrate(version);
    } catch (...) {
        QSqlQuery(connection()).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        throw;
    }
    execute(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    readServerRole();
    renewAccessRules(upgraded);
}

void Database::renewAccessRules(bool upgraded) const
{
    // New tables of an upgrade this program made get their grants and policies, and a
    // newer program's rules (another table's change notification) replace the old ones.
    // Only the owner may; the others work under the rules they find.
    if (m_serverRole != QLatin1String("owner"))
        return;
    const ServerAccess access(*this);
    if ((upgraded || access.policiesOutdated()) && access.rolesExist())
        access.applyPolicies();
}

pg_conn *Database::serverHandle() const
{
    const QVariant handle = connection().driver()->handle();
    // Qt names the type by what libpq's typedef stands for.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

QHash<QString, QString> Database::columnTypes(const QString &table) const
{
    const auto known = m_columnTypes.constFind(table);
    if (known != m_columnTypes.cend())
        return *known;
    SqlQuery q(*this, QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                                     "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
    q.bind(table);
    q.exec();
    QHash<QString, QString> typeOf;
    while (q.next())
        typeOf.insert(q.text(0), q.text(1));
    m_columnTypes.insert(table, typeOf);
    return typeOf;
}

bool Database::connectionLost() const
{
    if (!isServer())
        return false;
    // Listening for changes, Qt's driver reads the socket as soon as the server writes;
    // a session ended by the server is then marked bad by libpq without another query.
    pg_conn *handle = serverHandle();
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

void Database::listenForChanges(std::function<void(const QString &table)> changed) const
{
    if (!isServer())
        return;
    QSqlDriver *driver = connection().driver();
    if (!driver->subscribeToNotification(QStringLiteral("xhht_changes")))
        return; // an old server, or a pooler in transaction mode: the screens refresh when shown
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource source,
                                                    const QVariant &payload) {
                         if (name == QLatin1String("xhht_changes") && source == QSqlDriver::OtherSource)
                             changed(payload.toString());
                     });
}

// The server's SQLSTATE and message, as the clerk should read them.
StorageError Database::serverError(const QString &state, const QString &rawText)
{
    const QString text = cleanServerText(rawText);
    const auto has = [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (state == QLatin1String("42501") || has("permission denied") || has("row-level security"))
        return StorageError(StorageError::Kind::AccessDenied,
                            tr("The server refused this: your login may not read or change these data (%1). "
                               "Nothing was changed.")
                                .arg(text));
    if (state.startsWith(QLatin1String("23")))
        return StorageError(StorageError::Kind::Constraint, tr("The change breaks a data rule: %1").arg(text));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageError(StorageError::Kind::Busy,
                            tr("Someone else was changing the same data at the same moment; nothing was "
                               "changed. Try again."));
    if (state == QLatin1String("53100"))
        return StorageError(StorageError::Kind::DiskFull,
                            tr("The server's disk is full; nothing was changed. Tell the administrator."));
    if (state == QLatin1String("25006"))
        return StorageError(StorageError::Kind::ReadOnly, tr("The server is read-only: %1").arg(text));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || has("server closed") ||
        has("no connection") || has("connection to server") || has("terminating connection") ||
        has("database not open") || has("driver not loaded") ||
        (state.isEmpty() && text.isEmpty())) // the driver closed the connection after a FATAL: no text at all
        return StorageError(StorageError::Kind::Disconnected,
                            tr("The connection to the server was lost (%1). Nothing was changed; choose File ▸ "
                               "Reconnect to the server (Ctrl+Shift+R), then try again.")
                                .arg(text.isEmpty() ? tr("closed by the server") : text));
    return StorageError(StorageError::Kind::Sql, tr("Database error: %1").arg(text));
}
