#pragma once

#include "tablereadresult.h"
#include "xlsxreader.h"

#include <QByteArray>
#include <QString>

// Reads a table file by its extension: .csv and .txt through CsvReader, .xlsx through
// XlsxReader.
class TableReader
{
public:
    static TableReadResult read(const QString &path);
    // The same, from the file's bytes already read (an XLSX file is read again from
    // `path`).
    // With `accept`, a workbook's first sheet that it takes (XlsxReader::Accept).
    static TableReadResult read(const QString &path, const QByteArray &content, const XlsxReader::Accept &accept = {});
};
