#include "domain/validationissue.h"
#include "imports/submissionimport.h"
#include "imports/submissiontemplate.h"
#include "io/xlsxtablewriter.h"
#include "services/demogenerator.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/submissionrepository.h"
#include "storage/unitrepository.h"
#include "support/tallycheck.h"
#include "support/testdatabase.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// Importing filled-in templates: every encoding and delimiter the clerk meets, all or
// nothing, every error listed where a spreadsheet shows it, and the same file twice.
class TestSubmissionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void templateHasAKeyedHeaderAndOneRowPerUnit();
    void goodCsv_data();
    void goodCsv();
    void xlsxRoundTrip();
    void errorsAreListedAndNothingIsWritten();
    void runChecksWhileWritingAllOrNothing();
    void unknownAndDuplicateColumns();
    void decomposedNamesMatch();
    void sameFileTwiceChangesNothing();
    void onlyTheUnitsOfTheFileAreRead();
    void headerWithOnlyKeysAndAnyOrder();
    void estimatesAreMarked();
    void filledTemplateRoundTrips_data();
    void reviewedScoresImport();
    void filledTemplateRoundTrips();
    void hiddenCharactersAreRefused();
    void issuesBeyondTheCapAreCounted();
    void unknownHeaderKeyRefusesAWorkbookFromItsFirstRows();
    void formulaLikeValuesRoundTripThroughCsv();
    void longNoteIsNeverCut();

private:
    // The unit codes and names of 2025, and a row of values for the keys given.
    QList<QStringList> filledRows(const QStringList &keys, int count) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    static QByteArray csv(const QList<QStringList> &rows, QChar delimiter);
    int auditCount() const { return AuditRepository(*m_db).count(); }

    Database *m_db = nullptr;
    SubmissionService *m_service = nullptr;
    QTemporaryDir *m_dir = nullptr;
    YearContext m_context;
};

void TestSubmissionImport::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new SubmissionService(*m_db);
    m_service->setToday(QDate(2026, 11, 27));
    m_dir = new QTemporaryDir;
    m_context = m_service->context(2025);
}

void TestSubmissionImport::cleanup()
{
    // Whatever the test wrote, each submission's stored tally matches its rows.
    const QStringList wrong = wrongTallies(*m_db);
    delete m_dir;
    delete m_service;
    delete m_db;
    QCOMPARE(wrong, QStringList());
}

QString TestSubmissionImport::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

// Text as Windows-1258 spells Vietnamese: letters with their circumflex, breve or horn
// precomposed (ă, ơ, ư, ...), tone marks as separate combining characters.
static QString windows1258Form(const QString &text)
{
    static const QString tones = QStringLiteral("\u0300\u0301\u0303\u0309\u0323");
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    QString letter;
    QString marks;
    auto flush = [&] {
        result += letter.normalized(QString::NormalizationForm_C) + marks;
        letter.clear();
        marks.clear();
    };
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            flush();
        (tones.contains(c) ? marks : letter).append(c);
    }
    flush();
    return result;
}

QByteArray TestSubmissionImport::csv(const QList<QStringList> &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(delimiter) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            cells.append(cell);
        }
        text += cells.join(delimiter) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QList<QStringList> TestSubmissionImport::filledRows(const QStringList &keys, int count) const
{
    QList<QStringList> rows;
    QStringList header;
    for (const QString &key : keys)
        header.append(SubmissionTemplate::header(m_context, key));
    rows.append(header);
    for (int i = 0; i < count; ++i) {
        const Unit &unit = m_context.units.at(i);
        QStringList row;
        for (const QString &key : keys) {
            if (key == QLatin1String("year"))
                row.append(QStringLiteral("2025"));
            else if (key == QLatin1String("unit_code"))
                row.append(unit.code);
            else if (key == QLatin1String("unit_name"))
                row.append(unit.name);
            else if (key == QLatin1String("document_number"))
                row.append(QStringLiteral("%1/BC-%2").arg(i + 1).arg(unit.code));
            else if (key == QLatin1String("document_date"))
                row.append(QStringLiteral("20/11/2025"));
            else if (key == QLatin1String("received_date"))
                row.append(i % 2 ? QStringLiteral("2025-11-25") : QStringLiteral("02/12/2025"));
            else if (key == QLatin1String("note"))
                row.append(QStringLiteral("Đã nộp, kèm \"phụ lục\",\nhai trang"));
            else if (key.startsWith(QLatin1String("ind:"))) {
                QString kind;
                for (const Indicator &ind : m_context.indicators)
                    if (key.mid(4) == ind.code)
                        kind = ind.kind;
                row.append(kind == QLatin1String("count")     ? QString::number(10 + i)
                           : kind == QLatin1String("percent") ? QStringLiteral("92,5")
                           : kind == QLatin1String("yesno")   ? QStringLiteral("có")
                                                              : QStringLiteral("Mô hình, cách làm hay"));
            } else if (key.startsWith(QLatin1String("self:")))
                row.append(QStringLiteral("4,5"));
            else
                row.append(QString());
        }
        rows.append(row);
    }
    return rows;
}

void TestSubmissionImport::templateHasAKeyedHeaderAndOneRowPerUnit()
{
    const QString path = m_dir->filePath(QStringLiteral("mau.csv"));
    QCOMPARE(SubmissionTemplate::writeTemplate(path, m_context), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QString firstLine = text.section(QStringLiteral("\r\n"), 0, 0);
    QVERIFY2(firstLine.startsWith(QStringLiteral("Năm [year],Mã đơn vị [unit_code],Tên đơn vị [unit_name],"
                                                 "Số văn bản [document_number],Ngày văn bản [document_date],"
                                                 "Ngày nhận [received_date],Ghi chú [note],")),
             qPrintable(firstLine));
    QVERIFY(firstLine.contains(QStringLiteral("[self:1.1]")));
    QVERIFY(firstLine.contains(QStringLiteral("[ind:%1]").arg(m_context.indicators.first().code)));
    QCOMPARE(text.count(QStringLiteral("\r\n2025,")), m_context.units.size());

    // An untouched template imports as "nothing filled in".
    const SubmissionImport::Result result = SubmissionImport(*m_service).prepare(path);
    QVERIFY(result.ok());
    QCOMPARE(result.rowsEmpty, int(m_context.units.size()));
    QCOMPARE(result.changes.size(), 0);
}

void TestSubmissionImport::goodCsv_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("utf-8 comma") << "UTF-8" << QChar(u',');
    QTest::newRow("utf-8 bom semicolon") << "UTF-8 BOM" << QChar(u';');
    QTest::newRow("utf-16le") << "UTF-16LE" << QChar(u',');
    QTest::newRow("utf-16be semicolon") << "UTF-16BE" << QChar(u';');
    QTest::newRow("windows-1258") << "Windows-1258" << QChar(u',');
}

void TestSubmissionImport::goodCsv()
{
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    const QStringList keys = SubmissionTemplate::keys(m_context);
    const QList<QStringList> rows = filledRows(keys, 3);
    const QString text = QString::fromUtf8(csv(rows, delimiter));
    QByteArray bytes;
    if (encoding == QLatin1String("UTF-8"))
        bytes = text.toUtf8();
    else if (encoding == QLatin1String("UTF-8 BOM"))
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
    else if (encoding == QLatin1String("UTF-16LE"))
        bytes = QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(text);
    else if (encoding == QLatin1String("UTF-16BE"))
        bytes = QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom).encode(text);
    else
        bytes = QStringEncoder("windows-1258").encode(windows1258Form(text));
    const QString path = write(QStringLiteral("nop.csv"), bytes);

    SubmissionImport import(*m_service);
    const SubmissionImport::Result result = import.prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    QCOMPARE(result.created, 3);
    QCOMPARE(result.rowsRead, 3);
    import.apply(result);

    for (int i = 0; i < 3; ++i) {
        const Submission s = m_service->load(m_context.units.at(i).id, 2025);
        QCOMPARE(s.documentNumber, QStringLiteral("%1/BC-%2").arg(i + 1).arg(m_context.units.at(i).code));
        QCOMPARE(s.status, QStringLiteral("received"));
        QCOMPARE(s.documentDate, QDate(2025, 11, 20));
        QCOMPARE(s.receivedDate, i % 2 ? QDate(2025, 11, 25) : QDate(2025, 12, 2));
        QCOMPARE(s.note, QStringLiteral("Đã nộp, kèm \"phụ lục\",\nhai trang"));
        QCOMPARE(s.values.size(), m_context.indicators.size());
        QCOMPARE(s.scores.size(), m_context.scoredCriteria().size());
        QCOMPARE(s.scores.first().self, Points::fromHundredths(450));
    }
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 1);
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().first().name, QStringLiteral("nop.csv"));
}

void TestSubmissionImport::xlsxRoundTrip()
{
    const QStringList keys = SubmissionTemplate::keys(m_context);
    const QList<QStringList> rows = filledRows(keys, 4);
    QList<XlsxTableWriter::Column> columns;
    for (const QString &header : rows.first())
        columns.append({header, 0, false});
    const QString path = m_dir->filePath(QStringLiteral("nop.xlsx"));
    QString error;
    QVERIFY2(XlsxTableWriter::write(path, QStringLiteral("2025"), columns, rows.mid(1), &error), qPrintable(error));

    SubmissionImport import(*m_service);
    const SubmissionImport::Result result = import.prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    QCOMPARE(result.created, 4);
    import.apply(result);
    QCOMPARE(m_service->load(m_context.units.at(3).id, 2025).receivedDate, QDate(2025, 11, 25));
}

void TestSubmissionImport::errorsAreListedAndNothingIsWritten()
{
    DemoGenerator(*m_db).addDemo();
    const QStringList keys = SubmissionTemplate::keys(m_context);
    QList<QStringList> rows = filledRows(keys, 6);
    const qsizetype received = keys.indexOf(QStringLiteral("received_date"));
    const qsizetype self = keys.indexOf(QStringLiteral("self:1.1"));
    const qsizetype code = keys.indexOf(QStringLiteral("unit_code"));
    const qsizetype document = keys.indexOf(QStringLiteral("document_date"));
    rows[2][received] = QStringLiteral("31/02/2025"); // row 3
    rows[3][self] = QStringLiteral("10,5");           // row 4
    rows[4][code] = QStringLiteral("KHONG-CO");       // row 5
    rows[5][document] = QStringLiteral("03/12/2025"); // row 6: after the date received (02/12/2025)
    rows[6][code] = rows[1][code];                    // row 7: the unit of row 2 again
    rows[6][keys.indexOf(QStringLiteral("unit_name"))] = rows[1][keys.indexOf(QStringLiteral("unit_name"))];
    const QString path = write(QStringLiteral("loi.csv"), csv(rows, QLatin1Char(';')));

    const QHash<qint64, Submission> before = m_service->loadYear(2025);
    const int auditBefore = auditCount();
    SubmissionImport import(*m_service);
    const SubmissionImport::Result result = import.prepare(path);
    QStringList found;
    for (const ImportIssue &issue : result.issues)
        found.append(QStringLiteral("%1:%2").arg(issue.row).arg(issue.column));
    QCOMPARE(found, (QStringList{QStringLiteral("3:received_date"), QStringLiteral("4:self:1.1"),
                                 QStringLiteral("5:unit_code"), QStringLiteral("6:document_date"),
                                 QStringLiteral("7:unit_code")}));
    QVERIFY(
        result.issues.at(0).format(QStringLiteral("loi.csv")).startsWith(QLatin1String("loi.csv:3:received_date: ")));
    QVERIFY(result.issues.at(1).message.contains(QLatin1String("10,5")));
    QVERIFY(result.issues.at(2).message.contains(QLatin1String("KHONG-CO")));
    QVERIFY(result.changes.isEmpty());
    try {
        import.apply(result);
        QFAIL("a file with errors was applied");
    } catch (const ValidationError &) {
    }
    QCOMPARE(auditCount(), auditBefore);
    const QHash<qint64, Submission> after = m_service->loadYear(2025);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY(!SubmissionService::differs(*it, after.value(it.key())));
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 0);
}

// The command line's import checks the rows on a second thread while it writes those
// already checked. An error late in a long file still leaves nothing written, the issues
// are prepare()'s, word for word; a right file is written whole, and only once.
void TestSubmissionImport::runChecksWhileWritingAllOrNothing()
{
    DemoGenerator(*m_db).addSynthetic(600, 2025, 2024); // units from 2025, nothing sent
    DemoGenerator(*m_db).addSynthetic(1, 2026, 2025);   // one unit from 2026
    QString later;
    for (const Unit &u : UnitRepository(*m_db).all())
        if (u.validFrom.year() == 2026)
            later = u.code;
    QVERIFY(!later.isEmpty());
    m_context = m_service->context(2025);
    const int count = int(m_context.units.size());
    QVERIFY(count > 600);
    const QStringList keys = SubmissionTemplate::keys(m_context);
    const qsizetype code = keys.indexOf(QStringLiteral("unit_code"));
    const qsizetype name = keys.indexOf(QStringLiteral("unit_name"));
    QList<QStringList> rows = filledRows(keys, count);
    rows[20][code] = QStringLiteral("KHONG-CO"); // row 21: no such unit
    rows[20][name].clear();
    rows[30][code] = later; // row 31: a unit not active in 2025
    rows[30][name].clear();
    rows[count - 10][keys.indexOf(QStringLiteral("received_date"))] = QStringLiteral("31/02/2025"); // a late row
    const QString path = write(QStringLiteral("lon.csv"), csv(rows, QLatin1Char(',')));

    const int auditBefore = auditCount();
    SubmissionImport import(*m_service);
    auto lines = [](const SubmissionImport::Result &r) {
        QStringList found;
        for (const ImportIssue &issue : r.issues)
            found.append(issue.format(QStringLiteral("lon.csv")));
        return found;
    };
    const SubmissionImport::Result checked = import.prepare(path);
    const SubmissionImport::Result ran = import.run(path);
    QCOMPARE(lines(ran), lines(checked));
    QCOMPARE(ran.issues.size(), 3);
    QCOMPARE(ran.issues.at(0).row, 21);
    QVERIFY(ran.issues.at(0).message.contains(QLatin1String("KHONG-CO")));
    QCOMPARE(ran.issues.at(1).row, 31);
    QVERIFY(ran.issues.at(1).message.contains(QLatin1String("2025")));
    QVERIFY(ran.issues.at(1).message.contains(later));
    QCOMPARE(ran.issues.at(2).row, count - 9);
    QCOMPARE(m_service->loadYear(2025).size(), 0);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 0);

    rows.remove(count - 10);
    rows.remove(30);
    rows.remove(20);
    const QString right = write(QStringLiteral("dung.csv"), csv(rows, QLatin1Char(',')));
    const SubmissionImport::Result written = import.run(right);
    QVERIFY(written.ok());
    QCOMPARE(written.created, count - 3);
    QCOMPARE(written.rowsRead, count - 3);
    const QHash<qint64, Submission> stored = m_service->loadYear(2025);
    QCOMPARE(stored.size(), count - 3);
    for (const Submission &s : stored)
        QCOMPARE(s.values.size(), m_context.indicators.size());
    QCOMPARE(auditCount(), auditBefore + count - 3);
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 1);

    const SubmissionImport::Result again = import.run(right);
    QVERIFY(again.ok());
    QCOMPARE(again.created, 0);
    QCOMPARE(again.unchanged, count - 3);
    QCOMPARE(again.importedBefore.id, 0);
    QCOMPARE(auditCount(), auditBefore + count - 3);
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 1);

    // As the command line runs it: the same file is found as it is read, and left there.
    const SubmissionImport::Result skipped = import.run(right, 0, true);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped.importedBefore.id, SubmissionRepository(*m_db).importedFiles().first().id);
    QCOMPARE(skipped.importedBefore.name, QStringLiteral("dung.csv"));
    QCOMPARE(skipped.rowsRead, 0);
    QCOMPARE(skipped.created + skipped.changed + skipped.unchanged, 0);
    QCOMPARE(auditCount(), auditBefore + count - 3);
    QCOMPARE(import.run(path, 0, true).importedBefore.id, 0); // another file: checked as before
}

void TestSubmissionImport::unknownAndDuplicateColumns()
{
    QList<QStringList> rows =
        filledRows({QStringLiteral("year"), QStringLiteral("unit_code"), QStringLiteral("received_date")}, 1);
    rows[0].append(QStringLiteral("Điểm thưởng [bonus]"));
    rows[0].append(QStringLiteral("Ngày nhận lại [received_date]"));
    rows[0].append(QStringLiteral("[self:9.9]"));
    rows[1] << QStringLiteral("1") << QStringLiteral("01/12/2025") << QStringLiteral("1");
    const QString path = write(QStringLiteral("cot.csv"), csv(rows, QLatin1Char(',')));
    const SubmissionImport::Result result = SubmissionImport(*m_service).prepare(path);
    QStringList found;
    for (const ImportIssue &issue : result.issues)
        found.append(QStringLiteral("%1:%2").arg(issue.row).arg(issue.column));
    QCOMPARE(found,
             (QStringList{QStringLiteral("1:received_date"), QStringLiteral("1:bonus"), QStringLiteral("1:self:9.9")}));
}

void TestSubmissionImport::decomposedNamesMatch()
{
    const Unit &unit = m_context.units.at(2);
    QVERIFY(unit.name != unit.name.normalized(QString::NormalizationForm_D)); // has diacritics
    const QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_name]"),
                                      QStringLiteral("[received_date]"), QStringLiteral("[document_number]")},
                                     {QStringLiteral("2025"), unit.name.normalized(QString::NormalizationForm_D),
                                      QStringLiteral("01/12/2025"),
                                      QStringLiteral("Số 5/BC").normalized(QString::NormalizationForm_D)}};
    const QString path = write(QStringLiteral("nfd.csv"), csv(rows, QLatin1Char(',')));
    SubmissionImport import(*m_service);
    const SubmissionImport::Result result = import.prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    import.apply(result);
    const Submission s = m_service->load(unit.id, 2025);
    QCOMPARE(s.receivedDate, QDate(2025, 12, 1));
    QCOMPARE(s.documentNumber, QStringLiteral("Số 5/BC")); // stored as NFC
}

void TestSubmissionImport::sameFileTwiceChangesNothing()
{
    const QList<QStringList> rows = filledRows(SubmissionTemplate::keys(m_context), 5);
    const QString path = write(QStringLiteral("hai-lan.csv"), csv(rows, QLatin1Char(',')));
    SubmissionImport import(*m_service);
    import.apply(import.prepare(path));
    const int audit = auditCount();
    const QHash<qint64, Submission> first = m_service->loadYear(2025);

    const SubmissionImport::Result again = import.prepare(path);
    QVERIFY(again.ok());
    QCOMPARE(again.unchanged, 5);
    QCOMPARE(again.created + again.changed, 0);
    import.apply(again);
    QCOMPARE(auditCount(), audit);
    QCOMPARE(SubmissionRepository(*m_db).importedFiles().size(), 1);
    const QHash<qint64, Submission> second = m_service->loadYear(2025);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY(!SubmissionService::differs(*it, second.value(it.key())));
}

// An import compares its rows with what is stored of the units it names, and reads
// nothing else: a row with only its unit needs nothing, nor do the year's other units.
void TestSubmissionImport::onlyTheUnitsOfTheFileAreRead()
{
    const QStringList keys = SubmissionTemplate::keys(m_context);
    QList<QStringList> rows = filledRows(keys, 8);
    SubmissionImport first(*m_service);
    const SubmissionImport::Result stored =
        first.prepare(write(QStringLiteral("tat-ca.csv"), csv(rows.mid(0, 7), QLatin1Char(','))));
    QVERIFY(stored.ok());
    QCOMPARE(stored.storedRead, 0);
    first.apply(stored);
    QCOMPARE(m_service->countForYear(2025), 6);

    // Unit 0 as stored, unit 1 with a new number, unit 7 new, unit 2 with only its code.
    const qsizetype number = keys.indexOf(QStringLiteral("document_number"));
    const qsizetype code = keys.indexOf(QStringLiteral("unit_code"));
    QVERIFY(number >= 0 && code >= 0);
    rows[2][number] = QStringLiteral("99/BC-MOI");
    QStringList onlyUnit(keys.size());
    onlyUnit[code] = rows.at(3).at(code);
    const QList<QStringList> some = {rows.at(0), rows.at(1), rows.at(2), rows.at(8), onlyUnit};
    const QString path = write(QStringLiteral("vai-don-vi.csv"), csv(some, QLatin1Char(',')));

    SubmissionImport import(*m_service);
    const SubmissionImport::Result checked = import.prepare(path);
    QVERIFY2(checked.ok(), qPrintable(checked.issues.isEmpty() ? QString() : checked.issues.first().format(path)));
    QCOMPARE(checked.storedRead, 2);
    QCOMPARE(checked.unchanged, 1);
    QCOMPARE(checked.changed, 1);
    QCOMPARE(checked.created, 1);
    QCOMPARE(checked.rowsEmpty, 1);
    QCOMPARE(checked.changes.size(), 2);
    const Unit &changedUnit = m_context.units.at(1);
    for (const SubmissionService::Change &change : checked.changes) {
        if (change.after.unitId == changedUnit.id) {
            // Compared with the whole stored submission, values and scores included.
            const Submission before = m_service->load(changedUnit.id, 2025);
            QVERIFY(before.id != 0);
            QVERIFY(!SubmissionService::differs(change.before, before));
            QCOMPARE(change.before.values.size(), before.values.size());
            QVERIFY(!before.values.isEmpty());
        } else {
            QCOMPARE(change.after.unitId, m_context.units.at(7).id);
            QCOMPARE(change.before.id, 0);
        }
    }

    const SubmissionImport::Result written = SubmissionImport(*m_service).run(path);
    QVERIFY(written.ok());
    QCOMPARE(written.storedRead, 2);
    QCOMPARE(written.changed, 1);
    QCOMPARE(written.created, 1);
    QCOMPARE(m_service->countForYear(2025), 7);
    QCOMPARE(m_service->load(changedUnit.id, 2025).documentNumber, QStringLiteral("99/BC-MOI"));
}

void TestSubmissionImport::headerWithOnlyKeysAndAnyOrder()
{
    const Unit &unit = m_context.units.at(1);
    const QList<QStringList> rows = {
        {QStringLiteral("self:1.2"), QStringLiteral("received_date"), QStringLiteral("unit_code")},
        {QStringLiteral("6"), QStringLiteral("28/11/2025"), unit.code}};
    const QString path = write(QStringLiteral("khoa.csv"), csv(rows, QLatin1Char(',')));
    SubmissionImport import(*m_service);
    SubmissionImport::Result result = import.prepare(path);
    QCOMPARE(result.issues.size(), 1); // no [year] column and no year given
    result = import.prepare(path, 2025);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    import.apply(result);
    const Submission s = m_service->load(unit.id, 2025);
    QCOMPARE(s.receivedDate, QDate(2025, 11, 28));
    QCOMPARE(s.scores.size(), 1);
    QCOMPARE(s.scores.first().self, Points::fromWhole(6));
}

void TestSubmissionImport::estimatesAreMarked()
{
    const Indicator *count = nullptr;
    for (const Indicator &i : m_context.indicators)
        if (i.kind == QLatin1String("count") && !count)
            count = &i;
    QVERIFY(count);
    const QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_code]"),
                                      QStringLiteral("[received_date]"), QStringLiteral("[ind:%1]").arg(count->code)},
                                     {QStringLiteral("2025"), m_context.units.first().code,
                                      QStringLiteral("20/11/2025"), QStringLiteral("1.200 (ước)")}};
    const QString path = write(QStringLiteral("uoc.csv"), csv(rows, QLatin1Char(',')));
    SubmissionImport import(*m_service);
    import.apply(import.prepare(path));
    const Submission s = m_service->load(m_context.units.first().id, 2025);
    QCOMPARE(s.values.size(), 1);
    QCOMPARE(s.values.first().numberHundredths, qint64(120000));
    QVERIFY(s.values.first().estimate);
}

void TestSubmissionImport::filledTemplateRoundTrips_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << "csv";
    QTest::newRow("xlsx") << "xlsx";
}

void TestSubmissionImport::filledTemplateRoundTrips()
{
    QFETCH(QString, suffix);
    DemoGenerator(*m_db).addDemo();
    const QHash<qint64, Submission> stored = m_service->loadYear(2025);
    const QString path = m_dir->filePath(QStringLiteral("day-du.") + suffix);
    QCOMPARE(SubmissionTemplate::writeTemplate(path, m_context, &stored), QString());
    const SubmissionImport::Result result = SubmissionImport(*m_service).prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    QCOMPARE(result.unchanged, int(stored.size())); // every recorded value reads back the same
    QCOMPARE(result.rowsEmpty, int(m_context.units.size() - stored.size()));
    QCOMPARE(result.changes.size(), 0);
}

void TestSubmissionImport::reviewedScoresImport()
{
    DemoGenerator(*m_db).addDemo(); // 2024 is reviewed: its sheet reads back unchanged
    const YearContext context2024 = m_service->context(2024);
    const QHash<qint64, Submission> stored = m_service->loadYear(2024);
    const QString sheet = m_dir->filePath(QStringLiteral("hoi-dong-2024.csv"));
    QCOMPARE(SubmissionTemplate::writeTemplate(sheet, context2024, &stored, true), QString());
    SubmissionImport import(*m_service);
    SubmissionImport::Result result = import.prepare(sheet);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(sheet)));
    QCOMPARE(result.unchanged, int(stored.size()));

    // The council's sheet for 2025: only codes and reviewed scores.
    const Unit &unit = m_context.units.first();
    const std::optional<Points> selfBefore =
        m_service->load(unit.id, 2025).score(m_context.scoredCriteria().first().id)->self;
    QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_code]"), QStringLiteral("[rev:1.1]"),
                                QStringLiteral("Điểm thẩm định 3.1 [rev:3.1]")},
                               {QStringLiteral("2025"), unit.code, QStringLiteral("9,5"), QStringLiteral("20")}};
    const QString path = write(QStringLiteral("tham-dinh.csv"), csv(rows, QLatin1Char(',')));
    result = import.prepare(path);
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().format(path)));
    QCOMPARE(result.changed, 1);
    import.apply(result);
    const Submission s = m_service->load(unit.id, 2025);
    const QList<Criterion> criteria = m_context.scoredCriteria();
    QCOMPARE(s.score(criteria.first().id)->reviewed, Points::fromHundredths(950));
    QCOMPARE(s.score(criteria.first().id)->self, selfBefore); // the unit's self-score is kept
    QVERIFY(selfBefore.has_value());

    // A reviewed score above the maximum is refused like a self-score.
    rows[1][2] = QStringLiteral("10,5");
    const QString bad = write(QStringLiteral("tham-dinh-loi.csv"), csv(rows, QLatin1Char(',')));
    result = import.prepare(bad);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().column, QStringLiteral("rev:1.1"));
}

// Issue 17: text that hides or fakes itself is refused, naming the row and the column.
void TestSubmissionImport::hiddenCharactersAreRefused()
{
    const Unit &unit = m_context.units.at(1);
    const QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_code]"),
                                      QStringLiteral("[received_date]"), QStringLiteral("[document_number]"),
                                      QStringLiteral("[note]")},
                                     {QStringLiteral("2025"), unit.code, QStringLiteral("01/12/2025"),
                                      QStringLiteral("Số 5\u202E/BC"), QStringLiteral("dòng 1\ndòng 2")}};
    const SubmissionImport::Result result =
        SubmissionImport(*m_service).prepare(write(QStringLiteral("an.csv"), csv(rows, QLatin1Char(','))));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().row, 2);
    QCOMPARE(result.issues.first().column, QStringLiteral("document_number"));
    QVERIFY2(result.issues.first().message.contains(QStringLiteral("U+202E")),
             qPrintable(result.issues.first().message));
}

// A file where nearly every row is wrong keeps the first MaxIssues issues (each naming
// its row and unit) and counts the others, in prepare() as in run(); nothing is written.
void TestSubmissionImport::issuesBeyondTheCapAreCounted()
{
    const Unit &unit = m_context.units.at(1);
    QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_code]"), QStringLiteral("[unit_name]"),
                                QStringLiteral("[received_date]")},
                               {QStringLiteral("2025"), unit.code, unit.name, QStringLiteral("01/12/2025")}};
    const int wrong = SubmissionImport::Result::MaxIssues + 1500;
    for (int i = 0; i < wrong; ++i)
        rows.append({QStringLiteral("2025"), QStringLiteral("KHONG%1").arg(i), QStringLiteral("Đơn vị lạ %1").arg(i),
                     QStringLiteral("01/12/2025")});
    const QString path = write(QStringLiteral("nhieu-loi.csv"), csv(rows, QLatin1Char(',')));
    const QDate receivedBefore = m_service->load(unit.id, 2025).receivedDate;
    QVERIFY(receivedBefore != QDate(2025, 12, 1));
    for (const bool running : {false, true}) {
        SubmissionImport import(*m_service);
        const SubmissionImport::Result result = running ? import.run(path) : import.prepare(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.issues.size(), qsizetype(SubmissionImport::Result::MaxIssues));
        QCOMPARE(result.issuesLeftOut, 1500);
        QCOMPARE(result.issueCount(), qsizetype(wrong));
        QVERIFY(result.changes.isEmpty());
        const ImportIssue &first = result.issues.first();
        QCOMPARE(first.row, 3);
        QCOMPARE(first.column, QStringLiteral("unit_code"));
        QVERIFY2(first.message.contains(QStringLiteral("KHONG0")), qPrintable(first.message));
        QCOMPARE(first.unit, QStringLiteral("Đơn vị lạ 0"));
        const ImportIssue &last = result.issues.last();
        QCOMPARE(last.row, 2 + SubmissionImport::Result::MaxIssues);
        QCOMPARE(last.unit, QStringLiteral("Đơn vị lạ %1").arg(SubmissionImport::Result::MaxIssues - 1));
    }
    QCOMPARE(m_service->load(unit.id, 2025).receivedDate, receivedBefore);
}

// A workbook whose header has a column no import knows is refused from its first rows
// (the rest is not read: XlsxReader::Stop), with the same one issue as a CSV file.
void TestSubmissionImport::unknownHeaderKeyRefusesAWorkbookFromItsFirstRows()
{
    const QStringList keys = SubmissionTemplate::keys(m_context);
    QList<QStringList> rows = filledRows(keys, 4);
    for (int copy = 0; copy < 10; ++copy)
        rows += rows.mid(1, 4);
    for (QStringList &row : rows)
        row.append(QStringLiteral("x"));
    rows.first().last() = QStringLiteral("Lạc [stray]");
    QList<XlsxTableWriter::Column> columns;
    for (const QString &header : rows.first())
        columns.append({header, 0, false});
    const QString xlsx = m_dir->filePath(QStringLiteral("stray.xlsx"));
    QString error;
    QVERIFY2(XlsxTableWriter::write(xlsx, QStringLiteral("2025"), columns, rows.mid(1), &error), qPrintable(error));
    const QString csvPath = write(QStringLiteral("stray.csv"), csv(rows, QLatin1Char(',')));
    for (const QString &path : {xlsx, csvPath}) {
        const SubmissionImport::Result result = SubmissionImport(*m_service).prepare(path);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().row, 1);
        QCOMPARE(result.issues.first().column, QStringLiteral("stray"));
        QVERIFY2(result.issues.first().message.contains(QStringLiteral("unknown column")),
                 qPrintable(result.issues.first().message));
    }
}

// Values that look like formulas are neutralised in the CSV template and read back unchanged.
void TestSubmissionImport::formulaLikeValuesRoundTripThroughCsv()
{
    const Unit &unit = m_context.units.at(1);
    const QString number = QStringLiteral("=HYPERLINK(\"http://x\",\"Số 5\")");
    const QString note = QStringLiteral("-5 lớp; '@ không phải công thức");
    QList<QStringList> rows = {{QStringLiteral("[year]"), QStringLiteral("[unit_code]"),
                                QStringLiteral("[received_date]"), QStringLiteral("[document_number]"),
                                QStringLiteral("[note]")},
                               {QStringLiteral("2025"), unit.code, QStringLiteral("01/12/2025"), number, note}};
    SubmissionImport import(*m_service);
    const SubmissionImport::Result first =
        import.prepare(write(QStringLiteral("raw.csv"), csv(rows, QLatin1Char(','))));
    QVERIFY2(first.ok(), qPrintable(first.issues.isEmpty() ? QString() : first.issues.first().message));
    import.apply(first);
    QCOMPARE(m_service->load(unit.id, 2025).documentNumber, number);

    const QHash<qint64, Submission> stored = m_service->loadYear(2025);
    const QString path = m_dir->filePath(QStringLiteral("mau.csv"));
    QCOMPARE(SubmissionTemplate::writeTemplate(path, m_context, &stored), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(")));
    QVERIFY(text.contains(QStringLiteral("'-5 lớp")));
    const SubmissionImport::Result again = import.prepare(path);
    QVERIFY2(again.ok(), qPrintable(again.issues.isEmpty() ? QString() : again.issues.first().message));
    QCOMPARE(again.changes.size(), 0); // read back exactly as stored
    QVERIFY(again.unchanged >= 1);
}

// A note longer than a worksheet cell is refused when writing the XLSX template, never cut.
void TestSubmissionImport::longNoteIsNeverCut()
{
    const Unit &unit = m_context.units.at(1);
    const QList<QStringList> rows = {
        {QStringLiteral("[year]"), QStringLiteral("[unit_code]"), QStringLiteral("[received_date]"),
         QStringLiteral("[note]")},
        {QStringLiteral("2025"), unit.code, QStringLiteral("01/12/2025"), QString(40000, QLatin1Char('x'))}};
    SubmissionImport import(*m_service);
    const SubmissionImport::Result result =
        import.prepare(write(QStringLiteral("dai.csv"), csv(rows, QLatin1Char(','))));
    QVERIFY2(result.ok(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().message));
    import.apply(result);

    const QHash<qint64, Submission> stored = m_service->loadYear(2025);
    const QString path = m_dir->filePath(QStringLiteral("mau.xlsx"));
    const QString error = SubmissionTemplate::writeTemplate(path, m_context, &stored);
    QVERIFY2(error.contains(QStringLiteral("note")) && error.contains(unit.code) && error.contains(unit.name) &&
                 error.contains(QStringLiteral("40000")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // The CSV template holds it whole.
    QCOMPARE(SubmissionTemplate::writeTemplate(m_dir->filePath(QStringLiteral("mau.csv")), m_context, &stored),
             QString());

    // A workbook cell as full as a cell can be may have been cut: refused on import.
    const QString cut = m_dir->filePath(QStringLiteral("cut.xlsx"));
    QList<QStringList> cutRows = rows;
    cutRows[1][3] = QString(32767, QLatin1Char('y'));
    QCOMPARE(SubmissionTemplate::writeTable(cut, QStringLiteral("x"), cutRows.first(), {cutRows.at(1)}), QString());
    const SubmissionImport::Result reread = import.prepare(cut);
    QCOMPARE(reread.issues.size(), 1);
    QCOMPARE(reread.issues.first().column, QStringLiteral("note"));
    QCOMPARE(reread.issues.first().row, 2);
}

QTEST_GUILESS_MAIN(TestSubmissionImport)
#include "tst_submissionimport.moc"
