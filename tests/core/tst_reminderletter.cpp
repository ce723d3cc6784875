// ReminderLetterDocument: the công văn đôn đốc, built and then read back from its PDF
// with poppler-utils (PdfReadBack).
#include "domain/organisationsettings.h"
#include "reports/documentfonts.h"
#include "reports/documentrenderer.h"
#include "reports/reminderletterdocument.h"
#include "support/pdfreadback.h"
#include "support/sampleorganisation.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using namespace PdfReadBack;

OrganisationSettings organisation()
{
    return sampleOrganisation();
}

QStringList units(int count)
{
    static const QStringList names = {
        QStringLiteral("Thư viện tỉnh Tây Ninh"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
        QStringLiteral("Bảo tàng tỉnh Tây Ninh"),
        QStringLiteral("Ban Quản lý Khu du lịch quốc gia Núi Bà Đen"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã Hòa Thành"),
        QStringLiteral("Trung tâm Huấn luyện và Thi đấu Thể dục thể thao"),
        QStringLiteral("Đoàn Nghệ thuật Cải lương"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Gò Dầu"),
        QStringLiteral("Phòng Văn hóa và Thông tin huyện Bến Cầu"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã Trảng Bàng"),
        QStringLiteral("Nhà Văn hóa Thanh niên phường Ninh Sơn"),
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Tân Biên"),
    };
    return names.mid(0, count);
}

ReminderLetter letter(int count)
{
    ReminderLetter l;
    l.year = 2025;
    l.unitDeadline = QDate(2025, 11, 30);
    l.newDeadline = QDate(2025, 12, 5);
    l.missingUnits = units(count);
    return l;
}

const QDate LetterDate(2025, 12, 2);

QString subject()
{
    return QStringLiteral("V/v đôn đốc gửi báo cáo kết quả thực hiện Phong trào thi đua xây dựng xã hội học tập năm "
                          "2025");
}

} // namespace

class TestReminderLetter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentFields();
    void recipients_data();
    void recipients();
    void departmentInRunningText_data();
    void departmentInRunningText();
    void noMissingUnits();
    void pdf_data();
    void pdf();
    void withoutNewDeadline();

private:
    QString write(const OfficialDocument &document, const QString &name);

    QTemporaryDir m_dir;
};

QString TestReminderLetter::write(const OfficialDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = DocumentRenderer::writePdf(document, path);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestReminderLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: tools/install-deps.sh");
    QVERIFY(!DocumentFonts::family().isEmpty());
}

void TestReminderLetter::documentFields()
{
    const OfficialDocument document = ReminderLetterDocument::build(letter(2), organisation(), LetterDate, 5);
    // A công văn's symbol: the department's and the drafting unit's short names.
    QCOMPARE(document.header.number, QStringLiteral("05/SVHTTDL-QLVHGD"));
    QCOMPARE(document.header.placeAndDate, QStringLiteral("Tây Ninh, ngày 02 tháng 12 năm 2025"));
    QCOMPARE(document.header.subject, subject());
    QCOMPARE(ReminderLetterDocument::subject(2025), subject());
    QVERIFY(document.typeName.isEmpty());
    QVERIFY(document.summary.isEmpty());
    QCOMPARE(document.pdfTitle, subject());
    QCOMPARE(document.signature.authority, QStringLiteral("KT. GIÁM ĐỐC"));
    QCOMPARE(document.signature.name, QStringLiteral("Nguyễn Thị Hồng Thắm"));
    QCOMPARE(DocumentRenderer::validate(document), QString());
    // Two units are named after "Kính gửi:": no list, in the body or after it.
    const auto isTable = [](const DocumentBlock &block) { return block.kind == DocumentBlock::Kind::Table; };
    QCOMPARE(std::count_if(document.body.cbegin(), document.body.cend(), isTable), 0);
    QVERIFY(document.appendices.isEmpty());
    // Six: the list kèm theo, after the letter, one column of names (no repeated note).
    const OfficialDocument listed = ReminderLetterDocument::build(letter(6), organisation(), LetterDate, 5);
    QCOMPARE(std::count_if(listed.body.cbegin(), listed.body.cend(), isTable), 0);
    QCOMPARE(listed.appendices.size(), 1);
    const DocumentAppendix &list = listed.appendices.first();
    QCOMPARE(list.attachedTo, QStringLiteral("(Kèm theo Công văn số 05/SVHTTDL-QLVHGD ngày 02 tháng 12 năm 2025 của Sở "
                                             "Văn hóa, Thể thao và Du lịch)"));
    QCOMPARE(list.blocks.size(), 1);
    QVERIFY(isTable(list.blocks.first()));
    QCOMPARE(list.blocks.first().table.columns.size(), 2);
    QCOMPARE(list.blocks.first().table.rows.size(), 6);
    QCOMPARE(list.blocks.first().table.rows.last().cells,
             (QStringList{QStringLiteral("6"), QStringLiteral("Trung tâm Huấn luyện và Thi đấu Thể dục thể thao")}));
}

void TestReminderLetter::recipients_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QString>("draftingUnit");
    QTest::addColumn<QStringList>("expected");
    const QString asTyped = QStringLiteral("Lưu: VT, QLVHGD (02b).");
    QTest::newRow("archive line kept") << organisation().recipients << QStringLiteral("QLVHGD")
                                       << QStringList{QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, QLVHGD.")};
    QTest::newRow("archive line as typed")
        << QStringList{QStringLiteral("UBND tỉnh;"), asTyped} << QStringLiteral("QLVHGD")
        << QStringList{QStringLiteral("Như trên;"), asTyped};
    QTest::newRow("built from the drafting unit")
        << QStringList{QStringLiteral("UBND tỉnh;")} << QStringLiteral("VP")
        << QStringList{QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, VP.")};
    QTest::newRow("nothing known") << QStringList() << QString()
                                   << QStringList{QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT.")};
}

void TestReminderLetter::recipients()
{
    QFETCH(QStringList, settings);
    QFETCH(QString, draftingUnit);
    QFETCH(QStringList, expected);
    OrganisationSettings o = organisation();
    o.recipients = settings;
    o.draftingUnit = draftingUnit;
    QCOMPARE(ReminderLetterDocument::build(letter(2), o, LetterDate, 5).signature.recipients, expected);
}

void TestReminderLetter::departmentInRunningText_data()
{
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case") << QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
                                << QStringLiteral("của Sở Văn hóa, Thể thao và Du lịch,");
    QTest::newRow("with the province") << QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TÂY NINH")
                                       << QStringLiteral("của Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh,");
    QTest::newRow("decomposed") << QStringLiteral("SỞ VĂN HÓA VÀ THỂ THAO").normalized(QString::NormalizationForm_D)
                                << QStringLiteral("của Sở Văn hóa và Thể thao,");
    QTest::newRow("mixed case kept") << QStringLiteral("Sở Văn hóa, Thể thao và Du lịch")
                                     << QStringLiteral("của Sở Văn hóa, Thể thao và Du lịch,");
}

void TestReminderLetter::departmentInRunningText()
{
    QFETCH(QString, department);
    QFETCH(QString, expected);
    OrganisationSettings o = organisation();
    o.department = department;
    const OfficialDocument document = ReminderLetterDocument::build(letter(2), o, LetterDate, 5);
    QVERIFY(!document.body.isEmpty());
    const QString opening = document.body.first().text;
    QVERIFY2(opening.contains(expected), qPrintable(opening));
}

void TestReminderLetter::noMissingUnits()
{
    const OfficialDocument document = ReminderLetterDocument::build(letter(0), organisation(), LetterDate, 5);
    QVERIFY(document.addressees.isEmpty());
    for (const DocumentBlock &block : document.body)
        QVERIFY(block.kind != DocumentBlock::Kind::Table);
    const QString pdf = write(document, QStringLiteral("none.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = readText(pdf);
    QVERIFY2(
        text.contains(QStringLiteral("Đến ngày 02/12/2025, Sở đã nhận được báo cáo năm 2025 của tất cả các đơn vị.")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Kính gửi")));
}

void TestReminderLetter::pdf_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("addressed");
    QTest::addColumn<QString>("closing");
    const QString all = QStringLiteral("Đề nghị Thủ trưởng các đơn vị quan tâm, thực hiện./.");
    QTest::newRow("1 unit") << 1 << QStringLiteral("Kính gửi: Thư viện tỉnh Tây Ninh Thực hiện")
                            << QStringLiteral("Đề nghị Thủ trưởng đơn vị quan tâm, thực hiện./.");
    QTest::newRow("2 units") << 2
                             << QStringLiteral("Kính gửi: - Thư viện tỉnh Tây Ninh; - Trung tâm Văn hóa, Thể thao và "
                                               "Truyền thanh huyện Dương Minh Châu. Thực hiện")
                             << all;
    QTest::newRow("5 units by name") << 5
                                     << QStringLiteral("Kính gửi: - ") + units(5).join(QStringLiteral("; - ")) +
                                            QStringLiteral(". Thực hiện")
                                     << all;
    QTest::newRow("6 units by the list") << 6
                                         << QStringLiteral(
                                                "Kính gửi: Các đơn vị có tên trong danh sách kèm theo Thực hiện")
                                         << all;
    QTest::newRow("12 units by the list")
        << 12 << QStringLiteral("Kính gửi: Các đơn vị có tên trong danh sách kèm theo Thực hiện") << all;
}

void TestReminderLetter::pdf()
{
    QFETCH(int, count);
    QFETCH(QString, addressed);
    QFETCH(QString, closing);
    const QString pdf = write(ReminderLetterDocument::build(letter(count), organisation(), LetterDate, 5),
                              QStringLiteral("letter.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString sample = qEnvironmentVariable("XHHT_SAMPLE_PDF");
    if (!sample.isEmpty()) { // keep a copy to look at: XHHT_SAMPLE_PDF=/tmp/xhht-sample.pdf
        const QString copy = sample.chopped(4) + QStringLiteral("-reminder-%1.pdf").arg(count);
        QFile::remove(copy);
        QVERIFY(QFile::copy(pdf, copy));
    }
    const QList<Page> pages = readPages(pdf);
    QVERIFY(!pages.isEmpty());
    const Page &page = pages.first();
    const QString text = readText(pdf);
    QVERIFY2(text == text.normalized(QString::NormalizationForm_C), "pdftotext gave text that is not NFC");

    // The "V/v" line: in the left column, centred under "Số: 05/SVHTTDL-QLVHGD", below it.
    const auto so = page.first(QStringLiteral("Số:"));
    const auto number = page.first(QStringLiteral("05/SVHTTDL-QLVHGD"));
    const auto cong = page.first(QStringLiteral("CỘNG"));
    const auto kinh = page.first(QStringLiteral("Kính"));
    const auto vv = page.first(QStringLiteral("V/v"));
    QVERIFY(so && number && cong && kinh && vv);
    const QList<QList<Word>> lines = page.linesBetween(so->yMax, kinh->yMin - 1, cong->xMin);
    QVERIFY2(lines.size() >= 2 && lines.size() <= 3, qPrintable(QString::number(lines.size())));
    QCOMPARE(lines.first().first(), *vv);
    QVERIFY(vv->yMin > so->yMax && vv->yMin < so->yMax + 12);
    const double numberCentre = (so->xMin + number->xMax) / 2;
    QStringList words;
    for (const QList<Word> &line : lines) {
        QVERIFY(qAbs((line.first().xMin + line.last().xMax) / 2 - numberCentre) < 3);
        QVERIFY(line.last().xMax < cong->xMin - 6);
        for (const Word &word : line)
            words.append(word.text);
    }
    QCOMPARE(words.join(QLatin1Char(' ')), subject());
    QVERIFY(vv->yMax - vv->yMin <= so->yMax - so->yMin + 0.1); // 12-13 pt, not the body's 14

    // Addressees: the units by name (";" between, "." at the end) or the list.
    QVERIFY2(text.contains(addressed), qPrintable(text));
    // Each unit named once: after "Kính gửi:", or numbered in the list kèm theo, which
    // starts on a page of its own after the signature. No column repeats "Chưa gửi".
    const QStringList names = units(count);
    const bool listed = count > ReminderLetterDocument::maxNamedAddressees;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(text.count(names.at(i)), 1);
        if (listed) {
            const QString row = QStringLiteral("%1 %2").arg(QString::number(i + 1), names.at(i));
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }
    QVERIFY(!text.contains(QStringLiteral("Chưa gửi báo cáo")));
    QVERIFY(!text.contains(QStringLiteral("Ghi chú")));
    QCOMPARE(text.contains(QStringLiteral("STT Tên đơn vị 1 Thư viện tỉnh Tây Ninh")), listed);
    const QString listTitle =
        QStringLiteral("DANH SÁCH CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO NĂM 2025");
    QCOMPARE(text.contains(listTitle), listed);
    if (listed) {
        qsizetype signaturePage = -1;
        qsizetype listPage = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages.at(p).first(QStringLiteral("Thắm")))
                signaturePage = p;
            if (pages.at(p).first(QStringLiteral("STT")))
                listPage = listPage < 0 ? p : listPage;
        }
        QVERIFY(signaturePage >= 0);
        QVERIFY2(listPage > signaturePage, qPrintable(QStringLiteral("%1 %2").arg(listPage).arg(signaturePage)));
        QVERIFY(text.indexOf(listTitle) > text.indexOf(QStringLiteral("Nguyễn Thị Hồng Thắm")));
    }

    // What the letter says.
    const QStringList phrases = {
        QStringLiteral("UBND TỈNH TÂY NINH SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        QStringLiteral("Tây Ninh, ngày 02 tháng 12 năm 2025"),
        QStringLiteral("Thực hiện Kế hoạch tổ chức thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy "
                       "mạnh học tập suốt đời giai đoạn 2024 - 2030” của Sở Văn hóa, Thể thao và Du lịch,"),
        QStringLiteral("báo cáo kết quả thực hiện Phong trào năm 2025 về Sở trước ngày 30/11/2025."),
        QStringLiteral("Đến ngày 02/12/2025, Sở chưa nhận được báo cáo năm 2025 của %1.")
            .arg(listed ? QStringLiteral("%1 đơn vị có tên trong danh sách kèm theo Công văn này").arg(count)
                 : count == 1 ? QStringLiteral("đơn vị")
                              : QStringLiteral("các đơn vị nêu trên")),
        QStringLiteral("Để kịp tổng hợp, báo cáo Sở Giáo dục và Đào tạo tỉnh Tây Ninh trước ngày 10/12/2025, Sở đề "
                       "nghị"),
        QStringLiteral("kèm theo số liệu các chỉ tiêu hoạt động và kết quả tự đánh giá của đơn vị, về Sở chậm nhất "
                       "ngày 05/12/2025."),
        closing,
        QStringLiteral("Nơi nhận: - Như trên; - Lưu: VT, QLVHGD."),
        QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Thị Hồng Thắm"),
    };
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
    // A công văn: no tên loại, and only the archive line of the settings' recipients.
    QVERIFY(!text.contains(QStringLiteral("CÔNG VĂN")));
    QVERIFY(!text.contains(QStringLiteral("- UBND tỉnh;")));

    // No page number on page 1; the others numbered; nothing outside the margins.
    const DocumentMargins margins;
    QVERIFY2(page.inTopMargin(margins.top).isEmpty(), "page 1 has a page number");
    // The list kèm theo is numbered on its own, from its second page.
    qsizetype listStart = pages.size();
    for (qsizetype p = 0; p < pages.size(); ++p)
        if (pages.at(p).first(QStringLiteral("STT")) && listStart == pages.size())
            listStart = p;
    QCOMPARE(listStart < pages.size(), listed);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<Word> top = pages.at(p).inTopMargin(margins.top);
        if (p > 0 && p != listStart) {
            QCOMPARE(top.size(), 1);
            QCOMPARE(top.first().text, QString::number(p < listStart ? p + 1 : p - listStart + 1));
        } else {
            QVERIFY(top.isEmpty());
        }
        for (const Word &word : pages.at(p).words) {
            QVERIFY2(word.xMin >= margins.left * PointsPerMm - Slack, qPrintable(word.text));
            QVERIFY2(word.xMax <= pages.at(p).width - margins.right * PointsPerMm + Slack, qPrintable(word.text));
            QVERIFY2(word.yMax <= pages.at(p).height - margins.bottom * PointsPerMm + Slack, qPrintable(word.text));
        }
    }

    // One family, embedded.
    const QList<FontRow> fonts = readFonts(pdf);
    QVERIFY2(!fonts.isEmpty(), "pdffonts listed no font");
    const QRegularExpression family(fonts.first().name.contains(QLatin1String("Tinos"))
                                        ? QStringLiteral("Tinos")
                                        : QStringLiteral("Times ?New ?Roman"));
    for (const FontRow &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        QVERIFY2(font.name.contains(family), qPrintable(font.name));
    }
}

void TestReminderLetter::withoutNewDeadline()
{
    ReminderLetter l = letter(2);
    l.newDeadline = QDate();
    l.unitDeadline = QDate();
    const QString pdf =
        write(ReminderLetterDocument::build(l, organisation(), LetterDate, 5), QStringLiteral("nodeadline.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = readText(pdf);
    QVERIFY2(text.contains(QStringLiteral("kết quả tự đánh giá của đơn vị, về Sở. Đề nghị")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("báo cáo kết quả thực hiện Phong trào năm 2025 về Sở. Đến ngày 02/12/2025")));
    QVERIFY(!text.contains(QStringLiteral("05/12/2025")));
    QVERIFY(!text.contains(QStringLiteral("chậm nhất")));
}

QTEST_MAIN(TestReminderLetter)
#include "tst_reminderletter.moc"
