#include "odsreader.h"

#include "xlsxpackage.h"
#include "zippartdevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <cmath>

namespace {

QString numberText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString cleanText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x300)
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

// The text of a cell's paragraphs (<text:p>), joined by line breaks, with <text:s>
// spaces, tabs and line breaks. The reader stands on the cell's start. Without recursion.
QString readCellText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    int paragraphs = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"p" && paragraphs++ > 0)
                text += QLatin1Char('\n');
            else if (name == u"s")
                text +=
                    QString(qBound(1, xml.attributes().value(QLatin1String("text:c")).toInt(), 1000), QLatin1Char(' '));
            else if (name == u"tab")
                text += QLatin1Char('\t');
            else if (name == u"line-break")
                text += QLatin1Char('\n');
            else if (name == u"annotation") { // a comment, not the cell's text
                xml.skipCurrentElement();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
        } else if (token == QXmlStreamReader::Characters && depth > 0) {
            text += xml.text();
        }
    }
    return text;
}

// A cell's value as text: the value attributes for numbers, dates and booleans (a
// formula's too: they hold what it last showed), else its text.
QString readCell(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QStringView type = a.value(QLatin1String("office:value-type"));
    QString value;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        bool ok = false;
        const double number = a.value(QLatin1String("office:value")).toDouble(&ok);
        if (ok && std::isfinite(number))
            value = numberText(number);
    } else if (type == u"date") {
        value = a.value(QLatin1String("office:date-value")).left(10).toString();
    } else if (type == u"boolean") {
        value = a.value(QLatin1String("office:boolean-value")) == u"true" ? QStringLiteral("TRUE")
                                                                          : QStringLiteral("FALSE");
    }
    const QString text = readCellText(xml);
    return cleanText(value.isEmpty() ? text : value);
}

struct SheetReader
{
    XlsxPackage &package;
    QXmlStreamReader &xml;
    qint64 copies = 0; // cells made by repeating another, over the whole file

    // Counts `count` more repeated cells; false (with the error) past the limit.
    bool repeat(qint64 count, int rowNumber)
    {
        copies += count;
        if (copies <= OdsReader::MaxRepeatedCells)
            return true;
        return fail(QCoreApplication::translate("TableReader",
                                                "Row %1 repeats its cells more than %2 times in all; the file is not a "
                                                "table the program can read.")
                        .arg(rowNumber)
                        .arg(OdsReader::MaxRepeatedCells));
    }

    bool fail(const QString &error) { return package.fail(error); }

    // Reads one <table:table-row> (repeated as it says) into `result`.
    bool readRow(int *rowNumber, TableReadResult *result)
    {
        const int repeated = std::max(1, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt());
        QList<std::pair<int, QString>> cells;
        int column = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"table-cell" && xml.name() != u"covered-table-cell") {
                xml.skipCurrentElement();
                continue;
            }
            const int times =
                std::max(1, xml.attributes().value(QLatin1String("table:number-columns-repeated")).toInt());
            const QString text = readCell(xml);
            if (!text.isEmpty()) {
                if (qint64(column) + times > XlsxReader::MaxColumns)
                    return fail(QCoreApplication::translate(
                                    "TableReader",
                                    "Row %1 has a cell beyond column XFD, the last of the %2 columns a worksheet "
                                    "has; the file is not a table the program can read.")
                                    .arg(*rowNumber)
                                    .arg(XlsxReader::MaxColumns));
                if (times > 1 && !repeat(times - 1, *rowNumber))
                    return false;
                for (int i = 0; i < times; ++i)
                    cells.append({column + i, text});
            }
            column = int(std::min<qint64>(qint64(column) + times, XlsxReader::MaxColumns + 1));
        }
        if (!cells.isEmpty() && repeated > OdsReader::MaxRepeatedRows)
            return fail(QCoreApplication::translate(
                            "TableReader", "Row %1 is repeated %2 times; the file is not a table the program can read.")
                            .arg(*rowNumber)
                            .arg(repeated));
        if (!cells.isEmpty() && repeated > 1 && !repeat(qint64(repeated - 1) * cells.size(), *rowNumber))
            return false;
        for (int r = 0; r < (cells.isEmpty() ? 0 : repeated); ++r) {
            result->beginRow(*rowNumber + r);
            for (const auto &[c, text] : std::as_const(cells))
                result->addCell(c, text);
            result->endRow();
        }
        *rowNumber += std::min(repeated, 1 << 21);
        return true;
    }

    // Reads the <table:table> the reader stands on.
    bool readTable(TableReadResult *result)
    {
        int rowNumber = 1;
        int depth = 0; // inside row groups and header rows
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"table-row") {
                    if (!readRow(&rowNumber, result))
                        return false;
                } else if (xml.name() == u"table-row-group" || xml.name() == u"table-header-rows" ||
                           xml.name() == u"table-rows") {
                    ++depth;
                } else {
                    xml.skipCurrentElement();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    return true;
                --depth;
            }
        }
        return true;
    }
};

} // namespace

TableReadResult OdsReader::read(const QString &path, const XlsxReader::Accept &accept)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TableReadResult result;
        result.encoding = QStringLiteral("ODS");
        result.fail(QCoreApplication::translate("TableReader", "The file %1 cannot be opened: %2.")
                        .arg(QFileInfo(path).fileName(), file.errorString()));
        return result;
    }
    return read(file, accept);
}

TableReadResult OdsReader::read(QIODevice &device, const XlsxReader::Accept &accept)
{
    TableReadResult failed;
    failed.encoding = QStringLiteral("ODS");
    XlsxPackage package(device);
    const QString part = QStringLiteral("content.xml");
    if (!package.open() || !package.contains(part)) {
        failed.fail(QCoreApplication::translate(
            "TableReader", "The file is not an OpenDocument spreadsheet (.ods), or it is damaged."));
        return failed;
    }
    if (!package.openPart(part)) { // refused before unpacking, as too large
        failed.fail(package.error());
        return failed;
    }
    ZipPartDevice partDevice(package.zip());
    QXmlStreamReader xml(&partDevice);
    SheetReader reader{package, xml};
    TableReadResult first;
    bool haveFirst = false;
    bool ok = true;
    while (ok && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"table" ||
            xml.namespaceUri() != u"urn:oasis:names:tc:opendocument:xmlns:table:1.0")
            continue;
        const QString name = xml.attributes().value(QLatin1String("table:name")).toString();
        TableReadResult sheet;
        sheet.encoding = failed.encoding;
        ok = reader.readTable(&sheet);
        if (!ok)
            break;
        if (sheet.isEmpty())
            sheet.fail(QCoreApplication::translate("TableReader", "The worksheet %1 contains no rows.").arg(name));
        if (!accept || (sheet.ok() && accept(sheet))) {
            package.closePart(part, partDevice.failed());
            sheet.squeeze();
            return sheet;
        }
        if (!haveFirst) {
            first = std::move(sheet);
            haveFirst = true;
        }
    }
    const bool readFailed = partDevice.failed();
    if (!package.closePart(part, readFailed) || !ok || package.xmlFailed(xml, part)) {
        failed.fail(package.error());
        return failed;
    }
    if (!haveFirst) {
        failed.fail(QCoreApplication::translate("TableReader", "The workbook has no worksheet."));
        return failed;
    }
    first.squeeze();
    return first;
}
