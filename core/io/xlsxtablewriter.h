#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Writes one table as an XLSX workbook: a bold, frozen header row with an autofilter,
// text cells as strings (codes keep their leading zeros, dates stay text), and numbers in
// numeric columns as numbers. The workbook is written beside the target under a temporary
// name and renamed over it only when complete, so a failure never leaves a partial file.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    struct Column
    {
        QString header;
        // In characters; 0 sizes the column from its content.
        double width = 0;
        // Cells that parse as a number ("7,5" or "7.5") are written as numbers.
        bool numeric = false;
    };

    // The most characters a worksheet cell holds; a longer text is refused, never cut.
    static constexpr qsizetype MaxCellLength = 32767;

    static bool write(const QString &path, const QString &sheetName, const QList<Column> &columns,
                      const QList<QStringList> &rows, QString *error);
};
