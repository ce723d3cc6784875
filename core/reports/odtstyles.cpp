#include "odtstyles.h"

#include "officialdocument.h"

#include <QXmlStreamWriter>

namespace {

const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString SvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

} // namespace

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
    writer.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), name);
    writer.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("page-width"),
                          landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm"));
    writer.writeAttribute(FoNs, QStringLiteral("page-height"),
                          landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm"));
    writer.writeAttribute(StyleNs, QStringLiteral("print-orientation"),
                          landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    writer.writeAttribute(FoNs, QStringLiteral("margin-top"), mm(headerTop));
    writer.writeAttribute(FoNs, QStringLiteral("margin-bottom"), mm(margins.bottom));
    writer.writeAttribute(FoNs, QStringLiteral("margin-left"), mm(margins.left));
    writer.writeAttribute(FoNs, QStringLiteral("margin-right"), mm(margins.right));
    writer.writeAttribute(StyleNs, QStringLiteral("num-format"), QStringLiteral("1"));
    if (numbered) {
        writer.writeStartElement(StyleNs, QStringLiteral("header-style"));
        writer.writeEmptyElement(StyleNs, QStringLiteral("header-footer-properties"));
        writer.writeAttribute(FoNs, QStringLiteral("min-height"), mm(margins.top - headerTop));
        writer.writeAttribute(FoNs, QStringLiteral("margin-bottom"), QStringLiteral("0mm"));
        writer.writeAttribute(StyleNs, QStringLiteral("dynamic-spacing"), QStringLiteral("false"));
        writer.writeEndElement();
    }
    writer.writeEndElement();
}

// A master page; `next` is the page style of the pages after the first. A numbered one
// prints the page number centred in its header.
void OdtStyles::writeMasterPage(QXmlStreamWriter &writer, const QString &name, const QString &layout,
                                const QString &next, bool numbered)
{
    writer.writeStartElement(StyleNs, QStringLiteral("master-page"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), name);
    writer.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), layout);
    writer.writeAttribute(StyleNs, QStringLiteral("next-style-name"), next);
    if (numbered) {
        writer.writeStartElement(StyleNs, QStringLiteral("header"));
        writer.writeStartElement(TextNs, QStringLiteral("p"));
        writer.writeAttribute(TextNs, QStringLiteral("style-name"), QStringLiteral("xhhtPageNumber"));
        writer.writeStartElement(TextNs, QStringLiteral("page-number"));
        writer.writeAttribute(TextNs, QStringLiteral("select-page"), QStringLiteral("current"));
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
    writer.writeNamespace(OfficeNs, QStringLiteral("office"));
    writer.writeNamespace(StyleNs, QStringLiteral("style"));
    writer.writeNamespace(TextNs, QStringLiteral("text"));
    writer.writeNamespace(FoNs, QStringLiteral("fo"));
    writer.writeNamespace(SvgNs, QStringLiteral("svg"));
    writer.writeStartDocument();
    writer.writeStartElement(OfficeNs, QStringLiteral("document-styles"));
    writer.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    writer.writeStartElement(OfficeNs, QStringLiteral("font-face-decls"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("font-face"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), family);
    writer.writeAttribute(SvgNs, QStringLiteral("font-family"), u'\'' + family + u'\'');
    writer.writeAttribute(StyleNs, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
    writer.writeAttribute(StyleNs, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    writer.writeEndElement();

    writer.writeStartElement(OfficeNs, QStringLiteral("styles"));
    writer.writeStartElement(StyleNs, QStringLiteral("default-style"));
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("orphans"), QStringLiteral("2"));
    writer.writeAttribute(FoNs, QStringLiteral("widows"), QStringLiteral("2"));
    writer.writeAttribute(StyleNs, QStringLiteral("writing-mode"), QStringLiteral("lr-tb"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    writer.writeAttribute(StyleNs, QStringLiteral("font-name"), family);
    writer.writeAttribute(FoNs, QStringLiteral("font-family"), family);
    writer.writeAttribute(FoNs, QStringLiteral("font-size"),
                          QString::number(document.bodyPointSize) + QStringLiteral("pt"));
    writer.writeAttribute(FoNs, QStringLiteral("color"), QStringLiteral("#000000"));
    writer.writeAttribute(FoNs, QStringLiteral("language"), QStringLiteral("vi"));
    writer.writeAttribute(FoNs, QStringLiteral("country"), QStringLiteral("VN"));
    writer.writeEndElement(); // default-style
    writer.writeEmptyElement(StyleNs, QStringLiteral("style"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeAttribute(StyleNs, QStringLiteral("class"), QStringLiteral("text"));
    // Page numbers: 13-14 pt (the body's size), upright, centred.
    writer.writeStartElement(StyleNs, QStringLiteral("style"));
    writer.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("xhhtPageNumber"));
    writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("text-align"), QStringLiteral("center"));
    writer.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    writer.writeAttribute(FoNs, QStringLiteral("font-size"),
                          QString::number(document.bodyPointSize) + QStringLiteral("pt"));
    writer.writeEndElement();
    writer.writeEndElement(); // styles

    writer.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    writePageLayout(writer, QStringLiteral("xhhtPortrait"), false, document.margins, false);
    writePageLayout(writer, QStringLiteral("xhhtLandscape"), true, document.margins, false);
    writePageLayout(writer, QStringLiteral("xhhtPortraitNumbered"), false, document.margins, true);
    writePageLayout(writer, QStringLiteral("xhhtLandscapeNumbered"), true, document.margins, true);
    writer.writeEndElement();

    // Each part's first page has no number (Nghị định 30/2020); the pages after it do.
    // Appendices restart the numbering (the page-number of their first paragraph).
    const QString main = document.landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
    writer.writeStartElement(OfficeNs, QStringLiteral("master-styles"));
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
