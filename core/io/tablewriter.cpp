#include "tablewriter.h"

#include "formulaescape.h"

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

QString jsonString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString csvField(const QString &raw)
{
    const QString value = FormulaEscape::escaped(raw);
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
        // Written directly, one object per line: QJsonDocument is several times slower
        // for tens of thousands of rows, and the text is the same JSON.
        QString out = QStringLiteral("[");
        QStringList keys;
        for (const QString &key : m_keys)
            keys.append(jsonString(key) + QLatin1Char(':'));
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const QStringList &row = m_rows.at(r);
            out += r == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (i > 0)
                    out += QLatin1Char(',');
                out += keys.at(i) + jsonString(i < row.size() ? row.at(i) : QString());
            }
            out += QLatin1Char('}');
        }
        out += m_rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
        return out.toUtf8();
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
