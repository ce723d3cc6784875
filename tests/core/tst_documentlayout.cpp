// The layout details the decree's samples show: the short rule under a title stands
// clear of the title's last line, and table columns take the width of what they hold.
// Checked on the PDF read back (words from pdftotext -bbox, rules from the page
// rendered by pdftoppm) and, for the column widths, on TableLayout itself.
#include "reports/documentfonts.h"
#include "reports/documentrenderer.h"
#include "reports/officialdocument.h"
#include "reports/tablelayout.h"
#include "support/pdfreadback.h"
#include "support/sampleorganisation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace PdfReadBack;

namespace {

// One "character" is one unit wide; a bold one two.
double fakeMeasure(const QString &text, bool bold)
{
    return double(text.size()) * (bold ? 2 : 1);
}

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

DocumentTable rankedTable(int rows)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("Hạng"), Qt::AlignHCenter},
                     {QStringLiteral("Đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Tổng điểm"), Qt::AlignHCenter},
                     {QStringLiteral("Xếp loại"), Qt::AlignHCenter},
                     {QStringLiteral("Ghi chú"), Qt::AlignLeft}};
    const QStringList names = {QStringLiteral("Thư viện tỉnh Tây Ninh"),
                               QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
                               QStringLiteral("Ban Quản lý Khu du lịch quốc gia Núi Bà Đen")};
    const QStringList classes = {QStringLiteral("Tốt"), QStringLiteral("Khá"), QStringLiteral("Trung bình")};
    for (int i = 0; i < rows; ++i)
        table.rows.append({{QString::number(i + 1), names.at(i % names.size()), QStringLiteral("%1,50").arg(95 - i),
                            classes.at(i % classes.size()), QString()},
                           false});
    return table;
}

// The words of one line: those whose top is within 1 pt of `word`'s.
QList<Word> lineOf(const Page &page, const Word &word)
{
    QList<Word> line;
    for (const Word &w : page.words)
        if (qAbs(w.yMin - word.yMin) < 1)
            line.append(w);
    return line;
}

double lowest(const QList<Word> &line)
{
    double y = 0;
    for (const Word &w : line)
        y = qMax(y, w.yMax);
    return y;
}

} // namespace

class TestDocumentLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allFitsTextTakesTheRest();
    void numbersKeepTheirWidth();
    void tooNarrowScalesTheWords();
    void titleRuleClearsTheLastLine();
    void appendixRuleClearsItsHeading();
    void columnsFromTheContent();
    void rowTallerThanAPageContinues();

private:
    QString write(const OfficialDocument &document, const QString &name);

    QTemporaryDir m_dir;
};

QString TestDocumentLayout::write(const OfficialDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = DocumentRenderer::writePdf(document, path);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestDocumentLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
             "pdftoppm (poppler-utils) is needed: tools/install-deps.sh");
    QVERIFY(!DocumentFonts::family().isEmpty());
}

void TestDocumentLayout::allFitsTextTakesTheRest()
{
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter},
                     {QStringLiteral("Đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Số"), Qt::AlignRight}};
    table.rows = {{{QStringLiteral("1"), QStringLiteral("Thư viện"), QStringLiteral("1.234")}, false},
                  {{QStringLiteral("2"), QStringLiteral("Bảo tàng tỉnh"), QStringLiteral("12")}, false}};
    const QList<double> widths = TableLayout::widths(table, 100, 1, fakeMeasure);
    QCOMPARE(widths.size(), 3);
    QCOMPARE(sum(widths), 100.0);
    QCOMPARE(widths.at(0), 3 * 2 + 2.0); // the bold header "STT", padded
    QCOMPARE(widths.at(2), 5 + 2.0);     // "1.234", wider than the bold "Số"
    QCOMPARE(widths.at(1), 100 - 8 - 7.0);
}

void TestDocumentLayout::numbersKeepTheirWidth()
{
    DocumentTable table;
    table.columns = {{QStringLiteral("Đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Số lượt người tham gia"), Qt::AlignRight},
                     {QStringLiteral("Ghi chú"), Qt::AlignLeft}};
    table.rows = {{{QStringLiteral("Trung tâm Văn hóa Thể thao và Truyền thanh"), QStringLiteral("12.345"),
                    QStringLiteral("đã gửi báo cáo đúng hạn")},
                   false}};
    const QList<double> widths = TableLayout::widths(table, 60, 0, fakeMeasure);
    QVERIFY(!widths.isEmpty());
    QCOMPARE(sum(widths), 60.0);
    // The number column: its header wraps between words ("người" bold is the widest
    // word, 10), never narrower; the value is narrower still.
    QCOMPARE(widths.at(1), 10.0);
    // Text columns share the rest, each at least its widest word.
    QVERIFY(widths.at(0) >= QStringLiteral("Truyền").size());
    QVERIFY(widths.at(2) >= 6);           // "Ghi" or "chú" in bold
    QVERIFY(widths.at(0) > widths.at(2)); // in proportion to their text
}

void TestDocumentLayout::tooNarrowScalesTheWords()
{
    DocumentTable table;
    table.columns = {{QStringLiteral("A"), Qt::AlignLeft}, {QStringLiteral("B"), Qt::AlignRight}};
    table.rows = {{{QStringLiteral("abcdefghij"), QStringLiteral("1234567890")}, false}};
    const QList<double> widths = TableLayout::widths(table, 10, 0, fakeMeasure);
    QVERIFY(!widths.isEmpty());
    QCOMPARE(sum(widths), 10.0);
    QCOMPARE(widths.at(0), widths.at(1));
    QVERIFY(TableLayout::widths(DocumentTable{}, 10, 0, fakeMeasure).isEmpty());
}

void TestDocumentLayout::titleRuleClearsTheLastLine()
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(sampleOrganisation(), DocumentKind::RankedList, 5, QDate(2025, 12, 5));
    document.typeName = QStringLiteral("DANH SÁCH XẾP HẠNG ĐƠN VỊ HỌC TẬP NĂM 2024");
    // Dots below (ạ, ộ) and descenders (g, y) on the title's last line.
    document.summary = QStringLiteral("Các đơn vị hoạt động trong năm 2024");
    document.body.append(DocumentBlock::tableBlock(rankedTable(3)));
    const QString pdf = write(document, QStringLiteral("title.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Page> pages = readPages(pdf);
    QVERIFY(!pages.isEmpty());
    const auto trong = pages.first().first(QStringLiteral("trong"));
    const auto hang = pages.first().first(QStringLiteral("Hạng"));
    QVERIFY(trong && hang);
    const QList<Word> last = lineOf(pages.first(), *trong);
    const double bottom = lowest(last);
    const double left = last.first().xMin;
    const double right = last.last().xMax;

    const QList<Rule> rules = readRules(pdf, 1);
    QVERIFY(!rules.isEmpty());
    const auto rule = std::find_if(rules.cbegin(), rules.cend(), [bottom](const Rule &r) { return r.y > bottom - 2; });
    QVERIFY2(rule != rules.cend(), "no rule under the title");
    // A short rule, centred under the line, clear of it by a real gap, and above the table.
    QVERIFY2(rule->length() < 0.6 * (right - left), qPrintable(QString::number(rule->length())));
    QVERIFY(qAbs((rule->xMin + rule->xMax) / 2 - (left + right) / 2) < 3);
    QVERIFY2(rule->y - bottom >= 4, qPrintable(QStringLiteral("gap %1 pt").arg(rule->y - bottom)));
    QVERIFY2(rule->y - bottom <= 12, qPrintable(QStringLiteral("gap %1 pt").arg(rule->y - bottom)));
    QVERIFY(hang->yMin > rule->y + 6);
}

void TestDocumentLayout::appendixRuleClearsItsHeading()
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(sampleOrganisation(), DocumentKind::SummaryReport, 5, QDate(2025, 12, 5));
    document.typeName = QStringLiteral("BÁO CÁO");
    document.body.append(DocumentBlock::paragraph(QStringLiteral("Số liệu tại Phụ lục I kèm theo.")));
    DocumentAppendix appendix;
    appendix.label = QStringLiteral("Phụ lục I");
    appendix.title = QStringLiteral("Số liệu hoạt động của các đơn vị năm 2024");
    appendix.attachedTo = QStringLiteral("(Kèm theo Báo cáo số 05/BC-SVHTTDL ngày 05 tháng 12 năm 2025 của Sở Văn hóa, "
                                         "Thể thao và Du lịch)");
    appendix.landscape = true;
    appendix.blocks.append(DocumentBlock::tableBlock(rankedTable(3)));
    document.appendices.append(appendix);
    const QString pdf = write(document, QStringLiteral("appendix.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Page> pages = readPages(pdf);
    QCOMPARE(pages.size(), 2);
    const auto kem = pages.at(1).first(QStringLiteral("(Kèm"));
    const auto hang = pages.at(1).first(QStringLiteral("Hạng"));
    QVERIFY(kem && hang);
    const double bottom = lowest(lineOf(pages.at(1), *kem));
    const QList<Rule> rules = readRules(pdf, 2);
    QVERIFY(!rules.isEmpty());
    const auto rule = std::find_if(rules.cbegin(), rules.cend(), [bottom](const Rule &r) { return r.y > bottom - 2; });
    QVERIFY2(rule != rules.cend(), "no rule under the appendix heading");
    QVERIFY2(rule->y - bottom >= 4, qPrintable(QStringLiteral("gap %1 pt").arg(rule->y - bottom)));
    QVERIFY(rule->length() < pages.at(1).width / 3);
    QVERIFY(hang->yMin > rule->y + 6);
}

void TestDocumentLayout::columnsFromTheContent()
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(sampleOrganisation(), DocumentKind::RankedList, 5, QDate(2025, 12, 5));
    document.typeName = QStringLiteral("DANH SÁCH");
    document.body.append(DocumentBlock::tableBlock(rankedTable(9)));
    const QString pdf = write(document, QStringLiteral("columns.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Page> pages = readPages(pdf);
    QVERIFY(!pages.isEmpty());
    const Page &page = pages.first();
    // "Trung bình" on one line in "Xếp loại", every time.
    const QList<Word> trung = page.find(QStringLiteral("Trung"));
    int classes = 0;
    for (const Word &word : trung) {
        const QList<Word> line = lineOf(page, word);
        const bool isClass = std::any_of(line.cbegin(), line.cend(), [&word](const Word &w) {
            return w.text == QStringLiteral("bình") && w.xMin > word.xMax && w.xMin - word.xMax < 6;
        });
        const bool isName =
            std::any_of(line.cbegin(), line.cend(), [](const Word &w) { return w.text == QStringLiteral("tâm"); });
        QVERIFY2(isClass || isName, "“Trung bình” split over two lines");
        classes += isClass;
    }
    QCOMPARE(classes, 3);
    // The longest unit name fits on one line: its first and last words share it.
    const auto duong = page.first(QStringLiteral("Dương"));
    const auto chau = page.first(QStringLiteral("Châu"));
    QVERIFY(duong && chau);
    QVERIFY(qAbs(duong->yMin - chau->yMin) < 1);
    // The score column no wider than its header's widest word needs: "Tổng" and "điểm"
    // on two lines when the names need the room, or one; never a word split.
    const auto tong = page.first(QStringLiteral("Tổng"));
    const auto diem = page.first(QStringLiteral("điểm"));
    QVERIFY(tong && diem);
}

// A unit name of 10,000 characters (stored before names were limited) makes a row
// taller than a page: it continues on the next pages under the repeated header, every
// word stays inside the margins, none is lost or repeated, and the rows after it follow.
void TestDocumentLayout::rowTallerThanAPageContinues()
{
    DocumentTable table = rankedTable(3);
    QStringList tokens;
    QString name;
    for (int i = 1; name.size() < 10000; ++i) {
        tokens.append(QStringLiteral("x%1").arg(i, 4, 10, QLatin1Char('0')));
        name += tokens.last() + QLatin1Char(' ');
    }
    table.rows[1].cells[1] = name.trimmed();
    OfficialDocument document =
        OfficialDocument::forOrganisation(sampleOrganisation(), DocumentKind::RankedList, 5, QDate(2025, 12, 5));
    document.typeName = QStringLiteral("DANH SÁCH");
    document.body.append(DocumentBlock::tableBlock(table));
    const QString pdf = write(document, QStringLiteral("tall.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Page> pages = readPages(pdf);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));

    const DocumentMargins margins;
    QStringList seen;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        QVERIFY(!page.words.isEmpty());
        QList<Word> names;
        for (const Word &w : page.words) {
            const QString where =
                QStringLiteral("page %1: “%2” at %3,%4").arg(p + 1).arg(w.text).arg(w.xMin).arg(w.yMin);
            QVERIFY2(w.xMin >= margins.left * PointsPerMm - Slack, qPrintable(where));
            QVERIFY2(w.xMax <= page.width - margins.right * PointsPerMm + Slack, qPrintable(where));
            QVERIFY2(w.yMax <= page.height - margins.bottom * PointsPerMm + Slack, qPrintable(where));
            if (w.yMin < margins.top * PointsPerMm - Slack)
                QVERIFY2(p > 0 && w.text == QString::number(p + 1), qPrintable(where)); // the page number only
            if (w.text.size() == 5 && w.text.startsWith(QLatin1Char('x')))
                names.append(w);
        }
        if (p > 0 && !names.isEmpty())
            QVERIFY2(page.first(QStringLiteral("Hạng")), "the header is not repeated over the continued row");
        std::sort(names.begin(), names.end(), [](const Word &a, const Word &b) {
            return qAbs(a.yMin - b.yMin) >= 1 ? a.yMin < b.yMin : a.xMin < b.xMin;
        });
        for (const Word &w : std::as_const(names))
            seen.append(w.text);
    }
    QCOMPARE(seen.size(), tokens.size());
    QCOMPARE(seen, tokens);
    // The row before it on the first page; the one after it below its last word (or on a later page).
    QVERIFY(pages.first().first(QStringLiteral("Thư")));
    const QString lastToken = tokens.last();
    qsizetype lastPage = -1;
    for (qsizetype p = 0; p < pages.size(); ++p)
        if (pages.at(p).first(lastToken))
            lastPage = p;
    QVERIFY(lastPage >= 0);
    const auto nui = pages.at(lastPage).first(QStringLiteral("Núi"));
    const bool below = nui && nui->yMin > pages.at(lastPage).first(lastToken)->yMax;
    QVERIFY2(below || (lastPage + 1 < pages.size() && pages.at(lastPage + 1).first(QStringLiteral("Núi"))),
             "the row after the tall one is missing");
}

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
