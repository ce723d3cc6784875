#pragma once

#include <QStringList>

// One row of a document table: one string per column (missing cells are blank, extra
// ones ignored). A bold row is a total or a group line.
struct DocumentTableRow
{
    QStringList cells;
    bool bold = false;
};
