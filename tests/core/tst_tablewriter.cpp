#include "io/csvreader.h"
#include "io/tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestTableWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames();
    void tsv();
    void csvQuotes();
    void csvFormulas_data();
    void csvFormulas();
    void tsvAndJsonStayRaw();
    void json();
};

void TestTableWriter::formatNames()
{
    QCOMPARE(TableWriter::formatFromName(QStringLiteral("tsv")), TableWriter::Format::Tsv);
    QCOMPARE(TableWriter::formatFromName(QStringLiteral("csv")), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::formatFromName(QStringLiteral("json")), TableWriter::Format::Json);
    QVERIFY(!TableWriter::formatFromName(QStringLiteral("xml")));
}

void TestTableWriter::tsv()
{
    TableWriter w(TableWriter::Format::Tsv, {QStringLiteral("code"), QStringLiteral("name")});
    w.addRow({QStringLiteral("TV"), QStringLiteral("Thư viện\ttỉnh")});
    QCOMPARE(QString::fromUtf8(w.toUtf8()), QStringLiteral("code\tname\nTV\tThư viện tỉnh\n"));
}

void TestTableWriter::csvQuotes()
{
    TableWriter w(TableWriter::Format::Csv, {QStringLiteral("code"), QStringLiteral("name")});
    w.addRow({QStringLiteral("A"), QStringLiteral("Văn hóa, Thể thao \"và\" Du lịch")});
    QCOMPARE(QString::fromUtf8(w.toUtf8()),
             QStringLiteral("code,name\r\nA,\"Văn hóa, Thể thao \"\"và\"\" Du lịch\"\r\n"));
}

void TestTableWriter::csvFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("negative number") << QStringLiteral("-7.5") << QStringLiteral("'-7.5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("quote then formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("quote, plain") << QStringLiteral("'abc") << QStringLiteral("'abc");
    QTest::newRow("minus inside") << QStringLiteral("a-b") << QStringLiteral("a-b");
}

// Every CSV the program writes is neutralised, and the reader gives back the value (issue 17).
void TestTableWriter::csvFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    TableWriter w(TableWriter::Format::Csv, {QStringLiteral("code"), QStringLiteral("note")});
    w.addRow({QStringLiteral("A"), value});
    const QByteArray csv = w.toUtf8();
    QCOMPARE(QString::fromUtf8(csv), QStringLiteral("code,note\r\nA,") + written + QStringLiteral("\r\n"));
    const TableReadResult read = CsvReader::read(csv);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rowCount(), 2);
    QCOMPARE(read.row(1).cell(1), value);
}

void TestTableWriter::tsvAndJsonStayRaw()
{
    TableWriter tsv(TableWriter::Format::Tsv, {QStringLiteral("total")});
    tsv.addRow({QStringLiteral("-2")});
    tsv.addRow({QStringLiteral("=1+1")});
    QCOMPARE(QString::fromUtf8(tsv.toUtf8()), QStringLiteral("total\n-2\n=1+1\n"));
    TableWriter json(TableWriter::Format::Json, {QStringLiteral("total")});
    json.addRow({QStringLiteral("=1+1")});
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array().at(0).toObject().value(QStringLiteral("total")).toString(),
             QStringLiteral("=1+1"));
}

void TestTableWriter::json()
{
    TableWriter w(TableWriter::Format::Json, {QStringLiteral("code"), QStringLiteral("name")});
    w.addRow({QStringLiteral("BT"), QStringLiteral("Bảo tàng tỉnh")});
    const QString awkward = QStringLiteral("Dấu \"ngoặc\", gạch \\ chéo,\ndòng mới\tvà tab \x01");
    w.addRow({QStringLiteral("X"), awkward});
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(w.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bảo tàng tỉnh"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("name")).toString(), awkward);

    TableWriter empty(TableWriter::Format::Json, {QStringLiteral("code")});
    QCOMPARE(QJsonDocument::fromJson(empty.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(empty.toUtf8()).isArray());
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
