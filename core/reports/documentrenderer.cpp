#include "documentrenderer.h"

#include "documentfonts.h"
#include "io/writefailure.h"
#include "pagecursor.h"
#include "tablepainter.h"
#include "wrappedtext.h"

#include <QDir>
#include <QFontMetricsF>
#include <QLineF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>

#include <memory>
#include <utility>
#include <vector>

namespace {

const double ParagraphIndentMm = 12.7; // first-line indent 1.27 cm
const double ParagraphSpacing = 1.15;  // line spacing, in lines (the decree allows 1 to 1.5)
const double ParagraphAfterPt = 6;     // space after a paragraph (at least 6 pt)
const double RuleWidthPt = 0.75;
const double AgencyRuleShare = 0.4; // rules under the agency and the trích yếu: 1/3 to 1/2 of the text
const double SubjectPointSize = 12; // a công văn's "V/v ..." line (12-13 pt)
const double SignatureSpaceMm = 25; // room for the signature and the seal
const double HeaderRuleGapPt = 2;   // the rules under the agency and the Tiêu ngữ, below the descent line
const double TitleRuleGapPt = 6;    // the rule under the trích yếu, below the descent line

QString quocHieu()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString tieuNgu()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString upper(const QString &text)
{
    return WrappedText::prepare(text).toUpper();
}

// An agency name that does not fit its column, broken in two (WrappedText::breakName).
// A name with its own line break is left alone.
QString breakName(const QString &name, const QFontMetricsF &metrics, double width)
{
    if (name.contains(QLatin1Char('\n')))
        return name;
    const QStringList lines = WrappedText::breakName(
        name, width, [&metrics](const QString &text) { return metrics.horizontalAdvance(text); });
    return lines.isEmpty() ? name : lines.join(QLatin1Char('\n'));
}

QPageLayout a4Layout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

DocumentRenderer::DocumentRenderer(const OfficialDocument &document) : m_document(document) {}

QString DocumentRenderer::validate(const OfficialDocument &document)
{
    if (!document.margins.isValid())
        return tr("The page margins are outside those of Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, "
                  "right 15-20 mm.");
    if (document.bodyPointSize < 13 || document.bodyPointSize > 14 || document.tablePointSize < 12 ||
        document.tablePointSize > 13)
        return tr("The font sizes are outside those of Decree 30/2020: text 13-14 pt, tables 12-13 pt.");
    return {};
}

QFont DocumentRenderer::font(double pointSize, bool bold, bool italic) const
{
    return DocumentFonts::font(m_family, pointSize, bold, italic);
}

int DocumentRenderer::render(QPagedPaintDevice *device)
{
    m_error = validate(m_document);
    if (!m_error.isEmpty())
        return -1;
    m_family = DocumentFonts::family();
    if (m_family.isEmpty() || device == nullptr) {
        m_error = tr("The document cannot be drawn on this output.");
        return -1;
    }
    if (!device->setPageLayout(a4Layout(m_document.landscape))) {
        // A printer may refuse margins below its own: keep them, PageCursor measures
        // from the paper's corner anyway.
        device->setPageSize(QPageSize(QPageSize::A4));
        device->setPageOrientation(m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = tr("The document cannot be drawn on this output.");
        return -1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageCursor cursor(painter, *device, m_document.margins, font(m_document.bodyPointSize));
    m_cursor = &cursor;

    drawHeader();
    drawTitle();
    drawAddressees();
    drawBlocks(m_document.body, cursor.fromPt(ParagraphAfterPt) + drawSignature(true));
    drawSignature();
    for (const DocumentAppendix &appendix : std::as_const(m_document.appendices))
        drawAppendix(appendix);

    m_cursor = nullptr;
    const bool ended = painter.end();
    if (cursor.failed() || !ended) {
        m_error = tr("The document cannot be drawn on this output.");
        return -1;
    }
    return cursor.pageCount();
}

double DocumentRenderer::leftColumnWidth(double quocHieuWidth) const
{
    const double width = m_cursor->width();
    const double right = qMax(0.6 * width, qMin(quocHieuWidth + m_cursor->fromPt(6), 0.7 * width));
    return width - right;
}

double DocumentRenderer::drawRuleBelow(const WrappedText &text, double lineTop, double centreX, double length,
                                       double gapPt)
{
    QPainter &painter = m_cursor->painter();
    const double y = lineTop + text.ascent() + text.descent() + m_cursor->fromPt(gapPt);
    painter.setPen(QPen(Qt::black, m_cursor->fromPt(RuleWidthPt)));
    painter.drawLine(QLineF(centreX - length / 2, y, centreX + length / 2, y));
    painter.setPen(Qt::black);
    return y;
}

void DocumentRenderer::drawHeader()
{
    PageCursor &cursor = *m_cursor;
    QPaintDevice *device = &cursor.device();
    QPainter &painter = cursor.painter();

    // Quốc hiệu 13 pt when it fits the right column (60 % of the text width), else 12;
    // the left column's lines use the same size, the Tiêu ngữ one more.
    m_headerPointSize = 13;
    double quocHieuWidth = QFontMetricsF(font(13, true), device).horizontalAdvance(quocHieu());
    if (quocHieuWidth > 0.6 * cursor.width() - cursor.fromPt(6)) {
        m_headerPointSize = 12;
        quocHieuWidth = QFontMetricsF(font(12, true), device).horizontalAdvance(quocHieu());
    }
    const double leftWidth = leftColumnWidth(quocHieuWidth);
    const double rightWidth = cursor.width() - leftWidth;
    const double leftX = cursor.left();
    const double rightX = leftX + leftWidth;
    const double top = cursor.y();
    WrappedText::Options centred;
    centred.alignment = Qt::AlignHCenter;

    // Left: cơ quan chủ quản, cơ quan ban hành, a rule 1/3-1/2 of its length.
    double y = top;
    double leftBottom = top;
    if (!m_document.header.parentBody.isEmpty()) {
        const QFont regular = font(m_headerPointSize);
        const QString name = breakName(upper(m_document.header.parentBody), QFontMetricsF(regular, device), leftWidth);
        const WrappedText parent(name, regular, device, leftWidth, centred);
        parent.draw(painter, QPointF(leftX, y));
        y += parent.height();
        leftBottom = y;
    }
    if (!m_document.header.agency.isEmpty()) {
        const QFont bold = font(m_headerPointSize, true);
        const QString name = breakName(upper(m_document.header.agency), QFontMetricsF(bold, device), leftWidth);
        const WrappedText agency(name, bold, device, leftWidth, centred);
        agency.draw(painter, QPointF(leftX, y));
        const double lastTop = y + (agency.lineCount() - 1) * agency.lineStep();
        leftBottom = drawRuleBelow(agency, lastTop, leftX + leftWidth / 2, AgencyRuleShare * agency.naturalWidth(),
                                   HeaderRuleGapPt);
    }

    // Right: Quốc hiệu, Tiêu ngữ with a rule as long as itself.
    y = top;
    const WrappedText national(quocHieu(), font(m_headerPointSize, true), device, rightWidth, centred);
    national.draw(painter, QPointF(rightX, y));
    y += national.height();
    const WrappedText motto(tieuNgu(), font(m_headerPointSize + 1, true), device, rightWidth, centred);
    motto.draw(painter, QPointF(rightX, y));
    const double rightBottom = drawRuleBelow(motto, y, rightX + rightWidth / 2, motto.naturalWidth(), HeaderRuleGapPt);

    // "Số: ..." under the agency and the place and date under the Quốc hiệu, on one line.
    const WrappedText number(m_document.header.number.isEmpty() ? QString()
                                                                : QStringLiteral("Số: ") + m_document.header.number,
                             font(13), device, leftWidth, centred);
    const WrappedText date(m_document.header.placeAndDate, font(m_document.bodyPointSize, false, true), device,
                           rightWidth, centred);
    const double baseline = qMax(leftBottom, rightBottom) + cursor.fromPt(6) + qMax(number.ascent(), date.ascent());
    double bottom = qMax(leftBottom, rightBottom);
    double numberBottom = leftBottom;
    if (!m_document.header.number.isEmpty()) {
        number.draw(painter, QPointF(leftX, baseline - number.ascent()));
        numberBottom = baseline - number.ascent() + number.height();
        bottom = qMax(bottom, numberBottom);
    }
    if (!m_document.header.placeAndDate.isEmpty()) {
        date.draw(painter, QPointF(rightX, baseline - date.ascent()));
        bottom = qMax(bottom, baseline - date.ascent() + date.height());
    }

    // A công văn's trích yếu ("V/v ..."), centred under "Số" 6 pt below it, wrapped to
    // the left column.
    if (!m_document.header.subject.isEmpty()) {
        const WrappedText subject(m_document.header.subject, font(SubjectPointSize), device, leftWidth, centred);
        const double subjectTop = numberBottom + cursor.fromPt(6);
        subject.draw(painter, QPointF(leftX, subjectTop));
        bottom = qMax(bottom, subjectTop + subject.height());
    }
    cursor.advance(bottom - top);
}

void DocumentRenderer::drawTitle()
{
    PageCursor &cursor = *m_cursor;
    QPainter &painter = cursor.painter();
    WrappedText::Options centred;
    centred.alignment = Qt::AlignHCenter;
    const QFont bold = font(m_document.bodyPointSize, true);

    // A công văn has neither: only the space between the header and "Kính gửi:".
    if (m_document.typeName.isEmpty() && m_document.summary.isEmpty()) {
        cursor.advance(cursor.fromPt(12));
        return;
    }
    cursor.advance(cursor.fromPt(18));
    if (!m_document.typeName.isEmpty()) {
        const WrappedText type(upper(m_document.typeName), bold, &cursor.device(), cursor.width(), centred);
        type.draw(painter, QPointF(cursor.left(), cursor.y()));
        cursor.advance(type.height());
    }
    if (!m_document.summary.isEmpty()) {
        const WrappedText summary(m_document.summary, bold, &cursor.device(), cursor.width(), centred);
        summary.draw(painter, QPointF(cursor.left(), cursor.y()));
        const double lastTop = cursor.y() + (summary.lineCount() - 1) * summary.lineStep();
        // Well clear of the last line's descenders and dots below (ạ, ộ): a rule under the
        // title, not an underline of its last words.
        const double rule = drawRuleBelow(summary, lastTop, cursor.left() + cursor.width() / 2,
                                          AgencyRuleShare * summary.naturalWidth(), TitleRuleGapPt);
        cursor.advance(rule - cursor.y());
    }
    cursor.advance(cursor.fromPt(12));
}

void DocumentRenderer::drawAddressees()
{
    const QStringList &addressees = m_document.addressees;
    if (addressees.isEmpty())
        return;
    PageCursor &cursor = *m_cursor;
    QPaintDevice *device = &cursor.device();
    const QFont regular = font(m_document.bodyPointSize);
    const QString label = QStringLiteral("Kính gửi:");
    if (addressees.size() == 1) {
        WrappedText::Options centred;
        centred.alignment = Qt::AlignHCenter;
        const WrappedText line(label + QLatin1Char(' ') + addressees.first(), regular, device, cursor.width(), centred);
        drawFlowing(line, cursor.left());
    } else {
        // "Kính gửi:" on its own line, the recipients as "- " lines under its colon,
        // the whole block centred.
        const QFontMetricsF metrics(regular, device);
        const double labelWidth = metrics.horizontalAdvance(label);
        double widest = 0;
        for (const QString &addressee : addressees)
            widest = qMax(widest, metrics.horizontalAdvance(QStringLiteral("- ") + WrappedText::prepare(addressee)));
        const double blockLeft = cursor.left() + qMax(0.0, (cursor.width() - labelWidth - widest) / 2);
        const double listLeft = blockLeft + labelWidth - metrics.horizontalAdvance(QStringLiteral(":"));
        drawFlowing(WrappedText(label, regular, device, cursor.width()), blockLeft);
        for (const QString &addressee : addressees)
            drawFlowing(WrappedText(QStringLiteral("- ") + addressee, regular, device, cursor.right() - listLeft),
                        listLeft);
    }
    cursor.advance(cursor.fromPt(ParagraphAfterPt));
}

void DocumentRenderer::drawFlowing(const WrappedText &text, double left, double keepWithLast)
{
    PageCursor &cursor = *m_cursor;
    const int lines = text.lineCount();
    const double step = text.lineStep();
    int line = 0;
    while (line < lines) {
        // No single first line at the foot of a page and no single last line at the
        // head of the next: two lines or more on each side of a break.
        const int remaining = lines - line;
        int fitting = qMax(0, int((cursor.bottom() - cursor.y() + 0.01) / step));
        if (fitting < remaining) {
            if (remaining - fitting < 2)
                fitting = remaining - 2;
            if (fitting < 2)
                fitting = 0;
            if (fitting == 0 && cursor.pageEmpty())
                fitting = 1; // taller than a page: go on line by line
        } else if (keepWithLast > 0 && !cursor.fits(remaining * step + keepWithLast) && !cursor.pageEmpty()) {
            // The rest fits but what must follow it does not: the last two lines go on
            // with it to the next page, the first two stay (else all of it moves).
            fitting = remaining - 2 >= 2 ? remaining - 2 : 0;
        }
        for (const int end = line + qMin(fitting, remaining); line < end; ++line) {
            text.drawLine(cursor.painter(), line, left, cursor.y());
            cursor.advance(step);
        }
        if (line < lines)
            cursor.newPage();
    }
}

void DocumentRenderer::drawBlocks(const QList<DocumentBlock> &blocks, double keepWithEnd)
{
    PageCursor &cursor = *m_cursor;
    QPaintDevice *device = &cursor.device();
    const double size = m_document.bodyPointSize;
    WrappedText::Options paragraph;
    paragraph.alignment = Qt::AlignJustify;
    paragraph.firstLineIndent = cursor.fromMm(ParagraphIndentMm);
    paragraph.lineSpacing = ParagraphSpacing;
    WrappedText::Options heading = paragraph;
    heading.alignment = Qt::AlignLeft;

    for (const DocumentBlock &block : blocks) {
        switch (block.kind) {
        case DocumentBlock::Kind::Heading1:
        case DocumentBlock::Kind::Heading2:
        case DocumentBlock::Kind::Heading3: {
            const bool first = block.kind == DocumentBlock::Kind::Heading1;
            const bool bold = block.kind != DocumentBlock::Kind::Heading3;
            const WrappedText text(first ? upper(block.text) : block.text, font(size, bold), device, cursor.width(),
                                   heading);
            if (!cursor.pageEmpty())
                cursor.advance(cursor.fromPt(ParagraphAfterPt));
            // A heading stays with the first two lines of what follows it, or with a
            // table's header and first row (never alone at the foot of a page).
            double follows = 2 * text.lineStep();
            const qsizetype next = &block - blocks.constData() + 1;
            if (next < blocks.size() && blocks.at(next).kind == DocumentBlock::Kind::Table)
                follows = cursor.fromPt(ParagraphAfterPt) +
                          TablePainter(cursor, m_family, m_document.tablePointSize).leadHeight(blocks.at(next).table);
            cursor.ensure(text.height() + follows);
            drawFlowing(text, cursor.left());
            cursor.advance(cursor.fromPt(ParagraphAfterPt));
            break;
        }
        case DocumentBlock::Kind::Paragraph:
        case DocumentBlock::Kind::ItalicParagraph: {
            const bool italic = block.kind == DocumentBlock::Kind::ItalicParagraph;
            const bool last = &block == &blocks.constLast();
            drawFlowing(WrappedText(block.text, font(size, false, italic), device, cursor.width(), paragraph),
                        cursor.left(), last ? keepWithEnd : 0);
            cursor.advance(cursor.fromPt(ParagraphAfterPt));
            break;
        }
        case DocumentBlock::Kind::Table: {
            TablePainter table(cursor, m_family, m_document.tablePointSize);
            table.draw(block.table);
            cursor.advance(cursor.fromPt(ParagraphAfterPt));
            break;
        }
        case DocumentBlock::Kind::PageBreak:
            if (!cursor.pageEmpty())
                cursor.newPage();
            break;
        case DocumentBlock::Kind::Spacer:
            cursor.advance(cursor.fromMm(qMax(0.0, block.spacerMm)));
            if (!cursor.fits(0))
                cursor.newPage();
            break;
        }
    }
}

double DocumentRenderer::drawSignature(bool measureOnly)
{
    const DocumentSignature &signature = m_document.signature;
    PageCursor &cursor = *m_cursor;
    QPaintDevice *device = &cursor.device();
    QPainter &painter = cursor.painter();
    const double size = m_document.bodyPointSize;
    const double quocHieuWidth = QFontMetricsF(font(m_headerPointSize, true), device).horizontalAdvance(quocHieu());
    const double leftWidth = leftColumnWidth(quocHieuWidth);
    const double rightWidth = cursor.width() - leftWidth;
    WrappedText::Options centred;
    centred.alignment = Qt::AlignHCenter;

    // Right: quyền hạn, chức vụ, room to sign, name; all centred.
    std::vector<std::unique_ptr<WrappedText>> right;
    for (const QString &line : {signature.authority, signature.title})
        if (!line.isEmpty())
            right.push_back(std::make_unique<WrappedText>(upper(line), font(size, true), device, rightWidth, centred));
    const auto name = std::make_unique<WrappedText>(signature.name, font(size, true), device, rightWidth, centred);
    double rightHeight = cursor.fromMm(SignatureSpaceMm) + (signature.name.isEmpty() ? 0 : name->height());
    for (const auto &line : right)
        rightHeight += line->height();

    // Left: "Nơi nhận:" level with the first line on the right, then the recipients.
    const WrappedText label(QStringLiteral("Nơi nhận:"), font(12, true, true), device, leftWidth);
    std::vector<std::unique_ptr<WrappedText>> recipients;
    for (const QString &recipient : signature.recipients)
        recipients.push_back(
            std::make_unique<WrappedText>(QStringLiteral("- ") + recipient, font(11), device, leftWidth));
    const double firstAscent = right.empty() ? label.ascent() : right.front()->ascent();
    const double labelOffset = firstAscent - label.ascent();
    double leftHeight = 0;
    if (!signature.recipients.isEmpty()) {
        leftHeight = labelOffset + label.height();
        for (const auto &recipient : recipients)
            leftHeight += recipient->height();
    }

    const double height = cursor.fromPt(12) + qMax(leftHeight, rightHeight);
    if (measureOnly)
        return height;

    cursor.advance(cursor.fromPt(12));
    cursor.ensure(qMax(leftHeight, rightHeight));
    const double top = cursor.y();

    double y = top;
    const double rightX = cursor.left() + leftWidth;
    for (const auto &line : right) {
        line->draw(painter, QPointF(rightX, y));
        y += line->height();
    }
    y += cursor.fromMm(SignatureSpaceMm);
    if (!signature.name.isEmpty())
        name->draw(painter, QPointF(rightX, y));

    if (!signature.recipients.isEmpty()) {
        y = top + labelOffset;
        label.draw(painter, QPointF(cursor.left(), y));
        y += label.height();
        for (const auto &recipient : recipients) {
            recipient->draw(painter, QPointF(cursor.left(), y));
            y += recipient->height();
        }
    }
    cursor.advance(qMax(leftHeight, rightHeight));
    return height;
}

void DocumentRenderer::drawAppendix(const DocumentAppendix &appendix)
{
    PageCursor &cursor = *m_cursor;
    QPaintDevice *device = &cursor.device();
    cursor.startPart(appendix.landscape);
    WrappedText::Options centred;
    centred.alignment = Qt::AlignHCenter;
    // Label, title and "(Kèm theo ...)", centred, then a short rule clear of the last line.
    std::vector<std::unique_ptr<WrappedText>> heading;
    if (!appendix.label.isEmpty())
        heading.push_back(
            std::make_unique<WrappedText>(appendix.label, font(14, true), device, cursor.width(), centred));
    const WrappedText *title = nullptr;
    if (!appendix.title.isEmpty()) {
        heading.push_back(std::make_unique<WrappedText>(upper(appendix.title), font(m_document.bodyPointSize, true),
                                                        device, cursor.width(), centred));
        title = heading.back().get();
    }
    if (!appendix.attachedTo.isEmpty())
        heading.push_back(std::make_unique<WrappedText>(
            appendix.attachedTo, font(m_document.bodyPointSize, false, true), device, cursor.width(), centred));
    for (const auto &text : heading)
        drawFlowing(*text, cursor.left());
    if (title != nullptr) {
        const WrappedText &last = *heading.back();
        const double lastTop = cursor.y() - last.lineStep();
        const double rule = drawRuleBelow(last, lastTop, cursor.left() + cursor.width() / 2,
                                          AgencyRuleShare * title->naturalWidth(), TitleRuleGapPt);
        cursor.advance(rule - cursor.y());
    }
    cursor.advance(cursor.fromPt(12));
    drawBlocks(appendix.blocks);
}

QString DocumentRenderer::writePdf(const OfficialDocument &document, const QString &path)
{
    // Checked first so that a document that cannot be printed does not even open the target.
    QString error = validate(document);
    if (!error.isEmpty())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), WriteFailure::reason(file, path));
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setCreator(QStringLiteral("xhht"));
        QString title = document.pdfTitle;
        if (title.isEmpty())
            title = QString(document.typeName.toUpper() + QLatin1Char(' ') + document.summary).simplified();
        if (title.isEmpty())
            title = document.header.subject.simplified();
        writer.setTitle(WrappedText::prepare(title));
        DocumentRenderer renderer(document);
        if (renderer.render(&writer) < 0)
            error = renderer.error();
    }
    if (error.isEmpty() && file.error() != QFileDevice::NoError)
        error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), WriteFailure::reason(file, path));
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), WriteFailure::reason(file, path));
    return {};
}
