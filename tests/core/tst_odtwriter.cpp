// OdtWriter writes ODT archives that are opened back here: the zip with minizip, the
// XML parts with QXmlStreamReader.
#include "io/zipdevice.h"
#include "reports/odtwriter.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <unzip.h>

namespace {

const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

struct Part
{
    QString name;
    int method = -1; // 0 stored, 8 deflated
    QByteArray data;
};

// Every part of the archive at path, in the order of the archive's directory; empty if
// it is not a readable zip.
QList<Part> readArchive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    zlib_filefunc64_def functions = zipDeviceFunctions(); // the file is read-only: writes fail
    unzFile zip = unzOpen2_64(&file, &functions);
    if (!zip)
        return {};
    QList<Part> parts;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char name[512] = {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(zip) != UNZ_OK) {
            parts.clear();
            break;
        }
        Part part{QString::fromUtf8(name), int(info.compression_method), {}};
        char chunk[16384];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0)
            part.data.append(chunk, read);
        if (unzCloseCurrentFile(zip) != UNZ_OK || read < 0) {
            parts.clear();
            break;
        }
        parts.append(part);
    }
    unzClose(zip);
    return parts;
}

QByteArray partData(const QList<Part> &parts, const QString &name)
{
    for (const Part &part : parts)
        if (part.name == name)
            return part.data;
    return {};
}

struct Span
{
    QString text;
    QString style;
};

struct Paragraph
{
    QString style;
    QString text; // line breaks as '\n', tabs as '\t'
    QList<Span> spans;
    int table = -1; // index in Content::tables, -1 outside tables
};

struct Table
{
    QString style;
    int columns = 0;
    QStringList columnStyles;
    int headerRows = 0;
    QList<QStringList> rows;          // cell texts, header row first
    QList<QStringList> rowSpanStyles; // style of each cell's first span
    QStringList cellStyles;           // of every cell, row by row
};

// content.xml as read back: automatic styles (qualified attribute name -> value, over
// the style element and its properties) and paragraphs and tables in reading order.
struct Content
{
    QHash<QString, QHash<QString, QString>> styles;
    QList<Paragraph> paragraphs;
    QList<Table> tables;
    QString error;

    QString property(const QString &style, const QString &name) const { return styles.value(style).value(name); }
    // Paragraphs outside tables with text, except the rules (lines of underscores).
    QStringList texts() const
    {
        static const QRegularExpression rule(QStringLiteral("^_+$"));
        QStringList texts;
        for (const Paragraph &paragraph : paragraphs)
            if (paragraph.table < 0 && !paragraph.text.isEmpty() && !rule.match(paragraph.text).hasMatch())
                texts.append(paragraph.text);
        return texts;
    }
    qsizetype indexOf(const QString &text) const
    {
        for (qsizetype i = 0; i < paragraphs.size(); ++i)
            if (paragraphs.at(i).text == text)
                return i;
        return -1;
    }
    const Paragraph *find(const QString &text) const
    {
        const qsizetype index = indexOf(text);
        return index < 0 ? nullptr : &paragraphs.at(index);
    }
};

Content readContent(const QByteArray &data)
{
    Content content;
    QXmlStreamReader xml(data);
    Paragraph *paragraph = nullptr;
    QString spanStyle;
    bool inHeaderRows = false;
    bool inStyles = false;
    QString style;
    int table = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement() && inStyles) {
            if (name == QLatin1String("style"))
                style = xml.attributes().value(QStringLiteral("style:name")).toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                content.styles[style].insert(attribute.qualifiedName().toString(), attribute.value().toString());
        } else if (xml.isStartElement()) {
            if (name == QLatin1String("automatic-styles")) {
                inStyles = true;
            } else if (name == QLatin1String("table") && xml.prefix() == QLatin1String("table")) {
                Table read;
                read.style = xml.attributes().value(QStringLiteral("table:style-name")).toString();
                content.tables.append(read);
                table = int(content.tables.size() - 1);
            } else if (name == QLatin1String("table-column")) {
                const auto repeated = xml.attributes().value(QStringLiteral("table:number-columns-repeated"));
                content.tables[table].columns += repeated.isEmpty() ? 1 : repeated.toInt();
                content.tables[table].columnStyles.append(
                    xml.attributes().value(QStringLiteral("table:style-name")).toString());
            } else if (name == QLatin1String("table-header-rows")) {
                inHeaderRows = true;
            } else if (name == QLatin1String("table-row")) {
                content.tables[table].rows.append(QStringList());
                content.tables[table].rowSpanStyles.append(QStringList());
                if (inHeaderRows)
                    ++content.tables[table].headerRows;
            } else if (name == QLatin1String("table-cell")) {
                content.tables[table].rows.last().append(QString());
                content.tables[table].rowSpanStyles.last().append(QString());
                content.tables[table].cellStyles.append(
                    xml.attributes().value(QStringLiteral("table:style-name")).toString());
            } else if (name == QLatin1String("p")) {
                content.paragraphs.append(
                    {xml.attributes().value(QStringLiteral("text:style-name")).toString(), {}, {}, table});
                paragraph = &content.paragraphs.last();
            } else if (name == QLatin1String("span")) {
                spanStyle = xml.attributes().value(QStringLiteral("text:style-name")).toString();
                paragraph->spans.append({{}, spanStyle});
                if (table >= 0 && content.tables[table].rowSpanStyles.last().last().isEmpty())
                    content.tables[table].rowSpanStyles.last().last() = spanStyle;
            } else if (name == QLatin1String("line-break")) {
                paragraph->text += QLatin1Char('\n');
            } else if (name == QLatin1String("tab")) {
                paragraph->text += QLatin1Char('\t');
            } else if (name == QLatin1String("s")) {
                const auto count = xml.attributes().value(QStringLiteral("text:c"));
                paragraph->text += QString(count.isEmpty() ? 1 : count.toInt(), QLatin1Char(' '));
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("p")) {
                if (table >= 0) {
                    QString &cell = content.tables[table].rows.last().last();
                    cell += (cell.isEmpty() ? QString() : QStringLiteral("\n")) + paragraph->text;
                }
                paragraph = nullptr;
            } else if (name == QLatin1String("automatic-styles")) {
                inStyles = false;
            } else if (name == QLatin1String("table-header-rows")) {
                inHeaderRows = false;
            } else if (name == QLatin1String("table") && xml.prefix() == QLatin1String("table")) {
                table = -1;
            }
        } else if (xml.isCharacters() && paragraph) {
            paragraph->text += xml.text();
            if (!paragraph->spans.isEmpty())
                paragraph->spans.last().text += xml.text();
        }
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

DocumentTable membersTable(int rows)
{
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter},
                     {QStringLiteral("Tên đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Số lớp học"), Qt::AlignRight},
                     {QStringLiteral("Xếp loại"), Qt::AlignHCenter}};
    static const QStringList names = {QStringLiteral("Thư viện tỉnh Tây Ninh"), QStringLiteral("Bảo tàng tỉnh"),
                                      QStringLiteral("Đoàn Nghệ thuật Cải lương"),
                                      QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Gò Dầu")};
    int total = 0;
    for (int i = 0; i < rows; ++i) {
        const int classes = 3 + (i * 7) % 11;
        total += classes;
        table.rows.append({{QString::number(i + 1), names.at(i % names.size()), QString::number(classes),
                            i % 3 == 0 ? QStringLiteral("Tốt") : QStringLiteral("Khá")},
                           false});
    }
    table.rows.append({{QString(), QStringLiteral("Tổng cộng"), QString::number(total), QString()}, true});
    return table;
}

// Decomposed (NFD) input, printed in NFC.
const QString DecomposedParagraph =
    QStringLiteral("Các đơn vị đã tổ chức 1.250 buổi sinh hoạt chuyên đề.").normalized(QString::NormalizationForm_D);

OfficialDocument sampleDocument()
{
    OfficialDocument document;
    document.margins = {25, 22, 32, 18};
    document.header.parentBody = QStringLiteral("UBND tỉnh Tây Ninh");
    document.header.agency = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch");
    document.header.number = QStringLiteral("05/BC-SVHTTDL");
    document.header.placeAndDate = QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025");
    document.typeName = QStringLiteral("Báo cáo");
    document.summary = QStringLiteral("Kết quả xây dựng xã hội học tập năm 2025");
    document.addressees = {QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Tây Ninh")};
    document.body = {
        DocumentBlock::italicParagraph(QStringLiteral("Căn cứ Kế hoạch số 35/KH-SVHTTDL ngày 12/3/2024;")),
        DocumentBlock::heading(1, QStringLiteral("I. Kết quả thực hiện")),
        DocumentBlock::heading(2, QStringLiteral("1. Công tác tuyên truyền")),
        DocumentBlock::paragraph(DecomposedParagraph),
        DocumentBlock::paragraph(QStringLiteral("Dòng thứ nhất;\nDòng thứ hai.")),
        DocumentBlock::heading(3, QStringLiteral("a) Đơn vị học tập")),
        DocumentBlock::tableBlock(membersTable(30)),
        DocumentBlock::pageBreak(),
        DocumentBlock::heading(1, QStringLiteral("II. Phương hướng năm 2026")),
        DocumentBlock::spacer(10),
        DocumentBlock::paragraph(QStringLiteral("Tiếp tục đẩy mạnh học tập suốt đời.")),
        DocumentBlock::italicParagraph(QStringLiteral("Số liệu tính đến ngày 30/11/2025.")),
    };
    document.signature.authority = QStringLiteral("KT. Giám đốc");
    document.signature.title = QStringLiteral("Phó Giám đốc");
    document.signature.name = QStringLiteral("Nguyễn Thị Hồng Thắm");
    document.signature.recipients = {QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT, QLVHGD.")};

    DocumentAppendix first;
    first.label = QStringLiteral("Phụ lục I");
    first.title = QStringLiteral("Danh sách đơn vị học tập");
    first.attachedTo = QStringLiteral("(Kèm theo Báo cáo số 05/BC-SVHTTDL ngày 05/12/2025)");
    first.blocks = {DocumentBlock::tableBlock(membersTable(3))};
    DocumentAppendix second;
    second.label = QStringLiteral("Phụ lục II");
    second.title = QStringLiteral("Chỉ tiêu năm 2026");
    second.landscape = true;
    second.blocks = {DocumentBlock::paragraph(QStringLiteral("Đạt 100% chỉ tiêu được giao."))};
    document.appendices = {first, second};
    return document;
}

} // namespace

class TestOdtWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archiveLayout();
    void paragraphsInOrder();
    void header();
    void dataTable();
    void styles();
    void pageBreaksBeforeAppendices();
    void pageLayout();
    void severalAddressees();
    void textDocument();
    void missingDirectory();
    void invalidMargins();
    void replacesExistingFile();

private:
    QTemporaryDir m_dir;
    QList<Part> m_parts;
    Content m_content;
};

void TestOdtWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("báo cáo.odt"));
    QCOMPARE(OdtWriter::write(sampleDocument(), path), QString());
    m_parts = readArchive(path);
    QVERIFY(!m_parts.isEmpty());
    m_content = readContent(partData(m_parts, QStringLiteral("content.xml")));
    QVERIFY2(m_content.error.isEmpty(), qPrintable(m_content.error));
    QVERIFY(!m_content.paragraphs.isEmpty());
}

void TestOdtWriter::archiveLayout()
{
    QCOMPARE(m_parts.first().name, QStringLiteral("mimetype"));
    QCOMPARE(m_parts.first().method, 0);
    QCOMPARE(m_parts.first().data, MimeType.toLatin1());
    QStringList names;
    for (const Part &part : std::as_const(m_parts))
        names.append(part.name);
    QVERIFY(names.contains(QStringLiteral("content.xml")));
    QVERIFY(names.contains(QStringLiteral("styles.xml")));
    const QByteArray manifest = partData(m_parts, QStringLiteral("META-INF/manifest.xml"));
    QVERIFY(manifest.contains(R"(manifest:full-path="styles.xml")"));
    QVERIFY(manifest.contains(R"(manifest:full-path="content.xml")"));
    // The mimetype is readable at its fixed offset, as file type detection expects.
    QFile file(m_dir.filePath(QStringLiteral("báo cáo.odt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(38 + MimeType.size());
    QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(head.mid(38), MimeType.toLatin1());
}

void TestOdtWriter::paragraphsInOrder()
{
    const QStringList expected = {
        QStringLiteral("BÁO CÁO"),
        QStringLiteral("Kết quả xây dựng xã hội học tập năm 2025"),
        QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tây Ninh"),
        QStringLiteral("Căn cứ Kế hoạch số 35/KH-SVHTTDL ngày 12/3/2024;"),
        QStringLiteral("I. KẾT QUẢ THỰC HIỆN"),
        QStringLiteral("1. Công tác tuyên truyền"),
        QStringLiteral("Các đơn vị đã tổ chức 1.250 buổi sinh hoạt chuyên đề."),
        QStringLiteral("Dòng thứ nhất;"),
        QStringLiteral("Dòng thứ hai."),
        QStringLiteral("a) Đơn vị học tập"),
        QStringLiteral("II. PHƯƠNG HƯỚNG NĂM 2026"),
        QStringLiteral("Tiếp tục đẩy mạnh học tập suốt đời."),
        QStringLiteral("Số liệu tính đến ngày 30/11/2025."),
        QStringLiteral("Phụ lục I"),
        QStringLiteral("DANH SÁCH ĐƠN VỊ HỌC TẬP"),
        QStringLiteral("(Kèm theo Báo cáo số 05/BC-SVHTTDL ngày 05/12/2025)"),
        QStringLiteral("Phụ lục II"),
        QStringLiteral("CHỈ TIÊU NĂM 2026"),
        QStringLiteral("Đạt 100% chỉ tiêu được giao."),
    };
    QCOMPARE(m_content.texts(), expected);
    // Printed in NFC: no combining marks anywhere (the decomposed input had some).
    const QString content = QString::fromUtf8(partData(m_parts, QStringLiteral("content.xml")));
    QVERIFY(DecomposedParagraph.contains(QChar(0x0301)));
    static const QRegularExpression combining(QStringLiteral("[\\x{0300}-\\x{036F}]"));
    QVERIFY(!combining.match(content).hasMatch());
    // No tab before the line breaks (Qt's writer adds one).
    QVERIFY(!content.contains(QStringLiteral("<text:tab")));
    // The trích yếu has its short rule below it; no empty paragraph precedes the header.
    const qsizetype summary = m_content.indexOf(expected.at(1));
    QVERIFY(summary >= 0 && summary + 1 < m_content.paragraphs.size());
    QVERIFY(QRegularExpression(QStringLiteral("^_{10,}$")).match(m_content.paragraphs.at(summary + 1).text).hasMatch());
    QCOMPARE(m_content.paragraphs.first().table, 0);
}

void TestOdtWriter::header()
{
    QCOMPARE(m_content.tables.size(), 4); // header, body table, signature, the table of Phụ lục I
    const Table &header = m_content.tables.first();
    QCOMPARE(header.columns, 2);
    QCOMPARE(header.rows.size(), 2);
    QCOMPARE(header.headerRows, 0);
    const QStringList left = header.rows.at(0).at(0).split(QLatin1Char('\n'));
    QCOMPARE(left.mid(0, 3), QStringList({QStringLiteral("UBND TỈNH TÂY NINH"), QStringLiteral("SỞ VĂN HÓA, THỂ THAO"),
                                          QStringLiteral("VÀ DU LỊCH")}));
    QCOMPARE(left.size(), 4);
    QVERIFY(QRegularExpression(QStringLiteral("^_{10,}$")).match(left.at(3)).hasMatch());
    const QStringList right = header.rows.at(0).at(1).split(QLatin1Char('\n'));
    QCOMPARE(right.mid(0, 2), QStringList({QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                           QStringLiteral("Độc lập - Tự do - Hạnh phúc")}));
    QCOMPARE(header.rows.at(1),
             QStringList({QStringLiteral("Số: 05/BC-SVHTTDL"), QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025")}));
    // The header table has no borders; the left column about 40 %.
    const QString column = m_content.property(header.columnStyles.first(), QStringLiteral("style:rel-column-width"));
    QVERIFY2(column.endsWith(QLatin1Char('*')), qPrintable(column));
    const double share = column.chopped(1).toDouble() / 10000;
    QVERIFY2(share >= 0.3 && share <= 0.4, qPrintable(column));
    // Borders on the cells of the body table only.
    for (const QString &cell : header.cellStyles)
        QCOMPARE(m_content.property(cell, QStringLiteral("fo:border")), QString());
    QCOMPARE(m_content.property(m_content.tables.at(1).cellStyles.first(), QStringLiteral("fo:border")),
             QStringLiteral("0.75pt solid #000000"));

    // Signature: "Nơi nhận" on the left, the signer on the right with room to sign.
    const Paragraph *recipients = m_content.find(QStringLiteral("Nơi nhận:\n- Như trên;\n- Lưu: VT, QLVHGD."));
    QVERIFY(recipients);
    QCOMPARE(m_content.property(recipients->spans.at(0).style, QStringLiteral("fo:font-size")), QStringLiteral("12pt"));
    QCOMPARE(m_content.property(recipients->spans.at(0).style, QStringLiteral("fo:font-style")),
             QStringLiteral("italic"));
    QCOMPARE(m_content.property(recipients->spans.at(1).style, QStringLiteral("fo:font-size")), QStringLiteral("11pt"));
    static const QRegularExpression signer(
        QStringLiteral("^KT\\. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n+Nguyễn Thị Hồng Thắm$"));
    bool found = false;
    for (const Paragraph &paragraph : m_content.paragraphs)
        found = found || signer.match(paragraph.text).hasMatch();
    QVERIFY(found);
}

void TestOdtWriter::dataTable()
{
    const Table &table = m_content.tables.at(1);
    QCOMPARE(table.columns, 4);
    QCOMPARE(table.headerRows, 1);
    QCOMPARE(table.rows.size(), 1 + 30 + 1);
    QCOMPARE(table.rows.at(0), QStringList({QStringLiteral("STT"), QStringLiteral("Tên đơn vị"),
                                            QStringLiteral("Số lớp học"), QStringLiteral("Xếp loại")}));
    const DocumentTable source = membersTable(30);
    for (int r = 0; r < source.rows.size(); ++r) {
        QStringList cells = source.rows.at(r).cells;
        QCOMPARE(table.rows.at(r + 1), cells);
    }
    QCOMPARE(table.rows.at(31).at(1), QStringLiteral("Tổng cộng"));
    // Bold header and total, regular rows.
    const auto weight = [this, &table](int row, int column) {
        return m_content.property(table.rowSpanStyles.at(row).at(column), QStringLiteral("fo:font-weight"));
    };
    QCOMPARE(weight(0, 1), QStringLiteral("bold"));
    QCOMPARE(weight(31, 1), QStringLiteral("bold"));
    QCOMPARE(weight(1, 1), QString());
    QCOMPARE(m_content.property(table.rowSpanStyles.at(1).at(1), QStringLiteral("fo:font-size")),
             QStringLiteral("13pt"));
    // The text width (210 - 32 - 18 mm), shared by what the columns hold (TableLayout, as
    // in the PDF): the names' column takes what the others leave; "STT", the number and
    // "Xếp loại" only their widest cell or header word.
    QCOMPARE(m_content.property(table.style, QStringLiteral("style:width")), QStringLiteral("160.00mm"));
    QStringList widths;
    double total = 0;
    for (int c = 0; c < 4; ++c) {
        const QString width = m_content.property(table.columnStyles.at(c), QStringLiteral("style:column-width"));
        QVERIFY2(width.endsWith(QLatin1String("mm")), qPrintable(width));
        total += width.chopped(2).toDouble();
        widths.append(width);
    }
    QVERIFY2(qAbs(total - 160) < 0.1, qPrintable(widths.join(QLatin1Char(' '))));
    QVERIFY2(widths.at(1).chopped(2).toDouble() > 100, qPrintable(widths.join(QLatin1Char(' '))));
    QVERIFY2(widths.at(0).chopped(2).toDouble() < 15, qPrintable(widths.join(QLatin1Char(' '))));
    // Cell alignment follows the column (right for numbers, header centred).
    const auto alignment = [this](const QString &text) {
        const Paragraph *paragraph = m_content.find(text);
        return paragraph ? m_content.property(paragraph->style, QStringLiteral("fo:text-align")) : QStringLiteral("?");
    };
    QCOMPARE(alignment(QStringLiteral("Tổng cộng")), QStringLiteral("start"));
    QCOMPARE(alignment(table.rows.at(31).at(2)), QStringLiteral("end"));
    QCOMPARE(alignment(QStringLiteral("Số lớp học")), QStringLiteral("center"));
}

void TestOdtWriter::styles()
{
    const auto firstSpan = [this](const QString &text, const QString &property) {
        const Paragraph *paragraph = m_content.find(text);
        if (!paragraph || paragraph->spans.isEmpty())
            return QStringLiteral("(no paragraph %1)").arg(text);
        return m_content.property(paragraph->spans.first().style, property);
    };
    const QString weight = QStringLiteral("fo:font-weight");
    QCOMPARE(firstSpan(QStringLiteral("BÁO CÁO"), weight), QStringLiteral("bold"));
    QCOMPARE(firstSpan(QStringLiteral("I. KẾT QUẢ THỰC HIỆN"), weight), QStringLiteral("bold"));
    QCOMPARE(firstSpan(QStringLiteral("1. Công tác tuyên truyền"), weight), QStringLiteral("bold"));
    QCOMPARE(firstSpan(QStringLiteral("a) Đơn vị học tập"), weight), QString());
    QCOMPARE(firstSpan(QStringLiteral("Phụ lục I"), weight), QStringLiteral("bold"));
    QCOMPARE(firstSpan(QStringLiteral("Phụ lục I"), QStringLiteral("fo:font-size")), QStringLiteral("14pt"));
    QCOMPARE(firstSpan(QStringLiteral("Tiếp tục đẩy mạnh học tập suốt đời."), weight), QString());
    QCOMPARE(firstSpan(QStringLiteral("Tiếp tục đẩy mạnh học tập suốt đời."), QStringLiteral("fo:font-size")),
             QStringLiteral("14pt"));
    QCOMPARE(
        firstSpan(QStringLiteral("Căn cứ Kế hoạch số 35/KH-SVHTTDL ngày 12/3/2024;"), QStringLiteral("fo:font-style")),
        QStringLiteral("italic"));
    QCOMPARE(firstSpan(QStringLiteral("Số liệu tính đến ngày 30/11/2025."), QStringLiteral("fo:font-style")),
             QStringLiteral("italic"));
    QCOMPARE(firstSpan(QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025"), QStringLiteral("fo:font-style")),
             QStringLiteral("italic"));

    // Every run in Times New Roman, black.
    int spans = 0;
    for (const Paragraph &paragraph : std::as_const(m_content.paragraphs)) {
        for (const Span &span : paragraph.spans) {
            ++spans;
            QCOMPARE(m_content.property(span.style, QStringLiteral("fo:font-family")),
                     QStringLiteral("Times New Roman"));
            QCOMPARE(m_content.property(span.style, QStringLiteral("fo:color")), QStringLiteral("#000000"));
        }
    }
    QVERIFY(spans > 100);

    // A body paragraph: justified, first line indented 1.27 cm (36 pt), 6 pt after, 1.15 lines.
    const Paragraph *paragraph = m_content.find(QStringLiteral("Tiếp tục đẩy mạnh học tập suốt đời."));
    QVERIFY(paragraph);
    QCOMPARE(m_content.property(paragraph->style, QStringLiteral("fo:text-align")), QStringLiteral("justify"));
    QCOMPARE(m_content.property(paragraph->style, QStringLiteral("fo:text-indent")), QStringLiteral("36pt"));
    QCOMPARE(m_content.property(paragraph->style, QStringLiteral("fo:margin-bottom")), QStringLiteral("6pt"));
    QCOMPARE(m_content.property(paragraph->style, QStringLiteral("fo:line-height")), QStringLiteral("115%"));
    // The line after a '\n' is not indented.
    const Paragraph *second = m_content.find(QStringLiteral("Dòng thứ hai."));
    QVERIFY(second);
    QCOMPARE(m_content.property(second->style, QStringLiteral("fo:text-indent")), QStringLiteral("0pt"));
    // Headings stay with what follows; the tên loại is centred.
    const Paragraph *heading = m_content.find(QStringLiteral("I. KẾT QUẢ THỰC HIỆN"));
    QVERIFY(heading);
    QCOMPARE(m_content.property(heading->style, QStringLiteral("fo:keep-with-next")), QStringLiteral("always"));
    QCOMPARE(m_content.property(m_content.find(QStringLiteral("BÁO CÁO"))->style, QStringLiteral("fo:text-align")),
             QStringLiteral("center"));
}

void TestOdtWriter::pageBreaksBeforeAppendices()
{
    QStringList breaking;
    for (const Paragraph &paragraph : std::as_const(m_content.paragraphs))
        if (m_content.property(paragraph.style, QStringLiteral("fo:break-before")) == QStringLiteral("page"))
            breaking.append(paragraph.text);
    QCOMPARE(breaking, QStringList({QStringLiteral("II. PHƯƠNG HƯỚNG NĂM 2026"), QStringLiteral("Phụ lục I"),
                                    QStringLiteral("Phụ lục II")}));
    const auto master = [this](const QString &text) {
        return m_content.property(m_content.find(text)->style, QStringLiteral("style:master-page-name"));
    };
    QCOMPARE(master(QStringLiteral("Phụ lục I")), QStringLiteral("Portrait"));
    QCOMPARE(master(QStringLiteral("Phụ lục II")), QStringLiteral("Landscape"));
    QCOMPARE(master(QStringLiteral("II. PHƯƠNG HƯỚNG NĂM 2026")), QString());
    // Each appendix is numbered from 1 again; a page break inside a part is not.
    const auto restart = [this](const QString &text) {
        return m_content.property(m_content.find(text)->style, QStringLiteral("style:page-number"));
    };
    QCOMPARE(restart(QStringLiteral("Phụ lục I")), QStringLiteral("1"));
    QCOMPARE(restart(QStringLiteral("Phụ lục II")), QStringLiteral("1"));
    QCOMPARE(restart(QStringLiteral("II. PHƯƠNG HƯỚNG NĂM 2026")), QString());
}

void TestOdtWriter::pageLayout()
{
    QXmlStreamReader xml(partData(m_parts, QStringLiteral("styles.xml")));
    QHash<QString, QHash<QString, QString>> layouts;
    QHash<QString, QString> masters;
    QHash<QString, QString> nextStyles;
    QSet<QString> numbered;                // master pages whose header prints the page number
    QHash<QString, QString> headerHeights; // page layout -> header min-height
    QString layout;
    QString master;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("page-layout"))
            layout = attributes.value(QStringLiteral("style:name")).toString();
        else if (xml.name() == QLatin1String("page-layout-properties"))
            for (const QXmlStreamAttribute &attribute : attributes)
                layouts[layout].insert(attribute.qualifiedName().toString(), attribute.value().toString());
        else if (xml.name() == QLatin1String("header-footer-properties"))
            headerHeights.insert(layout, attributes.value(QStringLiteral("fo:min-height")).toString());
        else if (xml.name() == QLatin1String("page-number"))
            numbered.insert(master);
        else if (xml.name() == QLatin1String("master-page")) {
            master = attributes.value(QStringLiteral("style:name")).toString();
            masters.insert(master, attributes.value(QStringLiteral("style:page-layout-name")).toString());
            nextStyles.insert(master, attributes.value(QStringLiteral("style:next-style-name")).toString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QHash<QString, QString> standard = layouts.value(masters.value(QStringLiteral("Standard")));
    QCOMPARE(standard.value(QStringLiteral("fo:page-width")), QStringLiteral("21cm"));
    QCOMPARE(standard.value(QStringLiteral("fo:page-height")), QStringLiteral("29.7cm"));
    QCOMPARE(standard.value(QStringLiteral("fo:margin-top")), QStringLiteral("25mm"));
    QCOMPARE(standard.value(QStringLiteral("fo:margin-bottom")), QStringLiteral("22mm"));
    QCOMPARE(standard.value(QStringLiteral("fo:margin-left")), QStringLiteral("32mm"));
    QCOMPARE(standard.value(QStringLiteral("fo:margin-right")), QStringLiteral("18mm"));
    const QHash<QString, QString> landscape = layouts.value(masters.value(QStringLiteral("Landscape")));
    QCOMPARE(landscape.value(QStringLiteral("fo:page-width")), QStringLiteral("29.7cm"));
    QCOMPARE(landscape.value(QStringLiteral("fo:margin-left")), QStringLiteral("32mm"));
    QCOMPARE(layouts.value(masters.value(QStringLiteral("Portrait"))), standard);
    // No page number on the first page of each part, then one in the top margin: the
    // header fills the margin, so the text starts 25 mm from the top on every page.
    for (const QString &first : {QStringLiteral("Standard"), QStringLiteral("Portrait"), QStringLiteral("Landscape")}) {
        QVERIFY2(!numbered.contains(first), qPrintable(first));
        const QString next = nextStyles.value(first);
        QVERIFY2(numbered.contains(next), qPrintable(next));
        const QString nextLayout = masters.value(next);
        QCOMPARE(layouts.value(nextLayout).value(QStringLiteral("fo:page-width")),
                 layouts.value(masters.value(first)).value(QStringLiteral("fo:page-width")));
        const double top = layouts.value(nextLayout).value(QStringLiteral("fo:margin-top")).chopped(2).toDouble() +
                           headerHeights.value(nextLayout).chopped(2).toDouble();
        QCOMPARE(top, 25.0);
    }
    // A table in the landscape appendix spans that page's text width.
    OfficialDocument document = sampleDocument();
    document.appendices.last().blocks.append(DocumentBlock::tableBlock(membersTable(2)));
    const QString path = m_dir.filePath(QStringLiteral("ngang.odt"));
    QCOMPARE(OdtWriter::write(document, path), QString());
    const Content content = readContent(partData(readArchive(path), QStringLiteral("content.xml")));
    QCOMPARE(content.property(content.tables.last().style, QStringLiteral("style:width")), QStringLiteral("247.00mm"));
}

void TestOdtWriter::severalAddressees()
{
    OfficialDocument document = sampleDocument();
    document.addressees = {QStringLiteral("Sở Giáo dục và Đào tạo;"), QStringLiteral("Sở Nội vụ.")};
    const QString path = m_dir.filePath(QStringLiteral("nhiều.odt"));
    QCOMPARE(OdtWriter::write(document, path), QString());
    const Content content = readContent(partData(readArchive(path), QStringLiteral("content.xml")));
    const QStringList texts = content.texts();
    const qsizetype label = texts.indexOf(QStringLiteral("Kính gửi:"));
    QVERIFY(label > 0);
    QCOMPARE(texts.mid(label, 3), QStringList({QStringLiteral("Kính gửi:"), QStringLiteral("- Sở Giáo dục và Đào tạo;"),
                                               QStringLiteral("- Sở Nội vụ.")}));
    // The block is centred by its left margin; the dashes stand under the colon.
    const auto margin = [&content](const QString &text) {
        return content.property(content.find(text)->style, QStringLiteral("fo:margin-left")).chopped(2).toDouble();
    };
    QVERIFY(margin(QStringLiteral("Kính gửi:")) > 50);
    QVERIFY(margin(QStringLiteral("- Sở Nội vụ.")) > margin(QStringLiteral("Kính gửi:")) + 30);
}

void TestOdtWriter::textDocument()
{
    const std::unique_ptr<QTextDocument> text = OdtWriter::toTextDocument(sampleDocument());
    QVERIFY(text);
    const QString plain = text->toPlainText();
    QVERIFY(plain.contains(QStringLiteral("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tây Ninh")));
    QVERIFY(plain.contains(QStringLiteral("Các đơn vị đã tổ chức 1.250 buổi sinh hoạt chuyên đề.")));
    QVERIFY(plain.indexOf(QStringLiteral("BÁO CÁO")) < plain.indexOf(QStringLiteral("Phụ lục II")));
}

void TestOdtWriter::missingDirectory()
{
    const QString path = m_dir.filePath(QStringLiteral("không có/thư mục/báo cáo.odt"));
    const QString error = OdtWriter::write(sampleDocument(), path);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("không có"))));
}

void TestOdtWriter::invalidMargins()
{
    OfficialDocument document = sampleDocument();
    document.margins.left = 10;
    const QString path = m_dir.filePath(QStringLiteral("lề.odt"));
    QVERIFY(!OdtWriter::write(document, path).isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestOdtWriter::replacesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cũ.odt"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write(QByteArray(2 * 1024 * 1024, 'x')) > 0);
    }
    QCOMPARE(OdtWriter::write(sampleDocument(), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("PK\x03\x04"));
    QVERIFY(!data.contains(QByteArray(64, 'x')));
    QVERIFY(data.size() < 100 * 1024);
    const QList<Part> parts = readArchive(path);
    QVERIFY(!parts.isEmpty());
    QCOMPARE(parts.first().name, QStringLiteral("mimetype"));
    QCOMPARE(readContent(partData(parts, QStringLiteral("content.xml"))).texts(), m_content.texts());
}

QTEST_MAIN(TestOdtWriter)
#include "tst_odtwriter.moc"
