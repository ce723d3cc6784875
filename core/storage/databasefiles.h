#pragma once

#include <QCoreApplication>
#include <QString>

// What the file system says about a database file and the files SQLite keeps beside it
// (-wal, -shm): whether it can be written, whether the disk is full, and tidying what a
// refused open created.
class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    explicit DatabaseFiles(const QString &path);

    QString path() const { return m_path; }
    QString wal() const { return m_path + QStringLiteral("-wal"); }
    QString shm() const { return m_path + QStringLiteral("-shm"); }
    QString folder() const;

    // True when the file starts like SQLite (or is empty, which SQLite takes as an
    // empty database).
    bool hasSqliteHeader() const;
    // Read-only in the sense the clerk means: the file is marked read-only, whoever the
    // program runs as, or the system refuses writing it.
    bool fileIsReadOnly() const;
    // The folder cannot take new files (SQLite's -wal and -shm).
    bool folderIsReadOnly() const;
    // True when the volume holding the file has (almost) no room left.
    static bool diskIsFull(const QString &path);

    // Which of -wal and -shm exist now; tidy() removes those that did not.
    void noteSidecars();
    void tidy() const;
    // A -wal or -shm left read-only by an earlier read-only open, beside a file that is
    // now writable, is made writable like the file (else SQLite cannot write).
    void matchSidecarPermissions() const;

    // SQLite's URI for reading the file without creating or reading -wal and -shm.
    QString immutableUri() const;

private:
    QString m_path;
    bool m_hadWal = false;
    bool m_hadShm = false;
};
