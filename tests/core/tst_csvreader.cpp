#include "io/csvreader.h"

#include <QStringEncoder>
#include <QTest>

namespace {
const QString kName = QStringLiteral("Trung tâm Văn hóa - Thể thao huyện Tân Biên");

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QList<int> numbers(const TableReadResult &result)
{
    QList<int> out;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        out.append(result.row(r).number());
    return out;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void windows1258();
    void decomposedBecomesComposed();
    void delimiters_data();
    void delimiters();
    void quoting_data();
    void quoting();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void rowsAreNotPadded();
    void blankRowsAreNotStored();
    void wideHeaderCostsItsCells();
    void tooManyColumns();
    void invalidText_data();
    void invalidText();
    void formulaEscapesReadBack_data();
    void formulaEscapesReadBack();
    void emptyFile();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString text = QStringLiteral("code,name\nTB01,") + kName + QStringLiteral("\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 BOM");
    QTest::newRow("utf-16le") << utf16(text, QStringEncoder::Utf16LE) << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be") << utf16(text, QStringEncoder::Utf16BE) << QStringLiteral("UTF-16BE");
    QString crlf = text;
    crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    QTest::newRow("utf-8 crlf") << crlf.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-16le crlf") << utf16(crlf, QStringEncoder::Utf16LE) << QStringLiteral("UTF-16LE");
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.delimiter, QLatin1Char(','));
    QCOMPARE(result.rowCount(), 2);
    QCOMPARE(result.row(0).toList(), QStringList({QStringLiteral("code"), QStringLiteral("name")}));
    QCOMPARE(result.row(1).toList(), QStringList({QStringLiteral("TB01"), kName}));
    QCOMPARE(numbers(result), QList<int>({1, 2}));
}

void TestCsvReader::windows1258()
{
    // Windows-1258 has ê and â but not ể or ệ: those are a base letter and a combining tone mark.
    const QString windowsForm = QStringLiteral("Trung tâm Văn hóa - Thê\u0309 thao huyê\u0323n Tân Biên");
    QCOMPARE(windowsForm.normalized(QString::NormalizationForm_C), kName);
    QStringEncoder encoder("windows-1258");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(QStringLiteral("ma;ten\r\n01;") + windowsForm + QStringLiteral("\r\n"));
    QVERIFY(!encoder.hasError());
    QVERIFY(bytes.contains('\xD2')); // the combining hook above

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, QStringLiteral("Windows-1258"));
    QCOMPARE(result.delimiter, QLatin1Char(';'));
    QCOMPARE(result.rowCount(), 2);
    QCOMPARE(result.row(1).toList(), QStringList({QStringLiteral("01"), kName}));
}

void TestCsvReader::decomposedBecomesComposed()
{
    const QString decomposed = kName.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != kName);
    const TableReadResult result = CsvReader::read((QStringLiteral("tên\n") + decomposed).toUtf8());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.row(0).toList(), QStringList({QStringLiteral("tên")}));
    QCOMPARE(result.row(1).toList(), QStringList({kName}));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("row");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2;5,3\n") << QChar(QLatin1Char(','))
                           << QStringList({QStringLiteral("1"), QStringLiteral("2;5"), QStringLiteral("3")});
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << QChar(QLatin1Char(';'))
                               << QStringList({QStringLiteral("1"), QStringLiteral("2,5"), QStringLiteral("3")});
    QTest::newRow("semicolon, comma in quoted header") << QByteArray("\"a,b\";c\n1;2\n") << QChar(QLatin1Char(';'))
                                                       << QStringList({QStringLiteral("1"), QStringLiteral("2")});
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2\n") << QChar(QLatin1Char('\t'))
                         << QStringList({QStringLiteral("1,5"), QStringLiteral("2")});
    QTest::newRow("single column") << QByteArray("a\n1\n") << QChar(QLatin1Char(','))
                                   << QStringList({QStringLiteral("1")});
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, row);

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.rowCount(), 2);
    QCOMPARE(result.row(1).toList(), row);
}

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("numbers");

    const QStringList header{QStringLiteral("code"), QStringLiteral("name")};
    QTest::newRow("comma inside quotes") << QByteArray("code,name\n01,\"Văn hóa, Thể thao\"\n02,x\n")
                                         << QList<QStringList>{header,
                                                               {QStringLiteral("01"),
                                                                QStringLiteral("Văn hóa, Thể thao")},
                                                               {QStringLiteral("02"), QStringLiteral("x")}}
                                         << QList<int>{1, 2, 3};
    QTest::newRow("doubled quotes") << QByteArray("code,name\n\"0\"\"1\",\"Nhà \"\"văn hóa\"\"\"\n")
                                    << QList<QStringList>{header,
                                                          {QStringLiteral("0\"1"), QStringLiteral("Nhà \"văn hóa\"")}}
                                    << QList<int>{1, 2};
    QTest::newRow("LF inside quotes") << QByteArray("code,name\n01,\"dòng 1\ndòng 2\"\n02,b\n")
                                      << QList<QStringList>{header,
                                                            {QStringLiteral("01"), QStringLiteral("dòng 1\ndòng 2")},
                                                            {QStringLiteral("02"), QStringLiteral("b")}}
                                      << QList<int>{1, 2, 3};
    QTest::newRow("CRLF inside quotes, CRLF records")
        << QByteArray("code,name\r\n01,\"a\r\n\r\nb\"\r\n02,\"\"\r\n03,c")
        << QList<QStringList>{header,
                              {QStringLiteral("01"), QStringLiteral("a\r\n\r\nb")},
                              {QStringLiteral("02")},
                              {QStringLiteral("03"), QStringLiteral("c")}}
        << QList<int>{1, 2, 3, 4};
    QTest::newRow("empty fields and trailing delimiter")
        << QByteArray("code,name,\n,,\n") << QList<QStringList>{{QStringLiteral("code"), QStringLiteral("name")}}
        << QList<int>{1};
    QTest::newRow("trailing empty lines")
        << QByteArray("code,name\r\n01,a\r\n\r\n\r\n")
        << QList<QStringList>{header, {QStringLiteral("01"), QStringLiteral("a")}} << QList<int>{1, 2};
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, numbers);

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QList<QStringList> cells;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        cells.append(result.row(r).toList());
    QCOMPARE(cells, rows);
    QCOMPARE(::numbers(result), numbers);
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("row");

    QTest::newRow("in row 3") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3;
    QTest::newRow("after a multi-line record") << QByteArray("a,b\n1,\"x\ny\"\n2,3\n\"4,5") << 4;
    QTest::newRow("in the header") << QByteArray("\"a,b\n") << 1;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, row);

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorRow, row);
    QVERIFY2(result.error.contains(QString::number(row)), qPrintable(result.error));
    QVERIFY(result.isEmpty());
}

void TestCsvReader::rowsAreNotPadded()
{
    const TableReadResult result = CsvReader::read("a,b,c\n1\n1,2,3,4\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.row(1).toList(), QStringList({QStringLiteral("1")}));
    QCOMPARE(result.row(1).size(), 1);
    QCOMPARE(result.row(1).cell(2), QString());
    QCOMPARE(result.row(2).toList().size(), 4);
    QCOMPARE(result.row(2).cell(3), QStringLiteral("4"));
}

void TestCsvReader::blankRowsAreNotStored()
{
    const TableReadResult result = CsvReader::read("a,b\n\n1,2\n,\n3,4\n,\n\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(numbers(result), QList<int>({1, 3, 5}));
    QCOMPARE(result.row(2).toList(), QStringList({QStringLiteral("3"), QStringLiteral("4")}));
}

void TestCsvReader::wideHeaderCostsItsCells()
{
    // A header padded to 16,384 columns and short rows: nothing is padded (issue 17).
    QByteArray bytes = "code,name" + QByteArray(16382, ',') + "\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "X" + QByteArray::number(i % 100) + "\n";
    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rowCount(), 50001);
    QCOMPARE(result.row(0).size(), 2);
    QCOMPARE(result.row(50000).toList(), QStringList({QStringLiteral("X99")}));
}

void TestCsvReader::tooManyColumns()
{
    const TableReadResult result = CsvReader::read("a,b\n1,2\n" + QByteArray(CsvReader::MaxColumns, ',') + "\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.errorRow, 3);
    QVERIFY2(result.error.contains(QStringLiteral("Row 3 has more than 16384 columns")), qPrintable(result.error));
    QVERIFY(result.isEmpty());
    // As many as a worksheet has are read.
    QVERIFY(CsvReader::read("a\n" + QByteArray(CsvReader::MaxColumns - 1, ',') + "x\n").ok());
}

void TestCsvReader::invalidText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("UTF-8 with a bad byte") << QByteArray("a,b\nVăn hóa,1\n\"x\ny\",\xC3\x28\n") << 3
                                           << QStringLiteral("Row 3 is not valid UTF-8 text (byte 23 of the file)");
    QTest::newRow("UTF-8 BOM, truncated sequence") << QByteArray("\xEF\xBB\xBF"
                                                                 "a\nb\xE1\xBA")
                                                   << 2 << QStringLiteral("Row 2 is not valid UTF-8 text");
    QTest::newRow("UTF-8 surrogate") << QByteArray("a\n\xED\xA0\x80 Tân Biên, Tây Ninh, Việt Nam") << 2
                                     << QStringLiteral("Row 2 is not valid UTF-8 text");
    QTest::newRow("neither UTF-8 nor Windows-1258")
        << QByteArray("a\nb\n\xE2\x81") << 3
        << QStringLiteral("Row 3 holds bytes that are neither UTF-8 nor Windows-1258");
    QTest::newRow("UTF-16 lone surrogate") << QByteArray("\xFF\xFE"
                                                         "a\0\n\0\x00\xDC",
                                                         8)
                                           << 2 << QStringLiteral("Row 2 is not valid UTF-16 text");
}

void TestCsvReader::invalidText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, row);
    QFETCH(QString, message);

    const TableReadResult result = CsvReader::read(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorRow, row);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(!result.error.contains(QChar(QChar::ReplacementCharacter)));
}

void TestCsvReader::formulaEscapesReadBack_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("formula") << QByteArray("'=1+1") << QStringLiteral("=1+1");
    QTest::newRow("negative number") << QByteArray("'-5") << QStringLiteral("-5");
    QTest::newRow("at") << QByteArray("'@SUM(A1)") << QStringLiteral("@SUM(A1)");
    QTest::newRow("plus") << QByteArray("'+84 90") << QStringLiteral("+84 90");
    QTest::newRow("tab") << QByteArray("\"'\tx\"") << QStringLiteral("\tx");
    QTest::newRow("quote then formula") << QByteArray("''=x") << QStringLiteral("'=x");
    QTest::newRow("quote alone stays") << QByteArray("'abc") << QStringLiteral("'abc");
    QTest::newRow("plain") << QByteArray("abc") << QStringLiteral("abc");
}

void TestCsvReader::formulaEscapesReadBack()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, value);
    const TableReadResult result = CsvReader::read("a,b\n" + field + ",1\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.row(1).cell(0), value);
}

void TestCsvReader::emptyFile()
{
    QVERIFY(!CsvReader::read(QByteArray()).ok());
    QVERIFY(!CsvReader::read("\r\n\r\n").ok());
    QVERIFY(!CsvReader::read("\xEF\xBB\xBF").ok());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
