#pragma once

#include "tablereadresult.h"

#include <QString>

// Reads a table file by its extension: .csv and .txt through CsvReader, .xlsx through
// XlsxReader.
class TableReader
{
public:
    static TableReadResult read(const QString &path);
};
