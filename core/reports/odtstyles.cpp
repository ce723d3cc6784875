#include "odtstyles.h"

#include "io/odtnamespaces.h"
#include "officialdocument.h"

#include <QXmlStreamWriter>

QString OdtStyles::fontFamily()
{
    return QStringLiteral("Times New Roman");
}

// A page layout; a numbered one keeps its page number in a header that fills the top
// margin (the number about centred in it), so the text starts where it does on a page
// without a number.
void OdtStyles::writePageLayout(QXmlStreamWriter &writer, const QString &name, bool landscape,
                                const DocumentMargins &margins, bool numbered)
{
    const auto mm = [](double value) -> QString { return QString::number(value) + QStringLiteral("mm"); };
    const double headerTop = numbered ? margins.top / 4 : margins.top;
    writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("page-layout"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), name);
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("page-layout-properties"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("page-width"),
                          landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("page-height"),
                          landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("print-orientation"),
                          landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-top"), mm(headerTop));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-bottom"), mm(margins.bottom));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-left"), mm(margins.left));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-right"), mm(margins.right));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("num-format"), QStringLiteral("1"));
    if (numbered) {
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("header-style"));
        writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("header-footer-properties"));
        writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("min-height"), mm(margins.top - headerTop));
        writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("margin-bottom"), QStringLiteral("0mm"));
        writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("dynamic-spacing"), QStringLiteral("false"));
        writer.writeEndElement();
    }
    writer.writeEndElement();
}

// A master page; `next` is the page style of the pages after the first. A numbered one
// prints the page number centred in its header.
void OdtStyles::writeMasterPage(QXmlStreamWriter &writer, const QString &name, const QString &layout,
                                const QString &next, bool numbered)
{
    writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("master-page"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), name);
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("page-layout-name"), layout);
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("next-style-name"), next);
    if (numbered) {
        writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("header"));
        writer.writeStartElement(OdtNamespaces::Text, QStringLiteral("p"));
        writer.writeAttribute(OdtNamespaces::Text, QStringLiteral("style-name"), QStringLiteral("xhhtPageNumber"));
        writer.writeStartElement(OdtNamespaces::Text, QStringLiteral("page-number"));
        writer.writeAttribute(OdtNamespaces::Text, QStringLiteral("select-page"), QStringLiteral("current"));
        writer.writeCharacters(QStringLiteral("2"));
        writer.writeEndElement(); // page-number
        writer.writeEndElement(); // p
        writer.writeEndElement(); // header
    }
    writer.writeEndElement();
}

QByteArray OdtStyles::xml(const OfficialDocument &document)
{
    const QString family = fontFamily();
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeNamespace(OdtNamespaces::Office, QStringLiteral("office"));
    writer.writeNamespace(OdtNamespaces::Style, QStringLiteral("style"));
    writer.writeNamespace(OdtNamespaces::Text, QStringLiteral("text"));
    writer.writeNamespace(OdtNamespaces::Fo, QStringLiteral("fo"));
    writer.writeNamespace(OdtNamespaces::Svg, QStringLiteral("svg"));
    writer.writeStartDocument();
    writer.writeStartElement(OdtNamespaces::Office, QStringLiteral("document-styles"));
    writer.writeAttribute(OdtNamespaces::Office, QStringLiteral("version"), QStringLiteral("1.2"));

    writer.writeStartElement(OdtNamespaces::Office, QStringLiteral("font-face-decls"));
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("font-face"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), family);
    writer.writeAttribute(OdtNamespaces::Svg, QStringLiteral("font-family"), u'\'' + family + u'\'');
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    writer.writeEndElement();

    writer.writeStartElement(OdtNamespaces::Office, QStringLiteral("styles"));
    writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("default-style"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("paragraph-properties"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("orphans"), QStringLiteral("2"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("widows"), QStringLiteral("2"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("writing-mode"), QStringLiteral("lr-tb"));
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("text-properties"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("font-name"), family);
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("font-family"), family);
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("font-size"),
                          QString::number(document.bodyPointSize) + QStringLiteral("pt"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("color"), QStringLiteral("#000000"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("language"), QStringLiteral("vi"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("country"), QStringLiteral("VN"));
    writer.writeEndElement(); // default-style
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("style"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), QStringLiteral("Standard"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("class"), QStringLiteral("text"));
    // Page numbers: 13-14 pt (the body's size), upright, centred.
    writer.writeStartElement(OdtNamespaces::Style, QStringLiteral("style"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("name"), QStringLiteral("xhhtPageNumber"));
    writer.writeAttribute(OdtNamespaces::Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("paragraph-properties"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("text-align"), QStringLiteral("center"));
    writer.writeEmptyElement(OdtNamespaces::Style, QStringLiteral("text-properties"));
    writer.writeAttribute(OdtNamespaces::Fo, QStringLiteral("font-size"),
                          QString::number(document.bodyPointSize) + QStringLiteral("pt"));
    writer.writeEndElement();
    writer.writeEndElement(); // styles

    writer.writeStartElement(OdtNamespaces::Office, QStringLiteral("automatic-styles"));
    writePageLayout(writer, QStringLiteral("xhhtPortrait"), false, document.margins, false);
    writePageLayout(writer, QStringLiteral("xhhtLandscape"), true, document.margins, false);
    writePageLayout(writer, QStringLiteral("xhhtPortraitNumbered"), false, document.margins, true);
    writePageLayout(writer, QStringLiteral("xhhtLandscapeNumbered"), true, document.margins, true);
    writer.writeEndElement();

    // Each part's first page has no number (Nghị định 30/2020); the pages after it do.
    // Appendices restart the numbering (the page-number of their first paragraph).
    const QString main = document.landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
    writer.writeStartElement(OdtNamespaces::Office, QStringLiteral("master-styles"));
    writeMasterPage(writer, QStringLiteral("Standard"), QStringLiteral("xhht") + main, QStringLiteral("Numbered"),
                    false);
    writeMasterPage(writer, QStringLiteral("Numbered"), QStringLiteral("xhht%1Numbered").arg(main),
                    QStringLiteral("Numbered"), true);
    for (const QString &orientation : {QStringLiteral("Portrait"), QStringLiteral("Landscape")}) {
        writeMasterPage(writer, orientation, QStringLiteral("xhht") + orientation,
                        orientation + QStringLiteral("Numbered"), false);
        writeMasterPage(writer, orientation + QStringLiteral("Numbered"),
                        QStringLiteral("xhht%1Numbered").arg(orientation), orientation + QStringLiteral("Numbered"),
                        true);
    }
    writer.writeEndElement();

    writer.writeEndElement(); // document-styles
    writer.writeEndDocument();
    return out;
}
