#pragma once

#include "tablereadresult.h"
#include "xlsxreader.h"

#include <QString>

// Reads a sheet of an Excel 97-2003 workbook (.xls) through libfreexl into rows, as
// XlsxReader does for XLSX: row numbers are the sheet's own, only cells with text are
// kept, numbers and dates as text (dates ISO), text NFC-normalised, formula cells by
// the value they last showed (XlsFormulas: libfreexl gives them none). libfreexl holds a
// sheet's whole grid in memory, so a file whose sheets declare more than MaxCells cells,
// or larger than MaxFileSize, is refused before it is loaded; so is an encrypted one.
class XlsReader
{
public:
    static constexpr qint64 MaxCells = 2'000'000;
    static constexpr qint64 MaxFileSize = qint64(64) << 20;

    static TableReadResult read(const QString &path, const XlsxReader::Accept &accept = {});
};
