#pragma once

#include "tablerow.h"

#include <QChar>
#include <QList>
#include <QString>

// What a table reader found in a file: the rows (row 0 is the header), how the file was
// encoded, and on failure one sentence for the clerk and the row it concerns.
struct TableReadResult
{
    QList<TableRow> rows;
    // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1258" or "XLSX".
    QString encoding;
    // The CSV field separator (',', ';' or '\t'); null for XLSX.
    QChar delimiter;
    // Empty on success.
    QString error;
    // The row the error concerns, 0 when it concerns the whole file.
    int errorRow = 0;

    bool ok() const { return error.isEmpty(); }
};
