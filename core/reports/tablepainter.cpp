#include "tablepainter.h"

#include "documentfonts.h"
#include "pagecursor.h"
#include "tablelayout.h"
#include "wrappedtext.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

TablePainter::TablePainter(PageCursor &cursor, const QString &family, double pointSize)
    : m_cursor(cursor), m_regular(DocumentFonts::font(family, pointSize)),
      m_bold(DocumentFonts::font(family, pointSize, true)), m_padX(cursor.fromPt(3)), m_padY(cursor.fromPt(2)),
      m_rule(cursor.fromPt(0.5))
{}

TablePainter::~TablePainter() = default;

void TablePainter::layOut(const DocumentTable &table)
{
    // A hair of slack on each side, so that a cell sized to its text does not wrap on rounding.
    const QFontMetricsF regular(m_regular, &m_cursor.device());
    const QFontMetricsF bold(m_bold, &m_cursor.device());
    const QList<double> widths = TableLayout::widths(
        table, m_cursor.width(), m_padX + m_cursor.fromPt(0.25), [&regular, &bold](const QString &text, bool isBold) {
            return (isBold ? bold : regular).horizontalAdvance(WrappedText::prepare(text));
        });
    m_edges = {m_cursor.left()};
    for (const double width : widths)
        m_edges.append(m_edges.last() + width);
    m_edges.last() = m_cursor.right();
}

double TablePainter::leadHeight(const DocumentTable &table)
{
    if (table.columns.isEmpty())
        return 0;
    layOut(table);
    QStringList headers;
    for (const DocumentTableColumn &column : table.columns)
        headers.append(column.header);
    double lead = height(measure(headers, table.columns, true, true));
    if (!table.rows.isEmpty())
        lead += height(measure(table.rows.first().cells, table.columns, false, table.rows.first().bold));
    return lead;
}

void TablePainter::draw(const DocumentTable &table)
{
    if (table.columns.isEmpty())
        return;
    layOut(table);

    QStringList headers;
    for (const DocumentTableColumn &column : table.columns)
        headers.append(column.header);
    const Row header = measure(headers, table.columns, true, true);
    const double headerHeight = height(header);

    QPainter &painter = m_cursor.painter();
    QPen pen(Qt::black, m_rule);
    pen.setCapStyle(Qt::SquareCap);

    bool headerOnPage = false;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const DocumentTableRow &source = table.rows.at(i);
        const Row row = measure(source.cells, table.columns, false, source.bold);
        const double rowHeight = height(row);
        const double needed = rowHeight + (headerOnPage ? 0 : headerHeight);
        if (!m_cursor.fits(needed) && !(m_cursor.pageEmpty() && !headerOnPage)) {
            m_cursor.newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            painter.setPen(pen);
            drawRow(header, headerHeight, true);
            headerOnPage = true;
        }
        painter.setPen(pen);
        if (m_cursor.fits(rowHeight))
            drawRow(row, rowHeight, false);
        else
            drawTallRow(row, header, headerHeight, pen);
    }
    if (!headerOnPage) {
        m_cursor.ensure(headerHeight);
        painter.setPen(pen);
        drawRow(header, headerHeight, true);
    }
}

TablePainter::Row TablePainter::measure(const QStringList &cells, const QList<DocumentTableColumn> &columns,
                                        bool header, bool bold) const
{
    Row row;
    row.reserve(columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        WrappedText::Options options;
        options.alignment = header ? Qt::AlignHCenter : (columns.at(c).alignment & Qt::AlignHorizontal_Mask);
        const double width = m_edges.at(c + 1) - m_edges.at(c) - 2 * m_padX;
        row.push_back(std::make_unique<WrappedText>(cells.value(c), bold ? m_bold : m_regular, &m_cursor.device(),
                                                    width, options));
    }
    return row;
}

double TablePainter::height(const Row &row) const
{
    double tallest = 0;
    for (const auto &cell : row)
        tallest = qMax(tallest, cell->height());
    return tallest + 2 * m_padY;
}

// A row taller than the room under the header on a fresh page (a 10,000-character unit
// name stored before names were limited): drawn in slices of whole lines, each slice's
// cells from the top, continued under the repeated header on the next pages, so no text
// is cut or lost.
void TablePainter::drawTallRow(const Row &row, const Row &header, double headerHeight, const QPen &pen)
{
    QPainter &painter = m_cursor.painter();
    std::vector<int> next(row.size(), 0);
    for (;;) {
        const double room = m_cursor.bottom() - m_cursor.y() - 2 * m_padY;
        std::vector<int> take(row.size(), 0);
        double tallest = 0;
        bool more = false;
        for (size_t c = 0; c < row.size(); ++c) {
            const WrappedText &cell = *row.at(c);
            const int fitting = qMax(1, int((room + 0.01) / cell.lineStep()));
            take[c] = qMin(cell.lineCount() - next[c], fitting);
            tallest = qMax(tallest, take[c] * cell.lineStep());
            more = more || next[c] + take[c] < cell.lineCount();
        }
        const double top = m_cursor.y();
        const double sliceHeight = tallest + 2 * m_padY;
        QList<QLineF> lines{QLineF(m_edges.first(), top + sliceHeight, m_edges.last(), top + sliceHeight)};
        for (const double x : std::as_const(m_edges))
            lines.append(QLineF(x, top, x, top + sliceHeight));
        painter.drawLines(lines);
        for (size_t c = 0; c < row.size(); ++c) {
            for (int k = 0; k < take[c]; ++k)
                row.at(c)->drawLine(painter, next[c] + k, m_edges.at(qsizetype(c)) + m_padX,
                                    top + m_padY + k * row.at(c)->lineStep());
            next[c] += take[c];
        }
        m_cursor.advance(sliceHeight);
        if (!more)
            return;
        m_cursor.newPage();
        painter.setPen(pen);
        drawRow(header, headerHeight, true);
    }
}

void TablePainter::drawRow(const Row &row, double rowHeight, bool topRule)
{
    QPainter &painter = m_cursor.painter();
    const double top = m_cursor.y();
    const double bottom = top + rowHeight;
    QList<QLineF> lines;
    lines.reserve(m_edges.size() + 2);
    if (topRule)
        lines.append(QLineF(m_edges.first(), top, m_edges.last(), top));
    lines.append(QLineF(m_edges.first(), bottom, m_edges.last(), bottom));
    for (const double x : m_edges)
        lines.append(QLineF(x, top, x, bottom));
    painter.drawLines(lines);

    // Cells are centred vertically in the row.
    for (size_t c = 0; c < row.size(); ++c) {
        const WrappedText &cell = *row.at(c);
        const double y = top + (rowHeight - cell.height()) / 2;
        cell.draw(painter, QPointF(m_edges.at(qsizetype(c)) + m_padX, y));
    }
    m_cursor.advance(rowHeight);
}
