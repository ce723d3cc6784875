#pragma once

#include "domain/backupstatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class Database;

// Backups and restore (DESIGN.md, Never losing data): a consistent copy of the open
// database made with SQLite's online backup API and checked after writing; automatic
// copies in a folder the clerk chooses, kept in generations (the last 7 daily and the
// last 4 weekly); restore that checks the backup before touching anything, keeps the
// current database as a copy, then swaps the backup in all or nothing, with an audit entry.
class BackupService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupService)

public:
    explicit BackupService(const Database &database, QObject *parent = nullptr);
    ~BackupService() override;

    // The folder of the automatic backups (this PC's setting); empty when none is chosen.
    static QString folder();
    static void setFolder(const QString &folder);

    // A checked copy at `target` (replaced if it exists). Throws StorageError.
    BackupReport backUp(const QString &target);
    // A copy in `folder`, named after the database and the time, then the generations
    // past the last 7 daily and 4 weekly removed. Throws StorageError.
    BackupReport backUpToFolder(const QString &folder, const QDateTime &now = QDateTime::currentDateTime());
    // The automatic backup: into the chosen folder when it is there, and when the newest
    // copy is a day old, or at `closing` when something changed since the last copy.
    // Returns the copy made, or an empty path when none was due. Throws StorageError.
    BackupReport backUpIfDue(bool closing, const QDateTime &now = QDateTime::currentDateTime());
    BackupStatus status(const QDateTime &now = QDateTime::currentDateTime()) const;

    // The copies in `folder` made from this database, newest first.
    QList<QPair<QString, QDateTime>> backupsIn(const QString &folder) const;
    // Of copies made at `times` (any order), the ones generations no longer keep.
    static QList<QDateTime> expired(QList<QDateTime> times);

    // Checks `backup`, keeps the current database beside it as a copy, swaps the backup
    // in and records it in the audit log. Throws StorageError, with nothing changed.
    RestoreReport restore(const QString &backup, const QDateTime &now = QDateTime::currentDateTime());
    // The same for a database file too damaged to open (not SQLite, a broken header,
    // truncated): the backup is checked as above, the damaged file is kept beside it as
    // `PATH.damaged-YYYYMMDD-HHMMSS` (with its journal), then the backup is renamed over
    // it in one step. Throws StorageError, with nothing changed.
    static RestoreReport restoreOverDamaged(const QString &path, const QString &backup,
                                            const QDateTime &now = QDateTime::currentDateTime());

Q_SIGNALS:
    void backedUp(const QString &path);
    void restored(const QString &backup);

private:
    QString prefix() const;
    static int checkBackup(const QString &backup); // its schema version
    static QString prepareRestore(const QString &path, const QString &backup, int version, const QString &keptCopy);
    void keepCopy(const QString &keptCopy) const;

    const Database &m_database;
    quint64 m_writesAtBackup = 0;
};
