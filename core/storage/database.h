#pragma once

#include "sqldialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QString>

#include <functional>

class QSqlDatabase;
class QSqlError;
class StorageError;
struct sqlite3;
struct pg_conn;

// The program's database: opening with the pragmas of DESIGN.md, refusing files it must
// not touch, and migrating the schema step by step. Owns one named Qt SQL connection;
// nobody keeps a QSqlDatabase, they look it up through connection().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The path the program uses: the --db argument, else $XHHT_DB, else
    // AppDataLocation/xhht.sqlite.
    static QString resolvePath(const QString &commandLinePath);

    enum class OpenMode
    {
        CreateIfMissing, // `xhht init`, the window's first run, tests
        ExistingOnly,    // every other command: a missing file is refused, no folder made
    };
    // Opens (or creates) the SQLite file at path, or connects to the PostgreSQL database
    // a postgresql:// URI names (ServerAddress). Throws StorageError, leaving a refused
    // file byte for byte as it was, with no -wal or -shm file left beside it.
    void open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    // A private in-memory database with the current schema, for tests.
    void openInMemory();

    static int latestSchemaVersion();
    // Where the numbered migrations NNNN_name.sql are read from (tests point this at a
    // folder of their own); empty restores the built-in :/migrations.
    static void setMigrationDirectory(const QString &dir);

    QString path() const { return m_path; }
    // A shared office database on a PostgreSQL server (else an SQLite file).
    bool isServer() const { return m_dialect.kind() == SqlDialect::Kind::PostgreSQL; }
    // Where the data is, for the window's title and messages: the file, or the server
    // address without its password.
    QString location() const;
    // On a server: the login, and the xhht role it holds there (clerk, council, leader,
    // unit; "owner" for the login that set the database up). Empty on a file.
    QString serverLogin() const { return m_serverLogin; }
    QString serverRole() const { return m_serverRole; }
    // The unit a "unit" login speaks for (its code), else empty.
    QString serverUnit() const { return m_serverUnit; }
    bool isReadOnly() const { return m_readOnly; }
    bool wasCreated() const { return m_created; }
    // The copy saved before a migration, empty when none was made.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    // Whether the schema includes the migration NNNN_<name>.sql (by name, as numbers may
    // change when branches meet): false for an older database, or one opened with a
    // migration folder that lacks it (tests of older schemas).
    bool hasMigration(const QString &name) const;
    const SqlDialect &dialect() const { return m_dialect; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // On a server: `changed` is called with a table's name when another program changed
    // it (PostgreSQL LISTEN/NOTIFY on the channel xhht_changes; its own changes are not
    // reported back). Nothing on a file.
    void listenForChanges(std::function<void(const QString &table)> changed) const;
    // On a server whose connection was lost (the server restarted, the network dropped):
    // connects again to the same address with the same login and password, applies the
    // session's settings and listens for changes again. Nothing on a file. Throws
    // StorageError when the server still cannot be reached.
    void reconnect() const;
    // On a server: the connection is known to be gone (the server ended the session, or
    // a statement found it closed). Asks nothing of the server, so it never waits.
    bool connectionLost() const;
    // On a server: each column's type of `table` (format_type: "integer", "text", …), read
    // from the catalogue once per connection (BatchInsert asks on every save).
    QHash<QString, QString> columnTypes(const QString &table) const;

    // Runs a statement that takes no values (pragmas, schema). Throws StorageError.
    void execute(const QString &sql) const;
    // The connection's own SQLite handle, for statements run without Qt's per-value
    // copies (SqlQuery, BatchInsert); null when the connection is not SQLite.
    sqlite3 *sqliteHandle() const;
    // The same for a PostgreSQL server: libpq's connection (PgStatement); null otherwise.
    pg_conn *serverHandle() const;

    // Before the first write of the day on this file (by any program: the day of the
    // last clean check is kept in the file), again when this process's last check is a
    // day old, and on the next write after SQLite reported a damaged page: SQLite's
    // quick_check. Throws StorageError (Damaged) when it finds a fault, so that nothing
    // is written to a damaged file. Transaction and SqlQuery call it.
    void checkBeforeWriting() const;
    // How many quick_checks this process ran (tests; the log category
    // xhht.storage.check says each one too).
    static int quickCheckCount();
    // Starts a write transaction, taking the write lock at once (SQLite: BEGIN
    // IMMEDIATE), waiting for another writer as long as lockWaitSeconds().
    void beginWrite() const;
    // Inside a write transaction: waits for any other program setting the same database
    // up (loading the plan) to finish. SQLite's write lock already does; on a server, a
    // transaction-level advisory lock.
    void serialiseSetUp() const;
    // Called about once a second while waiting for another program's write lock, with
    // the seconds waited so far (the window shows progress, the command line a line).
    void setLockWaitObserver(std::function<void(int seconds)> observer) const { m_lockObserver = std::move(observer); }
    // Writes committed through this object since it was opened (the automatic backup at
    // closing runs only when something changed).
    quint64 writeCount() const { return m_writes; }
    void noteWrite() const { ++m_writes; }
    // How long a write waits for another writer before giving up: $XHHT_LOCK_WAIT
    // seconds, else 120.
    static int lockWaitSeconds();

    // A consistent copy of the whole database at `target` (SQLite's online backup API,
    // in one read transaction); the rows per table copied. Throws StorageError.
    QMap<QString, qint64> copyTo(const QString &target) const;
    // Replaces the whole database with the file `source` in one write transaction: all
    // or nothing, seen at once by every connection. Throws StorageError.
    void replaceWith(const QString &source) const;

    // Translates a driver error into a StorageError for the clerk. `path`, when known,
    // tells a full disk from other disk errors.
    static StorageError errorFrom(const QSqlError &error, const QString &sql, const QString &path = {});
    // The same from a PostgreSQL server's SQLSTATE and message.
    static StorageError serverError(const QString &state, const QString &text);
    // Why a server connection could not be made, from libpq's message.
    static StorageError serverOpenError(const QString &where, const QString &text);
    // The same from an SQLite result code and message.
    static StorageError errorFrom(int sqliteCode, const QString &text, const QString &path = {});
    // The same from a connection's last error (its extended code, message and file).
    static StorageError errorFrom(sqlite3 *handle, int sqliteCode);

private:
    enum class Probe
    {
        New,
        Empty,
        Current,
        Older
    };
    Probe probe(const QString &path, int *version);
    Probe probeOrTidy(const QString &path, int *version);
    // `immutable`: read without creating -wal or -shm (a file nobody writes meanwhile).
    void connect(const QString &path, bool readOnly, bool immutable = false);
    void disconnect();
    // SET TIME ZONE and the rest, on every new server connection.
    void applyServerSession() const;
    void applyPragmas();
    void migrate(int fromVersion);
    void saveBackup(int fromVersion);
    void openReadOnly(const QString &path, Probe state);
    // The server half of open() (databaseserver.cpp).
    void openServer(const QString &uri, OpenMode mode);
    void connectServer(const QString &uri);
    void readServerRole();
    // The owner applies this program's grants, policies and triggers when they are new.
    void renewAccessRules(bool upgraded) const;
    void storeSchemaVersion(int version);
    static int onBusy(void *database, int attempt);

    QDate lastCheckDay() const;

    static QAtomicInt s_quickChecks;
    static QAtomicInt s_corruptionSeen; // SQLite reported a damaged page since the last check
    mutable QDateTime m_checkedAt;      // the last quick_check that found nothing
    mutable QDate m_checkDayToRecord;   // written with the next write transaction
    mutable QElapsedTimer m_waiting;    // while waiting for another writer
    mutable int m_waitReported = 0;
    mutable std::function<void(int)> m_lockObserver;
    mutable quint64 m_writes = 0;
    mutable bool m_listening = false;                              // subscribed to the server's xhht_changes
    mutable QHash<QString, QHash<QString, QString>> m_columnTypes; // columnTypes(), by table
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_serverLogin;
    QString m_serverRole;
    QString m_serverUnit;
    QString m_location;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
    bool m_readOnly = false;
    bool m_created = false;
};
