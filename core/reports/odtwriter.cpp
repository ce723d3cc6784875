#include "odtwriter.h"

#include "documentfonts.h"
#include "documentrenderer.h"
#include "io/odtpackage.h"
#include "odtcontentfixups.h"
#include "odtstyles.h"
#include "tablelayout.h"
#include "wrappedtext.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <optional>
#include <utility>

namespace {

constexpr double PxPerPt = OdtContentFixups::PxPerPt; // Qt's ODF writer reads lengths as pixels at 96 dpi
constexpr double PxPerMm = 96.0 / 25.4;
constexpr double ParagraphIndentMm = 12.7; // first-line indent 1.27 cm
constexpr double LineHeightPercent = 115;  // as DocumentRenderer: 1.15 lines
constexpr double ParagraphAfterPt = 6;
constexpr double CellPaddingPt = 3; // left and right of a table cell's text
constexpr double RuleShare = 0.4;   // rules under the agency and the trích yếu: 1/3 to 1/2 of the text
constexpr double RulePointSize = 7;
constexpr double SignatureSpaceMm = 25;
constexpr double A4ShortMm = 210;
constexpr double A4LongMm = 297;

const QString Family = OdtStyles::fontFamily(); // as styles.xml names it

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
        first.setProperty(OdtContentFixups::Drop, true);
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
            last.setProperty(OdtContentFixups::Drop, true);
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
            format.setProperty(OdtContentFixups::MasterPage, m_pendingMaster);
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
        format.setProperty(OdtContentFixups::TableWidthMm, textWidthMm());
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
            cell.setLeftPadding(CellPaddingPt * PxPerPt);
            cell.setRightPadding(CellPaddingPt * PxPerPt);
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
            format.setProperty(OdtContentFixups::KeepWithNext, true);
            addParagraph(format, {{upper(m_document.typeName), charFormat(size, true)}});
        }
        if (hasSummary) {
            const QString summary = lines(m_document.summary);
            QTextBlockFormat format = blockFormat(Qt::AlignHCenter, m_document.typeName.isEmpty() ? 18 : 0);
            format.setProperty(OdtContentFixups::KeepWithNext, true);
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
                format.setProperty(OdtContentFixups::KeepWithNext, true);
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
        const double size = m_document.tablePointSize;
        const QList<double> shares =
            TableLayout::widths(source, textWidthPt(), CellPaddingPt + 0.25, // and a hair, against rounding
                                [this, size](const QString &text, bool bold) { return width(text, size, bold); });
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
            format.setProperty(OdtContentFixups::KeepWithNext, true);
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

} // namespace

std::unique_ptr<QTextDocument> OdtWriter::toTextDocument(const OfficialDocument &document)
{
    auto text = std::make_unique<QTextDocument>();
    Builder(document, *text).build();
    return text;
}

QString OdtWriter::write(const OfficialDocument &document, const QString &path)
{
    const QString error = DocumentRenderer::validate(document);
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
    const std::optional<QByteArray> content = OdtPackage::readPart(odf, QStringLiteral("content.xml"));
    if (!content)
        return failed;
    const QByteArray completed = OdtContentFixups(*text).apply(*content);
    if (completed.isEmpty())
        return failed;

    OdtPackage package;
    package.addPart(QStringLiteral("content.xml"), completed, QStringLiteral("text/xml"));
    package.addPart(QStringLiteral("styles.xml"), OdtStyles::xml(document), QStringLiteral("text/xml"));
    if (!package.write(path))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), package.errorString());
    return {};
}
