#include "domain/recognitionstatus.h"
#include "domain/validationissue.h"
#include "services/recognitionservice.h"
#include "services/unitlineageservice.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <QTest>

// Recognition decisions (Thông tư 24/2023, domain.md §1.3): how long a recognition is
// kept, from when a Mức 1 unit may ask for Mức 2, who is re-evaluated, across year ends
// and leap years; the decisions are audited and undoable and follow a renamed unit; a
// merged unit starts unrecognised unless a decision is carried over with a note.
class TestRecognition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void status_data();
    void status();
    void refusals_data();
    void refusals();
    void savedAuditedAndRestored();
    void followsRename();
    void mergedUnitStartsUnrecognised();

private:
    qint64 id(const QString &code) const { return UnitRepository(*m_db).byCode(code)->id; }
    RecognitionDecision decision(const QString &code, int year, int level, QDate date) const;

    Database *m_db = nullptr;
    RecognitionService *m_service = nullptr;
};

void TestRecognition::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db);
    m_service = new RecognitionService(*m_db);
    m_service->setToday(QDate(2030, 12, 31));
}

void TestRecognition::cleanup()
{
    delete m_service;
    delete m_db;
}

RecognitionDecision TestRecognition::decision(const QString &code, int year, int level, QDate date) const
{
    RecognitionDecision d;
    d.unitId = id(code);
    d.year = year;
    d.level = level;
    d.number = QStringLiteral("%1/QĐ-UBND").arg(year - 2000 + level);
    d.date = date;
    d.signer = QStringLiteral("Nguyễn Văn A");
    return d;
}

// "year:level:dd/mm/yyyy" decisions; on a day: the level in force (0: none), kept until,
// Mức 2 from (or empty), may ask now, must be re-evaluated this year.
void TestRecognition::status_data()
{
    QTest::addColumn<QStringList>("decisions");
    QTest::addColumn<QString>("day");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("keptUntil");
    QTest::addColumn<QString>("level2From");
    QTest::addColumn<bool>("askNow");
    QTest::addColumn<bool>("reevaluate");

    const QStringList mid2025 = {QStringLiteral("2024:1:15/03/2025")};
    QTest::newRow("none") << QStringList() << "01/06/2025" << 0 << ""
                          << "" << false << false;
    QTest::newRow("before the decision") << mid2025 << "14/03/2025" << 0 << ""
                                         << "" << false << false;
    QTest::newRow("on the decision day") << mid2025 << "15/03/2025" << 1 << "31/12/2027"
                                         << "15/03/2026" << false << false;
    QTest::newRow("the day before a year has passed") << mid2025 << "14/03/2026" << 1 << "31/12/2027"
                                                      << "15/03/2026" << false << false;
    QTest::newRow("a year after") << mid2025 << "15/03/2026" << 1 << "31/12/2027"
                                  << "15/03/2026" << true << false;
    QTest::newRow("last year kept: re-evaluate") << mid2025 << "01/01/2027" << 1 << "31/12/2027"
                                                 << "15/03/2026" << true << true;
    QTest::newRow("last day kept") << mid2025 << "31/12/2027" << 1 << "31/12/2027"
                                   << "15/03/2026" << true << true;
    QTest::newRow("the day after: lapsed") << mid2025 << "01/01/2028" << 0 << ""
                                           << "" << false << false;
    QTest::newRow("decision on 31/12") << QStringList{QStringLiteral("2024:1:31/12/2025")} << "31/12/2026" << 1
                                       << "31/12/2027"
                                       << "31/12/2026" << true << false;
    QTest::newRow("decision on 29/02 of a leap year: from 1 March")
        << QStringList{QStringLiteral("2027:1:29/02/2028")} << "28/02/2029" << 1 << "31/12/2030"
        << "01/03/2029" << false << false;
    QTest::newRow("leap year, 1 March") << QStringList{QStringLiteral("2027:1:29/02/2028")} << "01/03/2029" << 1
                                        << "31/12/2030"
                                        << "01/03/2029" << true << false;
    QTest::newRow("decision on 28/02 before a leap year")
        << QStringList{QStringLiteral("2026:1:28/02/2027")} << "28/02/2028" << 1 << "31/12/2029"
        << "28/02/2028" << true << false;
    QTest::newRow("Mức 2: nothing more to ask")
        << QStringList{QStringLiteral("2024:1:10/03/2025"), QStringLiteral("2025:2:10/03/2026")} << "01/06/2026" << 2
        << "31/12/2028"
        << "" << false << false;
    QTest::newRow("Mức 2 kept while a later Mức 1 runs on")
        << QStringList{QStringLiteral("2024:2:10/03/2025"), QStringLiteral("2025:1:10/03/2026")} << "01/06/2027" << 2
        << "31/12/2027"
        << "" << false << true;
    QTest::newRow("after the Mức 2 lapses, the later Mức 1")
        << QStringList{QStringLiteral("2024:2:10/03/2025"), QStringLiteral("2025:1:10/03/2026")} << "01/01/2028" << 1
        << "31/12/2028"
        << "10/03/2027" << true << true;
    QTest::newRow("a refusal does not end a recognition")
        << QStringList{QStringLiteral("2024:1:10/03/2025"), QStringLiteral("2025:0:10/03/2026")} << "01/06/2026" << 1
        << "31/12/2027"
        << "10/03/2026" << true << false;
    QTest::newRow("renewed at Mức 1: the first Mức 1 counts for Mức 2")
        << QStringList{QStringLiteral("2024:1:10/03/2025"), QStringLiteral("2025:1:05/02/2026")} << "01/06/2026" << 1
        << "31/12/2028"
        << "10/03/2026" << true << false;
}

void TestRecognition::status()
{
    QFETCH(QStringList, decisions);
    QFETCH(QString, day);
    QFETCH(int, level);
    QFETCH(QString, keptUntil);
    QFETCH(QString, level2From);
    QFETCH(bool, askNow);
    QFETCH(bool, reevaluate);
    const QString dmy = QStringLiteral("dd/MM/yyyy");
    QList<RecognitionDecision> list;
    for (const QString &spec : decisions) {
        const QStringList p = spec.split(QLatin1Char(':'));
        list.append(decision(QStringLiteral("TV"), p.at(0).toInt(), p.at(1).toInt(), QDate::fromString(p.at(2), dmy)));
    }
    // Stored and read back through the service, in the order given.
    for (const RecognitionDecision &d : std::as_const(list))
        m_service->save(d);
    const RecognitionStatus s = m_service->statusOf(id(QStringLiteral("TV")), QDate::fromString(day, dmy));
    QCOMPARE(s.current ? s.current->level : 0, level);
    QCOMPARE(s.keptUntil.toString(dmy), keptUntil);
    QCOMPARE(s.mayAskLevel2From.toString(dmy), level2From);
    QCOMPARE(s.mayAskLevel2Now, askNow);
    QCOMPARE(s.mustReevaluate, reevaluate);
    QCOMPARE(RecognitionStatus::of(list, QDate::fromString(day, dmy)).keptUntil.toString(dmy), keptUntil);
}

void TestRecognition::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("date");
    QTest::newRow("level 3") << "level" << 2025 << 3 << "1/QĐ-UBND" << QDate(2026, 3, 1);
    QTest::newRow("no number") << "decision_number" << 2025 << 1 << " " << QDate(2026, 3, 1);
    QTest::newRow("no date") << "decision_date" << 2025 << 1 << "1/QĐ-UBND" << QDate();
    QTest::newRow("dated within the year recognised")
        << "decision_date" << 2025 << 1 << "1/QĐ-UBND" << QDate(2025, 12, 31);
    QTest::newRow("in the future") << "decision_date" << 2029 << 1 << "1/QĐ-UBND" << QDate(2031, 1, 2);
    QTest::newRow("second decision for the year") << "year" << 2024 << 2 << "9/QĐ-UBND" << QDate(2025, 6, 1);
}

void TestRecognition::refusals()
{
    QFETCH(QString, field);
    QFETCH(int, year);
    QFETCH(int, level);
    QFETCH(QString, number);
    QFETCH(QDate, date);
    m_service->save(decision(QStringLiteral("TV"), 2024, 1, QDate(2025, 3, 1)));
    RecognitionDecision d = decision(QStringLiteral("TV"), year, level, date);
    d.number = number;
    try {
        m_service->save(d);
        QFAIL("not refused");
    } catch (const ValidationError &error) {
        QCOMPARE(error.issues().first().field, field);
    }
    QCOMPARE(m_service->decisions().size(), 1);
}

void TestRecognition::savedAuditedAndRestored()
{
    const RecognitionDecision saved = m_service->save(decision(QStringLiteral("BT"), 2025, 1, QDate(2026, 4, 2)));
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.number, QStringLiteral("26/QĐ-UBND"));
    RecognitionDecision changed = saved;
    changed.signer = QStringLiteral("Trần Thị B");
    m_service->save(changed);
    m_service->remove(saved.id);
    QVERIFY(!m_service->decision(saved.id));
    m_service->restore(changed); // undo of the removal: the same id
    QCOMPARE(*m_service->decision(saved.id), changed);
    QStringList actions;
    for (const AuditEntry &e : m_service->history(saved.id))
        actions << e.action + QLatin1Char(':') + e.field;
    QCOMPARE(actions, (QStringList{QStringLiteral("insert:"), QStringLiteral("update:signer"),
                                   QStringLiteral("delete:"), QStringLiteral("restore:")}));
}

void TestRecognition::followsRename()
{
    m_service->save(decision(QStringLiteral("TV"), 2024, 1, QDate(2025, 3, 20)));
    UnitLineageService(*m_db).rename(id(QStringLiteral("TV")), QStringLiteral("Thư viện tỉnh"), QDate(2025, 7, 1));
    const QList<RecognitionRow> rows = m_service->statuses(QDate(2026, 1, 10));
    const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                  [](const RecognitionRow &r) { return r.unit.code == QLatin1String("TV"); });
    QVERIFY(row != rows.cend());
    QCOMPARE(row->name, QStringLiteral("Thư viện tỉnh"));
    QVERIFY(row->status.current);
    QCOMPARE(row->status.keptUntil, QDate(2027, 12, 31));
    // Before the rename the list names it as it was then.
    const QList<RecognitionRow> before = m_service->statuses(QDate(2025, 4, 1));
    QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const RecognitionRow &r) {
        return r.name == QStringLiteral("Thư viện tỉnh Tây Ninh") && r.status.current;
    }));
}

void TestRecognition::mergedUnitStartsUnrecognised()
{
    const RecognitionDecision old = m_service->save(decision(QStringLiteral("TTVH"), 2024, 2, QDate(2025, 3, 20)));
    Unit merged;
    merged.code = QStringLiteral("TTVHTT");
    merged.name = QStringLiteral("Trung tâm Văn hóa - Thể thao tỉnh Tây Ninh");
    merged.kind = QStringLiteral("so_unit");
    merged.validFrom = QDate(2026, 1, 1);
    UnitLineageService(*m_db).merge({id(QStringLiteral("TTVH")), id(QStringLiteral("TTHL"))}, 0, merged,
                                    QDate(2026, 1, 1));
    const qint64 target = id(QStringLiteral("TTVHTT"));
    QVERIFY(!m_service->statusOf(target, QDate(2026, 6, 1)).current);
    const QList<RecognitionRow> rows = m_service->statuses(QDate(2026, 6, 1));
    QVERIFY(std::none_of(rows.cbegin(), rows.cend(),
                         [](const RecognitionRow &r) { return r.unit.code == QLatin1String("TTVH"); }));

    QVERIFY_THROWS_EXCEPTION(ValidationError, m_service->carryOver(old.id, target, QStringLiteral("  ")));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             m_service->carryOver(old.id, id(QStringLiteral("BT")), QStringLiteral("nhầm đơn vị")));
    const RecognitionDecision carried =
        m_service->carryOver(old.id, target, QStringLiteral("Kế thừa từ Trung tâm Văn hóa tỉnh khi hợp nhất"));
    QCOMPARE(carried.carriedFromId, old.id);
    QCOMPARE(carried.level, 2);
    const RecognitionStatus s = m_service->statusOf(target, QDate(2026, 6, 1));
    QVERIFY(s.current);
    QCOMPARE(s.keptUntil, QDate(2027, 12, 31));
    QCOMPARE(s.current->note, QStringLiteral("Kế thừa từ Trung tâm Văn hóa tỉnh khi hợp nhất"));
}

QTEST_GUILESS_MAIN(TestRecognition)
#include "tst_recognition.moc"
