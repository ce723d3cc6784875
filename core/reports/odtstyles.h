#pragma once

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;
struct DocumentMargins;
struct OfficialDocument;

// styles.xml of OdtWriter's documents, which Qt's ODF writer does not write: Times New
// Roman and Vietnamese by default, and A4 pages with the document's margins. "Standard",
// the page style of the main part, is portrait or landscape as the document; appendices
// start "Portrait" or "Landscape".
class OdtStyles
{
public:
    // The family the text is set in, as the ODT names it (Tinos stands in for it when measuring).
    static QString fontFamily();
    static QByteArray xml(const OfficialDocument &document);

private:
    static void writePageLayout(QXmlStreamWriter &writer, const QString &name, bool landscape,
                                const DocumentMargins &margins, bool numbered);
    static void writeMasterPage(QXmlStreamWriter &writer, const QString &name, const QString &layout,
                                const QString &next, bool numbered);
};
