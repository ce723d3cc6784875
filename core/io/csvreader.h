#pragma once

#include "tablereadresult.h"

#include <QByteArray>

// Reads a CSV file's bytes into rows. The encoding is found by TextDecoder (a byte order
// mark, else UTF-8, else Windows-1258); a byte that is not text in it is an error naming
// its row. The delimiter (comma, semicolon or tab) is the one the header line uses most
// outside quotes. Fields follow RFC 4180: quotes, doubled quotes and line breaks inside
// quotes. Each field is NFC-normalised, and a field the program wrote with a quote before
// a formula character (TableWriter) is read back without it. Row numbers count records,
// the header being row 1; empty cells and blank rows are not stored (TableReadResult).
// A row of more than MaxColumns fields is refused.
class CsvReader
{
public:
    // As many columns as a worksheet has (A to XFD).
    static constexpr qsizetype MaxColumns = 16384;

    static TableReadResult read(const QByteArray &bytes);
};
