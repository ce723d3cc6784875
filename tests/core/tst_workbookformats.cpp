#include "imports/submissionfilesimport.h"
#include "io/odsreader.h"
#include "io/tablereader.h"
#include "io/xlsformulas.h"
#include "io/xlsreader.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

// LibreOffice's .ods and Excel 97-2003's .xls, read from files LibreOffice itself wrote
// (tests/data/workbooks, made once by make-fixtures.py there): the same values as the
// workbook they were converted from, and imported like it.
class TestWorkbookFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheValuesTheyHold_data();
    void readsTheValuesTheyHold();
    void importsLikeXlsx_data();
    void importsLikeXlsx();
    void repeatedRowOfTextIsRefused();
    void repeatedCellsAreCapped();
    void notAWorkbookIsRefused_data();
    void notAWorkbookIsRefused();
    void xlsDirectoryNameLengthIsChecked_data();
    void xlsDirectoryNameLengthIsChecked();
    void xlsFilesFoundByFuzzingAreRefused_data();
    void xlsFilesFoundByFuzzingAreRefused();
    void xlsRecordsLibfreexlMisreadsAreRefused_data();
    void xlsRecordsLibfreexlMisreadsAreRefused();

private:
    static QString fixture(const QString &suffix)
    {
        return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/workbooks/tra-ve-2025.") + suffix;
    }
};

void TestWorkbookFormats::readsTheValuesTheyHold_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("ods") << QStringLiteral("ods");
    QTest::newRow("xls") << QStringLiteral("xls");
}

void TestWorkbookFormats::readsTheValuesTheyHold()
{
    QFETCH(QString, suffix);
    // The first sheet is the instructions; the one with "[year]" is asked for.
    const auto withYear = [](const TableReadResult &t) {
        for (qsizetype r = 0; r < std::min<qsizetype>(t.rowCount(), 10); ++r)
            if (t.row(r).toList().contains(QStringLiteral("Năm [year]")))
                return true;
        return false;
    };
    QFile file(fixture(suffix));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const TableReadResult first = TableReader::read(fixture(suffix));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.row(0).cell(0), QStringLiteral("Điền vào trang “Số liệu” [...]"));

    const TableReadResult table = TableReader::read(fixture(suffix), bytes, withYear);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.rowCount(), 4); // the title, the header and two units; blank rows are left out
    QCOMPARE(table.row(0).number(), 1);
    QCOMPARE(table.row(0).toList(), QStringList{QStringLiteral("BÁO CÁO SỐ LIỆU XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025")});
    QCOMPARE(table.row(1).number(), 3);
    QCOMPARE(table.row(1).toList(),
             QStringList({QStringLiteral("Năm [year]"), QStringLiteral("Mã đơn vị [unit_code]"),
                          QStringLiteral("Ngày nhận [received_date]"), QStringLiteral("Tin, bài [ind:TT-TIN-BAI]"),
                          QStringLiteral("Tỷ lệ (%) [ind:BD-HT-PCT]"), QStringLiteral("Có kế hoạch [ind:KH-HOC-TAP]"),
                          QStringLiteral("Mô hình [ind:MO-HINH]")}));
    QCOMPARE(table.row(2).number(), 4);
    // The percentage is a formula (=90+2.5): the value it last showed is read (in an
    // .xls file from its FORMULA record: libfreexl gives such cells no value).
    QCOMPARE(
        table.row(2).toList(),
        QStringList({QStringLiteral("2025"), QStringLiteral("VP"), QStringLiteral("2025-11-25"), QStringLiteral("12"),
                     QStringLiteral("92.5"), QStringLiteral("có"), QStringLiteral("Câu lạc bộ đọc sách “Sách hay”")}));
    QCOMPARE(table.row(3).number(), 6);
    QCOMPARE(
        table.row(3).toList(),
        QStringList({QStringLiteral("2025"), QStringLiteral("TV"), QStringLiteral("2025-12-02"), QStringLiteral("7"),
                     QStringLiteral("80"), QStringLiteral("không"), QStringLiteral("Thư viện số – đọc sách điện tử")}));
}

void TestWorkbookFormats::importsLikeXlsx_data()
{
    readsTheValuesTheyHold_data();
}

void TestWorkbookFormats::importsLikeXlsx()
{
    QFETCH(QString, suffix);
    Database db;
    TestDatabase::prepare(db);
    SubmissionService service(db);
    service.setToday(QDate(2026, 11, 27));
    SubmissionFilesImport import(service);
    const SubmissionFilesImport::Result result = import.prepare({fixture(suffix)});
    const SubmissionImport::Result &file = result.files.first().result;
    QVERIFY2(result.ok(), qPrintable(file.issues.isEmpty() ? QString() : file.issues.first().format(file.path)));
    QCOMPARE(file.created, 2);
    import.apply(result);

    const YearContext context = service.context(2025);
    auto unitId = [&](const QString &code) {
        for (const Unit &u : context.units)
            if (u.code == code)
                return u.id;
        return qint64(0);
    };
    auto indicatorId = [&](const QString &code) {
        for (const Indicator &i : context.indicators)
            if (i.code == code)
                return i.id;
        return qint64(0);
    };
    const Submission vp = service.load(unitId(QStringLiteral("VP")), 2025);
    QCOMPARE(vp.receivedDate, QDate(2025, 11, 25));
    QCOMPARE(vp.value(indicatorId(QStringLiteral("TT-TIN-BAI")))->numberHundredths, 1200);
    const IndicatorValue *percent = vp.value(indicatorId(QStringLiteral("BD-HT-PCT")));
    QVERIFY(percent); // a formula's value
    QCOMPARE(percent->numberHundredths, 9250);
    QVERIFY(vp.value(indicatorId(QStringLiteral("TT-TIN-BAI"))));
    QVERIFY(vp.value(indicatorId(QStringLiteral("KH-HOC-TAP"))));
    QVERIFY(vp.value(indicatorId(QStringLiteral("MO-HINH"))));
    QCOMPARE(vp.value(indicatorId(QStringLiteral("KH-HOC-TAP")))->numberHundredths, 100);
    QCOMPARE(vp.value(indicatorId(QStringLiteral("MO-HINH")))->text, QStringLiteral("Câu lạc bộ đọc sách “Sách hay”"));
    const Submission tv = service.load(unitId(QStringLiteral("TV")), 2025);
    QVERIFY(tv.value(indicatorId(QStringLiteral("TT-TIN-BAI"))) && tv.value(indicatorId(QStringLiteral("KH-HOC-TAP"))));
    QCOMPARE(tv.receivedDate, QDate(2025, 12, 2));
    QCOMPARE(tv.value(indicatorId(QStringLiteral("TT-TIN-BAI")))->numberHundredths, 700);
    QCOMPARE(tv.value(indicatorId(QStringLiteral("KH-HOC-TAP")))->numberHundredths, 0);
    QCOMPARE(service.importedFilesOfUnit(unitId(QStringLiteral("TV"))).first().name,
             QStringLiteral("tra-ve-2025.") + suffix);
}

void TestWorkbookFormats::repeatedRowOfTextIsRefused()
{
    // A row of text repeated a million times would cost a million rows: refused.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lap.ods"));
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
        "z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')\n"
        "z.writestr('content.xml', '<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        "<table:table table:name=\"A\"><table:table-row table:number-rows-repeated=\"1000000\">"
        "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')\n"
        "z.close()\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    QVERIFY(python.waitForFinished(60000) && python.exitCode() == 0);
    const TableReadResult table = OdsReader::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(QLatin1String("repeated 1000000 times")), qPrintable(table.error));
    QCOMPARE(table.rowCount(), 0);
}

void TestWorkbookFormats::repeatedCellsAreCapped()
{
    // 16,000 cells of text in a row, repeated 9,000 times (under the row limit): 144
    // million cells from a few hundred bytes. Refused once a million copies are made.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rong.ods"));
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
        "z.writestr('content.xml', '<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        "<table:table table:name=\"A\"><table:table-row table:number-rows-repeated=\"9000\">"
        "<table:table-cell table:number-columns-repeated=\"16000\" office:value-type=\"string\">"
        "<text:p>x</text:p></table:table-cell>"
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')\n"
        "z.close()\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    QVERIFY(python.waitForFinished(60000) && python.exitCode() == 0);
    const TableReadResult table = OdsReader::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(QLatin1String("more than 1000000 times")), qPrintable(table.error));
}

void TestWorkbookFormats::notAWorkbookIsRefused_data()
{
    readsTheValuesTheyHold_data();
}

void TestWorkbookFormats::notAWorkbookIsRefused()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gia.") + suffix);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Năm,Mã\r\n2025,VP\r\n");
    file.close();
    const TableReadResult table = TableReader::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(suffix == QLatin1String("xls") ? QLatin1String("Excel 97-2003")
                                                                 : QLatin1String("OpenDocument")),
             qPrintable(table.error));
}

// libfreexl 1.0.6 converts each directory entry's name with the length the entry gives
// (up to 65,535 bytes) from a 4 KiB buffer: the reader refuses a length over the
// entry's 64 bytes, or odd, before libfreexl sees the file.
void TestWorkbookFormats::xlsDirectoryNameLengthIsChecked_data()
{
    QTest::addColumn<int>("nameBytes");
    QTest::addColumn<bool>("read");
    QTest::newRow("as written") << 22 << true; // "Root Entry" and its 0
    QTest::newRow("the whole field") << 64 << true;
    QTest::newRow("past the field") << 66 << false;
    QTest::newRow("odd") << 23 << false;
    QTest::newRow("found by fuzzing") << 26880 << false;
    QTest::newRow("largest") << 65535 << false;
}

void TestWorkbookFormats::xlsDirectoryNameLengthIsChecked()
{
    QFETCH(int, nameBytes);
    QFETCH(bool, read);
    QFile fixtureFile(fixture(QStringLiteral("xls")));
    QVERIFY(fixtureFile.open(QIODevice::ReadOnly));
    QByteArray bytes = fixtureFile.readAll();
    // The root entry: the first of the directory, whose first sector the header names.
    const qsizetype sectorSize = qsizetype(1) << qFromLittleEndian<quint16>(bytes.constData() + 0x1E);
    const qsizetype directory = (qFromLittleEndian<quint32>(bytes.constData() + 0x30) + 1) * sectorSize;
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + directory), 10),
             QStringLiteral("Root Entry"));
    QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + directory + 64), 22);
    qToLittleEndian<quint16>(quint16(nameBytes), bytes.data() + directory + 64);
    QCOMPARE(XlsFormulas::wellFormed(bytes), read);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ten-dai.xls"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const TableReadResult table = TableReader::read(path);
    QCOMPARE(table.ok(), read);
    if (read)
        QCOMPARE(table.row(0).cell(0), QStringLiteral("Điền vào trang “Số liệu” [...]"));
    else
        QVERIFY2(table.error.contains(QLatin1String("Excel 97-2003")), qPrintable(table.error));
}

// The files fuzz_xlsreader found that libfreexl 1.0.6 misread (a root entry's name 26,880
// bytes long; a stream shorter than its size; a FORMAT past its record; one after an empty
// record), in the replayed regression corpus: refused with the reader's message, and by
// the check itself.
void TestWorkbookFormats::xlsFilesFoundByFuzzingAreRefused_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"dir-name-26880-bytes.xls", "dimension-too-large.xls", "format-string-past-record.xls",
                             "format-after-empty-record.xls"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWorkbookFormats::xlsFilesFoundByFuzzingAreRefused()
{
    QFETCH(QString, name);
    const QString path = QStringLiteral(QT_TESTCASE_SOURCEDIR "/fuzz/regression/xls/") + name;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!XlsFormulas::wellFormed(file.readAll()));
    const TableReadResult table = TableReader::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(QLatin1String("Excel 97-2003")), qPrintable(table.error));
}

// Records libfreexl 1.0.6 reads past, found by fuzz_xlsreader: the fixture with one record
// changed (found by its bytes) is refused before libfreexl sees it.
void TestWorkbookFormats::xlsRecordsLibfreexlMisreadsAreRefused_data()
{
    QTest::addColumn<QByteArray>("record"); // its type and length, as the file has them
    QTest::addColumn<int>("at");            // where in the record the change is, after its header
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("read");
    const QByteArray dimension("\x00\x02\x0e\x00", 4);
    const QByteArray format("\x1e\x04\x0c\x00", 4); // "General": index, 7 characters, flags 0
    QTest::newRow("dimension as written") << dimension << 4 << QByteArray("\x01\x00\x00\x00", 4) << true;
    QTest::newRow("dimension of a million rows") << dimension << 4 << QByteArray("\x00\x00\x10\x00", 4) << true;
    // 1,048,576 rows of 16,384 cells: over the 256 MiB libfreexl makes room for.
    QTest::newRow("dimension too large") << dimension << 4 << QByteArray("\x00\x00\x10\x00\x00\x00\x00\x40", 8)
                                         << false;
    QTest::newRow("format as written") << format << 2 << QByteArray("\x07\x00", 2) << true;
    QTest::newRow("format one character past") << format << 2 << QByteArray("\x08\x00", 2) << false;
    QTest::newRow("format two-byte characters") << format << 4 << QByteArray("\x01", 1) << false;
}

void TestWorkbookFormats::xlsRecordsLibfreexlMisreadsAreRefused()
{
    QFETCH(QByteArray, record);
    QFETCH(int, at);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, read);
    QFile fixtureFile(fixture(QStringLiteral("xls")));
    QVERIFY(fixtureFile.open(QIODevice::ReadOnly));
    QByteArray file = fixtureFile.readAll();
    const qsizetype start = file.indexOf(record);
    QVERIFY(start > 0);
    file.replace(start + 4 + at, bytes.size(), bytes);
    QCOMPARE(XlsFormulas::wellFormed(file), read);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sua.xls"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    const TableReadResult table = TableReader::read(path);
    if (!read)
        QVERIFY2(!table.ok() && table.error.contains(QLatin1String("Excel 97-2003")), qPrintable(table.error));
}

QTEST_GUILESS_MAIN(TestWorkbookFormats)
#include "tst_workbookformats.moc"
