#include "odtcontentfixups.h"

#include "io/odtnamespaces.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamWriter>

#include <optional>
#include <utility>

namespace {

const QString KeepRowStyle = QStringLiteral("xhhtRow");

QString millimetres(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QXmlStreamAttributes without(const QXmlStreamAttributes &attributes, const QList<std::pair<QString, QString>> &names)
{
    QXmlStreamAttributes kept;
    for (const QXmlStreamAttribute &attribute : attributes)
        if (!names.contains(std::pair(attribute.namespaceUri().toString(), attribute.name().toString())))
            kept.append(attribute);
    return kept;
}

// Whether the reader is at an element of that name.
bool is(const QXmlStreamReader &reader, const QString &ns, const char *name)
{
    return reader.namespaceUri() == ns && reader.name() == QLatin1String(name);
}

} // namespace

struct OdtContentFixups::Copy
{
    Copy(const QByteArray &content, QByteArray *out) : reader(content), writer(out) {}

    QXmlStreamReader reader;
    QXmlStreamWriter writer;
    QString style; // the style being copied
    QString table; // the style of the table being copied
    bool headerOpen = false;
    bool headerDone = false;
    int tab = 0; // 1: inside a deferred <text:tab/>, 2: just after it
    QString tabSpace;
    std::optional<QXmlStreamAttributes> deferredParagraph;
};

OdtContentFixups::OdtContentFixups(const QTextDocument &text)
{
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QString style = QStringLiteral("p%1").arg(block.blockFormatIndex());
        if (format.hasProperty(MasterPage))
            m_masterPages.insert(style, format.stringProperty(MasterPage));
        if (format.boolProperty(KeepWithNext))
            m_keepWithNext.insert(style);
        if (format.boolProperty(Drop) && block.length() == 1)
            m_dropped.insert(style);
    }
    collectTables(text.rootFrame());
}

void OdtContentFixups::collectTables(const QTextFrame *frame)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (const QTextFrame *child : children) {
        if (const auto *table = qobject_cast<const QTextTable *>(child)) {
            const QTextTableFormat format = table->format();
            TableFix fix;
            fix.widthMm = format.doubleProperty(TableWidthMm);
            fix.headerRow = format.headerRowCount() > 0;
            fix.breakBefore = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            fix.topPt = format.topMargin() / PxPerPt;
            m_tables.insert(QStringLiteral("Table%1").arg(table->formatIndex()), fix);
        }
        collectTables(child);
    }
}

QByteArray OdtContentFixups::apply(const QByteArray &content) const
{
    QByteArray out;
    Copy copy(content, &out);
    while (!copy.reader.atEnd()) {
        const QXmlStreamReader::TokenType token = copy.reader.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (takeTab(copy, token) || takeDeferredParagraph(copy, token))
            continue;
        if (token == QXmlStreamReader::StartElement && (copyStyleStart(copy) || copyBodyStart(copy)))
            continue;
        if (token == QXmlStreamReader::EndElement && copyEnd(copy))
            continue;
        copy.writer.writeCurrentToken(copy.reader);
    }
    return copy.reader.hasError() ? QByteArray() : out;
}

// Qt writes a <text:tab/> before each line break: a tab is held back until the token
// after it (white space aside) shows whether a line break follows, and is then left
// out or written. Returns true if the token is taken.
bool OdtContentFixups::takeTab(Copy &copy, QXmlStreamReader::TokenType token)
{
    if (copy.tab == 1 && token == QXmlStreamReader::EndElement) {
        copy.tab = 2;
        return true;
    }
    if (copy.tab == 2) {
        if (token == QXmlStreamReader::Characters && copy.reader.isWhitespace()) {
            copy.tabSpace += copy.reader.text();
            return true;
        }
        if (!(token == QXmlStreamReader::StartElement && is(copy.reader, OdtNamespaces::Text, "line-break"))) {
            copy.writer.writeEmptyElement(OdtNamespaces::Text, QStringLiteral("tab"));
            copy.writer.writeCharacters(copy.tabSpace);
        }
        copy.tab = 0;
        copy.tabSpace.clear();
    }
    return false;
}

// A paragraph of a style marked Drop is held back until the token after its start: if
// that ends it, the empty paragraph is left out. Returns true if the token is taken.
bool OdtContentFixups::takeDeferredParagraph(Copy &copy, QXmlStreamReader::TokenType token)
{
    if (!copy.deferredParagraph)
        return false;
    const QXmlStreamAttributes attributes = *copy.deferredParagraph;
    copy.deferredParagraph.reset();
    if (token == QXmlStreamReader::EndElement)
        return true; // an empty paragraph marked Drop
    copy.writer.writeStartElement(OdtNamespaces::Text, QStringLiteral("p"));
    copy.writer.writeAttributes(attributes);
    return false;
}

// The start of an element in the styles: returns true if it is written here, completed.
bool OdtContentFixups::copyStyleStart(Copy &copy) const
{
    const QXmlStreamReader &reader = copy.reader;
    QXmlStreamWriter &writer = copy.writer;
    const QXmlStreamAttributes attributes = reader.attributes();
    if (is(reader, OdtNamespaces::Style, "style")) {
        copy.style = attributes.value(OdtNamespaces::Style, QStringLiteral("name")).toString();
        if (!m_masterPages.contains(copy.style))
            return false;
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("style"));
        writer.writeAttributes(attributes);
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("master-page-name"),
                              m_masterPages.value(copy.style));
        return true;
    }
    if (is(reader, OdtNamespaces::Style, "paragraph-properties")) {
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("paragraph-properties"));
        if (m_masterPages.contains(copy.style)) // an appendix: its pages are numbered from 1
            writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("page-number"), QStringLiteral("1"));
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.namespaceUri() == OdtNamespaces::Style && attribute.name() == QLatin1String("line-height"))
                writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("line-height"), attribute.value().toString());
            else
                writer.writeAttribute(attribute);
        }
        if (m_keepWithNext.contains(copy.style))
            writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        return true;
    }
    if (is(reader, OdtNamespaces::Style, "table-properties") && m_tables.contains(copy.style)) {
        const TableFix fix = m_tables.value(copy.style);
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("table-properties"));
        writer.writeAttributes(without(attributes, {{OdtNamespaces::Style, QStringLiteral("width")},
                                                    {OdtNamespaces::Table, QStringLiteral("align")}}));
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("width"), millimetres(fix.widthMm));
        writer.writeAttribute(OdtNamespaces::Table, QStringLiteral("align"), QStringLiteral("margins"));
        if (fix.breakBefore)
            writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("break-before"), QStringLiteral("page"));
        if (fix.topPt > 0)
            writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-top"),
                                  QString::number(fix.topPt) + QStringLiteral("pt"));
        return true;
    }
    if (is(reader, OdtNamespaces::Style, "table-column-properties")) {
        const QString share = attributes.value(OdtNamespaces::Style, QStringLiteral("column-width")).toString();
        const TableFix fix = m_tables.value(copy.style.section(QLatin1Char('.'), 0, 0));
        if (!(share.endsWith(QLatin1Char('%')) && fix.widthMm > 0))
            return false;
        // Qt writes a percentage, which is not a length: width and relative width instead.
        const double percent = share.chopped(1).toDouble();
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("table-column-properties"));
        writer.writeAttributes(without(attributes, {{OdtNamespaces::Style, QStringLiteral("column-width")}}));
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("column-width"),
                              millimetres(fix.widthMm * percent / 100));
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("rel-column-width"),
                              QString::number(qRound(percent * 100)) + u'*');
        return true;
    }
    return false;
}

// The start of an element in the text: returns true if it is written here, or held back.
bool OdtContentFixups::copyBodyStart(Copy &copy) const
{
    const QXmlStreamReader &reader = copy.reader;
    const QXmlStreamAttributes attributes = reader.attributes();
    if (is(reader, OdtNamespaces::Table, "table")) {
        copy.table = attributes.value(OdtNamespaces::Table, QStringLiteral("style-name")).toString();
        copy.headerOpen = false;
        copy.headerDone = false;
        return false;
    }
    if (is(reader, OdtNamespaces::Table, "table-row")) {
        if (m_tables.value(copy.table).headerRow && !copy.headerDone) {
            copy.writer.writeStartElement(OdtNamespaces::Table, QStringLiteral("table-header-rows"));
            copy.headerOpen = true;
        }
        copy.writer.writeStartElement(OdtNamespaces::Table, QStringLiteral("table-row"));
        copy.writer.writeAttributes(attributes);
        copy.writer.writeAttribute(OdtNamespaces::Table, QStringLiteral("style-name"), KeepRowStyle);
        return true;
    }
    if (is(reader, OdtNamespaces::Text, "tab")) {
        copy.tab = 1;
        return true;
    }
    if (is(reader, OdtNamespaces::Text, "p") &&
        m_dropped.contains(attributes.value(OdtNamespaces::Text, QStringLiteral("style-name")).toString())) {
        copy.deferredParagraph = attributes;
        return true;
    }
    return false;
}

// The end of an element: closes the header rows after the first row, and adds the style
// that keeps rows on one page to the automatic styles. Returns true if it is written here.
bool OdtContentFixups::copyEnd(Copy &copy)
{
    QXmlStreamWriter &writer = copy.writer;
    if (is(copy.reader, OdtNamespaces::Table, "table-row") && copy.headerOpen) {
        writer.writeEndElement(); // table-row
        writer.writeEndElement(); // table-header-rows
        copy.headerOpen = false;
        copy.headerDone = true;
        return true;
    }
    if (is(copy.reader, OdtNamespaces::Office, "automatic-styles")) {
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("style"));
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), KeepRowStyle);
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("family"), QStringLiteral("table-row"));
        writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("table-row-properties"));
        writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("keep-together"), QStringLiteral("always"));
        writer.writeEndElement();
    }
    return false;
}
