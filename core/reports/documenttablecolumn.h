#pragma once

#include <QString>

// One column of a document table: header text and the horizontal alignment of its
// cells. Its width comes from what it holds (TableLayout): a left-aligned column is
// text and takes a share of the room left over; a centred or right-aligned one (numbers,
// short words) is as wide as its widest cell, its header wrapping between words.
struct DocumentTableColumn
{
    QString header;
    Qt::Alignment alignment = Qt::AlignLeft;
};
