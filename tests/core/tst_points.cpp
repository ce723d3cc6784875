#include "domain/points.h"

#include <QTest>

class TestPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void formats_data();
    void formats();
    void sumsExactly();
};

void TestPoints::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("whole") << "7" << true << qint64(700);
    QTest::newRow("decimal comma") << "7,5" << true << qint64(750);
    QTest::newRow("decimal point") << "7.5" << true << qint64(750);
    QTest::newRow("two decimals") << "0,25" << true << qint64(25);
    QTest::newRow("spaces") << " 10 " << true << qint64(1000);
    QTest::newRow("three decimals") << "1,125" << false << qint64(0);
    QTest::newRow("negative") << "-1" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("letters") << "mười" << false << qint64(0);
    QTest::newRow("two separators") << "1,2,3" << false << qint64(0);
    QTest::newRow("trailing separator") << "7," << false << qint64(0);
}

void TestPoints::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, hundredths);
    const std::optional<Points> p = Points::parse(text);
    QCOMPARE(p.has_value(), valid);
    if (valid)
        QCOMPARE(p->hundredths(), hundredths);
}

void TestPoints::formats_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(8500) << "85";
    QTest::newRow("half") << qint64(750) << "7,5";
    QTest::newRow("quarter") << qint64(25) << "0,25";
    QTest::newRow("zero") << qint64(0) << "0";
}

void TestPoints::formats()
{
    QFETCH(qint64, hundredths);
    QFETCH(QString, text);
    QCOMPARE(Points::fromHundredths(hundredths).toString(), text);
}

void TestPoints::sumsExactly()
{
    // 0.1 added ten times is exactly 1 (it would not be with doubles).
    Points sum;
    for (int i = 0; i < 10; ++i)
        sum += Points::parse(u"0,1").value();
    QCOMPARE(sum, Points::fromWhole(1));
}

QTEST_GUILESS_MAIN(TestPoints)
#include "tst_points.moc"
