#include "tablelayout.h"

#include <numeric>

namespace {

const double ShortHeaderShare = 0.15; // of the table's width: a header this short is not wrapped

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

// The widest of the text's lines on one line each, and its widest word or `word` if that
// is wider (a line no wider than it needs no splitting into words: linear time).
std::pair<double, double> measureText(const QString &text, bool bold, const TableLayout::Measure &measure,
                                      double word = 0)
{
    double line = 0;
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        const QString simplified = part.simplified();
        if (simplified.isEmpty())
            continue;
        const double whole = measure(simplified, bold);
        line = qMax(line, whole);
        if (whole <= word) // a word cannot be wider than its line
            continue;
        if (!simplified.contains(QLatin1Char(' '))) {
            word = qMax(word, whole);
            continue;
        }
        for (const QString &w : simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = qMax(word, measure(w, bold));
    }
    return {line, word};
}

} // namespace

TableLayout::Needs TableLayout::needs(const DocumentTable &table, qsizetype column, double padding, double shortHeader,
                                      const Measure &measure)
{
    Needs n;
    const DocumentTableColumn &c = table.columns.at(column);
    n.text = (c.alignment & Qt::AlignHorizontal_Mask) == Qt::AlignLeft ||
             (c.alignment & Qt::AlignHorizontal_Mask) == Qt::AlignJustify;
    for (const DocumentTableRow &row : table.rows) {
        if (column >= row.cells.size())
            continue;
        const auto [line, word] = measureText(row.cells.at(column), row.bold, measure, n.words);
        n.cells = qMax(n.cells, line);
        n.words = word;
    }
    const auto [headerLine, headerWord] = measureText(c.header, true, measure, n.words);
    n.words = headerWord + 2 * padding;
    // A short header ("Tổng điểm", "Ghi chú") stays on one line; a long one wraps.
    if (headerLine + 2 * padding <= shortHeader)
        n.words = qMax(n.words, headerLine + 2 * padding);
    n.cells = qMax(n.cells + 2 * padding, n.words);
    n.natural = qMax(n.cells, headerLine + 2 * padding);
    return n;
}

QList<double> TableLayout::between(const QList<double> &from, const QList<double> &to, double available)
{
    const double span = sum(to) - sum(from);
    const double fraction = span > 0 ? qBound(0.0, (available - sum(from)) / span, 1.0) : 0;
    QList<double> result;
    for (qsizetype i = 0; i < from.size(); ++i)
        result.append(from.at(i) + fraction * (to.at(i) - from.at(i)));
    return result;
}

QList<double> TableLayout::widths(const DocumentTable &table, double available, double padding, const Measure &measure)
{
    const qsizetype count = table.columns.size();
    if (count == 0)
        return {};
    QList<Needs> all;
    for (qsizetype c = 0; c < count; ++c)
        all.append(needs(table, c, padding, ShortHeaderShare * available, measure));

    // Narrowest without splitting a word: a number column's cells whole, a text column's
    // widest word. Then the cells on one line, then the headers too.
    QList<double> words, narrowest, cells, natural;
    for (const Needs &n : std::as_const(all)) {
        words.append(n.words);
        narrowest.append(n.text ? n.words : n.cells);
        cells.append(n.cells);
        natural.append(n.natural);
    }
    QList<double> result;
    if (sum(words) >= available) { // not even a word a line: scale the words down
        const double scale = available / sum(words);
        for (const double w : std::as_const(words))
            result.append(w * scale);
        return result;
    }
    if (sum(narrowest) >= available)
        result = between(words, narrowest, available);
    else if (sum(cells) >= available)
        result = between(narrowest, cells, available);
    else if (sum(natural) >= available)
        result = between(cells, natural, available);
    else {
        // Everything fits on one line: the room left goes to the text columns, in
        // proportion to their text (to every column when there is no text column).
        result = natural;
        double weight = 0;
        for (qsizetype c = 0; c < count; ++c)
            weight += all.at(c).text ? natural.at(c) : 0;
        const bool anyText = weight > 0;
        if (!anyText)
            weight = sum(natural);
        const double extra = available - sum(natural);
        for (qsizetype c = 0; c < count; ++c)
            if (!anyText || all.at(c).text)
                result[c] += extra * natural.at(c) / weight;
    }
    return result;
}
