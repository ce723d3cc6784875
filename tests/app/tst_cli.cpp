#include "support/cliprocess.h"
#include "support/pdfreadback.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// Rows of a CSV without quoted line breaks, as lists of cells.
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted) {
                cells.append(cell);
                cell.clear();
            } else
                cell.append(c);
        }
        cells.append(cell);
        rows.append(cells);
    }
    return rows;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted.append(c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

// The command line, end to end: runs the built program.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vietnameseFileNames();
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
    void parserErrorsInVietnamese();
    void submissionsForYear();
    void importTemplateThenSubmissions();
    void importWithErrorsChangesNothing();
    void rankMachineFormats();
    void rankPdfReadsBack();
    void signerOption();
    void reportSummaryPdfAndOdt();
    void reportReminders();
    void reportRemindersBadDeadline_data();
    void reportRemindersBadDeadline();
    void summaryAppendixTakesFewerPages();
    void reportReviewPdfAndOdt();
    void reportReviewBadUsage_data();
    void reportReviewBadUsage();
    void timelineText();
    void timelineJson();
    void timelineBadUsage_data();
    void timelineBadUsage();
    void tasksForYear();
    void tasksOverdueAndFormats();
    void tasksBadUsage_data();
    void tasksBadUsage();
    void importUnitsTemplateAndFile();
    void importUnitsWithErrorsChangesNothing();
    void unitsHistory();
    void rankRollUp();
    void tasksOnReadOnlyDatabase();
    void commendationsList();
    void commendationsBadUsage_data();
    void commendationsBadUsage();

private:
    using Result = CliResult;
    Result run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Result TestCli::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    return runCli(QStringLiteral(XHHT_BINARY), arguments, env);
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
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("xhht ")));
    // The schema version it prints is the one `init` wrote.
    static const QRegularExpression schema(QStringLiteral("^Database schema version: (\\d+)$"));
    const QRegularExpressionMatch match = schema.match(lines.at(1));
    QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
    int written = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        written = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    QVERIFY(written > 0);
    QCOMPARE(match.captured(1).toInt(), written);
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
    QTest::newRow("import without what") << QStringList{QStringLiteral("import")};
    QTest::newRow("template without year") << QStringList{QStringLiteral("import"), QStringLiteral("template"),
                                                          QStringLiteral("-o"), QStringLiteral("t.csv")};
    QTest::newRow("template without file") << QStringList{QStringLiteral("import"), QStringLiteral("template"),
                                                          QStringLiteral("--year"), QStringLiteral("2025")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import"), QStringLiteral("submissions")};
    QTest::newRow("rank without year") << QStringList{QStringLiteral("rank")};
    QTest::newRow("rank with an empty signer") << QStringList{
        QStringLiteral("rank"),  QStringLiteral("--year"),   QStringLiteral("2024"), QStringLiteral("-o"),
        QStringLiteral("x.pdf"), QStringLiteral("--signer"), QStringLiteral(" ")};
    QTest::newRow("rank to an unknown file type")
        << QStringList{QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"),
                       QStringLiteral("x.doc")};
    QTest::newRow("report without what") << QStringList{QStringLiteral("report")};
    QTest::newRow("report of an unknown kind")
        << QStringList{QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--year"),
                       QStringLiteral("2024"),   QStringLiteral("-o"),     QStringLiteral("r.pdf")};
    QTest::newRow("report summary without year") << QStringList{QStringLiteral("report"), QStringLiteral("summary"),
                                                                QStringLiteral("-o"), QStringLiteral("r.pdf")};
    QTest::newRow("report summary to a .doc")
        << QStringList{QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--year"),
                       QStringLiteral("2024"),   QStringLiteral("-o"),      QStringLiteral("r.doc")};
    QTest::newRow("report reminders to an .odt")
        << QStringList{QStringLiteral("report"), QStringLiteral("reminders"), QStringLiteral("--year"),
                       QStringLiteral("2024"),   QStringLiteral("-o"),        QStringLiteral("r.odt")};
    QTest::newRow("report with a bad date") << QStringList{
        QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--year"), QStringLiteral("2024"),
        QStringLiteral("-o"),     QStringLiteral("r.pdf"),   QStringLiteral("--date"), QStringLiteral("31/02/2024")};
    QTest::newRow("submissions bad format")
        << QStringList{QStringLiteral("submissions"), QStringLiteral("--format"), QStringLiteral("xml")};
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

// Qt's own parser errors are in the user's language too, as every other message.
void TestCli::parserErrorsInVietnamese()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XHHT_LANG"), QStringLiteral("vi"));
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--per-unit")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: Không có tùy chọn 'per-unit'.")), qPrintable(r.err));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--year")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: Thiếu giá trị sau '--year'.")), qPrintable(r.err));
    // And in English when asked.
    env.insert(QStringLiteral("XHHT_LANG"), QStringLiteral("en"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--per-unit")}, env);
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: Unknown option 'per-unit'.")), qPrintable(r.err));
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

void TestCli::submissionsForYear()
{
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"), QStringLiteral("--year"),
                          QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const Result units = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--year"),
                              QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(rows.size(), QJsonDocument::fromJson(units.out.toUtf8()).array().size());
    int missing = 0;
    int late = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), 7);
        const QString timeliness = o.value(QStringLiteral("timeliness")).toString();
        QVERIFY(timeliness == QLatin1String("on_time") || timeliness == QLatin1String("late") ||
                timeliness == QLatin1String("missing"));
        missing += timeliness == QLatin1String("missing");
        late += timeliness == QLatin1String("late");
        if (timeliness == QLatin1String("late"))
            QVERIFY(o.value(QStringLiteral("received_date")).toString() > QLatin1String("2025-11-30"));
    }
    QCOMPARE(missing, 1); // the demo leaves one unit without a 2025 submission
    QVERIFY(late >= 2);

    const Result tsv = run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"), QStringLiteral("--year"),
                            QStringLiteral("2025")});
    QCOMPARE(tsv.out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("unit_code\tunit_name\tstatus\tdocument_number\treceived_date\ttimeliness\tself_total"));
}

// Windows PCs name files in Vietnamese: the database, a template and the documents keep
// their names (NFC) through the command line, and the template imports back.
void TestCli::vietnameseFileNames()
{
    const QString folder = m_dir.filePath(QStringLiteral("Sở VHTTDL Tây Ninh/Dữ liệu"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/Xã hội học tập.sqlite");
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString workbook = folder + QStringLiteral("/Mẫu nhập liệu năm 2025.xlsx");
    Result r =
        run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("template"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--filled"), QStringLiteral("-o"), workbook});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), workbook,
             QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString list = folder + QStringLiteral("/Danh sách xếp hạng đơn vị học tập.pdf");
    r = run({QStringLiteral("--db"), db, QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("-o"), list});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(PdfReadBack::run(QStringLiteral("pdftotext"), {list, QStringLiteral("-")})
                .contains(QStringLiteral("DANH SÁCH")));
    const QString report = folder + QStringLiteral("/Báo cáo tổng kết năm 2024.odt");
    r = run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--year"),
             QStringLiteral("2024"), QStringLiteral("-o"), report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList names = QDir(folder).entryList(
        {QStringLiteral("*.xlsx"), QStringLiteral("*.pdf"), QStringLiteral("*.odt")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = name.normalized(QString::NormalizationForm_C);
    QStringList expected = {QFileInfo(workbook).fileName(), QFileInfo(list).fileName(), QFileInfo(report).fileName()};
    expected.sort();
    names.sort();
    QCOMPARE(names, expected);
    QVERIFY(QFileInfo::exists(db));
}

void TestCli::importTemplateThenSubmissions()
{
    const QString db = m_dir.filePath(QStringLiteral("import/xhht.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const QString templatePath = m_dir.filePath(QStringLiteral("import/mau-2025.csv"));
    Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("template"),
                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), templatePath});
    QCOMPARE(r.exitCode, 0);
    QFile file(templatePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows = csvRows(QString::fromUtf8(file.readAll().mid(3)));
    file.close();
    QVERIFY(rows.size() > 10);
    const QStringList header = rows.first();
    QVERIFY(header.contains(QStringLiteral("Ngày nhận [received_date]")));
    const qsizetype received = header.indexOf(QStringLiteral("Ngày nhận [received_date]"));
    const qsizetype number = header.indexOf(QStringLiteral("Số văn bản [document_number]"));
    qsizetype self = -1;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).endsWith(QLatin1String("[self:1.1]")))
            self = i;
    QVERIFY(self > 0);
    rows[1][received] = QStringLiteral("28/11/2025");
    rows[1][number] = QStringLiteral("31/BC-VP");
    rows[1][self] = QStringLiteral("9,5");
    rows[2][received] = QStringLiteral("2025-12-02");
    QString text;
    for (const QStringList &row : std::as_const(rows))
        text += csvLine(row);
    const QString filled = m_dir.filePath(QStringLiteral("import/da-dien.csv"));
    QFile out(filled);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();

    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), filled,
             QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("2 new")) || r.out.contains(QStringLiteral("2 hồ sơ mới")),
             qPrintable(r.out));
    r = run({QStringLiteral("--db"), db, QStringLiteral("submissions"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(!r.out.contains(QLatin1String("31/BC-VP"))); // the dry run wrote nothing

    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), filled});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--db"), db, QStringLiteral("submissions"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QString code = rows[1][header.indexOf(QStringLiteral("Mã đơn vị [unit_code]"))];
    const QStringList line =
        r.out.split(QLatin1Char('\n')).filter(QRegularExpression(QLatin1Char('^') + code + QLatin1Char(',')));
    QCOMPARE(line.size(), 1);
    QVERIFY2(line.first().trimmed().endsWith(QStringLiteral(",received,31/BC-VP,2025-11-28,on_time,9.5")),
             qPrintable(line.first()));
    QCOMPARE(r.out.count(QStringLiteral(",late,")), 1);

    // Twice: the same file (same SHA-256) is skipped and said so; nothing changes.
    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), filled});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("skipped: already imported")), qPrintable(r.out));
}

void TestCli::importWithErrorsChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("loi.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[year];[unit_code];Ngày nhận [received_date];[self:1.1]\r\n"
               "2025;VP;30/02/2025;5\r\n"
               "2025;KHONG-CO;01/12/2025;5\r\n"
               "2025;BT;01/12/2025;12\r\n");
    file.close();
    const QByteArray before = QCryptographicHash::hash(run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"),
                                                            QStringLiteral("--year"), QStringLiteral("2025")})
                                                           .out.toUtf8(),
                                                       QCryptographicHash::Sha256);
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("submissions"), path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":2:received_date: ")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(path + QStringLiteral(":3:unit_code: ")));
    QVERIFY(lines.at(2).startsWith(path + QStringLiteral(":4:self:1.1: ")));
    // The message adds the column's letter and header, and the row's unit.
    QVERIFY2(lines.at(0).contains(QStringLiteral(" (column C “Ngày nhận”, unit ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" (column B, unit KHONG-CO)")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(" (column D, unit ")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("xhht: ")));
    const QByteArray after = QCryptographicHash::hash(run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"),
                                                           QStringLiteral("--year"), QStringLiteral("2025")})
                                                          .out.toUtf8(),
                                                      QCryptographicHash::Sha256);
    QCOMPARE(after, before);
}

void TestCli::rankMachineFormats()
{
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"),
                    QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const Result units = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(rows.size(), QJsonDocument::fromJson(units.out.toUtf8()).array().size());
    double previous = 1e9;
    int previousRank = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(o.keys(),
                 (QStringList{QStringLiteral("classification"), QStringLiteral("rank"), QStringLiteral("total"),
                              QStringLiteral("unit_code"), QStringLiteral("unit_name")}));
        const int rank = o.value(QStringLiteral("rank")).toString().toInt();
        const double total = o.value(QStringLiteral("total")).toString().toDouble();
        QVERIFY(total <= previous);
        QVERIFY(rank == i + 1 || rank == previousRank); // shared ranks repeat, then numbering skips
        previous = total;
        previousRank = rank;
    }

    // 2025 is not reviewed in the demo: every unit is listed, none ranked.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2025")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("rank\tunit_code\tunit_name\ttotal\tclassification"));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.startsWith(QLatin1Char('\t')), qPrintable(line));
}

// --signer names who signs this one document, without a warning; the settings keep
// theirs (the next document without it still warns).
void TestCli::signerOption()
{
    const QString pdf = m_dir.filePath(QStringLiteral("xep-hang-ky.pdf"));
    Result r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("-o"), pdf, QStringLiteral("--signer"), QStringLiteral("Trần Văn Ký")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QString out =
        PdfReadBack::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    // Under the signature, after the signer's title (the settings' own).
    const QString signature = out.mid(out.indexOf(QStringLiteral("Nơi nhận")));
    QVERIFY(signature.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
    QVERIFY2(signature.indexOf(QStringLiteral("Trần Văn Ký")) > signature.indexOf(QStringLiteral("PHÓ GIÁM ĐỐC")),
             qPrintable(signature));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("reminders"),
             QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("don-doc-ky.pdf")), QStringLiteral("--date"), QStringLiteral("01/12/2025"),
             QStringLiteral("--signer"), QStringLiteral("Trần Văn Ký")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("signer")), qPrintable(r.err));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: warning: no signer is set")), qPrintable(r.err));
}

void TestCli::rankPdfReadsBack()
{
    const QString pdf = m_dir.filePath(QStringLiteral("xep-hang-2024.pdf"));
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"),
                          QStringLiteral("2024"), QStringLiteral("-o"), pdf, QStringLiteral("--date"),
                          QStringLiteral("05/12/2025"), QStringLiteral("--number"), QStringLiteral("7")});
    QCOMPARE(r.exitCode, 0);
    // The demo names no signer: the list is written, and one warning line says so.
    QCOMPARE(r.err, QStringLiteral("xhht: warning: no signer is set, so the document has no name under its signature; "
                                   "set the signer in the window's Settings (Documents), or give --signer NAME.\n"));
    const QString out =
        PdfReadBack::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(out.contains(QStringLiteral("DANH SÁCH XẾP HẠNG ĐƠN VỊ HỌC TẬP NĂM 2024")), qPrintable(out.left(800)));
    QVERIFY(out.contains(QStringLiteral("Số: 07/DS-SVHTTDL")));
    QVERIFY(out.contains(QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2025")));
    QVERIFY(out.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(out.contains(QStringLiteral("Danh sách gồm")));
    QVERIFY(out.contains(QStringLiteral("Xếp theo tổng điểm thẩm định")));
    // No program stamp: the note says the data's year and the method, above "Nơi nhận".
    QVERIFY(!out.contains(QStringLiteral("xhht")));
    QVERIFY(!out.contains(QStringLiteral("lập bằng")));
    const QString noted = out.simplified();
    QVERIFY2(noted.contains(QStringLiteral("Ghi chú: số liệu năm 2024. Xếp theo tổng điểm thẩm định")),
             qPrintable(noted.right(900)));
    QVERIFY(noted.indexOf(QStringLiteral("Ghi chú: số liệu năm 2024")) < noted.indexOf(QStringLiteral("Nơi nhận")));
    // Every unit of the machine list is printed, with its rank.
    const Result machine = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"),
                                QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
    const QString flat = out.simplified();
    for (const QJsonValue &v : QJsonDocument::fromJson(machine.out.toUtf8()).array()) {
        const QString name = v.toObject().value(QStringLiteral("unit_name")).toString();
        // Long names wrap inside their cell: check the first words.
        QVERIFY2(flat.contains(name.section(QLatin1Char(' '), 0, 3)), qPrintable(name));
    }
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList lines =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        QVERIFY2(line.startsWith(QLatin1String("Tinos")) || line.startsWith(QLatin1String("TimesNewRoman")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line)); // embedded
    }
}

void TestCli::reportSummaryPdfAndOdt()
{
    const QString pdf = m_dir.filePath(QStringLiteral("bao-cao-2024.pdf"));
    Result r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("summary"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), pdf, QStringLiteral("--date"),
             QStringLiteral("05/12/2024"), QStringLiteral("--number"), QStringLiteral("12")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(pdf));
    const QString out = PdfReadBack::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    for (const QString &expected :
         {QStringLiteral("Số: 12/BC-SVHTTDL"), QStringLiteral("Tây Ninh, ngày 05 tháng 12 năm 2024"),
          QStringLiteral("BÁO CÁO"), QStringLiteral("II. KẾT QUẢ THỰC HIỆN"), QStringLiteral("Phụ lục I"),
          QStringLiteral("Phụ lục II"), QStringLiteral("DANH SÁCH XẾP HẠNG, XẾP LOẠI ĐƠN VỊ HỌC TẬP NĂM 2024")})
        QVERIFY2(out.contains(expected), qPrintable(expected));

    const QString odt = m_dir.filePath(QStringLiteral("bao-cao-2024.odt"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("summary"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), odt});
    QCOMPARE(r.exitCode, 0);
    QFile file(odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    // An OpenDocument zip: the uncompressed "mimetype" entry first (its contents are in tst_odtwriter).
    QVERIFY(head.startsWith("PK\x03\x04"));
    QVERIFY(head.contains("mimetypeapplication/vnd.oasis.opendocument.text"));

    // A failed write leaves nothing behind and says why.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/bao-cao.pdf"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("summary"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), nowhere});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::reportReviewPdfAndOdt()
{
    const QString pdf = m_dir.filePath(QStringLiteral("so-ket-1.pdf"));
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("review"),
                    QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("-o"), pdf, QStringLiteral("--date"),
                    QStringLiteral("12/01/2026"), QStringLiteral("--number"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(pdf));
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: warning: no signer is set")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    const QString out = PdfReadBack::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY(!out.contains(QStringLiteral("xhht")));
    qsizetype at = 0;
    for (const QString &expected :
         {QStringLiteral("Số: 04/BC-SVHTTDL"), QStringLiteral("Tây Ninh, ngày 12 tháng 01 năm 2026"),
          QStringLiteral("BÁO CÁO"), QStringLiteral("Sơ kết giai đoạn 1 (2024 - 2025)"),
          QStringLiteral("I. KẾT QUẢ THỰC HIỆN"), QStringLiteral("II. ĐÁNH GIÁ CHUNG"),
          QStringLiteral("III. CÔNG TÁC KHEN THƯỞNG"), QStringLiteral("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO"),
          QStringLiteral("Phụ lục I"), QStringLiteral("Xếp loại năm 2024"), QStringLiteral("Phụ lục II"),
          QStringLiteral("Cả giai đoạn")}) {
        const qsizetype next = out.indexOf(expected, at);
        QVERIFY2(next >= at, qPrintable(expected));
        at = next;
    }

    const QString odt = m_dir.filePath(QStringLiteral("so-ket-1.odt"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("review"),
             QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("-o"), odt});
    QCOMPARE(r.exitCode, 0);
    QFile file(odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    QVERIFY(head.startsWith("PK\x03\x04"));
    QVERIFY(head.contains("mimetypeapplication/vnd.oasis.opendocument.text"));

    // A failed write leaves nothing behind and says why.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/so-ket.pdf"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("review"),
             QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("-o"), nowhere});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::reportReviewBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString report = QStringLiteral("report");
    const QString review = QStringLiteral("review");
    const QString phase = QStringLiteral("--phase");
    const QString o = QStringLiteral("-o");
    const QString pdf = QStringLiteral("r.pdf");
    QTest::newRow("without phase") << QStringList{report, review, o, pdf};
    QTest::newRow("phase not a number") << QStringList{report, review, phase, QStringLiteral("một"), o, pdf};
    QTest::newRow("phase zero") << QStringList{report, review, phase, QStringLiteral("0"), o, pdf};
    QTest::newRow("phase not in the plan") << QStringList{report, review, phase, QStringLiteral("3"), o, pdf};
    QTest::newRow("with a year") << QStringList{
        report, review, phase, QStringLiteral("1"), QStringLiteral("--year"), QStringLiteral("2025"), o, pdf};
    QTest::newRow("to a .doc") << QStringList{report, review, phase, QStringLiteral("1"), o, QStringLiteral("r.doc")};
    QTest::newRow("without file") << QStringList{report, review, phase, QStringLiteral("1")};
    QTest::newRow("summary with a phase") << QStringList{report,
                                                         QStringLiteral("summary"),
                                                         QStringLiteral("--year"),
                                                         QStringLiteral("2024"),
                                                         phase,
                                                         QStringLiteral("1"),
                                                         o,
                                                         pdf};
}

void TestCli::reportReviewBadUsage()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QVERIFY(!QFile::exists(QStringLiteral("r.pdf")));
}

void TestCli::reportReminders()
{
    // Which units sent nothing in 2025, from the submissions list.
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("submissions"), QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QStringList missing;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("timeliness")).toString() == QLatin1String("missing"))
            missing.append(v.toObject().value(QStringLiteral("unit_name")).toString());

    const QString pdf = m_dir.filePath(QStringLiteral("don-doc-2025.pdf"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("reminders"),
             QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), pdf, QStringLiteral("--date"),
             QStringLiteral("01/12/2025")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!missing.isEmpty()); // the demo leaves one unit without a report in 2025
    QVERIFY2(r.out.contains(pdf), qPrintable(r.out));
    const QString out = PdfReadBack::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY(out.contains(QStringLiteral("V/v đôn đốc gửi báo cáo")));
    for (const QString &name : missing)
        QVERIFY2(out.contains(name.section(QLatin1Char(' '), 0, 2)), qPrintable(name));
    // 10/12/2025 is a Wednesday: three working days before it, Friday 05/12/2025.
    QVERIFY2(out.contains(QStringLiteral("về Sở chậm nhất ngày 05/12/2025.")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("Chưa gửi báo cáo")));
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: warning: no signer is set")));

    // --deadline sets the date asked for.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("reminders"),
             QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), pdf, QStringLiteral("--date"),
             QStringLiteral("01/12/2025"), QStringLiteral("--deadline"), QStringLiteral("04/12/2025")});
    QCOMPARE(r.exitCode, 0);
    const QString set = PdfReadBack::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY2(set.contains(QStringLiteral("về Sở chậm nhất ngày 04/12/2025.")), qPrintable(set));

    // Every unit sent its 2024 report: no letter is written.
    const QString none = m_dir.filePath(QStringLiteral("don-doc-2024.pdf"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("reminders"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), none});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("no reminder letter")), qPrintable(r.out));
    QVERIFY(!QFile::exists(none));
}

void TestCli::reportRemindersBadDeadline_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList reminders = {QStringLiteral("report"), QStringLiteral("reminders"), QStringLiteral("--year"),
                                   QStringLiteral("2025"),   QStringLiteral("-o"),        QStringLiteral("r.pdf"),
                                   QStringLiteral("--date"), QStringLiteral("01/12/2025")};
    const QString deadline = QStringLiteral("--deadline");
    QTest::newRow("not a date") << reminders + QStringList{deadline, QStringLiteral("mai")};
    QTest::newRow("no such day") << reminders + QStringList{deadline, QStringLiteral("31/11/2025")};
    QTest::newRow("the letter's day") << reminders + QStringList{deadline, QStringLiteral("01/12/2025")};
    QTest::newRow("before the letter") << reminders + QStringList{deadline, QStringLiteral("28/11/2025")};
    QTest::newRow("for the summary") << QStringList{QStringLiteral("report"),
                                                    QStringLiteral("summary"),
                                                    QStringLiteral("--year"),
                                                    QStringLiteral("2025"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("r.pdf"),
                                                    deadline,
                                                    QStringLiteral("05/12/2025")};
}

void TestCli::reportRemindersBadDeadline()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("xhht: ")) && r.err.contains(QStringLiteral("--deadline")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("r.pdf")));
}

// Phụ lục I of the demo's 2024 report (every unit's values). Measured with pdftotext: 14
// pages with the fixed column shares, 13 with the columns sized to their content (the
// indicator names wrapped into header rows taller than the unit rows), 7 with the
// columns headed by their number, the indicators named under each table, contents
// sharing a table of up to 8 figures and the written answers after the tables. The
// issue's target is half of 14: at most 7.
void TestCli::summaryAppendixTakesFewerPages()
{
    constexpr int pagesAtMost = 7;
    const QString pdf = m_dir.filePath(QStringLiteral("phu-luc-2024.pdf"));
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("summary"),
                          QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 0);
    // Page by page as laid out; an appendix's first page has no page number: it starts
    // with its label.
    const QStringList pages =
        PdfReadBack::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    QVERIFY(pages.size() > 2);
    qsizetype first = -1;
    qsizetype second = -1;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QString text = pages.at(p).simplified();
        if (text.startsWith(QStringLiteral("Phụ lục I ")))
            first = p;
        if (text.startsWith(QStringLiteral("Phụ lục II ")))
            second = p;
    }
    QVERIFY2(first > 0 && second > first, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
    const qsizetype appendixPages = second - first;
    QVERIFY2(appendixPages <= pagesAtMost,
             qPrintable(QStringLiteral("Phụ lục I takes %1 pages, at most %2").arg(appendixPages).arg(pagesAtMost)));
    // Every unit of the year is still there, each number whole.
    const Result units = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray list = QJsonDocument::fromJson(units.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    QString appendix;
    for (qsizetype p = first; p < second; ++p)
        appendix += pages.at(p).simplified() + QLatin1Char(' ');
    for (const QJsonValue &v : list) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(appendix.contains(name), qPrintable(name));
    }
    // Each figure's column is numbered and named under its table, with its unit.
    QVERIFY2(appendix.contains(QStringLiteral("(1) Tin, bài tuyên truyền")), qPrintable(appendix.left(1500)));
    QVERIFY(appendix.contains(QStringLiteral("(tin, bài)")));
    QVERIFY(appendix.contains(QStringLiteral("Mô hình, cách làm hay")));
}

void TestCli::timelineText()
{
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("timeline"), QStringLiteral("--today"),
                          QStringLiteral("27/11/2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("TIẾN ĐỘ KẾ HOẠCH 2024 - 2030"));
    QCOMPARE(lines.value(1), QStringLiteral("Giai đoạn 1: 2024 - 2025; Sơ kết giai đoạn 1: năm 2025"));
    QCOMPARE(lines.value(2), QStringLiteral("Giai đoạn 2: 2026 - 2030; Tổng kết Phong trào: năm 2030"));
    QCOMPARE(lines.value(3), QStringLiteral("Hôm nay: 27/11/2026"));
    QCOMPARE(lines.size(), 4 + 7);
    QCOMPARE(lines.value(6), QStringLiteral("> 2026 | Giai đoạn 2 | Đơn vị gửi báo cáo: 30/11/2026 | Báo cáo gửi Sở "
                                            "GD&ĐT: 10/12/2026 | T04: 10/12/2026 | Hôm nay: 27/11/2026"));
    QVERIFY(lines.value(5).startsWith(QStringLiteral("  2025 | Giai đoạn 1 | ")));
    QVERIFY(lines.value(5).contains(QStringLiteral(" | Sơ kết giai đoạn 1")));
    QVERIFY(lines.value(10).endsWith(QStringLiteral(" | Tổng kết Phong trào")));

    const Result help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("timeline [--format text|json]")));
}

void TestCli::timelineJson()
{
    const Result r = run(
        {QStringLiteral("--db"), m_db, QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("period_from")).toInt(), 2024);
    QCOMPARE(json.value(QStringLiteral("period_to")).toInt(), 2030);
    // Today unless --today says otherwise.
    QCOMPARE(json.value(QStringLiteral("today")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(json.value(QStringLiteral("phases")).toArray().size(), 2);
    const QJsonArray years = json.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 7);
    const QJsonObject last = years.last().toObject();
    QCOMPARE(last.value(QStringLiteral("year")).toInt(), 2030);
    QCOMPARE(last.value(QStringLiteral("phase")).toInt(), 2);
    QCOMPARE(last.value(QStringLiteral("review_kind")).toString(), QStringLiteral("tong_ket"));
    const QJsonArray deadlines = last.value(QStringLiteral("deadlines")).toArray();
    QCOMPARE(deadlines.size(), 3);
    QCOMPARE(deadlines.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2030-11-30"));
    QCOMPARE(deadlines.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2030-12-10"));
    QCOMPARE(deadlines.at(2).toObject().value(QStringLiteral("task")).toString(), QStringLiteral("T04"));
}

void TestCli::timelineBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("format") << QStringList(
        {QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("tsv")});
    QTest::newRow("today") << QStringList(
        {QStringLiteral("timeline"), QStringLiteral("--today"), QStringLiteral("31/02/2026")});
    QTest::newRow("argument") << QStringList({QStringLiteral("timeline"), QStringLiteral("2025")});
}

void TestCli::timelineBadUsage()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList({QStringLiteral("--db"), m_db}) + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCli::tasksForYear()
{
    Result r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty()); // the year's obligations are generated silently
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("task_code\ttask_title\tunit_code\tunit_name\tdue_date\tstatus\tcompleted_on"));
    QCOMPARE(lines.size(), 1 + 48);
    bool districtT02 = false;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 7);
        if (cells.at(0) == QLatin1String("T04")) {
            QCOMPARE(cells.at(4), QStringLiteral("2024-12-10"));
            QCOMPARE(cells.at(5), QStringLiteral("overdue")); // derived: today is after 10/12/2024
        } else {
            QVERIFY(cells.at(4).isEmpty());
            QCOMPARE(cells.at(5), QStringLiteral("not_started"));
        }
        districtT02 =
            districtT02 || (cells.at(0) == QLatin1String("T02") && cells.at(2) == QLatin1String("PVHTT-TPTN"));
    }
    QVERIFY(districtT02);

    // Run again: the same rows (nothing generated twice).
    const Result again =
        run({QStringLiteral("--db"), m_db, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(again.out, r.out);

    // The district units ended on 30/06/2025: nothing for them in 2026.
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2026")});
    QCOMPARE(r.exitCode, 0);
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 23);
    QVERIFY(!r.out.contains(QStringLiteral("PVHTT-")));
}

void TestCli::tasksOverdueAndFormats()
{
    Result r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("--overdue"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 7);
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QCOMPARE(o.keys(),
                 (QStringList{QStringLiteral("completed_on"), QStringLiteral("due_date"), QStringLiteral("status"),
                              QStringLiteral("task_code"), QStringLiteral("task_title"), QStringLiteral("unit_code"),
                              QStringLiteral("unit_name")}));
        QCOMPARE(o.value(QStringLiteral("task_code")).toString(), QStringLiteral("T04"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
    }
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2025"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> csv = csvRows(r.out);
    QCOMPARE(csv.first().first(), QStringLiteral("task_code"));
    QCOMPARE(csv.size(), 1 + 53); // 2025: the sơ kết review tasks too
    bool review = false;
    for (const QStringList &row : csv)
        review = review || row.first() == QLatin1String("T05");
    QVERIFY(review);
}

void TestCli::tasksBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no year") << QStringList({QStringLiteral("tasks")}) << 2;
    QTest::newRow("bad year") << QStringList({QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("x")})
                              << 2;
    QTest::newRow("format") << QStringList({QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2025"),
                                            QStringLiteral("--format"), QStringLiteral("xml")})
                            << 2;
    QTest::newRow("outside the plan") << QStringList({QStringLiteral("tasks"), QStringLiteral("--year"),
                                                      QStringLiteral("2031")})
                                      << 1;
}

void TestCli::tasksBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = run(QStringList({QStringLiteral("--db"), m_db}) + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCli::importUnitsTemplateAndFile()
{
    const QString db = m_dir.filePath(QStringLiteral("units/xhht.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const QString templatePath = m_dir.filePath(QStringLiteral("units/mau-don-vi.csv"));
    Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("template"),
                    QStringLiteral("--units"), QStringLiteral("-o"), templatePath});
    QCOMPARE(r.exitCode, 0);
    QFile file(templatePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows = csvRows(QString::fromUtf8(file.readAll().mid(3)));
    file.close();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first(), QStringLiteral("Mã đơn vị [code]"));
    QVERIFY(rows.first().contains(QStringLiteral("Hiệu lực từ ngày [valid_from]")));

    rows.append({QStringLiteral("XA-TANBIEN"), QStringLiteral("UBND xã Tân Biên"), QStringLiteral("commune"), QString(),
                 QStringLiteral("Khối xã, phường"), QStringLiteral("01/07/2025"), QString()});
    rows.append({QStringLiteral("PH-LONGAN"), QStringLiteral("UBND phường Long An"), QStringLiteral("commune"),
                 QString(), QStringLiteral("Khối xã, phường"), QStringLiteral("01/07/2025"), QString()});
    QString text;
    for (const QStringList &row : std::as_const(rows))
        text += csvLine(row);
    const QString filled = m_dir.filePath(QStringLiteral("units/xa-phuong.csv"));
    QFile out(filled);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();

    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"), filled});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("2 new")), qPrintable(r.out));
    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"), filled});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("0 new, 2 already recorded")), qPrintable(r.out));
    r = run({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("--year"), QStringLiteral("2026")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("XA-TANBIEN\tUBND xã Tân Biên\tcommune")));
    QVERIFY(r.out.contains(QStringLiteral("PH-LONGAN")));
}

void TestCli::importUnitsWithErrorsChangesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("units-errors/xhht.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const QString before = run({QStringLiteral("--db"), db, QStringLiteral("units")}).out;
    const QString path = m_dir.filePath(QStringLiteral("units-errors/loi.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral("code,name,kind,valid_from\r\n"
                             "X1,Xã một,commune,01/07/2025\r\n"
                             "X2,Xã hai,huyen,01/07/2025\r\n"
                             "X3,Xã ba,commune,01/07/2035\r\n")
                  .toUtf8());
    out.close();
    const Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + QStringLiteral(":3:kind: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path + QStringLiteral(":4:valid_from: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("units")}).out, before);
    const Result usage = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCli::unitsHistory()
{
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--history")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("date\tevent\tunit_code\tunit_name\trelated_code\trelated_name\t")));
    QVERIFY(r.out.contains(QStringLiteral("2025-07-01\tdissolved\tPVHTT-TPTN\t")));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--history"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(rows.size() >= 25 + 18); // every unit created; the 18 district units dissolved
    QCOMPARE(rows.first().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("created"));
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("units"), QStringLiteral("--history"),
             QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::rankRollUp()
{
    // Today (the machine's clock) is after 30/06/2025, when the district units ended.
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"),
                          QStringLiteral("2024"), QStringLiteral("--roll-up")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("rank\tunit_code\tunit_name\ttotal\tclassification\tcurrent_unit"));
    int ended = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 6);
        const bool district =
            cells.at(1).startsWith(QLatin1String("PVHTT-")) || cells.at(1).startsWith(QLatin1String("TTVHTT-"));
        QCOMPARE(cells.at(5), district ? QStringLiteral("(không còn hoạt động)") : QString());
        ended += district;
    }
    QCOMPARE(ended, 18);
}

void TestCli::tasksOnReadOnlyDatabase()
{
    const QString copy = m_dir.filePath(QStringLiteral("read-only.sqlite"));
    QVERIFY(QFile::copy(m_db, copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QFile before(copy);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
    before.close();
    // 2027's tasks were never generated: they are worked out, not stored.
    const Result r =
        run({QStringLiteral("--db"), copy, QStringLiteral("tasks"), QStringLiteral("--year"), QStringLiteral("2027")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QString &line) { return line.contains(QLatin1String("\t2027-12-10\t")); }));
    QFile after(copy);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), hash);
}

void TestCli::commendationsList()
{
    Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("commendations"), QStringLiteral("--phase"),
                    QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("subject\tname\tform\treason\tstatus\tdecision\n")); // none proposed yet

    // No proposal: no list to send. Refused with the reason, nothing written, exit 1.
    for (const QString &name : {QStringLiteral("de-nghi.pdf"), QStringLiteral("de-nghi.xlsx")}) {
        const QString path = m_dir.filePath(name);
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("commendations"), QStringLiteral("--phase"),
                 QStringLiteral("1"), QStringLiteral("-o"), path, QStringLiteral("--number"), QStringLiteral("9"),
                 QStringLiteral("--date"), QStringLiteral("15/12/2025")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QStringLiteral("xhht: phase 1 has no commendation proposals yet; there is no list to write "
                                       "(propose units on the Reviews screen first).\n"));
        QVERIFY(!QFile::exists(path));
    }
}

void TestCli::commendationsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no phase") << QStringList({QStringLiteral("commendations")});
    QTest::newRow("phase 3") << QStringList(
        {QStringLiteral("commendations"), QStringLiteral("--phase"), QStringLiteral("3")});
    QTest::newRow("output") << QStringList({QStringLiteral("commendations"), QStringLiteral("--phase"),
                                            QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.txt")});
    QTest::newRow("format") << QStringList({QStringLiteral("commendations"), QStringLiteral("--phase"),
                                            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("xml")});
}

void TestCli::commendationsBadUsage()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList({QStringLiteral("--db"), m_db}) + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("xhht: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.txt")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
