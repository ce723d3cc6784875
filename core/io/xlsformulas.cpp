#include "xlsformulas.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr qsizetype MaxSheets = 256;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}

// A compound document (CFB): its sectors, FAT and directory, read with every index checked.
class Compound
{
public:
    explicit Compound(const QByteArray &file) : m_file(file) {}

    bool open()
    {
        static const char magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
        if (m_file.size() < 512 || std::memcmp(m_file.constData(), magic, 8) != 0)
            return false;
        const quint16 shift = u16(m_file, 0x1E);
        const quint16 miniShift = u16(m_file, 0x20);
        if (shift != 9 && shift != 12)
            return false;
        if (miniShift != 6)
            return false;
        m_sectorSize = qsizetype(1) << shift;
        m_sectorCount = (m_file.size() - m_sectorSize) / m_sectorSize + 1;
        m_miniCutoff = u32(m_file, 0x38);
        if (m_miniCutoff != 4096) // the only value the format allows
            return false;
        // The FAT's sectors: 109 in the header, then the DIFAT chain.
        QList<quint32> fatSectors;
        for (int i = 0; i < 109; ++i)
            fatSectors.append(u32(m_file, 0x4C + 4 * i));
        quint32 difat = u32(m_file, 0x44);
        for (qsizetype guard = 0; difat < m_sectorCount && guard < m_sectorCount; ++guard) {
            const qsizetype at = offsetOf(difat);
            for (qsizetype i = 0; i + 1 < m_sectorSize / 4; ++i)
                fatSectors.append(u32(m_file, at + 4 * i));
            difat = u32(m_file, at + m_sectorSize - 4);
        }
        // No more FAT sectors than the file has sectors: a hostile header listing one sector
        // again and again would otherwise make a FAT many times the file's size.
        const quint32 fatCount = std::min({u32(m_file, 0x2C), quint32(fatSectors.size()), m_sectorCount});
        for (quint32 i = 0; i < fatCount; ++i) {
            const quint32 sector = fatSectors.at(i);
            if (sector >= m_sectorCount)
                return false;
            const qsizetype at = offsetOf(sector);
            for (qsizetype k = 0; k < m_sectorSize / 4; ++k)
                m_fat.append(u32(m_file, at + 4 * k));
        }
        m_directory = chain(u32(m_file, 0x30), m_fat, -1);
        return !m_directory.isEmpty();
    }

    // Whether each entry of the directory's first sector gives its name a length that fits
    // the entry's 64 bytes, in whole UTF-16 characters. libfreexl 1.0.6 converts the name of
    // every such entry up to the workbook's with the length the entry gives, reading past
    // its 4 KiB buffer for a longer one (tests/fuzz/regression/xls/dir-name-26880-bytes.xls).
    bool namesFit() const
    {
        const qsizetype entries = std::min(m_sectorSize, m_directory.size()) / 128;
        for (qsizetype e = 0; e < entries; ++e) {
            const quint16 nameBytes = u16(m_directory, e * 128 + 64);
            if (nameBytes > 64 || nameBytes % 2 != 0)
                return false;
        }
        return true;
    }

    // The workbook's stream as libfreexl 1.0.6 finds it: the first entry of the directory's
    // first sector named "Workbook" or "Book" (exactly), whatever the entry's type, and for
    // a small one the mini streams of the last "Root Entry" before it; empty when none or
    // when its sectors do not hold its size. The checks read the stream libfreexl will
    // read, not another one.
    QByteArray workbook()
    {
        const qsizetype entries = std::min(m_sectorSize, m_directory.size()) / 128;
        qsizetype root = -1;
        for (qsizetype e = 0; e < entries; ++e) {
            const qsizetype at = e * 128;
            const quint16 nameBytes = std::min<quint16>(u16(m_directory, at + 64), 64);
            QString entryName;
            for (qsizetype c = 0; c + 2 <= nameBytes && u16(m_directory, at + c) != 0; c += 2)
                entryName += QChar(u16(m_directory, at + c));
            if (entryName == QLatin1String("Root Entry"))
                root = e;
            if (entryName != QLatin1String("Workbook") && entryName != QLatin1String("Book"))
                continue;
            const quint32 start = u32(m_directory, at + 116);
            const quint32 size = u32(m_directory, at + 120);
            // A workbook of up to 4096 bytes libfreexl reads from the start of the root
            // entry's mini streams, whatever its own first mini sector and their chain.
            const QByteArray data = size > m_miniCutoff ? chain(start, m_fat, size)
                                    : root < 0          ? QByteArray()
                                                        : entryStream(root).left(size);
            // A chain that ends before the size the entry gives: libfreexl reads on from
            // elsewhere, records these checks did not see (dimension-too-large.xls).
            return data.size() == qsizetype(size) ? data : QByteArray();
        }
        return {};
    }

private:
    qsizetype offsetOf(quint32 sector) const { return (qsizetype(sector) + 1) * m_sectorSize; }

    // The stream of the directory's entry `index`: for the root entry, where the mini
    // streams live.
    QByteArray entryStream(qsizetype index)
    {
        const qsizetype at = index * 128;
        if (at + 128 > m_directory.size())
            return {};
        return chain(u32(m_directory, at + 116), m_fat, u32(m_directory, at + 120));
    }

    // The sectors of a chain, joined; `size` bytes of them (-1: all). A chain that loops
    // or leaves the file ends there.
    QByteArray chain(quint32 sector, const QList<quint32> &fat, qint64 size) const
    {
        QByteArray data;
        for (qsizetype guard = 0; sector < m_sectorCount && guard < m_sectorCount; ++guard) {
            const qsizetype at = offsetOf(sector);
            if (at + m_sectorSize > m_file.size())
                break;
            data.append(m_file.constData() + at, m_sectorSize);
            if (size >= 0 && data.size() >= size)
                break;
            sector = sector < quint32(fat.size()) ? fat.at(sector) : EndOfChain;
        }
        return size >= 0 ? data.left(size) : data;
    }

    const QByteArray &m_file;
    qsizetype m_sectorSize = 512;
    quint32 m_sectorCount = 0;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QByteArray m_directory;
};

QString numberText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// The text of a STRING record's body (BIFF8 XLUnicodeString: length, flags, characters).
QString stringOf(const QByteArray &body)
{
    const quint16 length = u16(body, 0);
    const bool wide = body.size() > 2 && (body.at(2) & 1);
    QString text;
    for (qsizetype i = 0; i < length; ++i) {
        const qsizetype at = 3 + (wide ? 2 * i : i);
        if (at + (wide ? 2 : 1) > body.size())
            break;
        text += wide ? QChar(u16(body, at)) : QChar(uchar(body.at(at)));
    }
    return text.normalized(QString::NormalizationForm_C);
}

// Whether a FORMAT record's text lies within it, read as libfreexl 1.0.6 reads it: in
// BIFF8 an index, a count of characters, the flags (rich text and extended fields add
// their counts' bytes) and the characters, one byte each or two; in BIFF5 the count in the
// fourth byte and that many bytes from there.
bool formatFits(const QByteArray &body, bool biff8)
{
    if (!biff8)
        return body.size() >= 4 && 3 + qsizetype(uchar(body.at(3))) <= body.size();
    if (body.size() < 5)
        return false;
    const qsizetype characters = u16(body, 2);
    const uchar flags = uchar(body.at(4));
    const qsizetype start = 5 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
    return start + characters * ((flags & 0x01) ? 2 : 1) <= body.size();
}

// Whether libfreexl 1.0.6 can make room for a DIMENSION record's cells: it takes the
// sheet's size from the record (from bytes past a short one), and when the cells would
// take over 256 MiB it fails but keeps that size, then frees cells past the ones it had
// (dimension-too-large.xls). Such a sheet is refused here instead.
bool dimensionFits(const QByteArray &body, bool biff8)
{
    if (body.size() < (biff8 ? 14 : 10))
        return false;
    const double rows = biff8 ? u32(body, 4) : u16(body, 2);
    const double columns = u16(body, biff8 ? 10 : 6);
    constexpr double cellBytes = 24; // libfreexl's biff_cell_value on a 64-bit system
    return rows * columns * cellBytes <= 256.0 * 1024 * 1024;
}

} // namespace

bool XlsFormulas::wellFormed(const QByteArray &file)
{
    Compound compound(file);
    if (!compound.open() || !compound.namesFit())
        return false;
    const QByteArray book = compound.workbook();
    if (book.size() < 8 || u16(book, 0) != 0x0809)
        return false;
    const bool biff8 = u16(book, 4) == 0x0600; // else BIFF5 (0x0500), as libfreexl reads the first BOF
    qsizetype at = 0;
    while (at + 4 <= book.size()) {
        const quint16 type = u16(book, at);
        const quint16 length = u16(book, at + 2);
        // An empty record of type 0 (padding) does not end the records: libfreexl reads on
        // (format-after-empty-record.xls).
        if (at + 4 + length > book.size())
            return false;
        const QByteArray body = book.mid(at + 4, length);
        if (type == 0x0200 && !dimensionFits(body, biff8))
            return false;
        // A FORMAT whose text runs past its record: libfreexl 1.0.6 copies it all
        // (format-string-past-record.xls).
        if (type == 0x041E && !formatFits(body, biff8))
            return false;
        at += 4 + length;
    }
    return true;
}

QHash<QString, XlsFormulas::Sheet> XlsFormulas::read(const QByteArray &file)
{
    Compound compound(file);
    if (!compound.open())
        return {};
    const QByteArray book = compound.workbook();
    // The worksheets' offsets and names (BOUNDSHEET8 records of the workbook globals).
    QList<std::pair<quint32, QString>> offsets;
    for (qsizetype at = 0; at + 4 <= book.size();) {
        const quint16 type = u16(book, at);
        const quint16 length = u16(book, at + 2);
        // At most MaxSheets sheets, each read once: every sheet's records are read to its end.
        if (type == 0x0085 && length >= 8 && at + 4 + length <= book.size() && book.at(at + 4 + 5) == 0 &&
            offsets.size() < MaxSheets &&
            std::none_of(offsets.cbegin(), offsets.cend(),
                         [&](const std::pair<quint32, QString> &o) { return o.first == u32(book, at + 4); })) {
            // The name: a ShortXLUnicodeString (length, flags, characters).
            const QByteArray body = book.mid(at + 4, length);
            QByteArray name = body.mid(6);
            name.insert(1, '\0'); // as the two-byte length stringOf() reads
            offsets.append({u32(book, at + 4), stringOf(name)});
        }
        if (type == 0x000A && !offsets.isEmpty()) // EOF of the globals
            break;
        at += 4 + length;
    }
    QHash<QString, Sheet> sheets;
    for (const auto &[offset, name] : std::as_const(offsets)) {
        Sheet sheet;
        quint32 pendingKey = 0;
        bool pending = false; // a text result waits for its STRING record
        for (qsizetype at = offset; at >= 0 && at + 4 <= book.size();) {
            const quint16 type = u16(book, at);
            const quint16 length = u16(book, at + 2);
            const QByteArray body = book.mid(at + 4, length);
            at += 4 + length;
            if (type == 0x000A) // EOF of the sheet
                break;
            if (type == 0x0207 && pending) {
                sheet.insert(pendingKey, stringOf(body));
                pending = false;
            } else if (type == 0x0006 && body.size() >= 14) {
                const quint32 k = key(u16(body, 0), u16(body, 2));
                pending = false;
                if (uchar(body.at(12)) == 0xFF && uchar(body.at(13)) == 0xFF) {
                    const uchar kind = uchar(body.at(6));
                    if (kind == 0) { // text, in the next STRING record
                        pendingKey = k;
                        pending = true;
                    } else if (kind == 1) {
                        sheet.insert(k, body.at(8) ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
                    }
                } else {
                    const quint64 bits = qFromLittleEndian<quint64>(body.constData() + 6);
                    double value = 0;
                    std::memcpy(&value, &bits, sizeof value);
                    if (std::isfinite(value))
                        sheet.insert(k, numberText(value));
                }
            }
        }
        sheets.insert(name, sheet);
    }
    return sheets;
}
