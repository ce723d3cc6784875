#pragma once

#include <QByteArray>
#include <QString>

#include <unzip.h>

class QIODevice;
class QXmlStreamReader;

// The parts of an XLSX workbook's zip archive, read through minizip, keeping the first
// failure as one sentence for the clerk. A part is refused before it is unpacked when
// the archive says it unpacks to more than MaxPartSize, or to more than MinBombSize at
// more than MaxRatio times its packed size (a "zip bomb"): such a file is refused at once.
// minizip rather than QuaZip: libxlsxwriter uses the system minizip, and QuaZip exports
// its own functions of the same names, so one process cannot hold both.
class XlsxPackage
{
public:
    static constexpr quint64 MaxPartSize = quint64(128) << 20;
    static constexpr quint64 MinBombSize = quint64(16) << 20;
    static constexpr quint64 MaxRatio = 100;

    // Reads from `device`, open for reading.
    explicit XlsxPackage(QIODevice &device) : m_device(device) {}
    ~XlsxPackage();
    Q_DISABLE_COPY_MOVE(XlsxPackage)

    bool open();
    bool contains(const QString &part);
    // The whole part, for the small ones (relationships, workbook, styles).
    bool read(const QString &part, QByteArray *data);
    // Opens a part to be read through a ZipPartDevice over zip(); closePart() checks it.
    bool openPart(const QString &part);
    bool closePart(const QString &part, bool readFailed);
    unzFile zip() const { return m_zip; }

    // Keeps the XML error of a part, if any; true when there was one.
    bool xmlFailed(const QXmlStreamReader &xml, const QString &part);
    // Keeps `error` as the failure unless there is one already; returns false.
    bool fail(const QString &error);

    static QString notAWorkbook();
    const QString &error() const { return m_error; }

private:
    QString damaged(const QString &part) const;

    QIODevice &m_device;
    unzFile m_zip = nullptr;
    QString m_error;
};
