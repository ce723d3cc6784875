#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

struct sqlite3;

// Whole-database work through SQLite's own API: consistent copies with the online backup
// API, replacing a database's content all or nothing, and checking a file (integrity, the
// xhht mark, the schema version, the rows of each table).
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    using Counts = QMap<QString, qint64>; // rows per table

    struct Inspection
    {
        QString problem; // empty when the file is a sound xhht database
        int schemaVersion = 0;
        Counts counts;
    };

    // Copies the database open on `source` into the file `target` with the online
    // backup API, in one read transaction of the source (what is still in its -wal
    // included; others may write meanwhile). Written beside the target first, then
    // renamed over it; the copy is a single file (no -wal). Returns the rows per table
    // of what was copied. Throws StorageError.
    static Counts copy(sqlite3 *source, const QString &target);
    // The same from a file, opened read-only.
    static Counts copy(const QString &source, const QString &target);
    // Replaces the whole content of the database open on `target` with the file
    // `source`, in one write transaction (all or nothing). Throws StorageError.
    static void replace(sqlite3 *target, const QString &source);
    // integrity_check, that it is an xhht database, its schema version and counts.
    // Never writes to the file, nor creates anything beside it.
    static Inspection inspect(const QString &path);
    // PRAGMA quick_check: empty when it finds nothing, else its first finding.
    static QString quickCheck(sqlite3 *handle);
    static Counts counts(sqlite3 *handle);

private:
    static sqlite3 *openFile(const QString &path, bool readOnly);
    static void backUp(sqlite3 *from, sqlite3 *to);
};
