#include "tablerow.h"

#include "tablereadresult.h"

#include <algorithm>

int TableRow::number() const
{
    return m_table->m_rows.at(m_index).number;
}

QString TableRow::cell(qsizetype column) const
{
    return cellView(column).toString();
}

QStringView TableRow::cellView(qsizetype column) const
{
    const auto &cells = m_table->m_cells;
    const auto begin = cells.cbegin() + m_table->m_rows.at(m_index).firstCell;
    const auto end = cells.cbegin() + m_table->endOf(m_index);
    const auto found = std::lower_bound(begin, end, column,
                                        [](const TableReadResult::Cell &c, qsizetype col) { return c.column < col; });
    if (found == end || found->column != column)
        return {};
    return QStringView(m_table->m_text).sliced(found->offset, found->length);
}

qsizetype TableRow::size() const
{
    return m_table->endOf(m_index) - m_table->m_rows.at(m_index).firstCell;
}

qsizetype TableRow::columnAt(qsizetype i) const
{
    return m_table->m_cells.at(m_table->m_rows.at(m_index).firstCell + i).column;
}

QString TableRow::textAt(qsizetype i) const
{
    const TableReadResult::Cell &c = m_table->m_cells.at(m_table->m_rows.at(m_index).firstCell + i);
    return m_table->m_text.mid(c.offset, c.length);
}

bool TableRow::isBlank() const
{
    for (qsizetype i = 0; i < size(); ++i) {
        const TableReadResult::Cell &c = m_table->m_cells.at(m_table->m_rows.at(m_index).firstCell + i);
        if (!QStringView(m_table->m_text).sliced(c.offset, c.length).trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList TableRow::toList() const
{
    QStringList cells;
    for (qsizetype i = 0; i < size(); ++i) {
        while (cells.size() < columnAt(i))
            cells.append(QString());
        cells.append(textAt(i));
    }
    return cells;
}
