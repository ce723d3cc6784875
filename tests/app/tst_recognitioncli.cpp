#include "support/cliprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `xhht rubric` and `xhht recognition` run as the built program (issue 21): a year's
// preset switched or refused with the reason, decisions recorded, refused or carried
// over, and the list in the column order in each format.
class TestRecognitionCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rubricSwitchAndRefusals();
    void addAndList();
    void addRefusals_data();
    void addRefusals();
    void carryOverToMergedUnit();
    void dossiers();
    void listPdfAndXlsx();

private:
    using Result = CliResult;
    Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_db;
};

TestRecognitionCli::Result TestRecognitionCli::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XHHT_LANG"), QStringLiteral("en"));
    return runCli(QStringLiteral(XHHT_BINARY), QStringList{QStringLiteral("--db"), m_db} + arguments, env);
}

void TestRecognitionCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("xhht.sqlite"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
}

void TestRecognitionCli::rubricSwitchAndRefusals()
{
    Result r = run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2027"),
                    QStringLiteral("--preset"), QStringLiteral("TT24-2023")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2027 now uses TT24-2023")), qPrintable(r.out));
    r = run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--preset"),
             QStringLiteral("TT22-2020")});
    QCOMPARE(r.exitCode, 0);
    // The demo reviewed 2024: its scores would no longer count.
    r = run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--preset"),
             QStringLiteral("TT24-2023")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("scores")), qPrintable(r.err));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE year_setting SET locked = 1 WHERE year = 2028")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    r = run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--preset"),
             QStringLiteral("TT24-2023")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
    r = run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--preset"),
             QStringLiteral("TT99")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("TT24-2023")));
}

void TestRecognitionCli::addAndList()
{
    Result r = run({QStringLiteral("recognition"), QStringLiteral("add"), QStringLiteral("--unit"),
                    QStringLiteral("TV"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--level"),
                    QStringLiteral("1"), QStringLiteral("--decision"), QStringLiteral("45/QĐ-UBND"),
                    QStringLiteral("--date"), QStringLiteral("29/02/2024") /* within the year: refused */});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("recognition"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("TV"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--level"), QStringLiteral("1"),
             QStringLiteral("--decision"), QStringLiteral("45/QĐ-UBND"), QStringLiteral("--date"),
             QStringLiteral("15/03/2025"), QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn A")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("recognition"), QStringLiteral("--on"), QStringLiteral("01/06/2026")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("unit_code\tunit_name\tlevel\tyear_recognised\tdecision_number\t"
                                           "decision_date\tkept_until\tlevel2_from"));
    QVERIFY(lines.contains(QStringLiteral("TV\tThư viện tỉnh Tây Ninh\t1\t2024\t45/QĐ-UBND\t2025-03-15\t2027-12-31\t"
                                          "2026-03-15")));
    QVERIFY(lines.contains(QStringLiteral("BT\tBảo tàng tỉnh Tây Ninh\t\t\t\t\t\t")));
    // District units ended on 30/06/2025: not listed a year later.
    QVERIFY(!r.out.contains(QStringLiteral("PVHTT-HT")));

    r = run({QStringLiteral("recognition"), QStringLiteral("--on"), QStringLiteral("01/01/2028"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    bool found = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), 8);
        if (o.value(QStringLiteral("unit_code")).toString() == QLatin1String("TV")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("level")).toString(), QString()); // lapsed
        }
    }
    QVERIFY(found);
    r = run({QStringLiteral("recognition"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--on"),
             QStringLiteral("01/06/2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("unit_code,unit_name,level,year_recognised,decision_number,decision_date,"
                                            "kept_until,level2_from")));
}

void TestRecognitionCli::addRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base = {QStringLiteral("recognition"), QStringLiteral("add"),        QStringLiteral("--year"),
                              QStringLiteral("2025"),        QStringLiteral("--decision"), QStringLiteral("7/QĐ-UBND")};
    QTest::newRow("unknown unit") << base + QStringList{"--unit", "XX", "--level", "1", "--date", "01/03/2026"} << 2
                                  << "--unit";
    QTest::newRow("level 3") << base + QStringList{"--unit", "BT", "--level", "3", "--date", "01/03/2026"} << 2
                             << "--level";
    QTest::newRow("bad date") << base + QStringList{"--unit", "BT", "--level", "none", "--date", "31/02/2026"} << 2
                              << "--date";
    QTest::newRow("future date") << base + QStringList{"--unit", "BT", "--level", "2", "--date", "01/03/2099"} << 1
                                 << "future";
    QTest::newRow("unknown action") << QStringList{"recognition", "remove"} << 2 << "unknown action";
    QTest::newRow("bad format") << QStringList{"recognition", "--format", "xml"} << 2 << "format";
}

void TestRecognitionCli::addRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestRecognitionCli::carryOverToMergedUnit()
{
    // Bảo tàng was neither merged nor split into Trung tâm Văn hóa: its decision cannot be
    // carried over there (the merges themselves are tested in tst_recognition).
    Result r = run({QStringLiteral("recognition"), QStringLiteral("add"), QStringLiteral("--unit"),
                    QStringLiteral("BT"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--level"),
                    QStringLiteral("2"), QStringLiteral("--decision"), QStringLiteral("9/QĐ-UBND"),
                    QStringLiteral("--date"), QStringLiteral("10/03/2025")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("recognition"), QStringLiteral("carry"), QStringLiteral("--from"), QStringLiteral("BT"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--unit"), QStringLiteral("TTVH"),
             QStringLiteral("--note"), QStringLiteral("thử")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("merged or split")), qPrintable(r.err));
}

// `xhht report recognition`: one unit's dossier to a file, every unit's to a folder (a
// PDF and an ODT each), none for a year on TT22.
void TestRecognitionCli::dossiers()
{
    Result r = run({QStringLiteral("report"), QStringLiteral("recognition"), QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--unit"), QStringLiteral("TV"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("tt22.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Thông tư 24/2023")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("tt22.pdf"))));

    QCOMPARE(run({QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2026"),
                  QStringLiteral("--preset"), QStringLiteral("TT24-2023")})
                 .exitCode,
             0);
    r = run({QStringLiteral("report"), QStringLiteral("recognition"), QStringLiteral("--year"), QStringLiteral("2026"),
             QStringLiteral("-o"), m_dir.filePath(QStringLiteral("one.pdf"))});
    QCOMPARE(r.exitCode, 2); // one file, no --unit
    const QString pdf = m_dir.filePath(QStringLiteral("tv.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("recognition"), QStringLiteral("--year"), QStringLiteral("2026"),
             QStringLiteral("--unit"), QStringLiteral("TV"), QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY(content.contains(QStringLiteral("TỜ TRÌNH")));
    QVERIFY(content.contains(QStringLiteral("THƯ VIỆN TỈNH TÂY NINH")));
    QVERIFY(content.contains(QStringLiteral("TC3.CT1.M2")));

    const QString folder = m_dir.filePath(QStringLiteral("dossiers"));
    r = run({QStringLiteral("report"), QStringLiteral("recognition"), QStringLiteral("--year"), QStringLiteral("2026"),
             QStringLiteral("-o"), folder});
    QCOMPARE(r.exitCode, 0);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    // The 7 units of the department active in 2026, a PDF and an ODT each.
    QCOMPARE(files.size(), 14);
    QVERIFY(files.contains(QStringLiteral("ho-so-cong-nhan-2026-TV.pdf")));
    QVERIFY(files.contains(QStringLiteral("ho-so-cong-nhan-2026-TV.odt")));
}

// The list "Tình hình công nhận Đơn vị học tập" in the official format and as a workbook.
void TestRecognitionCli::listPdfAndXlsx()
{
    // addAndList recorded TV's Mức 1 for 2024 (15/03/2025) and carryOver BT's Mức 2 for 2024.
    const QString pdf = m_dir.filePath(QStringLiteral("list.pdf"));
    Result r = run({QStringLiteral("recognition"), QStringLiteral("--on"), QStringLiteral("01/06/2026"),
                    QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {QStringLiteral("DANH SÁCH"), QStringLiteral("Tình hình công nhận Đơn vị học tập đến ngày 01/06/2026"),
          QStringLiteral("Thư viện tỉnh Tây Ninh"), QStringLiteral("Mức độ 1"), QStringLiteral("45/QĐ-UBND"),
          QStringLiteral("31/12/2027"), QStringLiteral("15/03/2026"), QStringLiteral("Mức độ 2"),
          QStringLiteral("Chưa được công nhận"),
          QStringLiteral("Có 2/7 đơn vị đang được công nhận Đơn vị học tập: 1 đơn vị Mức độ 2, 1 đơn vị Mức độ 1")})
        QVERIFY2(content.contains(expected), qPrintable(expected + QStringLiteral(" in ") + content));
    const QString xlsx = m_dir.filePath(QStringLiteral("list.xlsx"));
    r = run({QStringLiteral("recognition"), QStringLiteral("--on"), QStringLiteral("01/06/2026"), QStringLiteral("-o"),
             xlsx});
    QCOMPARE(r.exitCode, 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(strings.contains(QStringLiteral("Đề nghị Mức độ 2 từ")));
    QVERIFY(strings.contains(QStringLiteral("Thư viện tỉnh Tây Ninh")));
    r = run({QStringLiteral("recognition"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("list.odt"))});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRecognitionCli)
#include "tst_recognitioncli.moc"
