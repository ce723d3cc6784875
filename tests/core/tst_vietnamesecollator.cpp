#include "domain/vietnamesecollator.h"

#include <QTest>

class TestVietnameseCollator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orders_data();
    void orders();
    void orderIndexes();
    void folds_data();
    void folds();
};

void TestVietnameseCollator::orders_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("a before â") << "Anh"
                                << "Ân";
    QTest::newRow("â before b") << "Ân"
                                << "Bến";
    QTest::newRow("b before c") << "Bến"
                                << "Cần";
    QTest::newRow("c before ch") << "Cần"
                                 << "Châu";
    QTest::newRow("ch before d") << "Châu"
                                 << "Dương";
    QTest::newRow("d before đ") << "Dương"
                                << "Đông";
    QTest::newRow("đ before e") << "Đông"
                                << "Em";
    QTest::newRow("numbers by value") << "Xã 2"
                                      << "Xã 10";
    QTest::newRow("case ignored") << "an"
                                  << "Ân";
}

void TestVietnameseCollator::orders()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const VietnameseCollator collator;
    QVERIFY2(collator.compare(before, after) < 0, qPrintable(before + QStringLiteral(" < ") + after));
    QVERIFY(collator.compare(after, before) > 0);
}

void TestVietnameseCollator::orderIndexes()
{
    const QStringList names = {QStringLiteral("Đông"), QStringLiteral("Anh"),   QStringLiteral("Châu"),
                               QStringLiteral("Ân"),   QStringLiteral("Dương"), QStringLiteral("Cần"),
                               QStringLiteral("Bến")};
    const QList<qsizetype> order = VietnameseCollator().order(names);
    QStringList sorted;
    for (const qsizetype i : order)
        sorted << names.at(i);
    QCOMPARE(sorted, (QStringList{"Anh", "Ân", "Bến", "Cần", "Châu", "Dương", "Đông"}));
}

void TestVietnameseCollator::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("tones and hats") << "Tân Biên"
                                    << "tan bien";
    QTest::newRow("đ") << "Đông Đức"
                       << "dong duc";
    QTest::newRow("decomposed input") << QStringLiteral("Hòa Thành").normalized(QString::NormalizationForm_D)
                                      << "hoa thanh";
    QTest::newRow("ư ơ") << "Dương Minh Châu"
                         << "duong minh chau";
}

void TestVietnameseCollator::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(VietnameseCollator::fold(text), folded);
}

QTEST_GUILESS_MAIN(TestVietnameseCollator)
#include "tst_vietnamesecollator.moc"
