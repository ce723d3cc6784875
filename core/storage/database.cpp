#include "database.h"

#include "databasefiles.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "sqlitefile.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheck, "xhht.storage.check", QtWarningMsg)

QAtomicInt Database::s_quickChecks;
QAtomicInt Database::s_corruptionSeen;

namespace {

QAtomicInt connectionCounter;

// Up to 64 MiB of pages in memory (see applyPragmas).
const char kPageCache[] = "PRAGMA cache_size = -65536";

QString &migrationDir()
{
    static QString dir = QStringLiteral(":/migrations");
    return dir;
}

QStringList migrationFiles()
{
    return QDir(migrationDir()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Database::Database() : m_connectionName(QStringLiteral("xhht-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {}

Database::~Database()
{
    disconnect();
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("XHHT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("xhht.sqlite"));
}

void Database::setMigrationDirectory(const QString &dir)
{
    migrationDir() = dir.isEmpty() ? QStringLiteral(":/migrations") : dir;
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    const QString sql = isServer() ? QStringLiteral("SELECT value FROM xhht_meta WHERE key = 'schema_version'")
                                   : QStringLiteral("PRAGMA user_version");
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString Database::location() const
{
    return isServer() ? m_location : QDir::toNativeSeparators(m_path);
}

bool Database::hasMigration(const QString &name) const
{
    const QStringList files = migrationFiles();
    for (qsizetype i = 0; i < files.size(); ++i)
        if (files.at(i).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('_'), 1) == name)
            return schemaVersion() > i;
    return false;
}

void Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw errorFrom(query.lastError(), sql, m_path);
}

StorageError Database::errorFrom(const QSqlError &error, const QString &sql, const QString &path)
{
    Q_UNUSED(sql);
    // PostgreSQL reports a five-character SQLSTATE; SQLite's codes have at most four digits.
    if (error.nativeErrorCode().size() == 5 ||
        (error.nativeErrorCode().isEmpty() && path.contains(QLatin1String("://"))))
        return serverError(error.nativeErrorCode(),
                           error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return errorFrom(numeric ? code : -1, error.databaseText().isEmpty() ? error.text() : error.databaseText(), path);
}

StorageError Database::errorFrom(sqlite3 *handle, int sqliteCode)
{
    const int extended = handle ? sqlite3_extended_errcode(handle) : sqliteCode;
    const char *file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return errorFrom((extended & 0xff) == (sqliteCode & 0xff) ? extended : sqliteCode,
                     QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(sqliteCode)),
                     file ? QString::fromUtf8(file) : QString());
}

StorageError Database::errorFrom(int sqliteCode, const QString &text, const QString &path)
{
    const int primary = sqliteCode & 0xff;
    const QString where = QDir::toNativeSeparators(path);
    if (primary == SQLITE_CONSTRAINT || text.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
        return StorageError(StorageError::Kind::Constraint, tr("The change breaks a data rule: %1").arg(text));
    if (primary == SQLITE_FULL ||
        ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && !path.isEmpty() && DatabaseFiles::diskIsFull(path)))
        return StorageError(StorageError::Kind::DiskFull,
                            tr("The disk holding %1 is full: free some space on it and try again. Nothing was "
                               "changed.")
                                .arg(where.isEmpty() ? tr("the database") : where));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return StorageError(StorageError::Kind::Busy,
                            tr("Another program or person is writing to the database and has not finished after "
                               "%1 seconds; nothing was changed. Try again when they are done (another xhht window "
                               "or command may be open on the same file).")
                                .arg(lockWaitSeconds()));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        s_corruptionSeen.storeRelaxed(1); // the next write checks the whole file first
        return StorageError(
            StorageError::Kind::Damaged,
            tr("The database file is damaged: %1. Restore the latest backup (File ▸ Restore from a backup… or "
               "'xhht restore FILE').")
                .arg(text));
    }
    if (primary == SQLITE_READONLY)
        return StorageError(StorageError::Kind::ReadOnly, tr("The database is read-only: %1").arg(text));
    if (primary == SQLITE_IOERR)
        return StorageError(StorageError::Kind::DiskError,
                            tr("The disk could not read or write the database (%1). Check that the disk or network "
                               "folder is still there; the file itself may be intact.")
                                .arg(text));
    if (primary == SQLITE_CANTOPEN)
        return StorageError(StorageError::Kind::CannotOpen, tr("Cannot open the database: %1").arg(text));
    return StorageError(StorageError::Kind::Sql, tr("Database error: %1").arg(text));
}

int Database::lockWaitSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("XHHT_LOCK_WAIT", &ok);
    return ok && seconds >= 0 ? seconds : 120;
}

// SQLite's busy handler: another connection holds the lock this one needs. Waits in
// short steps, reports about once a second, and gives up after lockWaitSeconds().
int Database::onBusy(void *database, int attempt)
{
    const auto *self = static_cast<const Database *>(database);
    if (attempt == 0) {
        self->m_waiting.start();
        self->m_waitReported = 0;
    }
    const qint64 waited = self->m_waiting.elapsed();
    if (waited >= qint64(lockWaitSeconds()) * 1000)
        return 0;
    const int seconds = int(waited / 1000);
    if (seconds > self->m_waitReported && self->m_lockObserver) {
        self->m_waitReported = seconds;
        self->m_lockObserver(seconds);
    }
    QThread::msleep(attempt < 10 ? 5 : 50);
    return 1;
}

// The day of the last quick_check that found nothing is kept in the file itself
// (xhht_meta 'quick_checked'), written in the same transaction as the first write after
// the check: no write of its own, no fsync more, and it travels with the file (a file
// copied or put back from elsewhere carries its own day, never this PC's). A read-only
// look at it decides whether this process checks: only the first writer of the day pays.
// SQLite's own report of a damaged page (errorFrom) forces the check on the next write.
void Database::checkBeforeWriting() const
{
    // A server checks its own pages (data checksums, its own recovery).
    if (m_path == QLatin1String(":memory:") || m_readOnly || isServer())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool forced = s_corruptionSeen.loadRelaxed() != 0;
    if (!forced && m_checkedAt.isValid() && m_checkedAt.secsTo(now) < 24 * 3600)
        return;
    const QDate today = QDate::currentDate();
    if (!forced && !m_checkedAt.isValid() && lastCheckDay() == today) {
        m_checkedAt = now;
        return;
    }
    s_quickChecks.fetchAndAddRelaxed(1);
    qCInfo(lcCheck, "quick_check of %s", qUtf8Printable(QDir::toNativeSeparators(m_path)));
    // The check reads every page of the file: through SQLite's small default cache, so
    // that they do not stay in this connection's 64 MiB one (the first write of a day,
    // such as a one-row import, would otherwise hold as much of the file). quickCheck
    // throws nothing: its failures are the problem it returns.
    execute(QStringLiteral("PRAGMA cache_size = -2000"));
    const QString problem = SqliteFile::quickCheck(sqliteHandle());
    execute(QLatin1String(kPageCache));
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged (SQLite's check found: %2). Nothing was written to it. Restore the "
                              "latest backup: File ▸ Restore from a backup… in the window, or 'xhht restore FILE'.")
                               .arg(QDir::toNativeSeparators(m_path), problem));
    s_corruptionSeen.storeRelaxed(0);
    m_checkedAt = now;
    m_checkDayToRecord = today;
}

QDate Database::lastCheckDay() const
{
    // Not there yet (a new file), or unreadable: no day, so the check runs and says why.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM xhht_meta WHERE key = 'quick_checked'")))
        return {};
    return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

int Database::quickCheckCount()
{
    return s_quickChecks.loadRelaxed();
}

void Database::beginWrite() const
{
    checkBeforeWriting();
    execute(m_dialect.kind() == SqlDialect::Kind::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    // Committed with this write, or not at all (then the next program checks again); a
    // new file has no xhht_meta before its first migration, and keeps the day for later.
    if (m_checkDayToRecord.isValid()) {
        QSqlQuery record(connection());
        if (record.exec(QStringLiteral("INSERT OR REPLACE INTO xhht_meta (key, value) VALUES ('quick_checked', '%1')")
                            .arg(m_checkDayToRecord.toString(Qt::ISODate))))
            m_checkDayToRecord = QDate();
    }
}

QMap<QString, qint64> Database::copyTo(const QString &target) const
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        throw StorageError(StorageError::Kind::CannotBackUp, tr("Only an SQLite database can be copied this way."));
    return SqliteFile::copy(handle, target);
}

void Database::replaceWith(const QString &source) const
{
    sqlite3 *handle = sqliteHandle();
    if (!handle || m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("%1 is read-only; nothing was changed.").arg(QDir::toNativeSeparators(m_path)));
    // No check first: replacing a damaged database is what a restore is for.
    SqliteFile::replace(handle, source);
    noteWrite();
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::connect(const QString &path, bool readOnly, bool immutable)
{
    disconnect();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(immutable ? DatabaseFiles(path).immutableUri() : path);
    QString options;
    if (readOnly)
        options += QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const StorageError cause = errorFrom(db.lastError(), QString(), path);
        db = QSqlDatabase();
        disconnect();
        if (cause.kind() == StorageError::Kind::DiskFull)
            throw cause;
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), cause.message()));
    }
    // Instead of a fixed timeout: wait longer for another writer, and say so meanwhile.
    if (sqlite3 *handle = sqliteHandle())
        sqlite3_busy_handler(handle, &Database::onBusy, this);
    m_readOnly = readOnly;
}

void Database::disconnect()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Looks at an existing file through a read-only connection, so that nothing is written
// to a file that will be refused. Without a -wal beside it, the file is read as
// immutable: no -wal or -shm is created.
Database::Probe Database::probe(const QString &path, int *version)
{
    const DatabaseFiles files(path);
    if (!files.hasSqliteHeader())
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is not an xhht database (it is not an SQLite file).").arg(path));
    if (QFileInfo(path).size() == 0)
        return Probe::Empty;

    connect(path, true, !QFileInfo::exists(files.wal()));
    QSqlQuery query(connection());
    const auto unreadable = [&] {
        const StorageError cause = errorFrom(query.lastError(), QString(), path);
        if (cause.kind() != StorageError::Kind::Damaged)
            return StorageError(cause.kind(), tr("Cannot read %1: %2").arg(path, cause.message()));
        return StorageError(StorageError::Kind::Damaged,
                            tr("%1 is damaged and cannot be read: %2").arg(path, query.lastError().databaseText()));
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw unreadable();
    *version = query.value(0).toInt();

    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        throw unreadable();
    bool anyTable = false;
    bool ours = false;
    while (query.next()) {
        anyTable = true;
        ours = ours || query.value(0).toString() == QLatin1String("xhht_meta");
    }
    if (!anyTable && *version == 0)
        return Probe::Empty;
    if (!ours)
        throw StorageError(StorageError::Kind::ForeignDatabase,
                           tr("%1 is an SQLite database of another program (it has no xhht tables); it was not "
                              "changed.")
                               .arg(path));
    if (!query.exec(QStringLiteral("SELECT value FROM xhht_meta WHERE key = 'application'")) || !query.next() ||
        query.value(0).toString() != QLatin1String("xhht"))
        throw StorageError(StorageError::Kind::ForeignDatabase,
                           tr("%1 is not an xhht database; it was not changed.").arg(path));
    if (*version > latestSchemaVersion())
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was written by a newer xhht (schema %2; this program knows up to %3). Update "
                              "the program; the file was not changed.")
                               .arg(path)
                               .arg(*version)
                               .arg(latestSchemaVersion()));
    if (*version == latestSchemaVersion())
        return Probe::Current;

    // About to migrate: make sure the file is sound before touching it.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok"))
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged (integrity check failed); it was not changed. Restore the latest "
                              "backup (File ▸ Restore from a backup… or 'xhht restore FILE').")
                               .arg(path));
    return Probe::Older;
}

// The probe, and when it refuses the file: no connection left open, and no -wal or
// -shm it created left beside the file.
Database::Probe Database::probeOrTidy(const QString &path, int *version)
{
    DatabaseFiles files(path);
    files.noteSidecars();
    try {
        const Probe state = probe(path, version);
        disconnect();
        return state;
    } catch (...) {
        disconnect();
        files.tidy();
        throw;
    }
}

// A file xhht may read but not write: marked read-only, or in a folder that takes no new
// files. Without a -wal beside it, it is read as immutable, so that no -wal or -shm is
// left behind (a read-only -shm would later stop writes once the file is writable).
void Database::openReadOnly(const QString &path, Probe state)
{
    const DatabaseFiles files(path);
    if (state != Probe::Current) {
        const QString why = files.folderIsReadOnly() && !files.fileIsReadOnly()
                                ? tr("%1 is in a read-only folder (%2) and must be upgraded before use; copy it to "
                                     "a folder you can write to, or make the folder writable, and try again. The "
                                     "file was not changed.")
                                      .arg(path, QDir::toNativeSeparators(files.folder()))
                                : tr("%1 is read-only and must be upgraded before use; make it writable and try "
                                     "again. The file was not changed.")
                                      .arg(path);
        throw StorageError(StorageError::Kind::ReadOnly, why);
    }
    connect(path, true, !QFileInfo::exists(files.wal()));
    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void Database::open(const QString &path, OpenMode mode)
{
    if (ServerAddress::isServerUri(path))
        return openServer(path, mode);
    m_dialect = SqlDialect(SqlDialect::Kind::SQLite);
    m_serverLogin.clear();
    m_serverRole.clear();
    m_serverUnit.clear();
    m_path = path;
    m_backupPath.clear();
    m_created = false;
    m_checkedAt = QDateTime();
    m_checkDayToRecord = QDate();
    const QFileInfo info(path);
    const DatabaseFiles files(path);
    int version = 0;
    Probe state = Probe::New;
    if (info.exists()) {
        if (!info.isFile())
            throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is not a file.").arg(path));
        if (!info.isReadable())
            throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot read %1: permission denied.").arg(path));
        state = probeOrTidy(path, &version);
    } else if (mode == OpenMode::ExistingOnly) {
        throw StorageError(StorageError::Kind::Missing,
                           tr("There is no database at %1. Check the path given with --db (or $XHHT_DB); "
                              "'xhht --db PATH init' creates a new one.")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    if (info.exists() && (files.fileIsReadOnly() || files.folderIsReadOnly()))
        return openReadOnly(path, state);

    if (state == Probe::Older)
        saveBackup(version);
    files.matchSidecarPermissions();
    connect(path, false);
    applyPragmas();
    if (state == Probe::New || state == Probe::Empty) {
        m_created = true;
        migrate(0);
    } else if (state == Probe::Older) {
        migrate(version);
    }
}

void Database::openInMemory()
{
    m_path = QStringLiteral(":memory:");
    connect(m_path, false);
    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_created = true;
    migrate(0);
}

void Database::applyPragmas()
{
    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    execute(QStringLiteral("PRAGMA synchronous = FULL"));
    // Up to 64 MiB of pages in memory instead of SQLite's 2 MiB: an import of 10,000
    // submissions then writes its pages once, at commit, instead of spilling them
    // midway. Pages are taken only as they are needed.
    execute(QLatin1String(kPageCache));
    // Temporary files in memory. Among them the copy of the pages a statement changes,
    // which SQLite keeps until the statement ends: an import's 64-row statements would
    // otherwise write it to a file on disk, page by page.
    execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

// One copy per schema version, made with SQLite's backup API so that the changes still
// in the -wal are in it. A retry after a failed upgrade replaces the copy of the same
// version instead of adding another.
void Database::saveBackup(int fromVersion)
{
    m_backupPath = QStringLiteral("%1.v%2.bak").arg(m_path).arg(fromVersion);
    try {
        SqliteFile::copy(m_path, m_backupPath);
    } catch (const StorageError &error) {
        m_backupPath.clear();
        if (error.kind() == StorageError::Kind::DiskFull)
            throw;
        throw StorageError(
            StorageError::Kind::CannotBackUp,
            tr("Cannot save a copy of %1 before upgrading it (%2); nothing was changed.").arg(m_path, error.message()));
    }
}

void Database::migrate(int fromVersion)
{
    const QStringList files = migrationFiles();
    QSqlDatabase db = connection();
    for (int version = fromVersion + 1; version <= int(files.size()); ++version) {
        const QString script =
            m_dialect.expand(readResource(migrationDir() + QLatin1Char('/') + files.at(version - 1)));
        if (!db.transaction())
            throw errorFrom(db.lastError(), QStringLiteral("BEGIN"));
        try {
            for (const QString &statement : SqlDialect::statements(script))
                execute(statement);
            if (version == 1)
                execute(QStringLiteral("INSERT INTO xhht_meta (key, value) VALUES ('application', 'xhht')"));
            storeSchemaVersion(version);
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw errorFrom(db.lastError(), QStringLiteral("COMMIT"));
    }
}
