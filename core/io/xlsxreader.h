#pragma once

#include "tablereadresult.h"

#include <QString>

class QIODevice;

// Reads the first visible worksheet of an XLSX workbook (in workbook order) into rows.
// Row numbers are the sheet's own, cells are placed by their reference, and only cells
// with text are kept (TableReadResult). Shared, inline and formula strings, booleans and
// numbers are read as text; a number in a date format becomes an ISO date (yyyy-MM-dd).
// All text is NFC-normalised. The worksheet and shared strings are parsed as they are
// unpacked, never held whole; parts that would unpack too far are refused (XlsxPackage),
// and so is a cell beyond column XFD.
class XlsxReader
{
public:
    static constexpr int MaxColumns = 16384;

    static TableReadResult read(const QString &path);
    // The same from a device open for reading (a file, or a QBuffer in memory).
    static TableReadResult read(QIODevice &device);
};
