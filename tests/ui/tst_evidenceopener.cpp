#include "widgets/evidenceopener.h"

#include <QDir>
#include <QTest>

// The copy of an evidence file stays in the temporary folder whatever the database holds (issue 17).
class TestEvidenceOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyPath_data();
    void copyPath();
};

void TestEvidenceOpener::copyPath_data()
{
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // under the root

    const QString digest = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::newRow("stored digest") << digest << QStringLiteral("Báo cáo.pdf")
                                   << QStringLiteral("0123456789abcdef/Báo cáo.pdf");
    QTest::newRow("upper-case digest") << QStringLiteral("0123456789ABCDEF") << QStringLiteral("a.pdf")
                                       << QStringLiteral("0123456789abcdef/a.pdf");
    QTest::newRow("crafted: climbs out") << QStringLiteral("../../../../etc/") << QStringLiteral("passwd")
                                         << QStringLiteral("42/passwd");
    QTest::newRow("crafted: absolute") << QStringLiteral("/tmp/evil/xxxxxx") << QStringLiteral("a.pdf")
                                       << QStringLiteral("42/a.pdf");
    QTest::newRow("crafted: dot dot") << QStringLiteral("..") << QStringLiteral("a.pdf") << QStringLiteral("42/a.pdf");
    QTest::newRow("crafted: backslashes")
        << QStringLiteral("..\\..\\..\\x\\abcd") << QStringLiteral("a.pdf") << QStringLiteral("42/a.pdf");
    QTest::newRow("empty digest") << QString() << QStringLiteral("a.pdf") << QStringLiteral("42/a.pdf");
    QTest::newRow("name climbs out") << digest << QStringLiteral("../../x.pdf")
                                     << QStringLiteral("0123456789abcdef/x.pdf");
    QTest::newRow("name is dot dot") << digest << QStringLiteral("..") << QStringLiteral("0123456789abcdef/evidence");
    QTest::newRow("name with control characters")
        << digest << QStringLiteral("a\x01\nb.pdf") << QStringLiteral("0123456789abcdef/ab.pdf");
}

void TestEvidenceOpener::copyPath()
{
    QFETCH(QString, sha256);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const QString root = QDir::cleanPath(QDir::tempPath() + QStringLiteral("/xhht-evidence"));
    Evidence evidence;
    evidence.id = 42;
    evidence.sha256 = sha256;
    evidence.name = name;
    const QString path = EvidenceOpener::copyPath(root, evidence);
    QCOMPARE(path, root + QLatin1Char('/') + expected);
    QVERIFY(path.startsWith(root + QLatin1Char('/')));
}

QTEST_GUILESS_MAIN(TestEvidenceOpener)
#include "tst_evidenceopener.moc"
