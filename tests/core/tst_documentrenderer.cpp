// DocumentRenderer writes PDFs that are read back with poppler-utils (PdfReadBack).
#include "domain/organisationsettings.h"
#include "reports/documentfonts.h"
#include "reports/documentrenderer.h"
#include "reports/officialdate.h"
#include "support/pdfreadback.h"
#include "support/sampleorganisation.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

namespace {

using namespace PdfReadBack;

OrganisationSettings organisation()
{
    return sampleOrganisation();
}

const QStringList &unitNames()
{
    static const QStringList names = {
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
        QStringLiteral("Thư viện tỉnh Tây Ninh"),
        QStringLiteral("Bảo tàng tỉnh"),
        QStringLiteral("Ban Quản lý Khu du lịch quốc gia Núi Bà Đen"),
        QStringLiteral("Trường Trung học cơ sở Nguyễn Trãi, xã Hảo Đước"),
        QStringLiteral("Nhà Văn hóa Thanh niên phường Ninh Sơn"),
        QStringLiteral("Câu lạc bộ Hữu nghị Cựu chiến binh ấp Bàu Ễnh"),
        QStringLiteral("Trung tâm Huấn luyện và Thi đấu Thể dục thể thao"),
        QStringLiteral("Đoàn Nghệ thuật Cải lương"),
        QStringLiteral("Xã Phước Vinh"),
    };
    return names;
}

DocumentTable rankedTable(int rows)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter},
                     {QStringLiteral("Tên đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Huyện, thị xã, thành phố"), Qt::AlignLeft},
                     {QStringLiteral("Tổng điểm"), Qt::AlignHCenter},
                     {QStringLiteral("Xếp loại"), Qt::AlignHCenter}};
    static const QStringList districts = {QStringLiteral("Dương Minh Châu"), QStringLiteral("Châu Thành"),
                                          QStringLiteral("Hòa Thành"),       QStringLiteral("Gò Dầu"),
                                          QStringLiteral("Trảng Bàng"),      QStringLiteral("Tân Biên")};
    for (int i = 0; i < rows; ++i) {
        const int score = 100 - (i * 37) % 45;
        table.rows.append({{QString::number(i + 1), unitNames().at(i % unitNames().size()),
                            districts.at(i % districts.size()), QString::number(score),
                            score >= 90   ? QStringLiteral("Tốt")
                            : score >= 70 ? QStringLiteral("Khá")
                                          : QStringLiteral("Hoàn thành")},
                           false});
    }
    return table;
}

OfficialDocument rankedList(int rows)
{
    OfficialDocument document =
        OfficialDocument::forOrganisation(organisation(), QStringLiteral("BC"), 5, QDate(2025, 12, 5));
    document.typeName = QStringLiteral("Danh sách");
    document.summary = QStringLiteral("Xếp hạng “Đơn vị học tập” năm 2025");
    document.body.append(DocumentBlock::italicParagraph(
        QStringLiteral("Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06 tháng 8 năm 2020 của Bộ trưởng Bộ Giáo dục và "
                       "Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã;")));
    document.body.append(DocumentBlock::paragraph(
        QStringLiteral("Sở Văn hóa, Thể thao và Du lịch tổng hợp kết quả tự đánh giá của các đơn vị trực thuộc "
                       "và xếp hạng như sau:")));
    document.body.append(DocumentBlock::tableBlock(rankedTable(rows)));
    document.body.append(
        DocumentBlock::italicParagraph(QStringLiteral("Ghi chú: danh sách từ số liệu các đơn vị gửi về.")));
    return document;
}

// A table whose rows carry a token in their first and last cells and a middle cell
// long enough to wrap to a varying number of lines.
DocumentTable tokenTable(int rows, const QString &prefix)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("Mã đầu"), Qt::AlignLeft},
                     {QStringLiteral("Nội dung"), Qt::AlignLeft},
                     {QStringLiteral("Mã cuối"), Qt::AlignRight}};
    for (int i = 0; i < rows; ++i) {
        QString middle;
        for (int k = 0; k <= i % 7; ++k)
            middle += QStringLiteral("Tuyên truyền, phổ biến giáo dục pháp luật ở cơ sở. ");
        table.rows.append(
            {{QStringLiteral("%1a%2").arg(prefix).arg(i), middle.trimmed(), QStringLiteral("%1z%2").arg(prefix).arg(i)},
             i % 10 == 0});
    }
    return table;
}

QString paragraphText(int i)
{
    return QStringLiteral("Đoạn %1. Năm 2025, phong trào xây dựng xã hội học tập trên địa bàn tỉnh tiếp tục được "
                          "quan tâm triển khai; các thiết chế văn hóa, thể thao cơ sở phát huy hiệu quả, thu hút "
                          "đông đảo người dân tham gia học tập suốt đời.")
        .arg(i);
}

// A công văn: no tên loại, its trích yếu as the header's "V/v" line.
OfficialDocument congVan(const QString &subject)
{
    OfficialDocument document = OfficialDocument::forOrganisation(organisation(), QString(), 5, QDate(2025, 12, 2));
    document.header.subject = subject;
    document.addressees = {QStringLiteral("Thư viện tỉnh Tây Ninh")};
    document.body.append(DocumentBlock::paragraph(paragraphText(1)));
    return document;
}

QString congVanSubject()
{
    return QStringLiteral("V/v đôn đốc gửi báo cáo kết quả thực hiện Phong trào thi đua xây dựng xã hội học tập năm "
                          "2025");
}

// A paged device that keeps margins of its own, as a printer that refuses to print to
// the paper's edge does.
class MarginKeepingWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool setPageLayout(const QPageLayout &) override { return false; }
};

} // namespace

class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placeAndDate_data();
    void placeAndDate();
    void documentNumber();
    void vietnameseTextComesBack();
    void oneEmbeddedFamily();
    void headerLayout();
    void marginsAndPageNumbers();
    void tableHeaderRepeatsAndRowsStayWhole();
    void appendicesRestartNumbering();
    void decomposedInputPrintsComposed();
    void addresseesUnderTheColon();
    void congVanSubjectUnderNumber();
    void noTitleWithoutTypeName_data();
    void noTitleWithoutTypeName();
    void signatureNeverAlone();
    void deviceMarginsDoNotMoveTheLayout();
    void invalidDocumentIsRefused();
    void failedWriteLeavesNothing();
    void rewriteReplacesWholeFile();

private:
    QString write(const OfficialDocument &document, const QString &name);

    QTemporaryDir m_dir;
    QString m_listPdf;
};

QString TestDocumentRenderer::write(const OfficialDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = DocumentRenderer::writePdf(document, path);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestDocumentRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: tools/install-deps.sh");
    QVERIFY(!DocumentFonts::family().isEmpty());
    m_listPdf = write(rankedList(120), QStringLiteral("list.pdf"));
    QVERIFY(!m_listPdf.isEmpty());
    // Keep a copy to look at: XHHT_SAMPLE_PDF=/tmp/xhht-sample.pdf
    const QString sample = qEnvironmentVariable("XHHT_SAMPLE_PDF");
    if (!sample.isEmpty()) {
        QFile::remove(sample);
        QVERIFY(QFile::copy(m_listPdf, sample));
    }
}

void TestDocumentRenderer::placeAndDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day and December") << QDate(2025, 12, 5) << QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025");
    QTest::newRow("January padded") << QDate(2025, 1, 5) << QStringLiteral("Tây Ninh, ngày 05 tháng 01 năm 2025");
    QTest::newRow("February padded") << QDate(2026, 2, 5) << QStringLiteral("Tây Ninh, ngày 05 tháng 02 năm 2026");
    QTest::newRow("March not padded") << QDate(2025, 3, 5) << QStringLiteral("Tây Ninh, ngày 05 tháng 3 năm 2025");
    QTest::newRow("September not padded") << QDate(2025, 9, 9) << QStringLiteral("Tây Ninh, ngày 09 tháng 9 năm 2025");
    QTest::newRow("two-digit day") << QDate(2025, 11, 15) << QStringLiteral("Tây Ninh, ngày 15 tháng 11 năm 2025");
    QTest::newRow("day 10") << QDate(2025, 12, 10) << QStringLiteral("Tây Ninh, ngày 10 tháng 12 năm 2025");
    QTest::newRow("October") << QDate(2024, 10, 1) << QStringLiteral("Tây Ninh, ngày 01 tháng 10 năm 2024");
}

void TestDocumentRenderer::placeAndDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(OfficialDate::placeAndDate(QStringLiteral("Tây Ninh"), date), expected);
}

void TestDocumentRenderer::documentNumber()
{
    const QString agency = QStringLiteral("SVHTTDL");
    QCOMPARE(OfficialDocument::documentNumber(5, QStringLiteral("BC"), agency), QStringLiteral("05/BC-SVHTTDL"));
    QCOMPARE(OfficialDocument::documentNumber(12, QStringLiteral("KH"), agency), QStringLiteral("12/KH-SVHTTDL"));
    QCOMPARE(OfficialDocument::documentNumber(7, QString(), QStringLiteral("SVHTTDL-QLVHGD")),
             QStringLiteral("07/SVHTTDL-QLVHGD"));
    QVERIFY(OfficialDocument::documentNumber(0, QStringLiteral("BC"), agency).endsWith(QStringLiteral(" /BC-SVHTTDL")));
    const OfficialDocument document =
        OfficialDocument::forOrganisation(organisation(), QStringLiteral("BC"), 5, QDate(2025, 12, 5));
    QCOMPARE(document.header.number, QStringLiteral("05/BC-SVHTTDL"));
    QCOMPARE(document.header.placeAndDate, QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025"));
    QCOMPARE(document.signature.recipients.size(), 5);
}

void TestDocumentRenderer::vietnameseTextComesBack()
{
    const QString text = readText(m_listPdf);
    const QStringList expected = {
        QStringLiteral("UBND TỈNH TÂY NINH"),
        QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
        QStringLiteral("Số: 05/BC-SVHTTDL"),
        QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025"),
        QStringLiteral("DANH SÁCH"), // the tên loại, given as "Danh sách"
        QStringLiteral("Xếp hạng “Đơn vị học tập” năm 2025"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
        QStringLiteral("Câu lạc bộ Hữu nghị Cựu chiến binh ấp Bàu Ễnh"),
        QStringLiteral("Trường Trung học cơ sở Nguyễn Trãi, xã Hảo Đước"),
        QStringLiteral("Huyện, thị xã, thành phố"),
        QStringLiteral("Nơi nhận:"),
        QStringLiteral("- Ban TĐ-KT tỉnh – Sở Nội vụ;"),
        QStringLiteral("- Lưu: VT, QLVHGD."),
        QStringLiteral("KT. GIÁM ĐỐC"),
        QStringLiteral("PHÓ GIÁM ĐỐC"),
        QStringLiteral("Nguyễn Thị Hồng Thắm"),
        QStringLiteral("Ghi chú: danh sách từ số liệu các đơn vị gửi về."),
    };
    QVERIFY2(text == text.normalized(QString::NormalizationForm_C), "pdftotext gave text that is not NFC");
    for (const QString &phrase : expected) {
        QVERIFY(phrase == phrase.normalized(QString::NormalizationForm_C));
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
    }
    // A wrong tone mark is a different word.
    QVERIFY(!text.contains(QStringLiteral("Đôc lập")));
}

void TestDocumentRenderer::oneEmbeddedFamily()
{
    const QList<FontRow> fonts = readFonts(m_listPdf);
    QVERIFY2(!fonts.isEmpty(), "pdffonts listed no font");
    const bool tinos = fonts.first().name.contains(QLatin1String("Tinos"));
    for (const FontRow &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        if (tinos)
            QVERIFY2(font.name.contains(QLatin1String("Tinos")), qPrintable(font.name));
        else
            QVERIFY2(font.name.contains(QRegularExpression(QStringLiteral("Times ?New ?Roman"))),
                     qPrintable(font.name));
    }
    // Regular, bold, italic and bold italic are all used.
    QCOMPARE(fonts.size(), 4);
}

void TestDocumentRenderer::headerLayout()
{
    const QList<Page> pages = readPages(m_listPdf);
    QVERIFY(pages.size() >= 3);
    const Page &page = pages.first();
    QVERIFY(qAbs(page.width - A4Width) < 0.5 && qAbs(page.height - A4Height) < 0.5);

    const auto ubnd = page.first(QStringLiteral("UBND"));
    const auto cong = page.first(QStringLiteral("CỘNG"));
    const auto nam = page.first(QStringLiteral("NAM"));
    const auto doc = page.first(QStringLiteral("Độc"));
    const auto phuc = page.first(QStringLiteral("phúc"));
    const auto so = page.first(QStringLiteral("Số:"));
    const auto tay = page.first(QStringLiteral("Tây"));
    const auto year = page.first(QStringLiteral("2025"));
    QVERIFY(ubnd && cong && nam && doc && phuc && so && tay && year);
    // Two columns on the first lines, the agency's left of the Quốc hiệu.
    QVERIFY(ubnd->xMax < cong->xMin);
    QVERIFY(qAbs(ubnd->yMin - cong->yMin) < 3);
    // The Tiêu ngữ and the date are centred under the Quốc hiệu.
    const double nationalCentre = (cong->xMin + nam->xMax) / 2;
    QVERIFY2(qAbs((doc->xMin + phuc->xMax) / 2 - nationalCentre) < 2, "Tiêu ngữ not centred");
    QVERIFY2(qAbs((tay->xMin + year->xMax) / 2 - nationalCentre) < 2, "date not centred");
    QVERIFY(doc->yMin > cong->yMax - 1 && tay->yMin > doc->yMax);
    // "Số" and the date on one line.
    QVERIFY2(qAbs(so->yMax - tay->yMax) < 2, qPrintable(QStringLiteral("%1 %2").arg(so->yMax).arg(tay->yMax)));
    // The left column is about 40 % of the text width.
    const double textLeft = 30 * PointsPerMm;
    const double textWidth = (210 - 30 - 15) * PointsPerMm;
    const auto ninh = page.first(QStringLiteral("NINH"));
    QVERIFY(ninh);
    const double leftCentre = (ubnd->xMin + ninh->xMax) / 2;
    QVERIFY2(leftCentre > textLeft + 0.15 * textWidth && leftCentre < textLeft + 0.25 * textWidth,
             qPrintable(QString::number(leftCentre)));
    // The agency name is broken before "VÀ", and "Số" is centred under it.
    const auto so2 = page.first(QStringLiteral("SỞ"));
    const auto thao = page.first(QStringLiteral("THAO"));
    const auto va = page.first(QStringLiteral("VÀ"));
    QVERIFY(so2 && thao && va);
    QVERIFY(qAbs(so2->yMin - thao->yMin) < 1 && va->yMin > thao->yMax - 1);
    QVERIFY(qAbs(so->xMin + page.first(QStringLiteral("05/BC-SVHTTDL"))->xMax - 2 * leftCentre) < 4);
    // The tên loại and trích yếu are centred on the text width.
    const auto danh = page.first(QStringLiteral("DANH"));
    const auto sach = page.first(QStringLiteral("SÁCH"));
    QVERIFY(danh && sach);
    QVERIFY(qAbs((danh->xMin + sach->xMax) / 2 - (textLeft + textWidth / 2)) < 2);
    QVERIFY(danh->yMin > tay->yMax + 10);

    // "Nơi nhận:" level with "KT. GIÁM ĐỐC", at the left; the signature at the right.
    const Page &last = pages.last();
    const auto noi = last.first(QStringLiteral("Nơi"));
    const auto kt = last.first(QStringLiteral("KT."));
    const auto name = last.first(QStringLiteral("Thắm"));
    QVERIFY(noi && kt && name);
    QVERIFY2(qAbs(noi->yMax - kt->yMax) < 2, qPrintable(QStringLiteral("%1 %2").arg(noi->yMax).arg(kt->yMax)));
    QVERIFY(noi->xMin < textLeft + 1 && kt->xMin > textLeft + 0.4 * textWidth);
    QVERIFY(name->yMin > kt->yMax + 20 * PointsPerMm);
    // Recipients in 11 pt, below the label.
    const auto giao = last.first(QStringLiteral("Giáo"));
    QVERIFY(giao && giao->yMin > noi->yMax - 1 && giao->yMax - giao->yMin < noi->yMax - noi->yMin);
}

void TestDocumentRenderer::marginsAndPageNumbers()
{
    const QList<Page> pages = readPages(m_listPdf);
    QVERIFY(pages.size() >= 3);
    const DocumentMargins margins;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        const QList<Word> number = page.inTopMargin(margins.top);
        if (p == 0) {
            QVERIFY2(number.isEmpty(), "page 1 has a page number");
        } else {
            QCOMPARE(number.size(), 1);
            QCOMPARE(number.first().text, QString::number(p + 1));
            QVERIFY(qAbs(number.first().centre() - page.width / 2) < 2);
        }
        for (const Word &word : page.words) {
            const QString where = QStringLiteral("page %1: %2 at %3,%4-%5,%6")
                                      .arg(p + 1)
                                      .arg(word.text)
                                      .arg(word.xMin)
                                      .arg(word.yMin)
                                      .arg(word.xMax)
                                      .arg(word.yMax);
            QVERIFY2(word.xMin >= margins.left * PointsPerMm - Slack, qPrintable(where));
            QVERIFY2(word.xMax <= page.width - margins.right * PointsPerMm + Slack, qPrintable(where));
            QVERIFY2(word.yMax <= page.height - margins.bottom * PointsPerMm + Slack, qPrintable(where));
            if (!number.contains(word))
                QVERIFY2(word.yMin >= margins.top * PointsPerMm - Slack, qPrintable(where));
        }
    }
}

void TestDocumentRenderer::tableHeaderRepeatsAndRowsStayWhole()
{
    const int rows = 90;
    OfficialDocument document = rankedList(0);
    document.body = {DocumentBlock::paragraph(paragraphText(1)), DocumentBlock::tableBlock(tokenTable(rows, {}))};
    const QString pdf = write(document, QStringLiteral("tokens.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Page> pages = readPages(pdf);
    QVERIFY(pages.size() >= 4);

    QHash<QString, std::pair<int, Word>> where;
    for (qsizetype p = 0; p < pages.size(); ++p)
        for (const Word &word : pages.at(p).words)
            where.insert(word.text, {int(p), word});
    int lastPage = 0;
    QList<int> pagesWithRows;
    for (int i = 0; i < rows; ++i) {
        const QString a = QStringLiteral("a%1").arg(i);
        const QString z = QStringLiteral("z%1").arg(i);
        QVERIFY2(where.contains(a) && where.contains(z), qPrintable(a));
        const auto [pageA, wordA] = where.value(a);
        const auto [pageZ, wordZ] = where.value(z);
        QVERIFY2(pageA == pageZ,
                 qPrintable(QStringLiteral("row %1 split over pages %2 and %3").arg(i).arg(pageA + 1).arg(pageZ + 1)));
        QVERIFY(pageA >= lastPage);
        lastPage = pageA;
        if (!pagesWithRows.contains(pageA))
            pagesWithRows.append(pageA);
        // The first and last cells of a row start on the same line.
        QVERIFY(qAbs(wordA.yMin - wordZ.yMin) < 1);
    }
    QVERIFY(pagesWithRows.size() >= 3);
    // Each page with rows starts its table with the header row.
    for (const int p : pagesWithRows) {
        const Page &page = pages.at(p);
        const auto first = page.first(QStringLiteral("Mã"));
        const auto content = page.first(QStringLiteral("Nội"));
        QVERIFY2(first && content, qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
        for (const Word &word : page.words)
            if (word.text.startsWith(QLatin1Char('a')) && word.text.mid(1).toInt() > 0)
                QVERIFY(word.yMin > first->yMax);
        if (p != pagesWithRows.first())
            QVERIFY(first->yMin < 20 * PointsPerMm + 6);
    }
}

void TestDocumentRenderer::appendicesRestartNumbering()
{
    OfficialDocument document = rankedList(0);
    document.typeName = QStringLiteral("Báo cáo");
    document.summary = QStringLiteral("Kết quả xây dựng xã hội học tập năm 2025");
    document.addressees = {QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Tây Ninh")};
    document.body = {DocumentBlock::heading(1, QStringLiteral("I. Kết quả thực hiện"))};
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 0)
            document.body.append(DocumentBlock::heading(2, QStringLiteral("%1. Công tác tuyên truyền").arg(i / 4 + 1)));
        document.body.append(DocumentBlock::paragraph(paragraphText(i)));
    }
    DocumentAppendix first;
    first.label = QStringLiteral("Phụ lục I");
    first.title = QStringLiteral("Danh sách đơn vị học tập năm 2025");
    first.attachedTo = QStringLiteral("(Kèm theo Báo cáo số 05/BC-SVHTTDL ngày 05 tháng 12 năm 2025 của Sở Văn hóa, "
                                      "Thể thao và Du lịch)");
    first.blocks = {DocumentBlock::tableBlock(tokenTable(70, QStringLiteral("p")))};
    DocumentAppendix second;
    second.label = QStringLiteral("Phụ lục II");
    second.title = QStringLiteral("Chỉ tiêu theo huyện");
    second.landscape = true;
    second.blocks = {DocumentBlock::tableBlock(tokenTable(40, QStringLiteral("q")))};
    document.appendices = {first, second};

    const QString pdf = write(document, QStringLiteral("report.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString sample = qEnvironmentVariable("XHHT_SAMPLE_PDF");
    if (!sample.isEmpty()) {
        const QString copy = sample.chopped(4) + QStringLiteral("-report.pdf");
        QFile::remove(copy);
        QVERIFY(QFile::copy(pdf, copy));
    }
    const QList<Page> pages = readPages(pdf);
    const DocumentMargins margins;

    // Parts start where "Phụ lục I" and "Phụ lục II" appear; the number expected on
    // each page is its place in its part, none on a part's first page.
    int part = 0;
    int inPart = 0;
    QList<int> partStarts;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        const auto lucI = page.first(QStringLiteral("I"));
        const auto lucII = page.first(QStringLiteral("II"));
        const auto phu = page.first(QStringLiteral("Phụ"));
        if (phu && (lucI || lucII) && phu->yMin < 30 * PointsPerMm) {
            ++part;
            inPart = 0;
            partStarts.append(int(p));
        }
        ++inPart;
        const QList<Word> number = page.inTopMargin(margins.top);
        if (inPart == 1) {
            QVERIFY2(number.isEmpty(), qPrintable(QStringLiteral("page %1 is numbered").arg(p + 1)));
        } else {
            QCOMPARE(number.size(), 1);
            QCOMPARE(number.first().text, QString::number(inPart));
            QVERIFY(qAbs(number.first().centre() - page.width / 2) < 2);
        }
        const bool landscape = part == 2;
        QVERIFY(qAbs(page.width - (landscape ? A4Height : A4Width)) < 0.5);
        for (const Word &word : page.words) {
            QVERIFY(word.xMin >= margins.left * PointsPerMm - Slack);
            QVERIFY(word.xMax <= page.width - margins.right * PointsPerMm + Slack);
            QVERIFY(word.yMax <= page.height - margins.bottom * PointsPerMm + Slack);
        }
    }
    QCOMPARE(partStarts.size(), 2);
    QVERIFY(partStarts.at(0) >= 2);                    // the main part has two pages or more
    QVERIFY(partStarts.at(1) - partStarts.at(0) >= 2); // so has each appendix
    QVERIFY(pages.size() - partStarts.at(1) >= 2);
    // The appendix's heading lines are centred.
    const Page &appendix = pages.at(partStarts.at(0));
    const auto kem = appendix.first(QStringLiteral("(Kèm"));
    QVERIFY(kem);
    const QString text = readText(pdf);
    QVERIFY(text.contains(QStringLiteral("Phụ lục I DANH SÁCH ĐƠN VỊ HỌC TẬP NĂM 2025 (Kèm theo Báo cáo số")));
    QVERIFY(text.contains(QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tây Ninh")));
    QVERIFY(text.contains(QStringLiteral("I. KẾT QUẢ THỰC HIỆN")));
    QVERIFY(text.contains(QStringLiteral("Phụ lục II CHỈ TIÊU THEO HUYỆN")));
}

void TestDocumentRenderer::decomposedInputPrintsComposed()
{
    OfficialDocument document = rankedList(3);
    const QString composed = QStringLiteral("Tổng kết phong trào “Gia đình học tập”, “Dòng họ học tập”");
    document.summary = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(document.summary != composed);
    const QString pdf = write(document, QStringLiteral("nfd.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(readText(pdf).contains(composed));
}

void TestDocumentRenderer::addresseesUnderTheColon()
{
    OfficialDocument document = rankedList(2);
    document.addressees = {QStringLiteral("Sở Giáo dục và Đào tạo;"), QStringLiteral("Ủy ban nhân dân tỉnh Tây Ninh.")};
    const QString pdf = write(document, QStringLiteral("addressees.pdf"));
    QVERIFY(!pdf.isEmpty());
    const Page page = readPages(pdf).first();
    const auto kinh = page.first(QStringLiteral("Kính"));
    const auto gui = page.first(QStringLiteral("gửi:"));
    const QList<Word> dashes = page.find(QStringLiteral("-"));
    const auto so = page.first(QStringLiteral("Sở"));
    const auto uy = page.first(QStringLiteral("Ủy"));
    QVERIFY(kinh && gui && so && uy);
    QList<Word> listDashes;
    for (const Word &dash : dashes)
        if (dash.yMin > gui->yMax - 1 && dash.yMin < uy->yMax)
            listDashes.append(dash);
    QCOMPARE(listDashes.size(), 2);
    // Each recipient on its own line below "Kính gửi:", the dashes under its colon.
    QVERIFY(so->yMin > gui->yMax - 1 && uy->yMin > so->yMax - 1);
    for (const Word &dash : listDashes)
        QVERIFY2(qAbs(dash.xMin - (gui->xMax - 4)) < 3, qPrintable(QString::number(dash.xMin - gui->xMax)));
    QVERIFY(
        readText(pdf).contains(QStringLiteral("Kính gửi: - Sở Giáo dục và Đào tạo; - Ủy ban nhân dân tỉnh Tây Ninh.")));
}

void TestDocumentRenderer::congVanSubjectUnderNumber()
{
    const QString pdf = write(congVan(congVanSubject()), QStringLiteral("congvan.pdf"));
    QVERIFY(!pdf.isEmpty());
    const Page page = readPages(pdf).first();
    const auto so = page.first(QStringLiteral("Số:"));
    const auto number = page.first(QStringLiteral("05/SVHTTDL"));
    const auto cong = page.first(QStringLiteral("CỘNG"));
    const auto kinh = page.first(QStringLiteral("Kính"));
    const auto vv = page.first(QStringLiteral("V/v"));
    QVERIFY(so && number && cong && kinh && vv);
    const double textLeft = 30 * PointsPerMm;
    const double numberCentre = (so->xMin + number->xMax) / 2;

    // The subject's lines: everything left of the Quốc hiệu between "Số" and "Kính gửi".
    const QList<QList<Word>> lines = page.linesBetween(so->yMax, kinh->yMin - 1, cong->xMin);
    QVERIFY2(lines.size() >= 2 && lines.size() <= 3, qPrintable(QString::number(lines.size())));
    QCOMPARE(lines.first().first(), *vv);
    // 6 pt under the "Số" line (its box, not its glyphs), then line after line.
    const double gap = vv->yMin - so->yMax;
    QVERIFY2(gap > 4 && gap < 12, qPrintable(QString::number(gap)));
    QStringList words;
    for (const QList<Word> &line : lines) {
        // Each line centred under "Số: ..." and inside the left column.
        const double centre = (line.first().xMin + line.last().xMax) / 2;
        QVERIFY2(qAbs(centre - numberCentre) < 3, qPrintable(QStringLiteral("%1 %2").arg(centre).arg(numberCentre)));
        QVERIFY(line.first().xMin >= textLeft - Slack);
        QVERIFY(line.last().xMax < cong->xMin - 6);
        for (const Word &word : line)
            words.append(word.text);
    }
    QCOMPARE(words.join(QLatin1Char(' ')), congVanSubject());
    // 12-13 pt: no taller than "Số" (13 pt), shorter than the body's "Kính" (14 pt).
    const double height = vv->yMax - vv->yMin;
    QVERIFY2(height <= (so->yMax - so->yMin) + 0.1, qPrintable(QString::number(height)));
    QVERIFY2(height >= 12.0 / 13 * (so->yMax - so->yMin) - 0.1, qPrintable(QString::number(height)));
    QVERIFY2(height < 13.5 / 14 * (kinh->yMax - kinh->yMin), qPrintable(QString::number(height)));
    // Upright: the regular face, as "Số" (pdftotext keeps no style, the text order does).
    QVERIFY(readText(pdf).contains(QStringLiteral("Số: 05/SVHTTDL Tây Ninh, ngày 02 tháng 12 năm 2025 ") +
                                   congVanSubject() + QStringLiteral(" Kính gửi: Thư viện tỉnh Tây Ninh")));
}

void TestDocumentRenderer::noTitleWithoutTypeName_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("công văn") << congVanSubject();
    QTest::newRow("no subject either") << QString();
}

void TestDocumentRenderer::noTitleWithoutTypeName()
{
    QFETCH(QString, subject);
    OfficialDocument document = congVan(subject);
    const QString pdf = write(document, QStringLiteral("notitle.pdf"));
    QVERIFY(!pdf.isEmpty());
    const Page page = readPages(pdf).first();
    const auto so = page.first(QStringLiteral("Số:"));
    const auto tay = page.first(QStringLiteral("Tây"));
    const auto kinh = page.first(QStringLiteral("Kính"));
    QVERIFY(so && tay && kinh);
    // Under the header, only the subject's lines (left column) come before "Kính gửi:".
    const double headerBottom = qMax(so->yMax, tay->yMax);
    const QList<QList<Word>> all = page.linesBetween(headerBottom, kinh->yMin - 1, page.width);
    const auto cong = page.first(QStringLiteral("CỘNG"));
    QVERIFY(cong);
    const QList<QList<Word>> left = page.linesBetween(headerBottom, kinh->yMin - 1, cong->xMin);
    QCOMPARE(all.size(), left.size());
    QCOMPARE(left.isEmpty(), subject.isEmpty());
    // "Kính gửi:" follows at the space of a header-to-addressee gap (12 pt), not after
    // an empty tên loại and trích yếu (18 + 12 pt and more).
    const double above = left.isEmpty() ? headerBottom : left.last().first().yMax;
    const double gap = kinh->yMin - above;
    QVERIFY2(gap > 8 && gap < 20, qPrintable(QString::number(gap)));
    // With a tên loại the same document does have its title there.
    document.typeName = QStringLiteral("Thông báo");
    const QString titled = write(document, QStringLiteral("titled.pdf"));
    QVERIFY(!titled.isEmpty());
    const Page titledPage = readPages(titled).first();
    const auto thong = titledPage.first(QStringLiteral("THÔNG"));
    const auto kinh2 = titledPage.first(QStringLiteral("Kính"));
    QVERIFY(thong && kinh2);
    QVERIFY(thong->yMin > above && kinh2->yMin > thong->yMax);
}

void TestDocumentRenderer::signatureNeverAlone()
{
    // More and more paragraphs push the signature down the page, through the places
    // where the last paragraph fits and the signature does not (it is taller than two
    // paragraphs): on every page that has "Nơi nhận" some of the text stands above it.
    int twoPages = 0;
    for (int paragraphs = 6; paragraphs <= 12; ++paragraphs) {
        OfficialDocument document = congVan(congVanSubject());
        document.body.clear();
        for (int i = 0; i < paragraphs; ++i)
            document.body.append(DocumentBlock::paragraph(paragraphText(i)));
        document.body.append(
            DocumentBlock::paragraph(QStringLiteral("Đề nghị Thủ trưởng các đơn vị quan tâm, thực hiện./.")));
        const QString pdf = write(document, QStringLiteral("signature.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QList<Page> pages = readPages(pdf);
        const Page &last = pages.last();
        const auto noi = last.first(QStringLiteral("Nơi"));
        const auto closing = last.first(QStringLiteral("hiện./."));
        QVERIFY2(noi, qPrintable(QStringLiteral("%1 paragraphs: no signature on the last page").arg(paragraphs)));
        QVERIFY2(
            closing && closing->yMax < noi->yMin,
            qPrintable(
                QStringLiteral("%1 paragraphs: the signature is alone on page %2").arg(paragraphs).arg(pages.size())));
        twoPages += pages.size() > 1;
    }
    // The sweep did reach documents whose signature is on page 2.
    QVERIFY(twoPages > 0);
}

void TestDocumentRenderer::deviceMarginsDoNotMoveTheLayout()
{
    const OfficialDocument document = rankedList(40);
    const QString path = m_dir.filePath(QStringLiteral("margins.pdf"));
    int pages = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        MarginKeepingWriter writer(&file);
        writer.setResolution(DocumentRenderer::pdfResolution);
        QVERIFY(writer.setPageMargins(QMarginsF(12, 9, 7, 11), QPageLayout::Millimeter));
        DocumentRenderer renderer(document);
        pages = renderer.render(&writer);
        QVERIFY2(pages > 0, qPrintable(renderer.error()));
        QVERIFY(writer.pageLayout().margins().left() > 11);
    }
    const QString reference = write(document, QStringLiteral("reference.pdf"));
    QVERIFY(!reference.isEmpty());
    const QList<Page> shifted = readPages(path);
    const QList<Page> expected = readPages(reference);
    QCOMPARE(shifted.size(), pages);
    QCOMPARE(shifted.size(), expected.size());
    for (qsizetype p = 0; p < expected.size(); ++p) {
        QCOMPARE(shifted.at(p).words.size(), expected.at(p).words.size());
        for (qsizetype w = 0; w < expected.at(p).words.size(); ++w) {
            const Word &a = shifted.at(p).words.at(w);
            const Word &b = expected.at(p).words.at(w);
            QCOMPARE(a.text, b.text);
            QVERIFY2(
                qAbs(a.xMin - b.xMin) < 0.3 && qAbs(a.yMin - b.yMin) < 0.3,
                qPrintable(QStringLiteral("%1 moved by %2,%3").arg(a.text).arg(a.xMin - b.xMin).arg(a.yMin - b.yMin)));
        }
    }
}

void TestDocumentRenderer::invalidDocumentIsRefused()
{
    OfficialDocument document = rankedList(3);
    document.margins.left = 20;
    QVERIFY(!DocumentRenderer::validate(document).isEmpty());
    document.margins.left = 35;
    QVERIFY(DocumentRenderer::validate(document).isEmpty());
    document.bodyPointSize = 12;
    QVERIFY(!DocumentRenderer::validate(document).isEmpty());
    document.bodyPointSize = 13;
    document.tablePointSize = 14;
    QVERIFY(!DocumentRenderer::validate(document).isEmpty());
}

void TestDocumentRenderer::failedWriteLeavesNothing()
{
    const QString missingDir = m_dir.filePath(QStringLiteral("missing"));
    const QString path = missingDir + QStringLiteral("/list.pdf");
    QVERIFY(!DocumentRenderer::writePdf(rankedList(10), path).isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(missingDir).exists());

    // A document that cannot be printed leaves an existing file as it was.
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("list.pdf"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    OfficialDocument invalid = rankedList(10);
    invalid.margins.top = 5;
    QVERIFY(!DocumentRenderer::writePdf(invalid, existing).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("list.pdf")});
}

void TestDocumentRenderer::rewriteReplacesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4 << 20, 'x'));
    file.close();
    QCOMPARE(DocumentRenderer::writePdf(rankedList(5), path), QString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.size() < (4 << 20));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("list.pdf")});
    QCOMPARE(readPages(path).size(), 1);
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+xhht"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("DANH SÁCH Xếp hạng “Đơn vị học tập” năm 2025")), qPrintable(info));
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
