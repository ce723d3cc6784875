#include "sqlitefile.h"

#include "database.h"
#include "databasefiles.h"
#include "domain/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <sqlite3.h>

namespace {

struct Closer
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

struct StatementCloser
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementCloser>;

Statement prepare(sqlite3 *handle, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (code != SQLITE_OK)
        throw Database::errorFrom(handle, code);
    return Statement(statement);
}

void run(sqlite3 *handle, const char *sql)
{
    const int code = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        throw Database::errorFrom(handle, code);
}

QString text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes) : QString();
}

} // namespace

sqlite3 *SqliteFile::openFile(const QString &path, bool readOnly)
{
    const DatabaseFiles files(path);
    // Read without a -wal beside it: immutable, so nothing is created next to the file
    // (a backup on a read-only stick, a file about to be refused).
    const bool immutable = readOnly && !QFileInfo::exists(files.wal());
    const QByteArray name = immutable ? files.immutableUri().toUtf8() : QFile::encodeName(path);
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      (immutable ? SQLITE_OPEN_URI : 0);
    sqlite3 *handle = nullptr;
    const int code = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (code != SQLITE_OK) {
        const StorageError error = Database::errorFrom(handle, code);
        sqlite3_close_v2(handle);
        throw error;
    }
    sqlite3_extended_result_codes(handle, 1);
    return handle;
}

void SqliteFile::backUp(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw Database::errorFrom(to, sqlite3_errcode(to));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        throw Database::errorFrom(step == SQLITE_BUSY || step == SQLITE_LOCKED ? from : to, step);
    if (finish != SQLITE_OK)
        throw Database::errorFrom(to, finish);
}

SqliteFile::Counts SqliteFile::copy(sqlite3 *source, const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    Counts copied;
    try {
        {
            const Handle out(openFile(part, false));
            // One read transaction of the source for the counts and the copy.
            run(source, "BEGIN");
            try {
                copied = counts(source);
                backUp(source, out.get());
            } catch (...) {
                sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
                throw;
            }
            run(source, "COMMIT");
        }
        {
            // The pages copied say WAL; the copy becomes one self-contained file.
            const Handle out(openFile(part, false));
            run(out.get(), "PRAGMA journal_mode = DELETE");
        }
    } catch (...) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-wal"));
        QFile::remove(part + QStringLiteral("-shm"));
        QFile::remove(part + QStringLiteral("-journal"));
        throw;
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        throw StorageError(StorageError::Kind::CannotBackUp,
                           tr("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
    return copied;
}

SqliteFile::Counts SqliteFile::copy(const QString &source, const QString &target)
{
    const Handle in(openFile(source, true));
    return copy(in.get(), target);
}

void SqliteFile::replace(sqlite3 *target, const QString &source)
{
    const Handle in(openFile(source, true));
    backUp(in.get(), target);
}

QString SqliteFile::quickCheck(sqlite3 *handle)
{
    if (!handle)
        return {};
    try {
        const Statement check = prepare(handle, QStringLiteral("PRAGMA quick_check(1)"));
        const int code = sqlite3_step(check.get());
        if (code != SQLITE_ROW)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        const QString result = text(check.get(), 0);
        return result == QLatin1String("ok") ? QString() : result;
    } catch (const StorageError &error) {
        return error.message();
    }
}

SqliteFile::Counts SqliteFile::counts(sqlite3 *handle)
{
    QStringList tables;
    {
        const Statement list = prepare(
            handle, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"));
        while (sqlite3_step(list.get()) == SQLITE_ROW)
            tables.append(text(list.get(), 0));
    }
    Counts result;
    for (const QString &table : std::as_const(tables)) {
        // A table's name cannot be a bound value: quoted as SQLite quotes identifiers.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const Statement count = prepare(handle, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted));
        const int code = sqlite3_step(count.get());
        if (code != SQLITE_ROW)
            throw Database::errorFrom(handle, code);
        result.insert(table, sqlite3_column_int64(count.get(), 0));
    }
    return result;
}

SqliteFile::Inspection SqliteFile::inspect(const QString &path)
{
    Inspection result;
    if (!QFileInfo(path).isFile() || !DatabaseFiles(path).hasSqliteHeader() || QFileInfo(path).size() == 0) {
        result.problem = tr("it is not an SQLite database");
        return result;
    }
    try {
        const Handle file(openFile(path, true));
        {
            const Statement check = prepare(file.get(), QStringLiteral("PRAGMA integrity_check(1)"));
            if (sqlite3_step(check.get()) != SQLITE_ROW || text(check.get(), 0) != QLatin1String("ok")) {
                result.problem = tr("it is damaged (integrity check: %1)").arg(text(check.get(), 0));
                return result;
            }
        }
        {
            const Statement mark = prepare(file.get(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                                      "type = 'table' AND name = 'xhht_meta'"));
            if (sqlite3_step(mark.get()) != SQLITE_ROW || sqlite3_column_int(mark.get(), 0) != 1) {
                result.problem = tr("it is not an xhht database");
                return result;
            }
            const Statement application =
                prepare(file.get(), QStringLiteral("SELECT value FROM xhht_meta WHERE key = 'application'"));
            if (sqlite3_step(application.get()) != SQLITE_ROW || text(application.get(), 0) != QLatin1String("xhht")) {
                result.problem = tr("it is not an xhht database");
                return result;
            }
        }
        const Statement version = prepare(file.get(), QStringLiteral("PRAGMA user_version"));
        if (sqlite3_step(version.get()) == SQLITE_ROW)
            result.schemaVersion = sqlite3_column_int(version.get(), 0);
        result.counts = counts(file.get());
    } catch (const StorageError &error) {
        result.problem = error.message();
    }
    return result;
}
