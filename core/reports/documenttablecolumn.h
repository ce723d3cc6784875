#pragma once

#include <QString>

// One column of a document table: header text, width relative to the other columns
// (the table always spans the text width) and the horizontal alignment of its cells.
struct DocumentTableColumn
{
    QString header;
    double width = 1;
    Qt::Alignment alignment = Qt::AlignLeft;
};
