#include "csvreader.h"

#include "formulaescape.h"
#include "textdecoder.h"

#include <QCoreApplication>

namespace {

// The delimiter the first record uses most outside quotes; comma when it uses none.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
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

// The record (row) that the end of `text` falls in: 1 + the line breaks outside quotes.
int recordAtEnd(QStringView text)
{
    int row = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))))
            ++row;
    }
    return row;
}

// NFC only when a character could change: text below U+0300 is always NFC.
void addField(TableReadResult &result, qsizetype column, QStringView field)
{
    field = FormulaEscape::unescaped(field);
    for (const QChar c : field) {
        if (c.unicode() >= 0x300) {
            result.addCell(column, field.toString().normalized(QString::NormalizationForm_C));
            return;
        }
    }
    result.addCell(column, field);
}

class Parser
{
public:
    Parser(QStringView text, char16_t delimiter, TableReadResult &result)
        : m_text(text), m_delimiter(delimiter), m_result(result)
    {}

    // Reads every record; false (with the result's error) when the file cannot be read.
    bool run()
    {
        int number = 1;
        while (m_i < m_text.size()) {
            m_result.beginRow(number);
            if (!readRecord(number))
                return false;
            m_result.endRow();
            ++number;
        }
        return true;
    }

private:
    bool endsField(char16_t c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    bool readRecord(int number)
    {
        for (qsizetype column = 0;; ++column) {
            if (column >= CsvReader::MaxColumns) {
                m_result.fail(QCoreApplication::translate("TableReader",
                                                          "Row %1 has more than %2 columns, the most a worksheet has; "
                                                          "the file is not a table the program can read.")
                                  .arg(number)
                                  .arg(CsvReader::MaxColumns),
                              number);
                return false;
            }
            if (m_i < m_text.size() && m_text[m_i] == u'"') {
                if (!readQuoted(number, column))
                    return false;
            } else {
                const qsizetype start = m_i;
                while (m_i < m_text.size() && !endsField(m_text[m_i].unicode()))
                    ++m_i;
                addField(m_result, column, m_text.sliced(start, m_i - start));
            }
            if (m_i >= m_text.size())
                return true;
            const char16_t c = m_text[m_i++].unicode();
            if (c == m_delimiter)
                continue;
            if (c == u'\r' && m_i < m_text.size() && m_text[m_i] == u'\n')
                ++m_i;
            return true;
        }
    }

    bool readQuoted(int number, qsizetype column)
    {
        qsizetype start = ++m_i;
        bool doubled = false;
        for (;; ++m_i) {
            if (m_i >= m_text.size()) {
                m_result.fail(
                    QCoreApplication::translate("TableReader", "A quoted value that opens in row %1 is never closed.")
                        .arg(number),
                    number);
                return false;
            }
            if (m_text[m_i] != u'"')
                continue;
            if (m_i + 1 < m_text.size() && m_text[m_i + 1] == u'"') {
                doubled = true;
                ++m_i;
                continue;
            }
            break;
        }
        const QStringView inside = m_text.sliced(start, m_i - start);
        ++m_i;
        // Text after the closing quote is kept as it stands, as spreadsheets do.
        start = m_i;
        while (m_i < m_text.size() && !endsField(m_text[m_i].unicode()))
            ++m_i;
        const QStringView after = m_text.sliced(start, m_i - start);
        if (!doubled && after.isEmpty()) {
            addField(m_result, column, inside);
            return true;
        }
        QString field = inside.toString();
        field.replace(QLatin1String("\"\""), QLatin1String("\""));
        field.append(after);
        addField(m_result, column, field);
        return true;
    }

    const QStringView m_text;
    const char16_t m_delimiter;
    TableReadResult &m_result;
    qsizetype m_i = 0;
};

} // namespace

TableReadResult CsvReader::read(const QByteArray &bytes)
{
    TableReadResult result;
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    result.encoding = decoded.encoding;
    if (decoded.badByte >= 0) {
        const int row = recordAtEnd(decoded.text);
        result.fail(decoded.encoding.startsWith(QLatin1String("UTF-8"))
                        ? QCoreApplication::translate("TableReader",
                                                      "Row %1 is not valid UTF-8 text (byte %2 of the file); save "
                                                      "the file again as CSV UTF-8.")
                              .arg(row)
                              .arg(decoded.badByte + 1)
                    : decoded.encoding.startsWith(QLatin1String("UTF-16"))
                        ? QCoreApplication::translate("TableReader",
                                                      "Row %1 is not valid UTF-16 text (byte %2 of the file); save "
                                                      "the file again as CSV UTF-8.")
                              .arg(row)
                              .arg(decoded.badByte + 1)
                        : QCoreApplication::translate("TableReader",
                                                      "Row %1 holds bytes that are neither UTF-8 nor Windows-1258 "
                                                      "text (byte %2 of the file); save the file again as CSV UTF-8.")
                              .arg(row)
                              .arg(decoded.badByte + 1),
                    row);
        return result;
    }
    const QString text = std::move(decoded.text);
    result.delimiter = detectDelimiter(text);
    result.reserveText(text.size());
    Parser parser(text, result.delimiter.unicode(), result);
    if (!parser.run())
        return result;
    if (result.isEmpty()) {
        result.fail(QCoreApplication::translate("TableReader", "The file contains no rows."));
        return result;
    }
    result.squeeze();
    return result;
}
