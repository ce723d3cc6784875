#include "xlsxreader.h"

#include "xlsxpackage.h"
#include "zippartdevice.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace {
struct Relationship
{
    QString id;
    QString type;
    QString target;
};

struct Sheet
{
    QString name;
    QString relationshipId;
    bool hidden = false;
};

struct Workbook
{
    QList<Sheet> sheets;
    bool date1904 = false;
};

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString joined(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + QLatin1Char('/') + name;
}

// "xl/workbook.xml" has its relationships in "xl/_rels/workbook.xml.rels".
QString relationshipsPartOf(const QString &part)
{
    const QString directory = directoryOf(part);
    const QString name = directory.isEmpty() ? part : part.mid(directory.size() + 1);
    return joined(directory, QStringLiteral("_rels/") + name + QStringLiteral(".rels"));
}

// A relationship's target is relative to the directory of the part that owns the
// relationships part, or absolute from the package root.
QString resolve(const QString &relationshipsPart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(joined(directoryOf(directoryOf(relationshipsPart)), target));
}

bool isType(const Relationship &relationship, QStringView kind)
{
    const QString &type = relationship.type;
    return type.endsWith(kind) && type.size() > kind.size() && type.at(type.size() - kind.size() - 1) == u'/';
}

// The worksheets in workbook order, visible ones first (chart sheets are left out).
QList<const Sheet *> worksheets(const Workbook &workbook, const QList<Relationship> &relationships)
{
    QList<const Sheet *> visible;
    QList<const Sheet *> hidden;
    for (const Sheet &sheet : workbook.sheets) {
        for (const Relationship &relationship : relationships) {
            if (relationship.id == sheet.relationshipId && isType(relationship, u"worksheet"))
                (sheet.hidden ? hidden : visible).append(&sheet);
        }
    }
    return visible + hidden;
}

QString targetOf(const QList<Relationship> &relationships, const QString &id)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.id == id)
            return relationship.target;
    }
    return {};
}

// Reads a relationships part; a missing one is an empty list.
bool readRelationships(XlsxPackage &package, const QString &part, QList<Relationship> *relationships)
{
    if (!package.contains(part))
        return true;
    QByteArray data;
    if (!package.read(part, &data))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                continue;
            relationships->append({attributes.value(QLatin1String("Id")).toString(),
                                   attributes.value(QLatin1String("Type")).toString(),
                                   resolve(part, attributes.value(QLatin1String("Target")).toString())});
        }
    }
    return !package.xmlFailed(xml, part);
}

// The text of the <t> elements inside a shared string, inline string or rich-text runs,
// leaving out phonetic runs (<rPh>). The reader stands on the start of the element.
// Without recursion: a hostile file may nest elements a million deep.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;    // below the starting element
    int phonetic = 0; // the depth of the <rPh> being skipped; 0: none
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (phonetic == 0 && xml.name() == u"t") {
                text += xml.readElementText();
                continue;
            }
            ++depth;
            if (phonetic == 0 && xml.name() == u"rPh")
                phonetic = depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            if (depth == phonetic)
                phonetic = 0;
            --depth;
        }
    }
    return text;
}

// OOXML escapes characters that XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// NFC only when a character could change: text below U+0300 is always NFC.
QString cleanText(const QString &text)
{
    QString clean = unescape(text);
    for (const QChar c : std::as_const(clean)) {
        if (c.unicode() >= 0x300)
            return clean.normalized(QString::NormalizationForm_C);
    }
    return clean;
}

// True when a number format code shows a date: it has day, month or year placeholders
// outside quoted text, escapes and [brackets], and "m" is not the minutes of a time.
bool isDateCode(const QString &code)
{
    bool day = false;
    bool month = false;
    bool year = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            i = code.indexOf(QLatin1Char('"'), i + 1);
            if (i < 0)
                break;
        } else if (c == QLatin1Char('[')) {
            i = code.indexOf(QLatin1Char(']'), i + 1);
            if (i < 0)
                break;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('d')) {
            day = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        } else if (c == QLatin1Char('y')) {
            year = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        }
    }
    return day || year || (month && !time);
}

// For each cell format (the s attribute of a cell), whether it shows a date.
bool readDateStyles(XlsxPackage &package, const QString &part, QList<bool> *dateStyles)
{
    QByteArray data;
    if (!package.read(part, &data))
        return false;
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    bool inCellFormats = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt")
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                     attributes.value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellFormats = true;
            else if (xml.name() == u"xf" && inCellFormats)
                formatIds.append(attributes.value(QLatin1String("numFmtId")).toInt());
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellFormats = false;
        }
    }
    if (package.xmlFailed(xml, part))
        return false;
    dateStyles->reserve(formatIds.size());
    for (const int id : formatIds) {
        const auto custom = customFormats.constFind(id);
        if (custom != customFormats.constEnd())
            dateStyles->append(isDateCode(custom.value()));
        else
            dateStyles->append((id >= 14 && id <= 22) || (id >= 45 && id <= 47));
    }
    return true;
}

bool readSharedStrings(XlsxPackage &package, const QString &part, QStringList *strings)
{
    if (!package.openPart(part))
        return false;
    ZipPartDevice device(package.zip());
    QXmlStreamReader xml(&device);
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"si")
                strings->append(cleanText(readRichText(xml)));
            else
                xml.skipCurrentElement();
        }
    }
    const bool readFailed = device.failed();
    if (!package.closePart(part, readFailed) || package.xmlFailed(xml, part)) {
        strings->clear();
        return false;
    }
    return true;
}

bool readWorkbook(XlsxPackage &package, const QString &part, Workbook *workbook)
{
    QByteArray data;
    if (!package.read(part, &data))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            workbook->date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            Sheet sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            // r:id, whatever the prefix and namespace (transitional or strict OOXML).
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id")
                    sheet.relationshipId = attribute.value().toString();
            }
            workbook->sheets.append(sheet);
        }
    }
    return !package.xmlFailed(xml, part);
}

// The zero-based column of a cell reference such as "C5"; -1 when it has no letters, -2
// when its letters go past XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (column > XlsxReader::MaxColumns)
            return -2;
    }
    return column - 1;
}

QString numberText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// An Excel date serial as an ISO date; empty when out of range. In the 1900 system Excel
// counts the non-existent 29 February 1900, so serials before it start a day later.
QString dateText(double serial, bool date1904)
{
    if (!(serial >= 0 && serial < 2958466))
        return {};
    const qint64 days = qint64(std::floor(serial));
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(days).toString(Qt::ISODate);
}

struct CellContext
{
    const QStringList &sharedStrings;
    const QList<bool> &dateStyles;
    bool date1904;
};

// Reads a <c> element and returns its value as text. The reader stands on its start.
QString readCell(QXmlStreamReader &xml, const CellContext &context)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = readRichText(xml);
        else
            xml.skipCurrentElement();
    }
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok ? context.sharedStrings.value(index) : QString();
    }
    if (type == u"inlineStr")
        return cleanText(inlineText);
    if (type == u"str" || type == u"e")
        return cleanText(value);
    if (type == u"b")
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"d")
        return value.size() >= 10 && value.at(4) == QLatin1Char('-') ? value.left(10) : value;
    if (value.isEmpty())
        return value;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (context.dateStyles.value(style)) {
        const QString date = dateText(number, context.date1904);
        if (!date.isEmpty())
            return date;
    }
    return numberText(number);
}

QString beyondLastColumn(int row)
{
    return QCoreApplication::translate("TableReader",
                                       "Row %1 has a cell beyond column XFD, the last of the %2 columns a worksheet "
                                       "has; the file is not a table the program can read.")
        .arg(row)
        .arg(XlsxReader::MaxColumns);
}

// Reads the cells of one <row> into the result. The reader stands on its start.
bool readRow(XlsxPackage &package, QXmlStreamReader &xml, const CellContext &context, int rowNumber,
             TableReadResult *result)
{
    result->beginRow(rowNumber);
    int column = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView reference = xml.attributes().value(QLatin1String("r"));
        int referenced = reference.isEmpty() ? -1 : columnOf(reference);
        if (referenced == -1)
            referenced = column + 1;
        if (referenced < 0 || referenced >= XlsxReader::MaxColumns)
            return package.fail(beyondLastColumn(rowNumber));
        column = referenced;
        result->addCell(column, readCell(xml, context));
    }
    result->endRow();
    return true;
}

bool readWorksheet(XlsxPackage &package, const QString &part, const CellContext &context, TableReadResult *result,
                   const XlsxReader::Stop &stop)
{
    if (!package.openPart(part))
        return false;
    ZipPartDevice device(package.zip());
    QXmlStreamReader xml(&device);
    bool rowsRead = true;
    bool stopped = false; // the caller refuses the file for its first rows: the rest is not read
    while (!xml.atEnd() && rowsRead && !stopped) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"sheetData")
            continue;
        int rowNumber = 0;
        while (rowsRead && !stopped && xml.readNextStartElement()) {
            if (xml.name() != u"row") {
                xml.skipCurrentElement();
                continue;
            }
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok && r > 0 ? r : rowNumber + 1;
            rowsRead = readRow(package, xml, context, rowNumber, result);
            stopped = rowsRead && stop && result->rowCount() == XlsxReader::HeadRows && stop(*result);
        }
    }
    const bool readFailed = device.failed();
    return package.closePart(part, readFailed) && rowsRead && !package.xmlFailed(xml, part);
}
} // namespace

TableReadResult XlsxReader::read(const QString &path, const Accept &accept, const Stop &stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TableReadResult result;
        result.encoding = QStringLiteral("XLSX");
        result.fail(QCoreApplication::translate("TableReader", "The file %1 cannot be opened: %2.")
                        .arg(QFileInfo(path).fileName(), file.errorString()));
        return result;
    }
    return read(file, accept, stop);
}

TableReadResult XlsxReader::read(QIODevice &device, const Accept &accept, const Stop &stop)
{
    TableReadResult result;
    result.encoding = QStringLiteral("XLSX");
    auto failed = [&result](const QString &error) {
        result.fail(error);
        return result;
    };
    XlsxPackage package(device);
    if (!package.open())
        return failed(package.error());

    QList<Relationship> packageRelationships;
    if (!readRelationships(package, QStringLiteral("_rels/.rels"), &packageRelationships))
        return failed(package.error());
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : std::as_const(packageRelationships)) {
        if (isType(relationship, u"officeDocument"))
            workbookPart = relationship.target;
    }
    if (!package.contains(workbookPart))
        return failed(XlsxPackage::notAWorkbook());

    Workbook workbook;
    QList<Relationship> relationships;
    if (!readWorkbook(package, workbookPart, &workbook) ||
        !readRelationships(package, relationshipsPartOf(workbookPart), &relationships))
        return failed(package.error());

    const QList<const Sheet *> sheets = worksheets(workbook, relationships);
    if (sheets.isEmpty() || !package.contains(targetOf(relationships, sheets.first()->relationshipId)))
        return failed(QCoreApplication::translate("TableReader", "The workbook has no worksheet."));

    QStringList sharedStrings;
    QList<bool> dateStyles;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (isType(relationship, u"sharedStrings") && !readSharedStrings(package, relationship.target, &sharedStrings))
            return failed(package.error());
        if (isType(relationship, u"styles") && !readDateStyles(package, relationship.target, &dateStyles))
            return failed(package.error());
    }

    // The first sheet `accept` takes; when it takes none, the first sheet as it was read.
    const CellContext context{sharedStrings, dateStyles, workbook.date1904};
    TableReadResult first;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const Sheet *sheet = sheets.at(i);
        const QString sheetPart = targetOf(relationships, sheet->relationshipId);
        TableReadResult sheetResult;
        sheetResult.encoding = result.encoding;
        const Stop stopHere =
            !stop ? Stop() : [&](const TableReadResult &head) { return (!accept || accept(head)) && stop(head); };
        if (!package.contains(sheetPart) || !readWorksheet(package, sheetPart, context, &sheetResult, stopHere)) {
            if (i == 0)
                return failed(package.error().isEmpty()
                                  ? QCoreApplication::translate("TableReader", "The workbook has no worksheet.")
                                  : package.error());
            break; // a later sheet that cannot be read: the first one stands
        }
        if (sheetResult.isEmpty())
            sheetResult.fail(
                QCoreApplication::translate("TableReader", "The worksheet %1 contains no rows.").arg(sheet->name));
        if (!accept || (sheetResult.ok() && accept(sheetResult))) {
            sheetResult.squeeze();
            return sheetResult;
        }
        if (i == 0)
            first = std::move(sheetResult);
    }
    first.squeeze();
    return first;
}
