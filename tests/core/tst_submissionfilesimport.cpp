#include "domain/validationissue.h"
#include "imports/submissionfilesimport.h"
#include "imports/submissiontemplate.h"
#include "services/submissionservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

// Many files at once, and files messier than the template: title rows, blank rows and
// columns, merged title cells, numbers as text, serial dates, formulas, renamed headers.
class TestSubmissionFilesImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void messyWorkbookImports();
    void headerBelowTenRowsIsNotFound();
    void folderIsAllOrNothing();
    void sameUnitInTwoFilesNamesBoth();
    void sameFileIsSkippedAndFilesAreKept();

private:
    // A CSV file in the temporary folder with one row for each unit index given.
    QString csvFile(const QString &name, const QList<int> &units, const QString &receivedDate = {}) const;
    const Indicator &indicatorOfKind(const QString &kind) const;

    Database *m_db = nullptr;
    SubmissionService *m_service = nullptr;
    QTemporaryDir *m_dir = nullptr;
    YearContext m_context;
};

void TestSubmissionFilesImport::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new SubmissionService(*m_db);
    m_service->setToday(QDate(2026, 11, 27));
    m_dir = new QTemporaryDir;
    m_context = m_service->context(2025);
}

void TestSubmissionFilesImport::cleanup()
{
    delete m_dir;
    delete m_service;
    delete m_db;
}

const Indicator &TestSubmissionFilesImport::indicatorOfKind(const QString &kind) const
{
    for (const Indicator &i : m_context.indicators)
        if (i.kind == kind)
            return i;
    qFatal("no indicator of this kind");
}

QString TestSubmissionFilesImport::csvFile(const QString &name, const QList<int> &units,
                                           const QString &receivedDate) const
{
    const Indicator &count = indicatorOfKind(QStringLiteral("count"));
    QString text =
        QStringLiteral("Năm [year];Mã [unit_code];Ngày nhận [received_date];Số [ind:%1]\r\n").arg(count.code);
    for (const int i : units)
        text +=
            QStringLiteral("2025;%1;%2;%3\r\n")
                .arg(m_context.units.at(i).code, receivedDate.isEmpty() ? QStringLiteral("25/11/2025") : receivedDate)
                .arg(10 + i);
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestSubmissionFilesImport::messyWorkbookImports()
{
    const Indicator &count = indicatorOfKind(QStringLiteral("count"));
    const Indicator &percent = indicatorOfKind(QStringLiteral("percent"));
    const Unit &unit = m_context.units.at(2);
    const Unit &other = m_context.units.at(5);
    const QString path = m_dir->filePath(QStringLiteral("don vi tu lam.xlsx"));
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    // An instructions sheet first, as the units' own workbooks have.
    lxw_worksheet *help = workbook_add_worksheet(workbook, "Hướng dẫn");
    worksheet_write_string(help, 0, 0, "Điền vào trang sau.", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Số liệu");
    // A merged title over two rows, a blank row, a line naming the unit, then the header
    // in row 5 from column C (columns A and B blank), renamed but with its keys.
    worksheet_merge_range(sheet, 0, 2, 1, 8, "BÁO CÁO KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025", nullptr);
    worksheet_write_string(sheet, 3, 2, "Đơn vị: tự điền", nullptr);
    const QList<QByteArray> headers = {"Năm báo cáo [year]", "Mã số [unit_code]", "Ngày gửi đến Sở [received_date]",
                                       ("Số lượng (đã đổi tên) [ind:" + count.code + "]").toUtf8(),
                                       ("Tỷ lệ [ind:" + percent.code + "]").toUtf8()};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 4, lxw_col_t(2 + c), headers.at(c).constData(), nullptr);
    // Row 6: the year by a formula (its cached value is read), the date as a serial
    // number without a date format, the count as text, the percentage by a formula.
    const double serial = double(QDate(1899, 12, 30).daysTo(QDate(2025, 11, 25)));
    worksheet_write_formula_num(sheet, 5, 2, "=2024+1", nullptr, 2025);
    worksheet_write_string(sheet, 5, 3, unit.code.toUtf8().constData(), nullptr);
    worksheet_write_number(sheet, 5, 4, serial, nullptr);
    worksheet_write_string(sheet, 5, 5, " 17 ", nullptr);
    worksheet_write_formula_num(sheet, 5, 6, "=185/2", nullptr, 92.5);
    // Row 7 blank; row 8 a second unit with a text date.
    worksheet_write_number(sheet, 7, 2, 2025, nullptr);
    worksheet_write_string(sheet, 7, 3, other.code.toUtf8().constData(), nullptr);
    worksheet_write_string(sheet, 7, 4, "02/12/2025", nullptr);
    worksheet_write_number(sheet, 7, 5, 3, nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    SubmissionFilesImport import(*m_service);
    const SubmissionFilesImport::Result result = import.prepare({path});
    QCOMPARE(result.files.size(), 1);
    const SubmissionImport::Result &file = result.files.first().result;
    QVERIFY2(result.ok(), qPrintable(file.issues.isEmpty() ? QString() : file.issues.first().format(path)));
    QCOMPARE(file.year, 2025);
    QCOMPARE(file.created, 2);
    QCOMPARE(file.rowOfUnit.value(unit.id), 6);
    QCOMPARE(file.rowOfUnit.value(other.id), 8);
    import.apply(result);

    const Submission s = m_service->load(unit.id, 2025);
    QCOMPARE(s.receivedDate, QDate(2025, 11, 25));
    QVERIFY(s.value(count.id));
    QCOMPARE(s.value(count.id)->numberHundredths, 1700);
    QVERIFY(s.value(percent.id));
    QCOMPARE(s.value(percent.id)->numberHundredths, 9250);
    QCOMPARE(m_service->load(other.id, 2025).receivedDate, QDate(2025, 12, 2));
}

void TestSubmissionFilesImport::headerBelowTenRowsIsNotFound()
{
    // Eleven title lines push the header out of reach: the first row is taken as the
    // header, and its columns are named as unknown.
    QString text;
    for (int i = 0; i < 11; ++i)
        text += QStringLiteral("Tiêu đề %1\r\n").arg(i + 1);
    text +=
        QStringLiteral("[year];[unit_code];[received_date]\r\n2025;%1;25/11/2025\r\n").arg(m_context.units.at(0).code);
    const QString path = m_dir->filePath(QStringLiteral("xa.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const SubmissionFilesImport::Result result = SubmissionFilesImport(*m_service).prepare({path});
    QVERIFY(!result.ok());
    QCOMPARE(result.files.first().outcome, SubmissionFilesImport::Outcome::Refused);
    QCOMPARE(result.files.first().result.issues.first().row, 1);
}

void TestSubmissionFilesImport::folderIsAllOrNothing()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("ve"));
    csvFile(QStringLiteral("ve/a.csv"), {0, 1});
    csvFile(QStringLiteral("ve/b.csv"), {2});
    const QString bad = csvFile(QStringLiteral("ve/c.csv"), {3, 4}, QStringLiteral("31/02/2025"));
    csvFile(QStringLiteral("ve/~$a.xlsx"), {5}); // a lock file of an open workbook: left out
    const int before = m_service->countForYear(2025);

    SubmissionFilesImport import(*m_service);
    const SubmissionFilesImport::Result result = import.prepare({m_dir->filePath(QStringLiteral("ve"))});
    QCOMPARE(result.files.size(), 3);
    QVERIFY(!result.ok());
    QCOMPARE(result.count(SubmissionFilesImport::Outcome::Accepted), 2);
    QCOMPARE(result.count(SubmissionFilesImport::Outcome::Refused), 1);
    const SubmissionFilesImport::File &refused = result.files.at(2);
    QCOMPARE(refused.result.path, bad);
    QCOMPARE(refused.outcome, SubmissionFilesImport::Outcome::Refused);
    QCOMPARE(refused.result.issues.size(), 2);
    QCOMPARE(refused.result.issues.first().row, 2);
    QCOMPARE(refused.result.issues.first().column, QStringLiteral("received_date"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, import.apply(result));
    QCOMPARE(m_service->countForYear(2025), before);

    // Mended, the folder goes in whole.
    csvFile(QStringLiteral("ve/c.csv"), {3, 4});
    const SubmissionFilesImport::Result mended = import.prepare({m_dir->filePath(QStringLiteral("ve"))});
    QVERIFY(mended.ok());
    QCOMPARE(mended.created(), 5);
    import.apply(mended);
    QCOMPARE(m_service->countForYear(2025), before + 5);
}

void TestSubmissionFilesImport::sameUnitInTwoFilesNamesBoth()
{
    const QString a = csvFile(QStringLiteral("mot.csv"), {0, 1});
    const QString b = csvFile(QStringLiteral("hai.csv"), {2, 1});
    SubmissionFilesImport import(*m_service);
    const SubmissionFilesImport::Result result = import.prepare({a, b});
    QVERIFY(!result.ok());
    QCOMPARE(result.count(SubmissionFilesImport::Outcome::Refused), 2);
    const ImportIssue second = result.files.at(1).result.issues.constLast();
    QCOMPARE(second.row, 3);
    QCOMPARE(second.column, QStringLiteral("unit_code"));
    QVERIFY2(second.message.contains(QLatin1String("mot.csv")) && second.message.contains(QLatin1String("row 3")),
             qPrintable(second.message));
    QVERIFY(second.message.contains(m_context.units.at(1).code));
    const ImportIssue first = result.files.at(0).result.issues.constLast();
    QCOMPARE(first.row, 3);
    QVERIFY2(first.message.contains(QLatin1String("hai.csv")), qPrintable(first.message));
}

void TestSubmissionFilesImport::sameFileIsSkippedAndFilesAreKept()
{
    const QString a = csvFile(QStringLiteral("mot.csv"), {0});
    QFile::copy(a, m_dir->filePath(QStringLiteral("mot - ban sao.csv")));
    SubmissionFilesImport import(*m_service);
    SubmissionFilesImport::Result result = import.prepare({m_dir->path()});
    QCOMPARE(result.files.size(), 2);
    QVERIFY(result.ok());
    QCOMPARE(result.count(SubmissionFilesImport::Outcome::Skipped), 1);
    QVERIFY(result.files.at(1).note.contains(QLatin1String("mot - ban sao.csv")) ||
            result.files.at(0).note.contains(QLatin1String("mot.csv")));
    import.apply(result);

    // Kept, and listed with the unit it changed, with its bytes.
    const QList<ImportedFile> kept = m_service->importedFilesOfUnit(m_context.units.at(0).id);
    QCOMPARE(kept.size(), 1);
    QFile original(a);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    QCOMPARE(m_service->importedFileContent(kept.first().id), bytes);
    QVERIFY(m_service->importedFilesOfUnit(m_context.units.at(1).id).isEmpty());

    // Again: both skipped, as imported before; nothing written.
    result = import.prepare({m_dir->path()});
    QCOMPARE(result.count(SubmissionFilesImport::Outcome::Skipped), 2);
    QVERIFY(result.files.at(0).note.contains(QLatin1String("already imported")));
    import.apply(result);
    QCOMPARE(m_service->importedFilesOfUnit(m_context.units.at(0).id).size(), 1);
}

QTEST_GUILESS_MAIN(TestSubmissionFilesImport)
#include "tst_submissionfilesimport.moc"
