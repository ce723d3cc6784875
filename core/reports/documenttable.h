#pragma once

#include "documenttablecolumn.h"
#include "documenttablerow.h"

#include <QList>

// A table across the text width: a bold centred header row that is repeated at the
// top of every page the table reaches, and rows that wrap their cells and never split
// across pages.
struct DocumentTable
{
    QList<DocumentTableColumn> columns;
    QList<DocumentTableRow> rows;
};
