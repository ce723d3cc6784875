#include "database.h"

#include "domain/storageerror.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

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

// Splits a migration into statements: ';' at the end of a line ends one. Comment lines go.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool hasSqliteHeader(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *size = file.size();
    if (*size == 0)
        return true; // SQLite treats an empty file as an empty database
    const QByteArray head = file.read(16);
    return head == QByteArray("SQLite format 3\0", 16) && *size >= 512;
}

// Read-only in the sense the clerk means: the file is marked read-only (or the
// directory is), whoever the program runs as.
bool isMarkedReadOnly(const QString &path)
{
    const QFileInfo info(path);
    return !info.permission(QFile::WriteOwner) || !info.isWritable();
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
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw errorFrom(query.lastError(), sql);
}

StorageError Database::errorFrom(const QSqlError &error, const QString &sql)
{
    Q_UNUSED(sql);
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return errorFrom(numeric ? code : -1, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

StorageError Database::errorFrom(int sqliteCode, const QString &text)
{
    // SQLite's primary result codes: 19 constraint, 11 corrupt, 26 not a database, 8 read-only.
    const int primary = sqliteCode & 0xff;
    if (primary == 19 || text.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
        return StorageError(StorageError::Kind::Constraint, tr("The change breaks a data rule: %1").arg(text));
    if (primary == 11 || primary == 26)
        return StorageError(StorageError::Kind::Damaged, tr("The database file is damaged: %1").arg(text));
    if (primary == 8)
        return StorageError(StorageError::Kind::ReadOnly, tr("The database is read-only: %1").arg(text));
    return StorageError(StorageError::Kind::Sql, tr("Database error: %1").arg(text));
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::connect(const QString &path, bool readOnly)
{
    disconnect();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        disconnect();
        throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot open the database %1: %2").arg(path, reason));
    }
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
// to a file that will be refused.
Database::Probe Database::probe(const QString &path, int *version)
{
    qint64 size = 0;
    if (!hasSqliteHeader(path, &size))
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is not an xhht database (it is not an SQLite file).").arg(path));
    if (size == 0)
        return Probe::Empty;

    connect(path, true);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged and cannot be read: %2").arg(path, query.lastError().databaseText()));
    *version = query.value(0).toInt();

    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged and cannot be read: %2").arg(path, query.lastError().databaseText()));
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
                           tr("%1 is damaged (integrity check failed); it was not changed.").arg(path));
    return Probe::Older;
}

void Database::open(const QString &path)
{
    m_path = path;
    m_backupPath.clear();
    m_created = false;
    const QFileInfo info(path);
    int version = 0;
    Probe state = Probe::New;
    if (info.exists()) {
        if (!info.isFile())
            throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is not a file.").arg(path));
        if (!info.isReadable())
            throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot read %1: permission denied.").arg(path));
        state = probe(path, &version);
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const bool readOnly = info.exists() && isMarkedReadOnly(path);
    if (readOnly) {
        if (state != Probe::Current) {
            disconnect();
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 is read-only and must be upgraded before use; make it writable and try "
                                  "again. The file was not changed.")
                                   .arg(path));
        }
        // The probe's read-only connection is the one we keep.
        execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        return;
    }

    if (state == Probe::Older) {
        disconnect();
        saveBackup(version);
    }
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
    execute(QStringLiteral("PRAGMA cache_size = -65536"));
    // Temporary files in memory. Among them the copy of the pages a statement changes,
    // which SQLite keeps until the statement ends: an import's 64-row statements would
    // otherwise write it to a file on disk, page by page.
    execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::saveBackup(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    QFile::remove(m_backupPath);
    if (!QFile::copy(m_path, m_backupPath))
        throw StorageError(StorageError::Kind::CannotBackUp,
                           tr("Cannot save a copy of %1 before upgrading it; nothing was changed.").arg(m_path));
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
            for (const QString &statement : statementsOf(script))
                execute(statement);
            if (version == 1)
                execute(QStringLiteral("INSERT INTO xhht_meta (key, value) VALUES ('application', 'xhht')"));
            execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw errorFrom(db.lastError(), QStringLiteral("COMMIT"));
    }
}
