#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

// An OpenDocument text package (.odt) as a zip archive: the "mimetype" part first and
// uncompressed (so that the type can be read at a fixed offset), then the parts in the
// order they were added, deflated, then META-INF/manifest.xml listing them. Knows the
// package format only; what the parts hold is the caller's.
class OdtPackage
{
public:
    // Adds a part, such as "content.xml", and its entry in the manifest. Paths are ASCII.
    void addPart(const QString &path, const QByteArray &data, const QString &mediaType);
    // Writes the package through QSaveFile: on failure no file is left and an existing file
    // is unchanged. Returns false on failure; errorString() then holds the file's reason.
    bool write(const QString &path);
    // Why the last write failed, as the file reports it; empty after a write that succeeded.
    QString errorString() const { return m_errorString; }

    // One part of a zip archive held in memory; nullopt if it is missing or damaged.
    static std::optional<QByteArray> readPart(const QByteArray &archive, const QString &path);

private:
    struct Part
    {
        QString path;
        QByteArray data;
        QString mediaType;
    };

    QByteArray manifestXml() const;
    bool writeArchive(QIODevice *device) const;

    QList<Part> m_parts;
    QString m_errorString;
};
