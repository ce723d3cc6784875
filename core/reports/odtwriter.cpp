#include "reports/odtwriter.h"

#include "io/zipdevice.h"
#include "reports/documentfonts.h"
#include "reports/documentrenderer.h"
#include "reports/wrappedtext.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>
#include <unzip.h>
#include <utility>
#include <zip.h>

namespace {

constexpr double PxPerPt = 96.0 / 72.0; // Qt's ODF writer reads lengths as pixels at 96 dpi
constexpr double PxPerMm = 96.0 / 25.4;
constexpr double ParagraphIndentMm = 12.7; // first-line indent 1.27 cm
constexpr double LineHeightPercent = 115;  // as DocumentRenderer: 1.15 lines
constexpr double ParagraphAfterPt = 6;
constexpr double RuleShare = 0.4; // rules under the agency and the trích yếu: 1/3 to 1/2 of the text
constexpr double RulePointSize = 7;
constexpr double SignatureSpaceMm = 25;
constexpr double A4ShortMm = 210;
constexpr double A4LongMm = 297;

// Marks on formats, read back when the archive is completed (Qt's writer ignores them).
enum Mark
{
    MasterPage = QTextFormat::UserProperty + 1, // block: its page style starts here (and a new page)
    KeepWithNext,                               // block: a heading kept with what follows
    Drop,                                       // block: an empty paragraph the ODT does without
    TableWidthMm,                               // table: the text width of its page
};

const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString SvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString ManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
const QString Family = QStringLiteral("Times New Roman");
const QString KeepRowStyle = QStringLiteral("xhhtRow");

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

// NFC with '\n' as a line break inside the paragraph.
QString lines(const QString &text)
{
    QString prepared = nfc(text);
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return prepared;
}

QString upper(const QString &text)
{
    return lines(text).toUpper();
}

struct Run
{
    QString text;
    QTextCharFormat format;
};

// One line or more, joined by line breaks, at the cursor.
void insertLines(QTextCursor &cursor, const QList<Run> &runs)
{
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (i > 0)
            cursor.insertText(QString(QChar::LineSeparator), runs.at(i - 1).format);
        if (!runs.at(i).text.isEmpty())
            cursor.insertText(runs.at(i).text, runs.at(i).format);
    }
}

class Builder
{
public:
    Builder(const OfficialDocument &document, QTextDocument &text)
        : m_document(document), m_text(text), m_cursor(&text), m_device(1, 1, QImage::Format_RGB32),
          m_family(DocumentFonts::family()), m_landscape(document.landscape)
    {
        m_device.setDotsPerMeterX(qRound(72 / 0.0254));
        m_device.setDotsPerMeterY(qRound(72 / 0.0254));
    }

    void build()
    {
        m_text.setDocumentMargin(0);
        m_text.setDefaultFont(DocumentFonts::font(m_family, m_document.bodyPointSize));
        m_text.setPageSize(
            QSizeF(textWidthMm() * PxPerMm, (A4LongMm - m_document.margins.top - m_document.margins.bottom) * PxPerMm));
        // The document's first block comes before the header table and is not written.
        QTextBlockFormat first;
        first.setProperty(Drop, true);
        m_cursor.setBlockFormat(first);
        addHeader();
        addTitle();
        addAddressees();
        addBlocks(m_document.body);
        addSignature();
        for (const DocumentAppendix &appendix : m_document.appendices)
            addAppendix(appendix);
        if (m_afterTable) {
            QTextBlockFormat last;
            last.setProperty(Drop, true);
            m_cursor.setBlockFormat(last);
        }
    }

private:
    double textWidthMm() const
    {
        const DocumentMargins &margins = m_document.margins;
        return (m_landscape ? A4LongMm : A4ShortMm) - margins.left - margins.right;
    }
    double textWidthPt() const { return textWidthMm() * 72 / 25.4; }

    QTextCharFormat charFormat(double size, bool bold = false, bool italic = false) const
    {
        QTextCharFormat format;
        format.setFontFamilies({Family});
        format.setProperty(QTextFormat::OldFontFamily, Family); // what Qt 6.4's ODF writer reads
        format.setFontPointSize(size);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(italic);
        format.setForeground(Qt::black);
        return format;
    }

    static QTextBlockFormat blockFormat(Qt::Alignment alignment, double topPt = 0, double bottomPt = 0)
    {
        QTextBlockFormat format;
        format.setAlignment(alignment);
        format.setTopMargin(topPt * PxPerPt);
        format.setBottomMargin(bottomPt * PxPerPt);
        return format;
    }

    QTextBlockFormat textFormat(Qt::Alignment alignment) const
    {
        QTextBlockFormat format = blockFormat(alignment, 0, ParagraphAfterPt);
        format.setTextIndent(ParagraphIndentMm * PxPerMm);
        format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // Width in points of text set in the documents' font.
    double width(const QString &text, double size, bool bold = false) const
    {
        const QFontMetricsF metrics(DocumentFonts::font(m_family, size, bold), &m_device);
        return metrics.horizontalAdvance(text) * 72 / m_device.logicalDpiX();
    }

    double widestLine(const QString &text, double size, bool bold) const
    {
        double widest = 0;
        for (const QString &line : text.split(QChar::LineSeparator))
            widest = qMax(widest, width(line, size, bold));
        return widest;
    }

    // A short rule as a line of underscores in a small size: it stays text, which a
    // clerk can see and delete, and it prints the same in Word and LibreOffice.
    Run rule(double widthPt) const
    {
        const double underscore = qMax(0.1, width(QStringLiteral("_"), RulePointSize, true));
        return {QString(qMax(1, qRound(widthPt / underscore)), QLatin1Char('_')), charFormat(RulePointSize, true)};
    }

    // An agency name too wide for its column, broken in two as the renderer does
    // (WrappedText::breakName).
    QString breakName(const QString &name, double size, bool bold, double columnPt) const
    {
        if (name.contains(QChar::LineSeparator))
            return name;
        const QStringList lines = WrappedText::breakName(
            name, columnPt, [this, size, bold](const QString &text) { return width(text, size, bold); });
        return lines.isEmpty() ? name : lines.join(QChar::LineSeparator);
    }

    void startBlock(QTextBlockFormat format, const QTextCharFormat &characters)
    {
        if (m_pendingBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (!m_pendingMaster.isEmpty())
            format.setProperty(MasterPage, m_pendingMaster);
        m_pendingBreak = false;
        m_pendingMaster.clear();
        if (m_afterTable) {
            // The empty block QTextDocument keeps after a table takes the next text.
            // Its character format is the table's end marker: left alone, as the cells' are.
            format.setTopMargin(qMax(format.topMargin(), ParagraphAfterPt * PxPerPt));
            m_cursor.setBlockFormat(format);
            m_afterTable = false;
        } else {
            m_cursor.insertBlock(format, characters);
        }
    }

    void addParagraph(const QTextBlockFormat &format, const QList<Run> &runs)
    {
        startBlock(format, runs.isEmpty() ? charFormat(m_document.bodyPointSize) : runs.first().format);
        insertLines(m_cursor, runs);
    }

    // A table across the text width; shares are the columns' relative widths.
    QTextTable *addTable(int rows, QList<double> shares, bool bordered, double topPt = 0)
    {
        double total = 0;
        for (const double share : shares)
            total += qMax(0.0, share);
        QList<QTextLength> widths;
        for (const double share : shares)
            widths.append(QTextLength(QTextLength::PercentageLength,
                                      total > 0 ? 100 * qMax(0.0, share) / total : 100.0 / shares.size()));
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(widths);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setMargin(0);
        format.setTopMargin(topPt * PxPerPt);
        format.setProperty(TableWidthMm, textWidthMm());
        if (bordered) {
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(Qt::black);
            format.setBorderCollapse(true);
            format.setHeaderRowCount(1);
        } else {
            format.setBorder(0);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        }
        if (m_pendingBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pendingBreak = false;
        if (m_afterTable) {
            // Two tables need a block between them: a gap as high as the space after a table.
            QTextBlockFormat gap = blockFormat(Qt::AlignLeft);
            gap.setLineHeight(ParagraphAfterPt * PxPerPt, QTextBlockFormat::FixedHeight);
            m_cursor.setBlockFormat(gap);
        }
        QTextTable *table = m_cursor.insertTable(rows, int(shares.size()), format);
        QTextTableCellFormat cell;
        if (bordered) {
            cell.setLeftPadding(3 * PxPerPt);
            cell.setRightPadding(3 * PxPerPt);
            cell.setTopPadding(2 * PxPerPt);
            cell.setBottomPadding(2 * PxPerPt);
            cell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        } else {
            cell.setPadding(0);
            cell.setVerticalAlignment(QTextCharFormat::AlignTop);
        }
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < shares.size(); ++c)
                table->cellAt(r, c).setFormat(cell);
        m_cursor.movePosition(QTextCursor::End);
        m_afterTable = true;
        return table;
    }

    void fillCell(QTextTable *table, int row, int column, const QTextBlockFormat &format, const QList<Run> &runs)
    {
        // Not setBlockCharFormat: a cell's first block takes its character format from
        // the cell marker, which holds the cell's format (padding, alignment, borders).
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setBlockFormat(format);
        insertLines(cursor, runs);
    }

    // Share of the left column in the header and signature tables, as DocumentRenderer
    // splits them: the right one holds the Quốc hiệu on one line, 60 to 70 %.
    double leftShare()
    {
        const double text = textWidthPt();
        const QString quocHieu = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        m_headerPointSize = 13;
        double quocHieuWidth = width(quocHieu, 13, true);
        if (quocHieuWidth > 0.6 * text - 6) {
            m_headerPointSize = 12;
            quocHieuWidth = width(quocHieu, 12, true);
        }
        return 1 - qMax(0.6 * text, qMin(quocHieuWidth + 6, 0.7 * text)) / text;
    }

    void addHeader()
    {
        const DocumentHeader &header = m_document.header;
        const double left = leftShare();
        const double size = m_headerPointSize;
        const double leftPt = left * textWidthPt();
        QList<Run> issuer;
        if (!header.parentBody.isEmpty())
            issuer.append({breakName(upper(header.parentBody), size, false, leftPt), charFormat(size)});
        if (!header.agency.isEmpty()) {
            const QString agency = breakName(upper(header.agency), size, true, leftPt);
            issuer.append({agency, charFormat(size, true)});
            issuer.append(rule(RuleShare * widestLine(agency, size, true)));
        }
        const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
        const QList<Run> national = {{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), charFormat(size, true)},
                                     {motto, charFormat(size + 1, true)},
                                     rule(width(motto, size + 1, true))};
        QList<Run> number;
        if (!header.number.isEmpty())
            number.append({QStringLiteral("Số: ") + lines(header.number), charFormat(13)});
        QList<Run> date;
        if (!header.placeAndDate.isEmpty())
            date.append({lines(header.placeAndDate), charFormat(m_document.bodyPointSize, false, true)});

        QTextTable *table = addTable(2, {left, 1 - left}, false);
        fillCell(table, 0, 0, blockFormat(Qt::AlignHCenter), issuer);
        fillCell(table, 0, 1, blockFormat(Qt::AlignHCenter), national);
        fillCell(table, 1, 0, blockFormat(Qt::AlignHCenter, ParagraphAfterPt), number);
        fillCell(table, 1, 1, blockFormat(Qt::AlignHCenter, ParagraphAfterPt), date);
    }

    void addTitle()
    {
        const double size = m_document.bodyPointSize;
        const bool hasSummary = !m_document.summary.isEmpty();
        if (!m_document.typeName.isEmpty()) {
            QTextBlockFormat format = blockFormat(Qt::AlignHCenter, 18, hasSummary ? 0 : 12);
            format.setProperty(KeepWithNext, true);
            addParagraph(format, {{upper(m_document.typeName), charFormat(size, true)}});
        }
        if (hasSummary) {
            const QString summary = lines(m_document.summary);
            QTextBlockFormat format = blockFormat(Qt::AlignHCenter, m_document.typeName.isEmpty() ? 18 : 0);
            format.setProperty(KeepWithNext, true);
            addParagraph(format, {{summary, charFormat(size, true)}});
            const double summaryWidth = qMin(widestLine(summary, size, true), textWidthPt());
            addParagraph(blockFormat(Qt::AlignHCenter, 0, 12), {rule(RuleShare * summaryWidth)});
        }
    }

    void addAddressees()
    {
        const QStringList &addressees = m_document.addressees;
        const double size = m_document.bodyPointSize;
        const QString label = QStringLiteral("Kính gửi:");
        if (addressees.size() == 1) {
            addParagraph(blockFormat(Qt::AlignHCenter, 0, ParagraphAfterPt),
                         {{label + QLatin1Char(' ') + lines(addressees.first()), charFormat(size)}});
            return;
        }
        if (addressees.isEmpty())
            return;
        // "Kính gửi:" on its own line, the recipients as "- " lines under its colon,
        // the whole block centred.
        const double labelWidth = width(label, size);
        double widest = 0;
        for (const QString &addressee : addressees)
            widest = qMax(widest, width(QStringLiteral("- ") + nfc(addressee), size));
        const double blockLeft = qMax(0.0, (textWidthPt() - labelWidth - widest) / 2);
        const double listLeft = blockLeft + labelWidth - width(QStringLiteral(":"), size);
        QTextBlockFormat format = blockFormat(Qt::AlignLeft);
        format.setLeftMargin(blockLeft * PxPerPt);
        addParagraph(format, {{label, charFormat(size)}});
        format.setLeftMargin(listLeft * PxPerPt);
        for (qsizetype i = 0; i < addressees.size(); ++i) {
            if (i == addressees.size() - 1)
                format.setBottomMargin(ParagraphAfterPt * PxPerPt);
            addParagraph(format, {{QStringLiteral("- ") + lines(addressees.at(i)), charFormat(size)}});
        }
    }

    void addBlocks(const QList<DocumentBlock> &blocks)
    {
        const double size = m_document.bodyPointSize;
        for (const DocumentBlock &block : blocks) {
            switch (block.kind) {
            case DocumentBlock::Kind::Heading1:
            case DocumentBlock::Kind::Heading2:
            case DocumentBlock::Kind::Heading3: {
                const bool first = block.kind == DocumentBlock::Kind::Heading1;
                QTextBlockFormat format = textFormat(Qt::AlignLeft);
                format.setTopMargin(ParagraphAfterPt * PxPerPt);
                format.setProperty(KeepWithNext, true);
                addParagraph(format, {{first ? upper(block.text) : lines(block.text),
                                       charFormat(size, block.kind != DocumentBlock::Kind::Heading3)}});
                break;
            }
            case DocumentBlock::Kind::Paragraph:
            case DocumentBlock::Kind::ItalicParagraph: {
                // A '\n' starts a new paragraph without indent or space between: a line
                // break in a justified paragraph would stretch the line before it.
                const bool italic = block.kind == DocumentBlock::Kind::ItalicParagraph;
                const QStringList parts = nfc(block.text).split(QLatin1Char('\n'));
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    QTextBlockFormat format = textFormat(Qt::AlignJustify);
                    if (i > 0)
                        format.setTextIndent(0);
                    if (i < parts.size() - 1)
                        format.setBottomMargin(0);
                    addParagraph(format, {{parts.at(i), charFormat(size, false, italic)}});
                }
                break;
            }
            case DocumentBlock::Kind::Table:
                addDataTable(block.table);
                break;
            case DocumentBlock::Kind::PageBreak:
                m_pendingBreak = true;
                break;
            case DocumentBlock::Kind::Spacer: {
                QTextBlockFormat format = blockFormat(Qt::AlignLeft);
                format.setLineHeight(qMax(0.0, block.spacerMm) * PxPerMm, QTextBlockFormat::FixedHeight);
                addParagraph(format, {});
                break;
            }
            }
        }
    }

    void addDataTable(const DocumentTable &source)
    {
        if (source.columns.isEmpty())
            return;
        QList<double> shares;
        for (const DocumentTableColumn &column : source.columns)
            shares.append(column.width);
        const double size = m_document.tablePointSize;
        QTextTable *table = addTable(int(source.rows.size()) + 1, shares, true);
        for (int c = 0; c < source.columns.size(); ++c) {
            const DocumentTableColumn &column = source.columns.at(c);
            fillCell(table, 0, c, blockFormat(Qt::AlignHCenter), {{lines(column.header), charFormat(size, true)}});
            const QTextBlockFormat format = blockFormat(column.alignment & Qt::AlignHorizontal_Mask);
            for (int r = 0; r < source.rows.size(); ++r) {
                const DocumentTableRow &row = source.rows.at(r);
                fillCell(table, r + 1, c, format, {{lines(row.cells.value(c)), charFormat(size, row.bold)}});
            }
        }
    }

    void addSignature()
    {
        const DocumentSignature &signature = m_document.signature;
        const double size = m_document.bodyPointSize;
        const double left = leftShare();
        QList<Run> recipients;
        if (!signature.recipients.isEmpty()) {
            recipients.append({QStringLiteral("Nơi nhận:"), charFormat(12, true, true)});
            for (const QString &recipient : signature.recipients)
                recipients.append({QStringLiteral("- ") + lines(recipient), charFormat(11)});
        }
        QList<Run> signer;
        for (const QString &line : {signature.authority, signature.title})
            if (!line.isEmpty())
                signer.append({upper(line), charFormat(size, true)});
        // Room to sign and seal: empty lines of the body size.
        const int blank = qMax(3, qRound(SignatureSpaceMm * 72 / 25.4 / (size * LineHeightPercent / 100)));
        for (int i = 0; i < blank; ++i)
            signer.append({QString(), charFormat(size)});
        signer.append({lines(signature.name), charFormat(size, true)});

        QTextTable *table = addTable(1, {left, 1 - left}, false, 12);
        fillCell(table, 0, 0, blockFormat(Qt::AlignLeft), recipients);
        fillCell(table, 0, 1, blockFormat(Qt::AlignHCenter), signer);
        if (!m_document.closingNote.isEmpty())
            addParagraph(blockFormat(Qt::AlignJustify, ParagraphAfterPt),
                         {{lines(m_document.closingNote), charFormat(11, false, true)}});
    }

    void addAppendix(const DocumentAppendix &appendix)
    {
        // A new page with its own page style, portrait or landscape.
        m_pendingBreak = true;
        m_pendingMaster = appendix.landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
        m_landscape = appendix.landscape;
        const double size = m_document.bodyPointSize;
        QList<std::pair<QString, QTextCharFormat>> heading;
        if (!appendix.label.isEmpty())
            heading.append({lines(appendix.label), charFormat(14, true)});
        if (!appendix.title.isEmpty())
            heading.append({upper(appendix.title), charFormat(size, true)});
        if (!appendix.attachedTo.isEmpty())
            heading.append({lines(appendix.attachedTo), charFormat(size, false, true)});
        if (heading.isEmpty())
            heading.append({QString(), charFormat(size)}); // the paragraph that starts the page
        for (qsizetype i = 0; i < heading.size(); ++i) {
            QTextBlockFormat format = blockFormat(Qt::AlignHCenter, 0, i == heading.size() - 1 ? 12 : 0);
            format.setProperty(KeepWithNext, true);
            addParagraph(format, {{heading.at(i).first, heading.at(i).second}});
        }
        addBlocks(appendix.blocks);
    }

    const OfficialDocument &m_document;
    QTextDocument &m_text;
    QTextCursor m_cursor;
    QImage m_device; // 72 dpi, to measure in points
    QString m_family;
    bool m_landscape = false;
    bool m_afterTable = false;
    bool m_pendingBreak = false;
    QString m_pendingMaster;
    double m_headerPointSize = 13;
};

// What Qt's ODF writer leaves out, found from the marks on the formats and applied to
// its content.xml by style name ("p<block format index>", "Table<table format index>").
struct TableFix
{
    double widthMm = 0;
    bool headerRow = false;
    bool breakBefore = false;
    double topPt = 0;
};

struct Fixups
{
    QHash<QString, QString> masterPages; // paragraph style -> master page
    QSet<QString> keepWithNext;
    QSet<QString> dropped;
    QHash<QString, TableFix> tables;
};

void collectTables(const QTextFrame *frame, Fixups &fixups)
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
            fixups.tables.insert(QStringLiteral("Table%1").arg(table->formatIndex()), fix);
        }
        collectTables(child, fixups);
    }
}

Fixups collectFixups(const QTextDocument &text)
{
    Fixups fixups;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QString style = QStringLiteral("p%1").arg(block.blockFormatIndex());
        if (format.hasProperty(MasterPage))
            fixups.masterPages.insert(style, format.stringProperty(MasterPage));
        if (format.boolProperty(KeepWithNext))
            fixups.keepWithNext.insert(style);
        if (format.boolProperty(Drop) && block.length() == 1)
            fixups.dropped.insert(style);
    }
    collectTables(text.rootFrame(), fixups);
    return fixups;
}

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

// Copies Qt's content.xml, applying the fixups: page styles and keep-with-next on
// paragraph styles, fo:line-height (Qt writes it in the style namespace), table widths
// as lengths, header rows, rows kept on one page, no tab before each line break (Qt
// adds one, which would shift a centred line), no empty paragraphs marked Drop.
// Returns an empty array if the XML cannot be read.
QByteArray completeContent(const QByteArray &content, const Fixups &fixups)
{
    QXmlStreamReader reader(content);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    QString style;
    QString table;
    bool headerOpen = false;
    bool headerDone = false;
    int tab = 0; // 1: inside a deferred <text:tab/>, 2: just after it
    QString tabSpace;
    std::optional<QXmlStreamAttributes> deferredParagraph;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        const bool start = token == QXmlStreamReader::StartElement;
        const bool end = token == QXmlStreamReader::EndElement;
        const auto is = [&reader](const QString &ns, const char *name) {
            return reader.namespaceUri() == ns && reader.name() == QLatin1String(name);
        };
        if (tab == 1 && end) {
            tab = 2;
            continue;
        }
        if (tab == 2) {
            if (token == QXmlStreamReader::Characters && reader.isWhitespace()) {
                tabSpace += reader.text();
                continue;
            }
            if (!(start && is(TextNs, "line-break"))) {
                writer.writeEmptyElement(TextNs, QStringLiteral("tab"));
                writer.writeCharacters(tabSpace);
            }
            tab = 0;
            tabSpace.clear();
        }
        if (deferredParagraph) {
            const QXmlStreamAttributes attributes = *deferredParagraph;
            deferredParagraph.reset();
            if (end)
                continue; // an empty paragraph marked Drop
            writer.writeStartElement(TextNs, QStringLiteral("p"));
            writer.writeAttributes(attributes);
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        if (start && is(StyleNs, "style")) {
            style = attributes.value(StyleNs, QStringLiteral("name")).toString();
            if (fixups.masterPages.contains(style)) {
                writer.writeStartElement(StyleNs, QStringLiteral("style"));
                writer.writeAttributes(attributes);
                writer.writeAttribute(StyleNs, QStringLiteral("master-page-name"), fixups.masterPages.value(style));
                continue;
            }
        } else if (start && is(StyleNs, "paragraph-properties")) {
            writer.writeStartElement(StyleNs, QStringLiteral("paragraph-properties"));
            if (fixups.masterPages.contains(style)) // an appendix: its pages are numbered from 1
                writer.writeAttribute(StyleNs, QStringLiteral("page-number"), QStringLiteral("1"));
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.namespaceUri() == StyleNs && attribute.name() == QLatin1String("line-height"))
                    writer.writeAttribute(FoNs, QStringLiteral("line-height"), attribute.value().toString());
                else
                    writer.writeAttribute(attribute);
            }
            if (fixups.keepWithNext.contains(style))
                writer.writeAttribute(FoNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
            continue;
        } else if (start && is(StyleNs, "table-properties") && fixups.tables.contains(style)) {
            const TableFix fix = fixups.tables.value(style);
            writer.writeStartElement(StyleNs, QStringLiteral("table-properties"));
            writer.writeAttributes(
                without(attributes, {{StyleNs, QStringLiteral("width")}, {TableNs, QStringLiteral("align")}}));
            writer.writeAttribute(StyleNs, QStringLiteral("width"), millimetres(fix.widthMm));
            writer.writeAttribute(TableNs, QStringLiteral("align"), QStringLiteral("margins"));
            if (fix.breakBefore)
                writer.writeAttribute(FoNs, QStringLiteral("break-before"), QStringLiteral("page"));
            if (fix.topPt > 0)
                writer.writeAttribute(FoNs, QStringLiteral("margin-top"),
                                      QString::number(fix.topPt) + QStringLiteral("pt"));
            continue;
        } else if (start && is(StyleNs, "table-column-properties")) {
            const QString share = attributes.value(StyleNs, QStringLiteral("column-width")).toString();
            const TableFix fix = fixups.tables.value(style.section(QLatin1Char('.'), 0, 0));
            if (share.endsWith(QLatin1Char('%')) && fix.widthMm > 0) {
                // Qt writes a percentage, which is not a length: width and relative width instead.
                const double percent = share.chopped(1).toDouble();
                writer.writeStartElement(StyleNs, QStringLiteral("table-column-properties"));
                writer.writeAttributes(without(attributes, {{StyleNs, QStringLiteral("column-width")}}));
                writer.writeAttribute(StyleNs, QStringLiteral("column-width"),
                                      millimetres(fix.widthMm * percent / 100));
                writer.writeAttribute(StyleNs, QStringLiteral("rel-column-width"),
                                      QString::number(qRound(percent * 100)) + u'*');
                continue;
            }
        } else if (start && is(TableNs, "table")) {
            table = attributes.value(TableNs, QStringLiteral("style-name")).toString();
            headerOpen = false;
            headerDone = false;
        } else if (start && is(TableNs, "table-row")) {
            if (fixups.tables.value(table).headerRow && !headerDone) {
                writer.writeStartElement(TableNs, QStringLiteral("table-header-rows"));
                headerOpen = true;
            }
            writer.writeStartElement(TableNs, QStringLiteral("table-row"));
            writer.writeAttributes(attributes);
            writer.writeAttribute(TableNs, QStringLiteral("style-name"), KeepRowStyle);
            continue;
        } else if (start && is(TextNs, "tab")) {
            tab = 1;
            continue;
        } else if (start && is(TextNs, "p") &&
                   fixups.dropped.contains(attributes.value(TextNs, QStringLiteral("style-name")).toString())) {
            deferredParagraph = attributes;
            continue;
        } else if (end && is(TableNs, "table-row") && headerOpen) {
            writer.writeEndElement(); // table-row
            writer.writeEndElement(); // table-header-rows
            headerOpen = false;
            headerDone = true;
            continue;
        } else if (end && is(OfficeNs, "automatic-styles")) {
            writer.writeStartElement(StyleNs, QStringLiteral("style"));
            writer.writeAttribute(StyleNs, QStringLiteral("name"), KeepRowStyle);
            writer.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-row"));
            writer.writeEmptyElement(StyleNs, QStringLiteral("table-row-properties"));
            writer.writeAttribute(FoNs, QStringLiteral("keep-together"), QStringLiteral("always"));
            writer.writeEndElement();
        }
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? QByteArray() : out;
}

// A page layout; a numbered one keeps its page number in a header that fills the top
// margin (the number about centred in it), so the text starts where it does on a page
// without a number.
void writePageLayout(QXmlStreamWriter &writer, const QString &name, bool landscape, const DocumentMargins &margins,
                     bool numbered)
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
void writeMasterPage(QXmlStreamWriter &writer, const QString &name, const QString &layout, const QString &next,
                     bool numbered)
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

// styles.xml, which Qt does not write: Times New Roman and Vietnamese by default, and
// A4 pages with the document's margins. "Standard", the page style of the main part,
// is portrait or landscape as the document; appendices start "Portrait" or "Landscape".
QByteArray stylesXml(const OfficialDocument &document)
{
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
    writer.writeAttribute(StyleNs, QStringLiteral("name"), Family);
    writer.writeAttribute(SvgNs, QStringLiteral("font-family"), u'\'' + Family + u'\'');
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
    writer.writeAttribute(StyleNs, QStringLiteral("font-name"), Family);
    writer.writeAttribute(FoNs, QStringLiteral("font-family"), Family);
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

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeNamespace(ManifestNs, QStringLiteral("manifest"));
    writer.writeStartDocument();
    writer.writeStartElement(ManifestNs, QStringLiteral("manifest"));
    writer.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&writer](const QString &path, const QString &type) {
        writer.writeEmptyElement(ManifestNs, QStringLiteral("file-entry"));
        writer.writeAttribute(ManifestNs, QStringLiteral("full-path"), path);
        if (path == QStringLiteral("/"))
            writer.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
        writer.writeAttribute(ManifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), MimeType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

// One part of a zip archive held in memory; nullopt if it is missing or damaged.
std::optional<QByteArray> readPart(const QByteArray &archive, const char *name)
{
    QBuffer buffer;
    buffer.setData(archive);
    if (!buffer.open(QIODevice::ReadOnly))
        return std::nullopt;
    zlib_filefunc64_def functions = zipDeviceFunctions();
    unzFile zip = unzOpen2_64(&buffer, &functions);
    if (!zip)
        return std::nullopt;
    QByteArray data;
    bool ok = unzLocateFile(zip, name, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK;
    if (ok) {
        char chunk[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0)
            data.append(chunk, read);
        ok = unzCloseCurrentFile(zip) == UNZ_OK && read == 0;
    }
    unzClose(zip);
    return ok ? std::optional(data) : std::nullopt;
}

// Writes the parts as a zip archive; the first one stored, the others deflated (ODF:
// "mimetype" first and uncompressed, so that its type can be read at a fixed offset).
bool writeArchive(QIODevice *device, const QList<std::pair<QByteArray, QByteArray>> &parts)
{
    zlib_filefunc64_def functions = zipDeviceFunctions();
    zipFile zip = zipOpen2_64(device, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()),    uInt(now.time().hour()),
                     uInt(now.date().day()),    uInt(now.date().month() - 1), uInt(now.date().year())};
    bool ok = true;
    for (qsizetype i = 0; ok && i < parts.size(); ++i) {
        const bool stored = i == 0;
        const QByteArray &data = parts.at(i).second;
        ok = zipOpenNewFileInZip(zip, parts.at(i).first.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                 stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

std::unique_ptr<QTextDocument> OdtWriter::toTextDocument(const OfficialDocument &document)
{
    auto text = std::make_unique<QTextDocument>();
    Builder(document, *text).build();
    return text;
}

QString OdtWriter::write(const OfficialDocument &document, const QString &path)
{
    QString error = DocumentRenderer::validate(document);
    if (!error.isEmpty())
        return error;
    const QString failed = tr("The document cannot be converted to OpenDocument text.");
    const std::unique_ptr<QTextDocument> text = toTextDocument(document);
    QByteArray odf;
    {
        QBuffer buffer(&odf);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(text.get()))
            return failed;
    }
    const std::optional<QByteArray> content = readPart(odf, "content.xml");
    if (!content)
        return failed;
    const QByteArray completed = completeContent(*content, collectFixups(*text));
    if (completed.isEmpty())
        return failed;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const bool written = writeArchive(&file, {{"mimetype", MimeType.toLatin1()},
                                              {"content.xml", completed},
                                              {"styles.xml", stylesXml(document)},
                                              {"META-INF/manifest.xml", manifestXml()}});
    if (!written || file.error() != QFileDevice::NoError) {
        error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
