#include "domain/validationissue.h"
#include "imports/submissiontemplate.h"
#include "imports/unitimport.h"
#include "io/tablereader.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Loading units from a filled-in template: CSV and XLSX, all or nothing, each error where
// a spreadsheet shows it, and the same file twice changing nothing.
class TestUnitImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void templateHasLabelsAndKeys_data();
    void templateHasLabelsAndKeys();
    void goodFile_data();
    void goodFile();
    void ninetySixCommunesAtOnce();
    void errorsAreListedAndNothingIsWritten();
    void unknownAndMissingColumns();
    void hiddenCharactersAreRefused();

private:
    QString write(const QString &name, const QStringList &headers, const QList<QStringList> &rows) const;
    int unitCount() const { return UnitRepository(*m_db).count(); }

    Database *m_db = nullptr;
    std::unique_ptr<UnitLineageService> m_lineage;
    std::unique_ptr<UnitService> m_units;
    QTemporaryDir *m_dir = nullptr;
};

void TestUnitImport::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_lineage = std::make_unique<UnitLineageService>(*m_db);
    m_units = std::make_unique<UnitService>(*m_db);
    m_dir = new QTemporaryDir;
}

void TestUnitImport::cleanup()
{
    delete m_dir;
    m_units.reset();
    m_lineage.reset();
    delete m_db;
}

QString TestUnitImport::write(const QString &name, const QStringList &headers, const QList<QStringList> &rows) const
{
    const QString path = m_dir->filePath(name);
    const QString error = SubmissionTemplate::writeTable(path, QStringLiteral("Don vi"), headers, rows);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return path;
}

void TestUnitImport::templateHasLabelsAndKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << "mau-don-vi.csv";
    QTest::newRow("xlsx") << "mau-don-vi.xlsx";
}

void TestUnitImport::templateHasLabelsAndKeys()
{
    QFETCH(QString, name);
    const QString path = m_dir->filePath(name);
    QCOMPARE(UnitImport::writeTemplate(path), QString());
    const TableReadResult table = TableReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.row(0).toList(),
             (QStringList{QStringLiteral("Mã đơn vị [code]"), QStringLiteral("Tên đơn vị [name]"),
                          QStringLiteral("Loại đơn vị [kind]"), QStringLiteral("Mã đơn vị cấp trên [parent_code]"),
                          QStringLiteral("Khối thi đua [group]"), QStringLiteral("Hiệu lực từ ngày [valid_from]"),
                          QStringLiteral("Hiệu lực đến ngày [valid_to]")}));
    // The empty template imports as nothing.
    const UnitImport::Result result = UnitImport(*m_lineage, *m_units).prepare(path);
    QVERIFY(result.ok());
    QCOMPARE(result.created, 0);
}

void TestUnitImport::goodFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << "xa.csv";
    QTest::newRow("xlsx") << "xa.xlsx";
}

void TestUnitImport::goodFile()
{
    QFETCH(QString, name);
    QStringList headers;
    for (const QString &key : UnitImport::keys())
        headers.append(UnitImport::header(key));
    const QString path = write(
        name, headers,
        {{QStringLiteral("X-TANNINH"), QStringLiteral("UBND phường Tân Ninh"), QStringLiteral("commune"),
          QStringLiteral("VP"), QStringLiteral("Khối xã, phường"), QStringLiteral("01/07/2025"), QString()},
         // The parent is a row further down the file.
         {QStringLiteral("X-TANNINH-VH"), QStringLiteral("Phòng Văn hóa - Xã hội phường Tân Ninh"),
          QStringLiteral("commune"), QStringLiteral("X-BINHMINH"), QStringLiteral("Khối xã, phường"),
          QStringLiteral("2025-07-01"), QString()},
         {QStringLiteral("X-BINHMINH"),
          QStringLiteral("UBND phường Bình Minh").normalized(QString::NormalizationForm_D), QStringLiteral("commune"),
          QString(), QStringLiteral("Khối xã, phường"), QStringLiteral("01/07/2025"), QStringLiteral("31/12/2030")}});
    const int before = unitCount();
    UnitImport import(*m_lineage, *m_units);
    UnitImport::Result result = import.prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).format(path)));
    QCOMPARE(result.created, 3);
    import.apply(result);
    QCOMPARE(unitCount(), before + 3);
    const Unit ward = UnitRepository(*m_db).byCode(QStringLiteral("X-BINHMINH")).value();
    QCOMPARE(ward.name, QStringLiteral("UBND phường Bình Minh")); // stored NFC
    QCOMPARE(ward.validTo, QDate(2030, 12, 31));
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("X-TANNINH-VH"))->parentId, ward.id);
    QCOMPARE(UnitRepository(*m_db).byCode(QStringLiteral("X-TANNINH"))->parentId,
             UnitRepository(*m_db).byCode(QStringLiteral("VP"))->id);
    int created = 0;
    for (const UnitEvent &e : UnitRepository(*m_db).events())
        created += e.type == QLatin1String("created") && e.date == QDate(2025, 7, 1);
    QCOMPARE(created, 3);

    // The same file again changes nothing, not even the audit.
    const int audit = AuditRepository(*m_db).count();
    result = import.prepare(path);
    QVERIFY(result.ok());
    QCOMPARE(result.created, 0);
    QCOMPARE(result.unchanged, 3);
    import.apply(result);
    QCOMPARE(unitCount(), before + 3);
    QCOMPARE(AuditRepository(*m_db).count(), audit);
}

void TestUnitImport::ninetySixCommunesAtOnce()
{
    QList<QStringList> rows;
    for (int i = 1; i <= 96; ++i)
        rows.append({QStringLiteral("XA%1").arg(i, 2, 10, QLatin1Char('0')),
                     (i <= 14 ? QStringLiteral("Phường số %1") : QStringLiteral("Xã số %1")).arg(i),
                     QStringLiteral("commune"), QStringLiteral("01/07/2025")});
    const QString path = write(
        QStringLiteral("96.xlsx"),
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("valid_from")}, rows);
    UnitImport import(*m_lineage, *m_units);
    const UnitImport::Result result = import.prepare(path);
    QVERIFY(result.ok());
    QCOMPARE(result.created, 96);
    import.apply(result);
    QCOMPARE(UnitRepository(*m_db).activeIn(2026).size(), qsizetype(7 + 96));
}

void TestUnitImport::errorsAreListedAndNothingIsWritten()
{
    const QString library = QStringLiteral("thư viện tỉnh tây ninh").normalized(QString::NormalizationForm_D);
    const QString path =
        write(QStringLiteral("loi.csv"),
              {QStringLiteral("Mã [code]"), QStringLiteral("Tên [name]"), QStringLiteral("Loại [kind]"),
               QStringLiteral("[parent_code]"), QStringLiteral("[valid_from]"), QStringLiteral("[valid_to]")},
              {{QStringLiteral("A1"), QStringLiteral("Xã A1"), QStringLiteral("commune"), QString(),
                QStringLiteral("01/07/2025"), QString()}, // 2: good
               {QStringLiteral("A2"), QString(), QStringLiteral("commune"), QString(), QStringLiteral("01/07/2025"),
                QString()}, // 3
               {QStringLiteral("A3"), QStringLiteral("Xã A3"), QStringLiteral("huyen"), QString(),
                QStringLiteral("01/07/2025"), QString()}, // 4
               {QStringLiteral("A4"), QStringLiteral("Xã A4"), QStringLiteral("commune"), QString(),
                QStringLiteral("31/02/2025"), QString()}, // 5
               {QStringLiteral("A5"), QStringLiteral("Xã A5"), QStringLiteral("commune"), QString(),
                QStringLiteral("01/07/2025"), QStringLiteral("01/01/2031")}, // 6
               {QStringLiteral("A1"), QStringLiteral("Xã A1 bis"), QStringLiteral("commune"), QString(),
                QStringLiteral("01/07/2025"), QString()}, // 7
               {QStringLiteral("A7"), library, QStringLiteral("so_unit"), QString(), QStringLiteral("01/07/2025"),
                QString()}, // 8
               {QStringLiteral("A8"), QStringLiteral("Xã A8"), QStringLiteral("commune"), QStringLiteral("NOPE"),
                QStringLiteral("01/07/2025"), QString()}, // 9
               {QStringLiteral("TV"), QStringLiteral("Thư viện khác"), QStringLiteral("so_unit"), QString(),
                QStringLiteral("01/01/2024"), QString()}}); // 10
    const int before = unitCount();
    const int audit = AuditRepository(*m_db).count();
    UnitImport import(*m_lineage, *m_units);
    const UnitImport::Result result = import.prepare(path);
    QStringList lines;
    for (const ImportIssue &issue : result.issues)
        lines.append(issue.format(QStringLiteral("loi.csv")));
    const QStringList expected = {
        QStringLiteral("loi.csv:3:name:"),       QStringLiteral("loi.csv:4:kind:"),
        QStringLiteral("loi.csv:5:valid_from:"), QStringLiteral("loi.csv:6:valid_to:"),
        QStringLiteral("loi.csv:7:code:"),       QStringLiteral("loi.csv:8:name:"),
        QStringLiteral("loi.csv:10:name:"),      QStringLiteral("loi.csv:9:parent_code:"),
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expected.at(i)), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.at(5).contains(QStringLiteral("TV")));
    QVERIFY(result.units.isEmpty());
    QVERIFY_THROWS_EXCEPTION(ValidationError, import.apply(result));
    QCOMPARE(unitCount(), before);
    QCOMPARE(AuditRepository(*m_db).count(), audit);
}

// Issue 17: text that hides or fakes itself is refused, naming the row and the column.
void TestUnitImport::hiddenCharactersAreRefused()
{
    const QString path =
        write(QStringLiteral("an.csv"),
              {QStringLiteral("[code]"), QStringLiteral("[name]"), QStringLiteral("[kind]"),
               QStringLiteral("[valid_from]"), QStringLiteral("[group]"), QStringLiteral("[note]")},
              {{QStringLiteral("B1"), QStringLiteral("Xã \u202Efdp B1"), QStringLiteral("commune"),
                QStringLiteral("01/07/2025"), QString(), QString()}, // 2: right-to-left override
               {QStringLiteral("B\u200B2"), QStringLiteral("Xã B2"), QStringLiteral("commune"),
                QStringLiteral("01/07/2025"), QString(), QString()}, // 3: zero-width space
               {QStringLiteral("B3"), QStringLiteral("Xã B3"), QStringLiteral("commune"), QStringLiteral("01/07/2025"),
                QStringLiteral("Khối \x1B[31m"),
                QStringLiteral("dòng 1\ndòng 2")}, // 4: escape; the note's line break is fine
               {QStringLiteral("B4"), QStringLiteral("Xã B4"), QStringLiteral("commune"), QStringLiteral("01/07/2025"),
                QString(), QStringLiteral("ghi chú\tcó tab")}}); // 5: good
    UnitImport import(*m_lineage, *m_units);
    const UnitImport::Result result = import.prepare(path);
    QStringList lines;
    for (const ImportIssue &issue : result.issues)
        lines.append(issue.format(QStringLiteral("an.csv")));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("an.csv:2:name:")) && lines.at(0).contains(QStringLiteral("U+202E")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("an.csv:3:code:")) && lines.at(1).contains(QStringLiteral("U+200B")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("an.csv:4:group:")) &&
                 lines.at(2).contains(QStringLiteral("U+001B")),
             qPrintable(lines.at(2)));

    // A name equal to another once invisible characters are taken out is the same name.
    QCOMPARE(UnitService::nameKey(QStringLiteral("Thư viện\u200B tỉnh\u2060 Tây Ninh")),
             UnitService::nameKey(QStringLiteral("Thư viện tỉnh Tây Ninh")));
    Unit twin;
    twin.code = QStringLiteral("TV2");
    twin.name = QStringLiteral("Thư viện tỉnh Tây Ninh\u200B");
    twin.kind = QStringLiteral("so_unit");
    twin.validFrom = QDate(2025, 1, 1);
    const QList<ValidationIssue> issues = m_lineage->checkCreate(twin);
    QVERIFY(!issues.isEmpty());
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.field == QLatin1String("name") && i.message.contains(QStringLiteral("U+200B"));
    }));
}

void TestUnitImport::unknownAndMissingColumns()
{
    const QString path = write(QStringLiteral("cot.csv"), {QStringLiteral("Mã [code]"), QStringLiteral("[colour]")},
                               {{QStringLiteral("A1"), QStringLiteral("red")}});
    const UnitImport::Result result = UnitImport(*m_lineage, *m_units).prepare(path);
    QStringList lines;
    for (const ImportIssue &issue : result.issues)
        lines.append(issue.format(QStringLiteral("cot.csv")));
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("cot.csv:1:colour: unknown column")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("cot.csv:1:name: the file needs a [name] column")));
}

QTEST_GUILESS_MAIN(TestUnitImport)
#include "tst_unitimport.moc"
