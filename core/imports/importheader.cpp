#include "importheader.h"

#include "io/tablereadresult.h"

#include <QMap>
#include <QSet>

QString ImportHeader::keyOf(const QString &header)
{
    const QString h = header.trimmed();
    if (h.endsWith(QLatin1Char(']'))) {
        const qsizetype open = h.lastIndexOf(QLatin1Char('['));
        if (open >= 0)
            return h.mid(open + 1, h.size() - open - 2).trimmed();
    }
    return h;
}

QString ImportHeader::labelOf(const QString &header)
{
    const QString h = header.trimmed();
    const QString key = keyOf(h);
    if (h.endsWith(QLatin1Char(']'))) {
        const QString label = h.left(h.lastIndexOf(QLatin1Char('['))).trimmed();
        if (!label.isEmpty())
            return label;
    }
    return key;
}

QString ImportHeader::columnLetter(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

QList<std::pair<qsizetype, int>> ImportHeader::columnsWithoutHeader(const TableReadResult &table)
{
    if (table.isEmpty())
        return {};
    QSet<qsizetype> named;
    const TableRow header = table.row(0);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!keyOf(header.textAt(i)).isEmpty())
            named.insert(header.columnAt(i));
    }
    QMap<qsizetype, int> firstRow;
    for (qsizetype r = 1; r < table.rowCount(); ++r) {
        const TableRow row = table.row(r);
        for (qsizetype i = 0; i < row.size(); ++i) {
            const qsizetype column = row.columnAt(i);
            if (!named.contains(column) && !firstRow.contains(column) && !row.textAt(i).trimmed().isEmpty())
                firstRow.insert(column, row.number());
        }
    }
    QList<std::pair<qsizetype, int>> columns;
    for (auto it = firstRow.cbegin(); it != firstRow.cend(); ++it)
        columns.append({it.key(), it.value()});
    return columns;
}

qsizetype ImportHeader::findHeaderRow(const TableReadResult &table, const std::function<bool(const QString &)> &isKey)
{
    for (qsizetype r = 0; r < std::min(table.rowCount(), HeaderSearchRows); ++r) {
        const TableRow row = table.row(r);
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (isKey(keyOf(row.textAt(i))))
                return r;
        }
    }
    return -1;
}
