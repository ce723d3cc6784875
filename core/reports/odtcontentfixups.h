#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTextFormat>
#include <QXmlStreamReader>

class QTextDocument;
class QTextFrame;

// What Qt's ODF writer leaves out of content.xml, found from the marks OdtWriter sets on
// the formats of its QTextDocument (Qt's writer ignores them) and applied to the
// content.xml that writer wrote, by style name ("p<block format index>", "Table<table
// format index>").
class OdtContentFixups
{
public:
    // Marks on formats, read back when the archive is completed.
    enum Mark
    {
        MasterPage = QTextFormat::UserProperty + 1, // block: its page style starts here (and a new page)
        KeepWithNext,                               // block: a heading kept with what follows
        Drop,                                       // block: an empty paragraph the ODT does without
        TableWidthMm,                               // table: the text width of its page
    };
    static constexpr double PxPerPt = 96.0 / 72.0; // Qt's ODF writer reads lengths as pixels at 96 dpi

    // Reads the marks of the document Qt's writer wrote.
    explicit OdtContentFixups(const QTextDocument &text);

    // Copies Qt's content.xml, applying the fixups: page styles and keep-with-next on
    // paragraph styles, fo:line-height (Qt writes it in the style namespace), table widths
    // as lengths, header rows, rows kept on one page, no tab before each line break (Qt
    // adds one, which would shift a centred line), no empty paragraphs marked Drop.
    // Returns an empty array if the XML cannot be read.
    QByteArray apply(const QByteArray &content) const;

private:
    struct TableFix
    {
        double widthMm = 0;
        bool headerRow = false;
        bool breakBefore = false;
        double topPt = 0;
    };
    struct Copy; // the state of one copy of content.xml

    void collectTables(const QTextFrame *frame);
    static bool takeTab(Copy &copy, QXmlStreamReader::TokenType token);
    static bool takeDeferredParagraph(Copy &copy, QXmlStreamReader::TokenType token);
    bool copyStyleStart(Copy &copy) const;
    bool copyBodyStart(Copy &copy) const;
    static bool copyEnd(Copy &copy);

    QHash<QString, QString> m_masterPages; // paragraph style -> master page
    QSet<QString> m_keepWithNext;
    QSet<QString> m_dropped;
    QHash<QString, TableFix> m_tables;
};
