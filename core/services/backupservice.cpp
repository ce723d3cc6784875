#include "backupservice.h"

#include "domain/storageerror.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

#include <algorithm>
#include <filesystem>

namespace {

const QString kFolderKey = QStringLiteral("backup/folder");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr int kDailyCopies = 7;
constexpr int kWeeklyCopies = 4;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void removeDatabaseFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

BackupService::BackupService(const Database &database, QObject *parent) : QObject(parent), m_database(database) {}

BackupService::~BackupService() = default;

QString BackupService::folder()
{
    return QSettings().value(kFolderKey).toString();
}

void BackupService::setFolder(const QString &folder)
{
    if (folder.isEmpty())
        QSettings().remove(kFolderKey);
    else
        QSettings().setValue(kFolderKey, QDir::cleanPath(folder));
}

QString BackupService::prefix() const
{
    return QFileInfo(m_database.path()).completeBaseName() + QLatin1Char('-');
}

BackupReport BackupService::backUp(const QString &target)
{
    const QFileInfo out(target);
    if (out.exists() && out.canonicalFilePath() == QFileInfo(m_database.path()).canonicalFilePath())
        throw StorageError(StorageError::Kind::CannotBackUp,
                           tr("The backup cannot be written over the database itself (%1).").arg(native(target)));
    BackupReport report;
    report.path = target;
    report.counts = m_database.copyTo(target);
    // Checked after writing: the copy reads back whole, with the rows that were copied.
    const SqliteFile::Inspection check = SqliteFile::inspect(target);
    if (!check.problem.isEmpty() || check.counts != report.counts) {
        removeDatabaseFile(target);
        throw StorageError(StorageError::Kind::CannotBackUp,
                           tr("The backup %1 did not pass its check after writing (%2); it was removed. Check the "
                              "disk or folder and try again.")
                               .arg(native(target), check.problem.isEmpty() ? tr("the rows differ from the database's")
                                                                            : check.problem));
    }
    m_writesAtBackup = m_database.writeCount();
    Q_EMIT backedUp(target);
    return report;
}

BackupReport BackupService::backUpToFolder(const QString &folder, const QDateTime &now)
{
    if (!QFileInfo(folder).isDir())
        throw StorageError(StorageError::Kind::CannotBackUp,
                           tr("The backup folder %1 cannot be found (is the USB stick or network share "
                              "connected?).")
                               .arg(native(folder)));
    const QString name = prefix() + now.toString(kStampFormat) + QStringLiteral(".sqlite");
    const BackupReport report = backUp(QDir(folder).filePath(name));
    const QList<QPair<QString, QDateTime>> copies = backupsIn(folder);
    QList<QDateTime> times;
    for (const auto &copy : copies)
        times.append(copy.second);
    const QList<QDateTime> old = expired(times);
    for (const auto &copy : copies)
        if (old.contains(copy.second) && copy.first != report.path)
            removeDatabaseFile(copy.first);
    return report;
}

BackupReport BackupService::backUpIfDue(bool closing, const QDateTime &now)
{
    if (m_database.isServer()) // the server's own backups (docs/server.md)
        return {};
    const QString chosen = folder();
    if (chosen.isEmpty() || !QFileInfo(chosen).isDir())
        return {};
    const QList<QPair<QString, QDateTime>> copies = backupsIn(chosen);
    const bool dayOld = copies.isEmpty() || copies.first().second.secsTo(now) >= 24 * 3600;
    const bool changed = m_database.writeCount() > m_writesAtBackup;
    if (!dayOld && !(closing && changed))
        return {};
    return backUpToFolder(chosen, now);
}

BackupStatus BackupService::status(const QDateTime &now) const
{
    BackupStatus status;
    status.onServer = m_database.isServer();
    if (status.onServer)
        return status;
    status.folder = folder();
    if (status.folder.isEmpty())
        return status;
    status.folderMissing = !QFileInfo(status.folder).isDir();
    if (status.folderMissing)
        return status;
    const QList<QPair<QString, QDateTime>> copies = backupsIn(status.folder);
    if (!copies.isEmpty()) {
        status.last = copies.first().second;
        status.ageDays = int(status.last.date().daysTo(now.date()));
    }
    return status;
}

QList<QPair<QString, QDateTime>> BackupService::backupsIn(const QString &folder) const
{
    QList<QPair<QString, QDateTime>> copies;
    const QString start = prefix();
    const QDir dir(folder);
    const QStringList names = dir.entryList({start + QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        const QString stamp = name.mid(start.size(), name.size() - start.size() - 7);
        const QDateTime at = QDateTime::fromString(stamp, kStampFormat);
        if (stamp.size() == kStampFormat.size() && at.isValid())
            copies.append({dir.filePath(name), at});
    }
    std::sort(copies.begin(), copies.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return copies;
}

QList<QDateTime> BackupService::expired(QList<QDateTime> times)
{
    std::sort(times.begin(), times.end(), std::greater<>());
    QSet<QDate> days;
    QSet<int> weeks;
    QList<QDateTime> old;
    for (const QDateTime &at : std::as_const(times)) {
        int weekYear = 0;
        const int week = at.date().weekNumber(&weekYear) + weekYear * 100;
        bool keep = false;
        if (!days.contains(at.date()) && days.size() < kDailyCopies) {
            days.insert(at.date());
            keep = true;
        }
        if (!weeks.contains(week) && weeks.size() < kWeeklyCopies) {
            weeks.insert(week);
            keep = true;
        }
        if (!keep)
            old.append(at);
    }
    return old;
}

// The backup, checked, copied beside the database, brought to this program's schema, with
// the restore's audit entry: what will be swapped in. Nothing of the database is touched.
QString BackupService::prepareRestore(const QString &path, const QString &backup, int version, const QString &keptCopy)
{
    const QString staged = path + QStringLiteral(".restoring");
    removeDatabaseFile(staged);
    try {
        SqliteFile::copy(backup, staged);
        {
            Database copy;
            copy.open(staged, Database::OpenMode::ExistingOnly);
            if (!copy.backupPath().isEmpty())
                QFile::remove(copy.backupPath());
            AuditEntry entry;
            entry.action = QStringLiteral("restore");
            entry.entity = QStringLiteral("database");
            entry.entityId = 1; // the one database
            entry.field = QStringLiteral("schema %1").arg(version);
            entry.oldValue = keptCopy;
            entry.newValue = backup;
            AuditRepository(copy).record(entry);
        }
        const SqliteFile::Inspection check = SqliteFile::inspect(staged);
        if (!check.problem.isEmpty())
            throw StorageError(StorageError::Kind::Damaged, check.problem);
    } catch (...) {
        removeDatabaseFile(staged);
        throw;
    }
    return staged;
}

// The database as it is, before a restore. A damaged one cannot be read page by page:
// its files are copied as they are.
void BackupService::keepCopy(const QString &keptCopy) const
{
    try {
        m_database.copyTo(keptCopy);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::Damaged)
            throw;
        removeDatabaseFile(keptCopy);
        const QString wal = m_database.path() + QStringLiteral("-wal");
        if (!QFile::copy(m_database.path(), keptCopy) ||
            (QFileInfo::exists(wal) && !QFile::copy(wal, keptCopy + QStringLiteral("-wal")))) {
            removeDatabaseFile(keptCopy);
            throw StorageError(
                StorageError::Kind::CannotBackUp,
                tr("Cannot keep a copy of %1 before restoring; nothing was changed.").arg(native(m_database.path())));
        }
    }
}

// The backup's checks before any restore: a sound xhht database of a schema this
// program knows; its schema version. Throws StorageError.
int BackupService::checkBackup(const QString &backup)
{
    const SqliteFile::Inspection check = SqliteFile::inspect(backup);
    if (!check.problem.isEmpty())
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 cannot be restored: %2. Nothing was changed.").arg(native(backup), check.problem));
    if (check.schemaVersion > Database::latestSchemaVersion())
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was written by a newer xhht (schema %2; this program knows up to %3); update the "
                              "program first. Nothing was changed.")
                               .arg(native(backup))
                               .arg(check.schemaVersion)
                               .arg(Database::latestSchemaVersion()));
    return check.schemaVersion;
}

RestoreReport BackupService::restore(const QString &backup, const QDateTime &now)
{
    const int version = checkBackup(backup);
    if (m_database.isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("%1 is read-only; nothing was changed.").arg(native(m_database.path())));

    RestoreReport report;
    report.backup = backup;
    report.schemaVersion = version;
    report.keptCopy =
        m_database.path() + QStringLiteral(".before-restore-") + now.toString(kStampFormat) + QStringLiteral(".sqlite");
    const QString staged = prepareRestore(m_database.path(), backup, version, report.keptCopy);
    try {
        keepCopy(report.keptCopy);
        m_database.replaceWith(staged);
    } catch (...) {
        removeDatabaseFile(staged);
        throw;
    }
    removeDatabaseFile(staged);
    Q_EMIT restored(backup);
    return report;
}

RestoreReport BackupService::restoreOverDamaged(const QString &path, const QString &backup, const QDateTime &now)
{
    const int version = checkBackup(backup);
    const QFileInfo info(path);
    if (!info.isFile())
        throw StorageError(StorageError::Kind::Missing,
                           tr("There is no database file at %1; nothing was changed.").arg(native(path)));
    RestoreReport report;
    report.backup = backup;
    report.schemaVersion = version;
    report.keptCopy = path + QStringLiteral(".damaged-") + now.toString(kStampFormat);
    const QString staged = prepareRestore(path, backup, version, report.keptCopy);
    // The damaged file and its journals are copied as they are (never moved: until the
    // backup is renamed over it, the file stays where it was).
    removeDatabaseFile(report.keptCopy);
    bool kept = QFile::copy(path, report.keptCopy);
    for (const QString &journal : {QStringLiteral("-wal"), QStringLiteral("-journal")})
        kept = kept && (!QFileInfo::exists(path + journal) || QFile::copy(path + journal, report.keptCopy + journal));
    if (!kept) {
        removeDatabaseFile(report.keptCopy);
        removeDatabaseFile(staged);
        throw StorageError(
            StorageError::Kind::CannotBackUp,
            tr("Cannot keep a copy of the damaged %1 before restoring; nothing was changed.").arg(native(path)));
    }
    // Its journals belong to the damaged file, not to the backup: away before the swap.
    for (const QString &journal : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")})
        QFile::remove(path + journal);
    std::error_code error;
    // Replaces the file in one step (rename(2); MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows).
    std::filesystem::rename(std::filesystem::path(staged.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        removeDatabaseFile(staged);
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot put the backup in place of %1 (%2); the damaged file is unchanged, and kept "
                              "as %3 too.")
                               .arg(native(path), QString::fromStdString(error.message()), native(report.keptCopy)));
    }
    return report;
}
