#include "odtpackage.h"

#include "odtnamespaces.h"
#include "writefailure.h"
#include "zipdevice.h"

#include <QBuffer>
#include <QDateTime>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <unzip.h>
#include <utility>
#include <zip.h>

namespace {

const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

} // namespace

void OdtPackage::addPart(const QString &path, const QByteArray &data, const QString &mediaType)
{
    m_parts.append({path, data, mediaType});
}

bool OdtPackage::write(const QString &path)
{
    m_errorString.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = WriteFailure::reason(file, path);
        return false;
    }
    if (!writeArchive(&file) || file.error() != QFileDevice::NoError) {
        m_errorString = WriteFailure::reason(file, path);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_errorString = WriteFailure::reason(file, path);
        return false;
    }
    return true;
}

std::optional<QByteArray> OdtPackage::readPart(const QByteArray &archive, const QString &path)
{
    QBuffer buffer;
    buffer.setData(archive);
    if (!buffer.open(QIODevice::ReadOnly))
        return std::nullopt;
    zlib_filefunc64_def functions = zipDeviceFunctions();
    unzFile zip = unzOpen2_64(&buffer, &functions);
    if (!zip)
        return std::nullopt;
    QByteArray data;
    bool ok = unzLocateFile(zip, path.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK;
    if (ok) {
        char chunk[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0)
            data.append(chunk, read);
        ok = unzCloseCurrentFile(zip) == UNZ_OK && read == 0;
    }
    unzClose(zip);
    return ok ? std::optional(data) : std::nullopt;
}

// The package itself ("/", with the ODF version and the package's type), then one entry a part.
QByteArray OdtPackage::manifestXml() const
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeNamespace(OdtNamespaces::Manifest, QStringLiteral("manifest"));
    writer.writeStartDocument();
    writer.writeStartElement(OdtNamespaces::Manifest, QStringLiteral("manifest"));
    writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("version"), QStringLiteral("1.2"));
    writer.writeEmptyElement(OdtNamespaces::Manifest, QStringLiteral("file-entry"));
    writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("full-path"), QStringLiteral("/"));
    writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("version"), QStringLiteral("1.2"));
    writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("media-type"), MimeType);
    for (const Part &part : m_parts) {
        writer.writeEmptyElement(OdtNamespaces::Manifest, QStringLiteral("file-entry"));
        writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("full-path"), part.path);
        writer.writeAttribute(OdtNamespaces::Manifest, QStringLiteral("media-type"), part.mediaType);
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

// Writes the parts as a zip archive: "mimetype" first and stored, the others deflated.
bool OdtPackage::writeArchive(QIODevice *device) const
{
    QList<std::pair<QByteArray, QByteArray>> entries{{"mimetype", MimeType.toLatin1()}};
    for (const Part &part : m_parts)
        entries.append({part.path.toUtf8(), part.data});
    entries.append({"META-INF/manifest.xml", manifestXml()});

    zlib_filefunc64_def functions = zipDeviceFunctions();
    zipFile zip = zipOpen2_64(device, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()),    uInt(now.time().hour()),
                     uInt(now.date().day()),    uInt(now.date().month() - 1), uInt(now.date().year())};
    bool ok = true;
    for (qsizetype i = 0; ok && i < entries.size(); ++i) {
        const bool stored = i == 0;
        const QByteArray &data = entries.at(i).second;
        ok = zipOpenNewFileInZip(zip, entries.at(i).first.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                 stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}
