#pragma once

#include "tablereadresult.h"

#include <QByteArray>

// Reads a CSV file's bytes into rows. The encoding is detected (a UTF-8 or UTF-16 byte
// order mark, else strict UTF-8, else Windows-1258) and the text NFC-normalised; the
// delimiter (comma, semicolon or tab) is the one the header line uses most outside quotes.
// Fields follow RFC 4180: quotes, doubled quotes and line breaks inside quotes. Row
// numbers count records, the header being row 1; rows shorter than the header are padded
// with empty cells, and empty lines at the end are dropped.
class CsvReader
{
public:
    static TableReadResult read(const QByteArray &bytes);
};
