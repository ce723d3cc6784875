#pragma once

#include <QStringList>

// One row of a table read from a file. number is the row as a spreadsheet shows it
// (the header is row 1 in a CSV file; an XLSX row keeps the sheet's own number).
struct TableRow
{
    int number = 0;
    QStringList cells;
};
