#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// A backup just written and checked: where, and the rows of each table it holds.
struct BackupReport
{
    QString path;
    QMap<QString, qint64> counts;
    qint64 rows(const QString &table) const { return counts.value(table); }
};

// A restore done: the backup swapped in, and where the database as it was is kept.
struct RestoreReport
{
    QString backup;
    QString keptCopy;
    int schemaVersion = 0;
};

// Where the automatic backups stand, for the Dashboard.
struct BackupStatus
{
    QString folder;             // the folder the clerk chose; empty when none
    bool folderMissing = false; // chosen, but not there (a stick not plugged in)
    QDateTime last;             // the newest backup in the folder (local time); invalid when none
    int ageDays = 0;            // days since `last`
    bool onServer = false;      // a server database: its backups are the server's (pg_dump)
    // Warn: no folder, no backup in it, or the newest is more than a week old.
    bool needsAttention() const
    {
        return !onServer && (folder.isEmpty() || folderMissing || !last.isValid() || ageDays > 7);
    }
};
