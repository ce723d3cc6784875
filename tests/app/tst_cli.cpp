#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The command line, end to end: runs the built program.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void initCreatesDatabase();
    void unitsFormats();
    void unitsForYear();
    void planOutline();
    void environmentNamesDatabase();
    void badUsage_data();
    void badUsage();
    void refusesForeignFileUnchanged();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Result TestCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(XHHT_BINARY), arguments);
    Result r;
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli/xhht.sqlite"));
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
}

void TestCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("xhht ")));
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"init", "units", "plan", "demo", "--db"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
}

void TestCli::initCreatesDatabase()
{
    QVERIFY(QFile::exists(m_db));
    // A second demo would duplicate submissions: refused, exit 1, one line.
    const Result again = run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
    QVERIFY(again.err.startsWith(QStringLiteral("xhht: ")));
}

void TestCli::unitsFormats()
{
    const Result tsv = run({QStringLiteral("--db"), m_db, QStringLiteral("units")});
    QCOMPARE(tsv.exitCode, 0);
    const QStringList lines = tsv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 26);
    QCOMPARE(lines.first(), QStringLiteral("code\tname\tkind\tgroup\tvalid_from\tvalid_to"));
    QVERIFY(lines.contains(QStringLiteral("TV\tThư viện tỉnh Tây Ninh\tso_unit\tKhối đơn vị sự nghiệp\t2024-01-01\t")));
    // Vietnamese order of names: Bảo tàng first.
    QVERIFY(lines.at(1).startsWith(QStringLiteral("BT\tBảo tàng tỉnh Tây Ninh")));

    const Result json = run(
        {QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 25);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("BT"));

    const Result csv = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--format=csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.contains(QStringLiteral("\"Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Tân Biên\"")));
}

void TestCli::unitsForYear()
{
    const Result r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--year"), QStringLiteral("2026")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + 7);
    QVERIFY(!r.out.contains(QStringLiteral("PVHTT-")));
}

void TestCli::planOutline()
{
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("plan")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("II. NỘI DUNG PHONG TRÀO THI ĐUA")));
    QVERIFY(r.out.contains(QStringLiteral("VI. TỔ CHỨC THỰC HIỆN")));
    QVERIFY(r.out.contains(QStringLiteral("Giai đoạn 2 (2026-2030)")));
    QVERIFY(r.out.contains(QStringLiteral("T04 [VI.3]")));
    QVERIFY(r.out.contains(QStringLiteral("10/12")));
}

void TestCli::environmentNamesDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XHHT_DB"), m_db);
    const Result r = run({QStringLiteral("units"), QStringLiteral("--format"), QStringLiteral("json")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 25);
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                                               QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("units"), QStringLiteral("--colour")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("units"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("bad year") << QStringList{QStringLiteral("units"), QStringLiteral("--year"),
                                             QStringLiteral("hai nghìn")};
    QTest::newRow("demo without units") << QStringList{QStringLiteral("demo")};
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
}

void TestCli::refusesForeignFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Danh sách đơn vị\n");
    f.close();
    const Result r = run({QStringLiteral("--db"), path, QStringLiteral("units")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(path));
    QFile back(path);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("Danh sách đơn vị\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
