#include "xlsxpackage.h"

#include "zipdevice.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>

namespace {
QString megabytes(quint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 1);
}
} // namespace

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

bool XlsxPackage::open()
{
    // Through the QIODevice (any file name on every platform, or memory); closing it is
    // left to its owner.
    zlib_filefunc64_def functions = zipDeviceFunctions();
    m_zip = unzOpen2_64(&m_device, &functions);
    return m_zip ? true : fail(notAWorkbook());
}

bool XlsxPackage::contains(const QString &part)
{
    constexpr int CaseInsensitive = 2;
    return unzLocateFile(m_zip, part.toUtf8().constData(), CaseInsensitive) == UNZ_OK;
}

bool XlsxPackage::openPart(const QString &part)
{
    if (!contains(part))
        return fail(
            QCoreApplication::translate("TableReader", "The workbook is damaged: its part %1 is missing.").arg(part));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(damaged(part));
    if (info.uncompressed_size > MaxPartSize)
        return fail(QCoreApplication::translate("TableReader",
                                                "The workbook's part %1 unpacks to %2 MB, more than the %3 MB the "
                                                "program reads from one part; it is not a table the program can read.")
                        .arg(part, megabytes(info.uncompressed_size), megabytes(MaxPartSize)));
    if (info.uncompressed_size > MinBombSize && info.uncompressed_size / MaxRatio > info.compressed_size)
        return fail(QCoreApplication::translate("TableReader",
                                                "The workbook's part %1 unpacks to %2 MB from %3 KB, more than %4 "
                                                "times its packed size: a file made to exhaust the computer's "
                                                "memory, not a table the program reads.")
                        .arg(part, megabytes(info.uncompressed_size))
                        .arg((info.compressed_size + 1023) / 1024)
                        .arg(MaxRatio));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return fail(damaged(part));
    return true;
}

bool XlsxPackage::closePart(const QString &part, bool readFailed)
{
    // Reports a CRC mismatch once the whole part has been read.
    const int closed = unzCloseCurrentFile(m_zip);
    return readFailed || closed != UNZ_OK ? fail(damaged(part)) : true;
}

bool XlsxPackage::read(const QString &part, QByteArray *data)
{
    data->clear();
    if (!openPart(part))
        return false;
    int read = 0;
    char buffer[65536];
    while ((read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0)
        data->append(buffer, read);
    if (!closePart(part, read < 0)) {
        data->clear();
        return false;
    }
    return true;
}

bool XlsxPackage::xmlFailed(const QXmlStreamReader &xml, const QString &part)
{
    if (!xml.hasError())
        return false;
    fail(QCoreApplication::translate("TableReader",
                                     "The workbook is damaged: its part %1 is not valid XML (line %2: %3).")
             .arg(part)
             .arg(xml.lineNumber())
             .arg(xml.errorString()));
    return true;
}

bool XlsxPackage::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

QString XlsxPackage::notAWorkbook()
{
    return QCoreApplication::translate(
        "TableReader", "The file is not an XLSX workbook (it may be damaged or protected by a password).");
}

QString XlsxPackage::damaged(const QString &part) const
{
    return QCoreApplication::translate("TableReader", "The workbook is damaged: its part %1 cannot be unpacked.")
        .arg(part);
}
