#include "textdecoder.h"

#include <cstring>

namespace {

// Windows-1258 from 0x80 to 0xFF; 0 where the code page has no character.
constexpr char16_t Windows1258[128] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0,      0x2039, 0x0152,
    0,      0,      0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0,      0x203A, 0x0153, 0,      0,      0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD,
    0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4,
    0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};

bool startsWith(const QByteArray &bytes, const char *bom, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.constData(), bom, size_t(size)) == 0;
}

// The length of the valid UTF-8 sequence at `i` (1 for ASCII), 0 when it is not valid:
// no overlong forms, surrogates or code points past U+10FFFF.
int utf8Length(const unsigned char *s, qsizetype i, qsizetype size)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    auto continuation = [&](qsizetype k) { return k < size && (s[k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!continuation(i + 1) || !continuation(i + 2))
            return 0;
        if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
            return 0;
        if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

struct Utf8Scan
{
    qsizetype firstBad = -1;
    qsizetype bad = 0;       // bytes that start no valid sequence
    qsizetype multibyte = 0; // valid sequences of two bytes or more
};

Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = from; i < size;) {
        const int length = utf8Length(s, i, size);
        if (length == 0) {
            if (scan.firstBad < 0)
                scan.firstBad = i;
            ++scan.bad;
            ++i;
            continue;
        }
        if (length > 1)
            ++scan.multibyte;
        i += length;
    }
    return scan;
}

TextDecoder::Result utf8(const QByteArray &bytes, qsizetype from, qsizetype bad, const QString &encoding)
{
    const qsizetype end = bad < 0 ? bytes.size() : bad;
    return {QString::fromUtf8(bytes.constData() + from, end - from), encoding, bad};
}

TextDecoder::Result utf16(const QByteArray &bytes, bool littleEndian)
{
    TextDecoder::Result result;
    result.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    result.text.reserve((size - 2) / 2);
    auto unit = [&](qsizetype i) {
        return littleEndian ? char16_t(s[i] | (s[i + 1] << 8)) : char16_t((s[i] << 8) | s[i + 1]);
    };
    for (qsizetype i = 2; i < size; i += 2) {
        if (i + 1 >= size) {
            result.badByte = i;
            break;
        }
        const char16_t u = unit(i);
        if (QChar::isHighSurrogate(u)) {
            if (i + 3 >= size || !QChar::isLowSurrogate(unit(i + 2))) {
                result.badByte = i;
                break;
            }
            result.text.append(QChar(u));
            result.text.append(QChar(unit(i + 2)));
            i += 2;
            continue;
        }
        if (QChar::isLowSurrogate(u)) {
            result.badByte = i;
            break;
        }
        result.text.append(QChar(u));
    }
    return result;
}

TextDecoder::Result windows1258(const QByteArray &bytes)
{
    TextDecoder::Result result;
    result.encoding = QStringLiteral("Windows-1258");
    const qsizetype size = bytes.size();
    result.text.resize(size);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = s[i];
        const char16_t u = c < 0x80 ? char16_t(c) : Windows1258[c - 0x80];
        if (u == 0 && c != 0) {
            result.badByte = i;
            result.text.truncate(i);
            break;
        }
        out[i] = u;
    }
    return result;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xFF\xFE", 2))
        return utf16(bytes, true);
    if (startsWith(bytes, "\xFE\xFF", 2))
        return utf16(bytes, false);
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return utf8(bytes, 3, scanUtf8(bytes, 3).firstBad, QStringLiteral("UTF-8 BOM"));
    const Utf8Scan scan = scanUtf8(bytes, 0);
    // Windows-1258 text seldom forms a valid UTF-8 sequence; damaged UTF-8 mostly does.
    if (scan.bad == 0 || scan.multibyte > scan.bad)
        return utf8(bytes, 0, scan.firstBad, QStringLiteral("UTF-8"));
    return windows1258(bytes);
}
