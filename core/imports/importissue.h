#pragma once

#include <QString>

// One problem of an import file, where a spreadsheet shows it: row (the header is row
// 1) and column key. Printed as FILE:ROW:COLUMN: message.
struct ImportIssue
{
    int row = 0;     // 0: the file as a whole
    QString column;  // the column's key (unit_code, ind:CODE, ...); empty: the row or file
    QString message; // translated

    QString format(const QString &fileName) const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(row).arg(column, message);
    }
};
