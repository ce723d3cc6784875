#pragma once

#include "officialdocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

class PageCursor;
class QPagedPaintDevice;
class WrappedText;

// Lays out an OfficialDocument in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I, on
// A4 pages of any paged device: a QPdfWriter for export, a QPrinter for printing and
// print preview (give it setFullPage(true); a printer that keeps its own margins works
// too, the layout is measured from the paper's corner either way). One font family
// (DocumentFonts), black only. Layout is done here, not by QTextDocument, in one pass
// whose time is linear in the table rows.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    static constexpr int pdfResolution = 1200;

    explicit DocumentRenderer(const OfficialDocument &document);

    // Sets the device to A4 (orientation per part, no device margins if it allows) and
    // draws the document on it. Returns the number of pages, or -1 with error() set.
    int render(QPagedPaintDevice *device);
    const QString &error() const { return m_error; }

    // Empty when the document can be printed; else why not (margins or sizes outside
    // the decree), translated.
    static QString validate(const OfficialDocument &document);

    // Writes the document as a PDF (fonts embedded, title and creator set) through a
    // temporary file renamed over path at the end, so a failure leaves no file and an
    // existing file unchanged. Returns an empty string on success, else the reason.
    static QString writePdf(const OfficialDocument &document, const QString &path);

private:
    QFont font(double pointSize, bool bold = false, bool italic = false) const;
    // Column split of the header and signature blocks (left width), about 40/60.
    double leftColumnWidth(double quocHieuWidth) const;
    void drawHeader();
    void drawTitle();
    void drawAddressees();
    // keepWithEnd: the height that must follow a closing paragraph (the last block) on
    // its page, so that the signature is never alone on the last page.
    void drawBlocks(const QList<DocumentBlock> &blocks, double keepWithEnd = 0);
    // keepWithLast: the height that must follow the last line on the same page; when it
    // does not fit, the last two lines (or the whole text if short) go to the next page.
    void drawFlowing(const WrappedText &text, double left, double keepWithLast = 0);
    // Returns the height the block takes below the text (its spacing included); with
    // measureOnly nothing is drawn and the cursor does not move.
    double drawSignature(bool measureOnly = false);
    void drawAppendix(const DocumentAppendix &appendix);
    // A horizontal rule centred on centreX, gapPt below the descent line of a text line
    // whose top is lineTop; returns its y.
    double drawRuleBelow(const WrappedText &text, double lineTop, double centreX, double length, double gapPt);

    OfficialDocument m_document;
    QString m_family;
    QString m_error;
    PageCursor *m_cursor = nullptr;
    double m_headerPointSize = 13;
};
