#pragma once

#include "documenttable.h"

#include <QFont>
#include <QList>
#include <QPen>

#include <memory>
#include <vector>

class PageCursor;
class WrappedText;

// Draws a DocumentTable across the text width at the cursor, its columns sized to what
// they hold (TableLayout, one measuring pass), then row by row in one pass: each row is
// measured once (its cells wrapped), moved whole to the next page when it
// does not fit (continued over pages when it is taller than a page), and drawn at once, so time is linear in the rows
// and memory does not grow with them. The header row is repeated at the top of every page. Thin black grid. Used by
// DocumentRenderer only.
class TablePainter
{
public:
    TablePainter(PageCursor &cursor, const QString &family, double pointSize);
    ~TablePainter();

    void draw(const DocumentTable &table);
    // The height of the table's header row and first row: what must follow a heading
    // on its page.
    double leadHeight(const DocumentTable &table);

private:
    using Row = std::vector<std::unique_ptr<WrappedText>>;

    // The column edges for the table's content (TableLayout).
    void layOut(const DocumentTable &table);

    Row measure(const QStringList &cells, const QList<DocumentTableColumn> &columns, bool header, bool bold) const;
    double height(const Row &row) const;
    void drawRow(const Row &row, double rowHeight, bool topRule);
    void drawTallRow(const Row &row, const Row &header, double headerHeight, const QPen &pen);

    PageCursor &m_cursor;
    QFont m_regular;
    QFont m_bold;
    QList<double> m_edges; // x of the column boundaries, m_edges.size() == columns + 1
    double m_padX;
    double m_padY;
    double m_rule;
};
