#include "tablereadresult.h"

#include <algorithm>

void TableReadResult::beginRow(int number)
{
    m_rows.append({m_cells.size(), number});
    m_rowSorted = true;
}

void TableReadResult::addCell(qsizetype column, QStringView text)
{
    if (text.isEmpty() || m_rows.isEmpty())
        return;
    const qsizetype first = m_rows.constLast().firstCell;
    if (m_cells.size() > first && m_cells.constLast().column >= column)
        m_rowSorted = false;
    m_cells.append({m_text.size(), qint32(column), qint32(text.size())});
    m_text.append(text);
}

void TableReadResult::endRow()
{
    if (m_rows.isEmpty())
        return;
    const qsizetype first = m_rows.constLast().firstCell;
    if (first == m_cells.size()) {
        m_rows.removeLast();
        return;
    }
    if (m_rowSorted)
        return;
    // Cells out of column order (an XLSX file may list them so): sort them, and of two in
    // one column keep the later.
    const auto begin = m_cells.begin() + first;
    std::stable_sort(begin, m_cells.end(), [](const Cell &a, const Cell &b) { return a.column < b.column; });
    auto out = begin;
    for (auto in = begin; in != m_cells.end(); ++in) {
        if (out != begin && (out - 1)->column == in->column)
            *(out - 1) = *in;
        else
            *out++ = *in;
    }
    m_cells.erase(out, m_cells.end());
    m_rowSorted = true;
}

void TableReadResult::fail(const QString &message, int row)
{
    m_text = QString();
    m_cells = QList<Cell>();
    m_rows = QList<Row>();
    error = message;
    errorRow = row;
}

void TableReadResult::squeeze()
{
    m_text.squeeze();
    m_cells.squeeze();
    m_rows.squeeze();
}

void TableReadResult::dropRowsBefore(qsizetype index)
{
    m_rows.remove(0, std::clamp(index, qsizetype(0), m_rows.size()));
}
