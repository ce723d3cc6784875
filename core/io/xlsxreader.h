#pragma once

#include "tablereadresult.h"

#include <QString>

// Reads the first visible worksheet of an XLSX workbook (in workbook order) into rows.
// Row numbers are the sheet's own, rows with no value are left out, cells are placed by
// their reference so gaps are empty cells, and rows are padded to the header's width.
// Shared, inline and formula strings, booleans and numbers are read as text; a number in
// a date format becomes an ISO date (yyyy-MM-dd). All text is NFC-normalised.
class XlsxReader
{
public:
    static TableReadResult read(const QString &path);
};
