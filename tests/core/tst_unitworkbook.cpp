#include "imports/importheader.h"
#include "imports/submissionfilesimport.h"
#include "imports/unitworkbook.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The units' own workbooks, read back by another program (python3-openpyxl): what is
// locked, what each entry cell accepts and says, last year's hints, the instructions;
// then filled in by that program as a unit would, and imported.
class TestUnitWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileNamesHaveNoDiacritics();
    void oneWorkbookPerActiveUnit();
    void readBackByOpenpyxl();
    void filledByOpenpyxlImports();

private:
    // Runs a Python script with openpyxl over `arguments`; its standard output.
    QByteArray python(const QString &script, const QStringList &arguments) const;
    QString writeOne(const Unit &unit);

    Database *m_db = nullptr;
    SubmissionService *m_service = nullptr;
    QTemporaryDir *m_dir = nullptr;
    YearContext m_context;
    YearContext m_lastContext;
};

void TestUnitWorkbook::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_service = new SubmissionService(*m_db);
    m_service->setToday(QDate(2026, 11, 27));
    m_dir = new QTemporaryDir;
    m_context = m_service->context(2025);
    m_lastContext = m_service->context(2024);
}

void TestUnitWorkbook::cleanup()
{
    delete m_dir;
    delete m_service;
    delete m_db;
}

QByteArray TestUnitWorkbook::python(const QString &script, const QStringList &arguments) const
{
    // Debian's python3-openpyxl belongs to Debian's own python3, whatever comes first on PATH.
    const QString debianPython = QStringLiteral("/usr/bin/python3");
    QProcess process;
    process.start(QFile::exists(debianPython) ? debianPython : QStringLiteral("python3"),
                  QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

QString TestUnitWorkbook::writeOne(const Unit &unit)
{
    const QHash<qint64, Submission> last = m_service->loadYear(2024);
    const QString path = m_dir->filePath(UnitWorkbook::fileName(unit, 2025));
    const Submission lastYear = last.value(unit.id);
    const QString error = UnitWorkbook::write(path, m_context, unit, &lastYear, &m_lastContext);
    return error.isEmpty() ? path : QString();
}

void TestUnitWorkbook::fileNamesHaveNoDiacritics()
{
    Unit unit;
    unit.code = QStringLiteral("PVH-01");
    unit.name = QStringLiteral("Phòng Văn hóa và Thông tin thị xã Hòa Thành: Đội 1/2");
    QCOMPARE(UnitWorkbook::fileName(unit, 2025),
             QStringLiteral("PVH-01 - Phong Van hoa va Thong tin thi xa Hoa Thanh Doi 1 2 - 2025.xlsx"));
}

void TestUnitWorkbook::oneWorkbookPerActiveUnit()
{
    int written = 0;
    const QString folder = m_dir->filePath(QStringLiteral("gui di"));
    const QString error =
        UnitWorkbook::writeAll(folder, m_context, m_service->loadYear(2024), &m_lastContext, &written);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written, int(m_context.units.size()));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), m_context.units.size());
    for (const Unit &u : std::as_const(m_context.units))
        QVERIFY(files.contains(UnitWorkbook::fileName(u, 2025)));
}

void TestUnitWorkbook::readBackByOpenpyxl()
{
    const Unit &unit = m_context.units.at(0);
    const QString path = writeOne(unit);
    QVERIFY(!path.isEmpty());
    static const char *script = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
help = wb["Hướng dẫn"]
out["help"] = [help.cell(row=r, column=1).value or "" for r in range(1, 12)]
ws = wb["Số liệu"]
out["protected"] = bool(ws.protection.sheet)
out["password"] = ws.protection.password or ""
header = [c.value for c in ws[3]]
out["header"] = header
out["data"] = [c.value for c in ws[4]]
out["locked"] = [c.protection.locked for c in ws[4]]
out["hints"] = [c.value for c in ws[2]]
out["hintColours"] = [(c.font.color.rgb if c.font and c.font.color else None) for c in ws[2]]
rules = {}
for dv in ws.data_validations.dataValidation:
    for rng in dv.sqref.ranges:
        rules[rng.coord] = {"type": dv.type, "operator": dv.operator, "formula1": dv.formula1,
                            "formula2": dv.formula2, "promptTitle": dv.promptTitle, "prompt": dv.prompt,
                            "errorTitle": dv.errorTitle, "error": dv.error, "errorStyle": dv.errorStyle or "stop",
                            "showError": bool(dv.showErrorMessage), "showInput": bool(dv.showInputMessage)}
out["rules"] = rules
print(json.dumps(out, ensure_ascii=False, default=str))
)PY";
    const QByteArray json = python(QString::fromUtf8(script), {path});
    QVERIFY2(!json.isEmpty(), "python3 with openpyxl (Debian python3-openpyxl) is needed");
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QLatin1String("sheets")).toArray().first().toString(), QStringLiteral("Hướng dẫn"));
    // The instructions name the unit and the year's deadline.
    const QString help = o.value(QLatin1String("help")).toVariant().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(help.contains(unit.name), qPrintable(help));
    QVERIFY2(help.contains(m_context.settings.unitDeadline.toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("Cách gửi")));
    // Protected without a password; the prefilled cells locked, the entry cells not.
    QVERIFY(o.value(QLatin1String("protected")).toBool());
    QCOMPARE(o.value(QLatin1String("password")).toString(), QString());
    const QJsonArray header = o.value(QLatin1String("header")).toArray();
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    const QJsonArray locked = o.value(QLatin1String("locked")).toArray();
    QCOMPARE(data.at(0).toString(), QStringLiteral("2025"));
    QCOMPARE(data.at(1).toString(), unit.code);
    QCOMPARE(data.at(2).toString(), unit.name);
    QVERIFY(locked.at(0).toBool() && locked.at(1).toBool() && locked.at(2).toBool());
    for (qsizetype c = 3; c < header.size(); ++c)
        QVERIFY2(!locked.at(c).toBool(), qPrintable(header.at(c).toString()));

    // Each entry column's rule, by its kind.
    const QJsonObject rules = o.value(QLatin1String("rules")).toObject();
    auto ruleOf = [&](const QString &key) {
        for (qsizetype c = 0; c < header.size(); ++c)
            if (header.at(c).toString().endsWith(QLatin1Char('[') + key + QLatin1Char(']')))
                return rules.value(ImportHeader::columnLetter(c) + QStringLiteral("4")).toObject();
        return QJsonObject();
    };
    const QJsonObject date = ruleOf(QStringLiteral("received_date"));
    QCOMPARE(date.value(QLatin1String("type")).toString(), QStringLiteral("date"));
    // "between" is the operator OOXML means when it names none.
    QVERIFY(
        QStringList({QString(), QStringLiteral("between")}).contains(date.value(QLatin1String("operator")).toString()));
    QCOMPARE(date.value(QLatin1String("errorStyle")).toString(), QStringLiteral("stop")); // the default when unnamed
    QVERIFY(date.value(QLatin1String("showError")).toBool() && date.value(QLatin1String("showInput")).toBool());
    QVERIFY(date.value(QLatin1String("error")).toString().contains(QStringLiteral("31/12/2025")));
    QVERIFY(date.value(QLatin1String("prompt")).toString().contains(QStringLiteral("dd/mm/yyyy")));
    QCOMPARE(date.value(QLatin1String("formula1")).toString().toDouble(),
             double(QDate(1899, 12, 30).daysTo(QDate(2025, 1, 1))));
    QCOMPARE(date.value(QLatin1String("formula2")).toString().toDouble(),
             double(QDate(1899, 12, 30).daysTo(QDate(2025, 12, 31))));
    bool sawCount = false, sawPercent = false, sawYesNo = false;
    for (const Indicator &i : std::as_const(m_context.indicators)) {
        const QJsonObject r = ruleOf(QStringLiteral("ind:") + i.code);
        if (i.kind == QLatin1String("count")) {
            sawCount = true;
            QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("whole"));
            QCOMPARE(r.value(QLatin1String("operator")).toString(), QStringLiteral("greaterThanOrEqual"));
            QCOMPARE(r.value(QLatin1String("formula1")).toString(), QStringLiteral("0"));
            QVERIFY(r.value(QLatin1String("error")).toString().contains(QStringLiteral("số nguyên không âm")));
        } else if (i.kind == QLatin1String("percent")) {
            sawPercent = true;
            QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("decimal"));
            QCOMPARE(r.value(QLatin1String("formula1")).toString(), QStringLiteral("0"));
            QCOMPARE(r.value(QLatin1String("formula2")).toString(), QStringLiteral("100"));
        } else if (i.kind == QLatin1String("yesno")) {
            sawYesNo = true;
            QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("list"));
            QCOMPARE(r.value(QLatin1String("formula1")).toString(), QStringLiteral("\"có,không\""));
        }
    }
    QVERIFY(sawCount && sawPercent && sawYesNo);
    bool sawPoints = false;
    for (const Criterion &k : m_context.scoredCriteria()) {
        if (k.kind != QLatin1String("points"))
            continue;
        sawPoints = true;
        const QJsonObject r = ruleOf(QStringLiteral("self:") + k.code);
        QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("custom"));
        const QString formula = r.value(QLatin1String("formula1")).toString();
        QVERIFY2(formula.contains(QStringLiteral("<=") + k.maxPoints.toString(QLatin1Char('.'))), qPrintable(formula));
        if (k.step.hundredths() > 0)
            QVERIFY2(formula.contains(QStringLiteral(",%1)=0").arg(k.step.hundredths())), qPrintable(formula));
        QVERIFY(r.value(QLatin1String("error")).toString().contains(k.maxPoints.toString()));
    }
    QVERIFY(sawPoints);

    // Last year's values in grey above the header, as the import would read them.
    const Submission last = m_service->load(unit.id, 2024);
    QVERIFY(last.id != 0);
    const QJsonArray hints = o.value(QLatin1String("hints")).toArray();
    const QJsonArray colours = o.value(QLatin1String("hintColours")).toArray();
    int hinted = 0;
    for (qsizetype c = 3; c < header.size(); ++c) {
        if (hints.at(c).isNull())
            continue;
        ++hinted;
        QVERIFY(colours.at(c).toString().endsWith(QLatin1String("808080")));
    }
    QVERIFY(hinted > 0);
}

void TestUnitWorkbook::filledByOpenpyxlImports()
{
    const Unit &unit = m_context.units.at(1);
    const QString path = writeOne(unit);
    QVERIFY(!path.isEmpty());
    Indicator count;
    for (const Indicator &i : std::as_const(m_context.indicators))
        if (i.kind == QLatin1String("count") && count.id == 0)
            count = i;
    // As a unit would: a title row added above, the received date typed as a serial
    // number, a count typed as text, a document number, then saved.
    static const char *script = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Số liệu"]
header = [c.value for c in ws[3]]
col = lambda key: next(i for i, h in enumerate(header) if h and h.endswith("[" + key + "]")) + 1
ws.cell(row=4, column=col("received_date")).value = 45986
ws.cell(row=4, column=col("document_number")).value = "12/BC-UBND"
ws.cell(row=4, column=col(sys.argv[2])).value = "  42"
ws.insert_rows(1)
ws.cell(row=1, column=1).value = "ỦY BAN NHÂN DÂN"
wb.save(sys.argv[1])
print("ok")
)PY";
    QCOMPARE(python(QString::fromUtf8(script), {path, QStringLiteral("ind:") + count.code}).trimmed(),
             QByteArray("ok"));

    SubmissionFilesImport import(*m_service);
    const SubmissionFilesImport::Result result = import.prepare({path});
    const SubmissionImport::Result &file = result.files.first().result;
    QVERIFY2(result.ok(), qPrintable(file.issues.isEmpty() ? QString() : file.issues.first().format(path)));
    QCOMPARE(file.rowOfUnit.value(unit.id), 5);
    import.apply(result);
    const Submission s = m_service->load(unit.id, 2025);
    QCOMPARE(s.receivedDate, QDate(1899, 12, 30).addDays(45986));
    QCOMPARE(s.documentNumber, QStringLiteral("12/BC-UBND"));
    QCOMPARE(s.value(count.id)->numberHundredths, 4200);
    QCOMPARE(m_service->importedFilesOfUnit(unit.id).size(), 1);
}

QTEST_GUILESS_MAIN(TestUnitWorkbook)
#include "tst_unitworkbook.moc"
