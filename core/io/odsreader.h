#pragma once

#include "tablereadresult.h"
#include "xlsxreader.h"

#include <QString>

class QIODevice;

// Reads a sheet of an OpenDocument spreadsheet (.ods, LibreOffice's own) into rows, as
// XlsxReader does for XLSX: row numbers are the sheet's own, only cells with text are
// kept, numbers and dates as text (dates ISO), formulas by the value they last showed,
// text NFC-normalised. content.xml is parsed as it is unpacked, with the same caps on
// unpacked sizes (XlsxPackage); repeated rows and cells cost what they repeat, so a
// row of text repeated beyond MaxRepeatedRows, more than MaxRepeatedCells cells made by
// repeating in the whole file, or a cell beyond column XFD, are refused.
class OdsReader
{
public:
    static constexpr int MaxRepeatedRows = 10000;
    static constexpr qint64 MaxRepeatedCells = 1'000'000;

    static TableReadResult read(const QString &path, const XlsxReader::Accept &accept = {});
    static TableReadResult read(QIODevice &device, const XlsxReader::Accept &accept = {});
};
