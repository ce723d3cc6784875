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
