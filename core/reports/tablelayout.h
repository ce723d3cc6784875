#pragma once

#include "documenttable.h"

#include <QList>
#include <QString>

#include <functional>

// The widths of a document table's columns, from what they hold, as a browser sizes an
// automatic table: no word is split while the words fit; a centred or right-aligned
// column (numbers, classes, short words) is as narrow as its widest cell on one line
// allows, its header wrapping between words unless it is short (up to 15 % of the width:
// "Tổng điểm", "Ghi chú" stay whole); left-aligned (text) columns share the rest
// in proportion to their text. Only when even one word a line cannot fit are the
// narrowest widths scaled down. Used by the PDF renderer and the ODT writer alike.
class TableLayout
{
public:
    // The width a text takes on one line in the table's font (bold for the header and
    // for bold rows), in the caller's unit.
    using Measure = std::function<double(const QString &text, bool bold)>;

    // Widths summing to `available`; `padding` is added on each side of every cell.
    static QList<double> widths(const DocumentTable &table, double available, double padding, const Measure &measure);

private:
    struct Needs
    {
        double words = 0;   // the widest word: narrower splits a word
        double cells = 0;   // the widest cell on one line (a text column's header: its widest word)
        double natural = 0; // also the header on one line
        bool text = false;  // left-aligned: takes a share of the rest
    };
    static Needs needs(const DocumentTable &table, qsizetype column, double padding, double shortHeader,
                       const Measure &measure);
    // Each column from `from` towards `to` by the same fraction, so that they sum to available.
    static QList<double> between(const QList<double> &from, const QList<double> &to, double available);
};
