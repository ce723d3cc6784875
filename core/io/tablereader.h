#pragma once

#include "tablereadresult.h"
#include "xlsxreader.h"

#include <QByteArray>
#include <QString>

// Reads a table file by its extension: .csv and .txt through CsvReader, .xlsx through
// XlsxReader, .ods through OdsReader, .xls through XlsReader.
class TableReader
{
public:
    static TableReadResult read(const QString &path);
    // The same, from the file's bytes already read (an .xls file is read again from
    // `path`: libfreexl reads only files). With `accept`, a workbook's first sheet that
    // it takes (XlsxReader::Accept).
    // `stop`: an .xlsx sheet is read no further when it says so (XlsxReader::Stop).
    static TableReadResult read(const QString &path, const QByteArray &content, const XlsxReader::Accept &accept = {},
                                const XlsxReader::Stop &stop = {});
};
