#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace {
bool startsWith(const QByteArray &bytes, const char *bom, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.constData(), bom, size_t(size)) == 0;
}

// Decodes the bytes and names the encoding found; an empty name means they could not be decoded.
QString decode(const QByteArray &bytes, QString *encoding)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        *encoding = QStringLiteral("UTF-8 BOM");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (startsWith(bytes, "\xFF\xFE", 2)) {
        *encoding = QStringLiteral("UTF-16LE");
        QStringDecoder decoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    if (startsWith(bytes, "\xFE\xFF", 2)) {
        *encoding = QStringLiteral("UTF-16BE");
        QStringDecoder decoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder windows1258("windows-1258", QStringDecoder::Flag::Stateless);
    if (!windows1258.isValid()) {
        encoding->clear();
        return {};
    }
    *encoding = QStringLiteral("Windows-1258");
    return windows1258.decode(bytes);
}

// The delimiter the first record uses most outside quotes; comma when it uses none.
QChar detectDelimiter(const QChar *data, qsizetype size)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const TableRow &row)
{
    for (const QString &cell : row.cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}
} // namespace

TableReadResult CsvReader::read(const QByteArray &bytes)
{
    TableReadResult result;
    QString text = decode(bytes, &result.encoding);
    if (result.encoding.isEmpty()) {
        result.error = QCoreApplication::translate("TableReader", "The file's text encoding could not be read.");
        return result;
    }
    text = text.normalized(QString::NormalizationForm_C);

    const QChar *data = text.constData();
    const qsizetype size = text.size();
    const char16_t delimiter = detectDelimiter(data, size).unicode();
    result.delimiter = QChar(delimiter);

    qsizetype lines = 1;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].unicode() == u'\n')
            ++lines;
    }
    result.rows.reserve(lines);

    auto endsField = [delimiter](char16_t c) { return c == delimiter || c == u'\n' || c == u'\r'; };
    qsizetype width = 0;
    qsizetype i = 0;
    int number = 1;
    while (i < size) {
        TableRow row;
        row.number = number;
        row.cells.reserve(width);
        for (;;) {
            if (i < size && data[i].unicode() == u'"') {
                QString field;
                qsizetype start = ++i;
                for (;;) {
                    if (i >= size) {
                        result.rows.clear();
                        result.errorRow = number;
                        result.error = QCoreApplication::translate(
                                           "TableReader", "A quoted value that opens in row %1 is never closed.")
                                           .arg(number);
                        return result;
                    }
                    if (data[i].unicode() == u'"') {
                        field.append(data + start, i - start);
                        if (i + 1 < size && data[i + 1].unicode() == u'"') {
                            field.append(QLatin1Char('"'));
                            i += 2;
                            start = i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    ++i;
                }
                // Text after the closing quote is kept as it stands, as spreadsheets do.
                start = i;
                while (i < size && !endsField(data[i].unicode()))
                    ++i;
                field.append(data + start, i - start);
                row.cells.append(field);
            } else {
                const qsizetype start = i;
                while (i < size && !endsField(data[i].unicode()))
                    ++i;
                row.cells.append(QString(data + start, i - start));
            }
            if (i >= size)
                break;
            const char16_t c = data[i].unicode();
            ++i;
            if (c == delimiter)
                continue;
            if (c == u'\r' && i < size && data[i].unicode() == u'\n')
                ++i;
            break;
        }
        if (number == 1)
            width = row.cells.size();
        result.rows.append(std::move(row));
        ++number;
    }

    while (!result.rows.isEmpty() && isBlank(result.rows.constLast()))
        result.rows.removeLast();
    if (result.rows.isEmpty()) {
        result.error = QCoreApplication::translate("TableReader", "The file contains no rows.");
        return result;
    }
    for (TableRow &row : result.rows) {
        while (row.cells.size() < width)
            row.cells.append(QString());
    }
    return result;
}
