#include "io/tablereader.h"
#include "io/xlsxreader.h"
#include "io/xlsxtablewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unzip.h>
#include <zip.h>

namespace {
const QString kName = QStringLiteral("Trung tâm Văn hóa - Thể thao huyện Tân Biên");

using Parts = QList<std::pair<QString, QByteArray>>;

bool writeZip(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : parts) {
        const zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray unzipPart(const QString &path, const QString &part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray data;
    if (unzLocateFile(zip, part.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

QList<QStringList> cellsOf(const TableReadResult &result)
{
    QList<QStringList> cells;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        cells.append(result.row(r).toList());
    return cells;
}

QList<int> numbersOf(const TableReadResult &result)
{
    QList<int> numbers;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        numbers.append(result.row(r).number());
    return numbers;
}

const char kRootRels[] =
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>\n"
    "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' "
    "Target='xl/workbook.xml'/>\n"
    "</Relationships>";

// The worksheet the workbook lists first is data.xml (rId3, by an absolute target), not sheet1.xml.
const char kWorkbookRels[] =
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>\n"
    "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
    "Target='worksheets/sheet1.xml'/>\n"
    "<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' "
    "Target='styles.xml'/>\n"
    "<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
    "Target='/xl/worksheets/data.xml'/>\n"
    "<Relationship Id='rId4' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings' "
    "Target='sharedStrings.xml'/>\n"
    "</Relationships>";

QByteArray workbookXml(bool date1904)
{
    return QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                             "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
                             "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>\n"
                             "<workbookPr date1904='") +
           (date1904 ? "1" : "0") +
           QByteArrayLiteral("'/>\n"
                             "<sheets><sheet name='Hidden' sheetId='3' state='hidden' r:id='rId1'/><sheet name='Dữ "
                             "liệu' sheetId='2' r:id='rId3'/><sheet name='Khác' sheetId='1' r:id='rId1'/></sheets>\n"
                             "</workbook>");
}

// Index 3 is decomposed (NFD) text; index 4 has a phonetic run that is not part of the text.
QByteArray sharedStringsXml()
{
    return QByteArrayLiteral(
               "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
               "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' count='5' uniqueCount='5'>\n"
               "<si><t>Mã</t></si>\n"
               "<si><r><rPr><b/><sz val='11'/></rPr><t xml:space='preserve'>Tên </t></r><r><t>đơn vị</t></r></si>\n"
               "<si><t>Ngày</t></si>\n"
               "<si><t>") +
           kName.normalized(QString::NormalizationForm_D).toUtf8() +
           QByteArrayLiteral("</t></si>\n"
                             "<si><t>Dòng_x000D_</t><rPh sb='0' eb='1'><t>ignored</t></rPh></si>\n"
                             "</sst>");
}

// cellXfs: 0 general, 1 built-in date 14, 2 custom date, 3 custom number. The xf in
// cellStyleXfs must not count.
const char kStyles[] = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                       "<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>\n"
                       "<numFmts count='2'><numFmt numFmtId='164' formatCode='dd/mm/yyyy;@'/><numFmt numFmtId='165' "
                       "formatCode='#,##0.00&quot; đ&quot;'/></numFmts>\n"
                       "<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>\n"
                       "<cellXfs count='4'><xf numFmtId='0' xfId='0'/><xf numFmtId='14' xfId='0' "
                       "applyNumberFormat='1'/><xf numFmtId='164' xfId='0'/><xf numFmtId='165' xfId='0'/></cellXfs>\n"
                       "</styleSheet>";

const char kDataSheet[] =
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>\n"
    "<dimension ref='A1:D6'/>\n"
    "<sheetData>\n"
    "<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r='C1' t='s'><v>2</v></c><c r='D1' "
    "t='inlineStr'><is><t>Điểm</t></is></c></row>\n"
    "<row r='2'><c r='A2' t='inlineStr'><is><t>007</t></is></c><c r='B2' t='s'><v>3</v></c><c r='C2' "
    "s='1'><v>45292</v></c><c r='D2'><v>7.5</v></c></row>\n"
    "<row r='3'><c r='D3'><v>12</v></c></row>\n"
    "<row r='5'><c r='A5' t='str'><f>A2&amp;'x'</f><v>kết quả</v></c><c r='B5' t='b'><v>1</v></c><c r='C5' "
    "s='2'><v>45000.75</v></c><c r='D5' s='3'><v>1234.5</v></c></row>\n"
    "<row r='6'><c r='A6' s='1'/></row>\n"
    "<row r='7'><c r='A7' t='s'><v>4</v></c><c r='B7'><v>0.30000000000000004</v></c><c r='C7'><v>-3</v></c><c r='D7' "
    "s='1'><v>59</v></c></row>\n"
    "</sheetData>\n"
    "</worksheet>";

const char kOtherSheet[] =
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>\n"
    "<row r='1'><c r='A1' t='inlineStr'><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>";

Parts handMadeParts(bool date1904)
{
    return {{QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>")},
            {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
            {QStringLiteral("xl/workbook.xml"), workbookXml(date1904)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels)},
            {QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml()},
            {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
            {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(kOtherSheet)},
            {QStringLiteral("xl/worksheets/data.xml"), QByteArray(kDataSheet)}};
}

Parts withPart(Parts parts, const QString &name, const QByteArray &data)
{
    for (auto &part : parts) {
        if (part.first == name)
            part.second = data;
    }
    return parts;
}

Parts withoutPart(Parts parts, const QString &name)
{
    parts.removeIf([&name](const auto &part) { return part.first == name; });
    return parts;
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void writerLayout();
    void overwriteLeavesNoTemporaryFile();
    void failedWriteLeavesNoFile();
    void handMade_data();
    void handMade();
    void errors_data();
    void errors();
    void hostileButReadable();
    void stopAfterTheFirstRows();
    void tableReaderDispatch();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXlsxReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestXlsxReader::roundTrip()
{
    const QString path = m_dir->filePath(QStringLiteral("bảng.xlsx"));
    const QList<XlsxTableWriter::Column> columns{{QStringLiteral("Mã"), 0, false},
                                                 {QStringLiteral("Tên đơn vị"), 40, false},
                                                 {QStringLiteral("Điểm"), 0, true},
                                                 {QStringLiteral("Ngày"), 0, false}};
    const QList<QStringList> rows{
        {QStringLiteral("007"), kName, QStringLiteral("7,5"), QStringLiteral("2024-01-01")},
        {QStringLiteral("010"), QString(), QStringLiteral("8")}, // not padded to the header's width
        {QString(), QString(), QString(), QString()},
        {QString(), QStringLiteral("Nhà văn hóa \"ấp\"\ndòng 2"), QStringLiteral(" 12.25 "),
         QStringLiteral("31/12/2024")},
        {QStringLiteral("x"), QStringLiteral("=1+1"), QStringLiteral("chưa có"), QStringLiteral("0123")},
    };
    QString error;
    QVERIFY2(XlsxTableWriter::write(path, QStringLiteral("Đơn vị"), columns, rows, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    const TableReadResult result = XlsxReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, QStringLiteral("XLSX"));
    QCOMPARE(result.delimiter, QChar());
    // The blank row is not in the sheet; the others keep the sheet's row numbers.
    QCOMPARE(numbersOf(result), QList<int>({1, 2, 3, 5, 6}));
    const QList<QStringList> expected{
        {QStringLiteral("Mã"), QStringLiteral("Tên đơn vị"), QStringLiteral("Điểm"), QStringLiteral("Ngày")},
        {QStringLiteral("007"), kName, QStringLiteral("7.5"), QStringLiteral("2024-01-01")},
        {QStringLiteral("010"), QString(), QStringLiteral("8")}, // not padded to the header's width
        {QString(), QStringLiteral("Nhà văn hóa \"ấp\"\ndòng 2"), QStringLiteral("12.25"),
         QStringLiteral("31/12/2024")},
        {QStringLiteral("x"), QStringLiteral("=1+1"), QStringLiteral("chưa có"), QStringLiteral("0123")},
    };
    QCOMPARE(cellsOf(result), expected);
}

void TestXlsxReader::writerLayout()
{
    const QString path = m_dir->filePath(QStringLiteral("layout.xlsx"));
    QString error;
    QVERIFY2(XlsxTableWriter::write(path, QStringLiteral("a/b:c"),
                                    {{QStringLiteral("code"), 0, false}, {QStringLiteral("score"), 0, true}},
                                    {{QStringLiteral("01"), QStringLiteral("7,5")}, {QStringLiteral("02"), QString()}},
                                    &error),
             qPrintable(error));
    const QByteArray sheet = unzipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains("state=\"frozen\""), sheet.constData());
    QVERIFY2(sheet.contains("<autoFilter ref=\"A1:B3\""), sheet.constData());
    QVERIFY2(sheet.contains("<c r=\"B2\"><v>7.5</v></c>"), sheet.constData()); // a number, not a string
    QVERIFY2(sheet.contains("<c r=\"A2\" t=\"s\">"), sheet.constData());
    QVERIFY2(!sheet.contains("r=\"B3\""), sheet.constData());                    // empty cells are not written
    QVERIFY2(sheet.contains("<c r=\"A1\" s=\"1\" t=\"s\">"), sheet.constData()); // the bold header format
    QVERIFY(unzipPart(path, QStringLiteral("xl/styles.xml")).contains("<b/>"));
    QVERIFY(unzipPart(path, QStringLiteral("xl/workbook.xml")).contains("name=\"a-b-c\""));
}

void TestXlsxReader::overwriteLeavesNoTemporaryFile()
{
    const QString path = m_dir->filePath(QStringLiteral("out.xlsx"));
    QString error;
    QVERIFY(XlsxTableWriter::write(path, QStringLiteral("A"), {{QStringLiteral("first")}}, {}, &error));
    QVERIFY(XlsxTableWriter::write(path, QStringLiteral("A"), {{QStringLiteral("second")}}, {{QStringLiteral("1")}},
                                   &error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("out.xlsx")}));
    const TableReadResult result = XlsxReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(cellsOf(result), QList<QStringList>({{QStringLiteral("second")}, {QStringLiteral("1")}}));
}

void TestXlsxReader::failedWriteLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/out.xlsx"));
    QString error;
    QVERIFY(
        !XlsxTableWriter::write(path, QStringLiteral("A"), {{QStringLiteral("h")}}, {{QStringLiteral("1")}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing"))));

    // The folder is there but the target is a folder: libxlsxwriter succeeds, the rename fails.
    const QString folder = m_dir->filePath(QStringLiteral("taken.xlsx"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken.xlsx")));
    QVERIFY(!XlsxTableWriter::write(folder, QStringLiteral("A"), {{QStringLiteral("h")}}, {}, &error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestXlsxReader::handMade_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("secondDate");
    QTest::addColumn<QString>("earlyDate");

    // Excel's 1900 system counts a 29 February 1900, so serial 59 is 28 February 1900.
    QTest::newRow("1900 system") << false << QStringLiteral("2024-01-01") << QStringLiteral("2023-03-15")
                                 << QStringLiteral("1900-02-28");
    QTest::newRow("1904 system") << true << QStringLiteral("2028-01-02") << QStringLiteral("2027-03-16")
                                 << QStringLiteral("1904-02-29");
}

void TestXlsxReader::handMade()
{
    QFETCH(bool, date1904);
    QFETCH(QString, firstDate);
    QFETCH(QString, secondDate);
    QFETCH(QString, earlyDate);

    const QString path = m_dir->filePath(QStringLiteral("hand.xlsx"));
    QVERIFY(writeZip(path, handMadeParts(date1904)));
    const TableReadResult result = XlsxReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(numbersOf(result), QList<int>({1, 2, 3, 5, 7}));
    const QList<QStringList> expected{
        {QStringLiteral("Mã"), QStringLiteral("Tên đơn vị"), QStringLiteral("Ngày"), QStringLiteral("Điểm")},
        {QStringLiteral("007"), kName, firstDate, QStringLiteral("7.5")},
        {QString(), QString(), QString(), QStringLiteral("12")},
        {QStringLiteral("kết quả"), QStringLiteral("TRUE"), secondDate, QStringLiteral("1234.5")},
        {QStringLiteral("Dòng\r"), QStringLiteral("0.3"), QStringLiteral("-3"), earlyDate},
    };
    QCOMPARE(cellsOf(result), expected);
}

void TestXlsxReader::errors_data()
{
    QTest::addColumn<QByteArray>("zip"); // empty: write "garbage" as plain bytes instead
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("message");

    const Parts parts = handMadeParts(false);
    QTest::newRow("not a zip") << QByteArray("code,name\n01,a\n") << Parts() << QStringLiteral("not an XLSX workbook");
    QTest::newRow("zip without workbook")
        << QByteArray() << Parts{{QStringLiteral("readme.txt"), QByteArrayLiteral("hello")}}
        << QStringLiteral("not an XLSX workbook");
    QTest::newRow("missing worksheet") << QByteArray() << withoutPart(parts, QStringLiteral("xl/worksheets/data.xml"))
                                       << QStringLiteral("has no worksheet");
    QTest::newRow("no sheets") << QByteArray()
                               << withPart(parts, QStringLiteral("xl/workbook.xml"),
                                           QByteArrayLiteral("<workbook><sheets/></workbook>"))
                               << QStringLiteral("has no worksheet");
    QTest::newRow("broken sheet XML") << QByteArray()
                                      << withPart(parts, QStringLiteral("xl/worksheets/data.xml"),
                                                  QByteArrayLiteral(
                                                      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</c></row>"))
                                      << QStringLiteral("xl/worksheets/data.xml is not valid XML");
    QTest::newRow("broken shared strings")
        << QByteArray() << withPart(parts, QStringLiteral("xl/sharedStrings.xml"), QByteArrayLiteral("<sst><si>"))
        << QStringLiteral("xl/sharedStrings.xml is not valid XML");
    QTest::newRow("empty sheet") << QByteArray()
                                 << withPart(parts, QStringLiteral("xl/worksheets/data.xml"),
                                             QByteArrayLiteral("<worksheet><sheetData/></worksheet>"))
                                 << QStringLiteral("Dữ liệu contains no rows");
    // Issue 17: a sheet that unpacks to 17 MB from a few kilobytes is refused before unpacking.
    const QByteArray row = "<row><c t='inlineStr'><is><t>" + QByteArray(4000, 'A') + "</t></is></c></row>";
    QTest::newRow("zip bomb") << QByteArray()
                              << withPart(parts, QStringLiteral("xl/worksheets/data.xml"),
                                          "<worksheet><sheetData>" + row.repeated(17 * 256) +
                                              "</sheetData></worksheet>")
                              << QStringLiteral("part xl/worksheets/data.xml unpacks to 16.8 MB from");
    QTest::newRow("cell beyond XFD") << QByteArray()
                                     << withPart(parts, QStringLiteral("xl/worksheets/data.xml"),
                                                 QByteArrayLiteral(
                                                     "<worksheet><sheetData><row r='4'><c r='XFE4'><v>1</v></c></row>"
                                                     "</sheetData></worksheet>"))
                                     << QStringLiteral("Row 4 has a cell beyond column XFD");
    QTest::newRow("cells past XFD without references")
        << QByteArray()
        << withPart(parts, QStringLiteral("xl/worksheets/data.xml"),
                    "<worksheet><sheetData><row r='2'><c r='XFC2'><v>1</v></c>" +
                        QByteArray("<c><v>1</v></c>").repeated(2) + "</row></sheetData></worksheet>")
        << QStringLiteral("Row 2 has a cell beyond column XFD");
}

void TestXlsxReader::hostileButReadable()
{
    // A stray cell at XFD1 and rows out of column order cost their cells only; rich text
    // nested 100,000 deep is read without recursion.
    const QByteArray sheet = "<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>code</t></is></c>"
                             "<c r='XFD1' t='inlineStr'><is><t>stray</t></is></c></row>"
                             "<row r='2'><c r='C2'><v>3</v></c><c r='A2'><v>1</v></c><c r='C2'><v>4</v></c></row>"
                             "<row r='3'><c r='A3' t='inlineStr'><is>" +
                             QByteArray("<r>").repeated(100000) + "<t>deep</t>" + QByteArray("</r>").repeated(100000) +
                             "</is></c></row></sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("hostile.xlsx"));
    QVERIFY(writeZip(path, withPart(handMadeParts(false), QStringLiteral("xl/worksheets/data.xml"), sheet)));
    const TableReadResult result = XlsxReader::read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rowCount(), 3);
    QCOMPARE(result.row(0).size(), 2);
    QCOMPARE(result.row(0).columnAt(1), 16383);
    QCOMPARE(result.row(0).cell(16383), QStringLiteral("stray"));
    QCOMPARE(result.row(1).toList(), QStringList({QStringLiteral("1"), QString(), QStringLiteral("4")}));
    QCOMPARE(result.row(2).cell(0), QStringLiteral("deep"));
}

// A caller that refuses a file by its first rows (a stray header cell at XFD1) has the
// sheet read no further; a stop that says no, or a sheet `accept` does not take, reads on.
void TestXlsxReader::stopAfterTheFirstRows()
{
    QByteArray sheet = "<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>[unit_code]</t></is></c>"
                       "<c r='XFD1' t='inlineStr'><is><t>stray</t></is></c></row>";
    for (int r = 2; r <= 5000; ++r)
        sheet += QStringLiteral("<row r='%1'><c r='A%1' t='inlineStr'><is><t>U%1</t></is></c></row>").arg(r).toUtf8();
    sheet += "</sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("xfd1.xlsx"));
    QVERIFY(writeZip(path, withPart(handMadeParts(false), QStringLiteral("xl/worksheets/data.xml"), sheet)));
    int asked = 0;
    const auto strayHeader = [&asked](const TableReadResult &head) {
        ++asked;
        return head.row(0).cell(16383) == QLatin1String("stray");
    };
    TableReadResult result = XlsxReader::read(path, {}, strayHeader);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(asked, 1);
    QCOMPARE(result.rowCount(), qsizetype(XlsxReader::HeadRows));
    QCOMPARE(result.row(XlsxReader::HeadRows - 1).cell(0), QStringLiteral("U%1").arg(XlsxReader::HeadRows));

    asked = 0;
    result = XlsxReader::read(path, {}, [&asked](const TableReadResult &) {
        ++asked;
        return false;
    });
    QCOMPARE(asked, 1);
    QCOMPARE(result.rowCount(), 5000);
    result = XlsxReader::read(
        path, [](const TableReadResult &) { return false; }, strayHeader);
    QCOMPARE(result.rowCount(), 5000);
}

void TestXlsxReader::errors()
{
    QFETCH(QByteArray, zip);
    QFETCH(Parts, parts);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(QStringLiteral("bad.xlsx"));
    if (parts.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip);
    } else {
        QVERIFY(writeZip(path, parts));
    }
    const TableReadResult result = XlsxReader::read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(result.isEmpty());
}

void TestXlsxReader::tableReaderDispatch()
{
    const QString xlsx = m_dir->filePath(QStringLiteral("t.XLSX"));
    QVERIFY(
        XlsxTableWriter::write(xlsx, QStringLiteral("A"), {{QStringLiteral("h")}}, {{QStringLiteral("v")}}, nullptr));
    TableReadResult result = TableReader::read(xlsx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, QStringLiteral("XLSX"));
    QCOMPARE(cellsOf(result), QList<QStringList>({{QStringLiteral("h")}, {QStringLiteral("v")}}));

    const QString csv = m_dir->filePath(QStringLiteral("t.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a;b\r\n1;2\r\n");
    file.close();
    result = TableReader::read(csv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, QLatin1Char(';'));
    QCOMPARE(cellsOf(result), QList<QStringList>({{QStringLiteral("a"), QStringLiteral("b")},
                                                  {QStringLiteral("1"), QStringLiteral("2")}}));

    result = TableReader::read(m_dir->filePath(QStringLiteral("absent.csv")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("absent.csv")), qPrintable(result.error));

    result = TableReader::read(m_dir->filePath(QStringLiteral("t.pdf")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral(".xlsx, .xls or .ods")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
