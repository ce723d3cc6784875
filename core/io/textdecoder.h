#pragma once

#include <QByteArray>
#include <QString>

// Decodes the bytes of a text file: a UTF-8 or UTF-16 byte order mark says the encoding,
// else the bytes are UTF-8 when they are valid UTF-8 or mostly so, else Windows-1258
// (Vietnamese Windows' own, decoded by table). Nothing is replaced silently: the first
// byte that is not text in the encoding found is reported, and the text stops before it.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "Windows-1258".
        QString encoding;
        // The offset in the file of the first byte that is not text in `encoding`; -1: none.
        qsizetype badByte = -1;
    };

    static Result decode(const QByteArray &bytes);
};
