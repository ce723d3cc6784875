#pragma once

#include <QCoreApplication>
#include <QString>

// One problem of an import file, where a spreadsheet shows it: row (the header is row
// 1), column key, and for the clerk the column's letter and header and the row's unit.
// Printed as FILE:ROW:COLUMN: message (column C “Ngày nhận”, unit …), COLUMN the key.
struct ImportIssue
{
    ImportIssue(int rowNumber = 0, QString columnKey = {}, QString text = {})
        : row(rowNumber), column(std::move(columnKey)), message(std::move(text))
    {}

    int row = 0;     // 0: the file as a whole
    QString column;  // the column's key (unit_code, ind:CODE, ...); empty: the row or file
    QString message; // translated
    QString letter;  // the column's spreadsheet letter ("C"); empty when not one column
    QString label;   // the column's header as the file has it, without its [key]
    QString unit;    // the row's unit: its name, or what the row gives for it

    // Where the problem is, in words: "column C “Ngày nhận”, unit Thư viện tỉnh".
    QString place() const
    {
        QStringList parts;
        if (!letter.isEmpty())
            parts.append(label.isEmpty() || label == column
                             ? QCoreApplication::translate("ImportIssue", "column %1").arg(letter)
                             : QCoreApplication::translate("ImportIssue", "column %1 “%2”").arg(letter, label));
        if (!unit.isEmpty())
            parts.append(QCoreApplication::translate("ImportIssue", "unit %1").arg(unit));
        return parts.join(QStringLiteral(", "));
    }

    QString format(const QString &fileName) const
    {
        const QString where = place();
        return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(row).arg(column, message) +
               (where.isEmpty() ? QString() : QStringLiteral(" (") + where + QLatin1Char(')'));
    }
};
