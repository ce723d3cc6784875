#pragma once

#include "tablerow.h"

#include <QChar>
#include <QList>
#include <QString>

// What a table reader found in a file: the rows (row 0 is the header), how the file was
// encoded, and on failure one sentence for the clerk and the row it concerns.
//
// Memory follows the text actually present: the cells' text is kept one after another in
// one string, and each cell with text costs 16 bytes more, each row 16 bytes; empty
// cells and blank rows are not stored at all.
struct TableReadResult
{
    // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1258" or "XLSX".
    QString encoding;
    // The CSV field separator (',', ';' or '\t'); null for XLSX.
    QChar delimiter;
    // Empty on success.
    QString error;
    // The row the error concerns, 0 when it concerns the whole file.
    int errorRow = 0;

    bool ok() const { return error.isEmpty(); }

    // The rows that hold any text; the first is the header.
    qsizetype rowCount() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    TableRow row(qsizetype index) const { return TableRow(*this, index); }

    // For the readers: rows are added in order, and a row's cells in any order (a later
    // cell in the same column replaces an earlier one). Empty cells are not kept, and a
    // row without cells is dropped when it ends.
    void beginRow(int number);
    void addCell(qsizetype column, QStringView text);
    void endRow();
    // Leaves an error: no rows, the message and its row.
    void fail(const QString &message, int row = 0);
    // Room for this much cell text, when the reader knows it beforehand.
    void reserveText(qsizetype size) { m_text.reserve(size); }
    // Gives back the memory left over from growing; for the end of a read.
    void squeeze();
    // Forgets the rows before `index` (title rows above a header found lower down); the
    // rows left keep their numbers.
    void dropRowsBefore(qsizetype index);

private:
    friend class TableRow;
    struct Cell
    {
        qsizetype offset; // in m_text
        qint32 column;
        qint32 length;
    };
    struct Row
    {
        qsizetype firstCell; // in m_cells; the row's cells run to the next row's first
        int number;
    };

    qsizetype endOf(qsizetype index) const
    {
        return index + 1 < m_rows.size() ? m_rows.at(index + 1).firstCell : m_cells.size();
    }

    QString m_text;
    QList<Cell> m_cells;
    QList<Row> m_rows;
    bool m_rowSorted = true; // the open row's cells came in column order
};
