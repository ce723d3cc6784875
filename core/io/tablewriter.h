#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

// Writes a table for machines in one of the stable formats of the command line:
// tsv (a header line of keys, tab-separated, tabs and newlines in values as spaces),
// csv (RFC 4180, UTF-8, quoted where needed, formulas neutralised as FormulaEscape says:
// a CSV may be opened in a spreadsheet program) or json (an array of objects by key).
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    enum class Format
    {
        Tsv,
        Csv,
        Json
    };

    static std::optional<Format> formatFromName(const QString &name);

    TableWriter(Format format, QStringList keys);

    void addRow(const QStringList &values);
    QByteArray toUtf8() const;

private:
    Format m_format;
    QStringList m_keys;
    QList<QStringList> m_rows;
};
