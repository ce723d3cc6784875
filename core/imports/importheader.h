#pragma once

#include <QList>
#include <QString>

#include <functional>

struct TableReadResult;

// What the import files share about their header row: columns are matched by the key in
// brackets at the end of their header ("Ngày nhận [received_date]") or by a header that
// is only the key; a column without one is named by its spreadsheet letter.
class ImportHeader
{
public:
    // The key of a header: the text in brackets at its end, or the whole header.
    static QString keyOf(const QString &header);
    // The header as the clerk reads it: without its [key] ("Ngày nhận [received_date]"
    // → "Ngày nhận"); the key when that is all the header has.
    static QString labelOf(const QString &header);
    // The spreadsheet letter of a column: 0 → A, 26 → AA.
    static QString columnLetter(qsizetype index);
    // The columns where a row below the header has a value but the header has no key,
    // each with the first such row's number, in column order.
    static QList<std::pair<qsizetype, int>> columnsWithoutHeader(const TableReadResult &table);
    // The header row of a file with title rows above it: the index of the first of the
    // first ten rows with a cell whose key `isKey` takes; -1 when none has one.
    static constexpr qsizetype HeaderSearchRows = 10;
    static qsizetype findHeaderRow(const TableReadResult &table, const std::function<bool(const QString &)> &isKey);
};
