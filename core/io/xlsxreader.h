#pragma once

#include "tablereadresult.h"

#include <QString>

#include <functional>

class QIODevice;

// Reads a worksheet of an XLSX workbook (the first visible one unless told) into rows.
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

    // Which worksheet to read: the first one (visible ones first, in workbook order)
    // that `accept` takes; the first one when it takes none, or when no `accept` is given.
    using Accept = std::function<bool(const TableReadResult &)>;
    // Asked once the first HeadRows rows of the sheet to be read are in (those `accept`
    // takes): true stops reading it there, for a file the caller refuses by its header
    // (a stray cell at XFD1 above 100,000 rows costs no more than its first rows).
    using Stop = std::function<bool(const TableReadResult &)>;
    static constexpr int HeadRows = 10;

    static TableReadResult read(const QString &path, const Accept &accept = {}, const Stop &stop = {});
    // The same from a device open for reading (a file, or a QBuffer in memory).
    static TableReadResult read(QIODevice &device, const Accept &accept = {}, const Stop &stop = {});
};
