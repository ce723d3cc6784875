#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<TableWriter::Format> TableWriter::formatFromName(const QString &name)
{
    if (name == QLatin1String("tsv"))
        return Format::Tsv;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

TableWriter::TableWriter(Format format, QStringList keys) : m_format(format), m_keys(std::move(keys)) {}

void TableWriter::addRow(const QStringList &values)
{
    m_rows.append(values);
}

namespace {
QString tsvField(QString value)
{
    return value.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QByteArray TableWriter::toUtf8() const
{
    if (m_format == Format::Json) {
        QJsonArray array;
        for (const QStringList &row : m_rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                object.insert(m_keys.at(i), i < row.size() ? row.at(i) : QString());
            array.append(object);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    const bool csv = m_format == Format::Csv;
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("\t");
    const QString newline = csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString out;
    auto line = [&](const QStringList &values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &v : values)
            fields.append(csv ? csvField(v) : tsvField(v));
        out += fields.join(separator) + newline;
    };
    line(m_keys);
    for (const QStringList &row : m_rows)
        line(row);
    return out.toUtf8();
}
