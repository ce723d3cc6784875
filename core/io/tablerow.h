#pragma once

#include <QString>
#include <QStringList>

struct TableReadResult;

// One row of a table read from a file: a view into the TableReadResult that holds it,
// valid while that result lives unchanged. Only cells with text are stored, so a cell
// that is empty, or beyond the row's last one, reads as empty whatever the row's width.
class TableRow
{
public:
    TableRow(const TableReadResult &table, qsizetype index) : m_table(&table), m_index(index) {}

    // The row as a spreadsheet shows it (the header is row 1 in a CSV file; an XLSX row
    // keeps the sheet's own number).
    int number() const;
    // The text of the cell in `column` (0 is column A); empty when the row has none there.
    QString cell(qsizetype column) const;
    // The same as a view into the table's text, without a copy: valid while the table
    // that holds the row lives unchanged.
    QStringView cellView(qsizetype column) const;
    // The cells with text, in column order: how many, and each one's column and text.
    qsizetype size() const;
    qsizetype columnAt(qsizetype i) const;
    QString textAt(qsizetype i) const;
    // Whether every cell holds only spaces.
    bool isBlank() const;
    // The cells from column A to the row's last one, empty ones included: for tests and
    // small tables (a row with one cell in column XFD gives 16,384 strings).
    QStringList toList() const;

private:
    const TableReadResult *m_table;
    qsizetype m_index;
};
