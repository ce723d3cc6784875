#include "databasefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

DatabaseFiles::DatabaseFiles(const QString &path) : m_path(path) {}

QString DatabaseFiles::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

bool DatabaseFiles::hasSqliteHeader() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    if (size == 0)
        return true; // SQLite treats an empty file as an empty database
    const QByteArray head = file.read(16);
    return head == QByteArray("SQLite format 3\0", 16) && size >= 512;
}

bool DatabaseFiles::fileIsReadOnly() const
{
    const QFileInfo info(m_path);
    return !info.permission(QFile::WriteOwner) || !info.isWritable();
}

bool DatabaseFiles::folderIsReadOnly() const
{
    return !QFileInfo(folder()).isWritable();
}

bool DatabaseFiles::diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    // SQLite needs a few pages for its journal and 32 KiB for the -shm.
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

void DatabaseFiles::noteSidecars()
{
    m_hadWal = QFileInfo::exists(wal());
    m_hadShm = QFileInfo::exists(shm());
}

void DatabaseFiles::tidy() const
{
    if (!m_hadWal && QFileInfo(wal()).size() == 0)
        QFile::remove(wal());
    if (!m_hadShm)
        QFile::remove(shm());
}

void DatabaseFiles::matchSidecarPermissions() const
{
    const QFile::Permissions own = QFileInfo(m_path).permissions();
    for (const QString &sidecar : {wal(), shm()}) {
        const QFileInfo info(sidecar);
        if (info.exists() && !info.permission(QFile::WriteOwner))
            QFile::setPermissions(sidecar, info.permissions() | (own & (QFile::WriteOwner | QFile::WriteUser)));
    }
}

QString DatabaseFiles::immutableUri() const
{
    return QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}
