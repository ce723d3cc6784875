#include "support/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The units' workbooks on the command line, end to end with the built program: written
// one per unit, filled in by another program (python3-openpyxl) as a unit would, and
// imported back as a folder, all files or none.
class TestWorkbookCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void perUnitTemplates();
    void folderWithOneBadFileImportsNothing();
    void sameUnitInTwoFilesNamesBoth();

private:
    using Result = CliResult;
    Result run(const QStringList &arguments);
    // Fills the workbook at `path` as a unit would: a received date and a document number.
    bool fill(const QString &path, const QString &documentNumber);
    static void writeText(const QString &path, const QString &text);
    // The 2025 submissions as `xhht submissions --format csv` prints them.
    QString submissions2025()
    {
        return run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"), QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out; // the per-unit workbooks
};

TestWorkbookCli::Result TestWorkbookCli::run(const QStringList &arguments)
{
    return runCli(QStringLiteral(XHHT_BINARY), arguments);
}

bool TestWorkbookCli::fill(const QString &path, const QString &documentNumber)
{
    static const char *script = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Số liệu"]
header = [c.value for c in ws[3]]
col = lambda key: next(i for i, h in enumerate(header) if h and h.endswith("[" + key + "]")) + 1
ws.cell(row=4, column=col("received_date")).value = 45986
ws.cell(row=4, column=col("document_number")).value = sys.argv[2]
wb.save(sys.argv[1])
)PY";
    const QString debianPython = QStringLiteral("/usr/bin/python3");
    QProcess process;
    process.start(QFile::exists(debianPython) ? debianPython : QStringLiteral("python3"),
                  {QStringLiteral("-c"), QString::fromUtf8(script), path, documentNumber});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

void TestWorkbookCli::writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
}

void TestWorkbookCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("xhht.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    m_out = m_dir.filePath(QStringLiteral("gửi đơn vị"));
}

void TestWorkbookCli::perUnitTemplates()
{
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("template"),
                          QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--per-unit"),
                          QStringLiteral("-o"), m_out});
    QCOMPARE(r.exitCode, 0);
    const QStringList files = QDir(m_out).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
    QVERIFY(files.size() > 10);
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 workbook").arg(files.size())), qPrintable(r.out));
    // Names without diacritics: "CODE - Name - 2025.xlsx".
    for (const QString &name : files) {
        QVERIFY2(name.endsWith(QLatin1String(" - 2025.xlsx")), qPrintable(name));
        for (const QChar c : name)
            QVERIFY2(c.unicode() < 0x80, qPrintable(name));
    }
}

void TestWorkbookCli::folderWithOneBadFileImportsNothing()
{
    const QStringList files = QDir(m_out).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 3);
    const QString back = m_dir.filePath(QStringLiteral("tra ve"));
    QVERIFY(QDir().mkpath(back));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(QFile::copy(QDir(m_out).filePath(files.at(i)), QDir(back).filePath(files.at(i))));
        QVERIFY(fill(QDir(back).filePath(files.at(i)), QStringLiteral("%1/BC").arg(i + 7)));
    }
    const QString code = files.at(2).section(QLatin1String(" - "), 0, 0);
    const QString bad = QDir(back).filePath(QStringLiteral("sai.csv"));
    writeText(bad, QStringLiteral("[year],[unit_code],[received_date]\r\n2025,%1,31/02/2025\r\n").arg(code));
    const QString before = submissions2025();

    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), back});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(bad) + QStringLiteral(":2:received_date:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("1 of 3 file")) && r.err.contains(QLatin1String("nothing was imported")),
             qPrintable(r.err));
    QCOMPARE(submissions2025(), before);

    // Mended: a dry run writes nothing, then the folder goes in whole.
    writeText(bad, QStringLiteral("[year],[unit_code],[received_date]\r\n2025,%1,28/02/2025\r\n").arg(code));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), back,
             QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("3 new")) && r.out.contains(QLatin1String("dry run")), qPrintable(r.out));
    QCOMPARE(submissions2025(), before);
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), back});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("3 file(s): 3 imported, 0 skipped; 3 new")) ||
                 r.out.contains(QLatin1String("3 files: 3 imported, 0 skipped; 3 new")),
             qPrintable(r.out));
    const QString after = submissions2025();
    QVERIFY2(after.contains(QLatin1String(",received,7/BC,2025-11-25,")), qPrintable(after));
    QVERIFY(after.contains(QLatin1String(",received,8/BC,2025-11-25,")));

    // Again: every file was imported before, so each is skipped and said so.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), back});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1String("skipped: already imported")), 3);
    QCOMPARE(submissions2025(), after);
}

void TestWorkbookCli::sameUnitInTwoFilesNamesBoth()
{
    const QStringList files = QDir(m_out).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    const QString code = files.at(5).section(QLatin1String(" - "), 0, 0);
    const QString a = m_dir.filePath(QStringLiteral("mot.csv"));
    const QString b = m_dir.filePath(QStringLiteral("hai.csv"));
    writeText(a, QStringLiteral("[year],[unit_code],[document_number]\r\n2025,%1,1/BC\r\n").arg(code));
    writeText(b, QStringLiteral("[year],[unit_code],[document_number]\r\n2025,%1,2/BC\r\n").arg(code));
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), a, b});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(b) + QStringLiteral(":2:unit_code:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("is also in mot.csv (row 2)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("is also in hai.csv (row 2)")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestWorkbookCli)
#include "tst_workbookcli.moc"
