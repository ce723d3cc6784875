#pragma once

#include "sqldialect.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;
class QSqlError;
class StorageError;
struct sqlite3;

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

    // Opens (or creates) the SQLite file at path. Throws StorageError, leaving a refused
    // file byte for byte as it was.
    void open(const QString &path);
    // A private in-memory database with the current schema, for tests.
    void openInMemory();

    static int latestSchemaVersion();
    // Where the numbered migrations NNNN_name.sql are read from (tests point this at a
    // folder of their own); empty restores the built-in :/migrations.
    static void setMigrationDirectory(const QString &dir);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool wasCreated() const { return m_created; }
    // The copy saved before a migration, empty when none was made.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    const SqlDialect &dialect() const { return m_dialect; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // Runs a statement that takes no values (pragmas, schema). Throws StorageError.
    void execute(const QString &sql) const;
    // The connection's own SQLite handle, for statements run without Qt's per-value
    // copies (SqlQuery, BatchInsert); null when the connection is not SQLite.
    sqlite3 *sqliteHandle() const;

    // Translates a driver error into a StorageError for the clerk.
    static StorageError errorFrom(const QSqlError &error, const QString &sql);
    // The same from an SQLite result code and message.
    static StorageError errorFrom(int sqliteCode, const QString &text);

private:
    enum class Probe
    {
        New,
        Empty,
        Current,
        Older
    };
    Probe probe(const QString &path, int *version);
    void connect(const QString &path, bool readOnly);
    void disconnect();
    void applyPragmas();
    void migrate(int fromVersion);
    void saveBackup(int fromVersion);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
    bool m_readOnly = false;
    bool m_created = false;
};
