#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/submissionservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/submissionrepository.h"
#include "storage/yearsettingsrepository.h"
#include "support/tallycheck.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Saving submissions: one transaction, one audit entry per changed field, refusals that
// change nothing, locked years, evidence kept for undo.
class TestSubmissionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void overviewCountsMatchTheData();
    void saveWritesOneAuditEntryPerChangedField();
    void savingTheSameChangesNothing();
    void refusedEditChangesNothing();
    void lockedYearRefusesChanges();
    void newSubmissionAndBackToNothing();
    void evidenceIsRemovedAndRestored();
    void oneSubmissionPerUnitAndYear();
    void lateIsDerivedFromTheDeadline();
    void saveAllWritesManyNewSubmissions();
    void aSaveFromAnOlderCopyIsRefused();
    void twoConnectionsCannotLoseEachOthersUpdate();

private:
    Database *m_db = nullptr;
    SubmissionService *m_service = nullptr;
    int auditCount() const { return AuditRepository(*m_db).count(); }
    // Writes a file to attach as evidence; returns its path.
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }
    qint64 firstUnit2025() const { return m_service->context(2025).units.first().id; }
};

void TestSubmissionService::init()
{
    m_db = new Database;
    TestDatabase::prepare(*m_db, TestDatabase::WithDemo);
    m_service = new SubmissionService(*m_db);
    m_service->setToday(QDate(2026, 11, 27));
}

void TestSubmissionService::cleanup()
{
    // Whatever the test wrote, each submission's stored tally matches its rows.
    const QStringList wrong = wrongTallies(*m_db);
    delete m_service;
    delete m_db;
    QCOMPARE(wrong, QStringList());
}

void TestSubmissionService::overviewCountsMatchTheData()
{
    const SubmissionOverview overview = m_service->overview(2025);
    const YearContext context = m_service->context(2025);
    QCOMPARE(overview.rows.size(), context.units.size());
    int late = 0;
    const QList<Submission> stored = SubmissionRepository(*m_db).forYear(2025);
    for (const Submission &s : stored)
        late += s.receivedDate > context.settings.unitDeadline;
    QCOMPARE(overview.late, late);
    QCOMPARE(overview.received, int(stored.size()));
    QCOMPARE(overview.missing, int(context.units.size() - stored.size()));
    QVERIFY(overview.missing >= 1);
    // Vietnamese order of names.
    const VietnameseCollator collator;
    for (qsizetype i = 1; i < overview.rows.size(); ++i)
        QVERIFY(collator.compare(overview.rows.at(i - 1).unit.name, overview.rows.at(i).unit.name) <= 0);
    int filled = 0;
    for (const SubmissionOverviewRow &row : overview.rows)
        filled += row.indicatorsFilled;
    QVERIFY(filled > 0);
}

void TestSubmissionService::saveWritesOneAuditEntryPerChangedField()
{
    const qint64 unit = firstUnit2025();
    Submission s = m_service->load(unit, 2025);
    QVERIFY(s.id > 0);
    const QString oldNumber = s.documentNumber;
    const std::optional<Points> oldScore = s.scores.first().self;
    s.documentNumber = QStringLiteral("99/BC-MỚI");
    s.scores.first().self = Points::fromWhole(1);
    QSignalSpy saved(m_service, &SubmissionService::submissionSaved);
    const int before = auditCount();
    m_service->save(s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(auditCount(), before + 2);

    const QList<AuditEntry> history = m_service->history(s.id);
    QVERIFY(history.size() >= 2);
    const AuditEntry &a = history.at(history.size() - 2);
    const AuditEntry &b = history.last();
    QCOMPARE(a.field, QStringLiteral("document_number"));
    QCOMPARE(a.oldValue, oldNumber);
    QCOMPARE(a.newValue, QStringLiteral("99/BC-MỚI"));
    QVERIFY(b.field.startsWith(QLatin1String("self:")));
    QCOMPARE(b.oldValue, oldScore->toString());
    QCOMPARE(b.newValue, QStringLiteral("1"));
    QVERIFY(!a.actor.isEmpty());
    QVERIFY(a.at.isValid());

    const Submission stored = m_service->load(unit, 2025);
    QCOMPARE(stored.documentNumber, QStringLiteral("99/BC-MỚI"));
    QCOMPARE(stored.scores.first().self, Points::fromWhole(1));
}

void TestSubmissionService::savingTheSameChangesNothing()
{
    const Submission s = m_service->load(firstUnit2025(), 2025);
    QSignalSpy saved(m_service, &SubmissionService::submissionSaved);
    const int before = auditCount();
    m_service->save(s);
    QCOMPARE(auditCount(), before);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!SubmissionService::differs(s, m_service->load(firstUnit2025(), 2025)));
}

void TestSubmissionService::refusedEditChangesNothing()
{
    const qint64 unit = firstUnit2025();
    const Submission original = m_service->load(unit, 2025);
    Submission s = original;
    s.documentNumber = QStringLiteral("changed too");
    s.scores.first().self = Points::fromWhole(1000);
    const int before = auditCount();
    try {
        m_service->save(s);
        QFAIL("an out-of-range score was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.issues().size(), 1);
        QVERIFY(e.issues().first().field.startsWith(QLatin1String("self:")));
    }
    QCOMPARE(auditCount(), before);
    QVERIFY(!SubmissionService::differs(original, m_service->load(unit, 2025)));
}

void TestSubmissionService::lockedYearRefusesChanges()
{
    YearSettingsRepository years(*m_db);
    YearSettings settings = *years.forYear(2025);
    settings.locked = true;
    years.save(settings);
    Submission s = m_service->load(firstUnit2025(), 2025);
    s.note = QStringLiteral("late correction");
    const int before = auditCount();
    try {
        m_service->save(s);
        QFAIL("a locked year accepted a change");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("2025")));
    }
    QCOMPARE(auditCount(), before);
    QVERIFY(m_service->load(firstUnit2025(), 2025).note.isEmpty());
}

void TestSubmissionService::aSaveFromAnOlderCopyIsRefused()
{
    const qint64 unit = firstUnit2025();
    Submission mine = m_service->load(unit, 2025);
    Submission theirs = m_service->load(unit, 2025);
    QVERIFY(mine.id > 0);
    theirs.note = QStringLiteral("their note");
    const Submission saved = m_service->save(theirs);
    QCOMPARE(saved.version, mine.version + 1);

    mine.documentNumber = QStringLiteral("77/BC");
    try {
        m_service->save(mine);
        QFAIL("a save from an older copy was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
        QVERIFY2(error.message().contains(m_service->history(saved.id).last().actor), qPrintable(error.message()));
    }
    const Submission stored = m_service->load(unit, 2025);
    QCOMPARE(stored.note, QStringLiteral("their note"));
    QVERIFY(stored.documentNumber != QStringLiteral("77/BC"));
    // Saving the same content again changes nothing, not even the version.
    QCOMPARE(m_service->save(stored).version, stored.version);
    // Once read again, the change goes through.
    Submission again = stored;
    again.documentNumber = QStringLiteral("77/BC");
    QCOMPARE(m_service->save(again).documentNumber, QStringLiteral("77/BC"));
}

// Two windows on one file, or two people on one server: each its own connection.
void TestSubmissionService::twoConnectionsCannotLoseEachOthersUpdate()
{
    QTemporaryDir dir;
    const QString where = TestDatabase::serverUri().isEmpty() ? dir.filePath(QStringLiteral("shared.sqlite"))
                                                              : TestDatabase::freshServerDatabase();
    Database first;
    first.open(where);
    Seeder(first).seed();
    DemoGenerator(first).addDemo();
    Database second;
    second.open(where, Database::OpenMode::ExistingOnly);
    SubmissionService one(first);
    SubmissionService two(second);
    const qint64 unit = one.context(2025).units.first().id;
    Submission a = one.load(unit, 2025);
    Submission b = two.load(unit, 2025);
    a.note = QStringLiteral("from the first window");
    one.save(a);
    b.note = QStringLiteral("from the second window");
    QVERIFY_THROWS_EXCEPTION(StorageError, two.save(b));
    QCOMPARE(two.load(unit, 2025).note, QStringLiteral("from the first window"));
}

void TestSubmissionService::newSubmissionAndBackToNothing()
{
    SubmissionOverview overview = m_service->overview(2025);
    const auto missing = std::find_if(overview.rows.cbegin(), overview.rows.cend(), [](const SubmissionOverviewRow &r) {
        return r.timeliness == Timeliness::Missing;
    });
    QVERIFY(missing != overview.rows.cend());
    const qint64 unit = missing->unit.id;
    const int missingBefore = overview.missing;

    Submission s = m_service->load(unit, 2025);
    QCOMPARE(s.id, qint64(0));
    s.status = QStringLiteral("received");
    s.receivedDate = QDate(2025, 12, 3);
    s.documentNumber = QStringLiteral("01/BC");
    const Submission stored = m_service->save(s);
    QVERIFY(stored.id > 0);
    overview = m_service->overview(2025);
    QCOMPARE(overview.missing, missingBefore - 1);
    const auto row = std::find_if(overview.rows.cbegin(), overview.rows.cend(),
                                  [unit](const SubmissionOverviewRow &r) { return r.unit.id == unit; });
    QCOMPARE(row->timeliness, Timeliness::Late);

    // What an undo of that first save does: back to "nothing received".
    // (an undo saves over the version it finds, once it has checked the content).
    Submission blank;
    blank.id = stored.id;
    blank.version = stored.version;
    blank.unitId = unit;
    blank.year = 2025;
    blank.status = QStringLiteral("not_received");
    m_service->save(blank);
    QCOMPARE(m_service->overview(2025).missing, missingBefore);
    const QList<AuditEntry> history = m_service->history(stored.id);
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const AuditEntry &e) {
        return e.field == QLatin1String("received_date") && e.oldValue == QLatin1String("03/12/2025") &&
               e.newValue.isEmpty();
    }));
}

void TestSubmissionService::evidenceIsRemovedAndRestored()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("Biên bản họp.pdf"), "%PDF-1.4 test evidence");

    const qint64 unit = firstUnit2025();
    Submission s = m_service->load(unit, 2025);
    const Evidence e = SubmissionService::evidenceFromFile(path);
    QCOMPARE(e.size, qint64(22));
    QCOMPARE(e.sha256, QStringLiteral("%1").arg(QString::fromLatin1(
                           QCryptographicHash::hash("%PDF-1.4 test evidence", QCryptographicHash::Sha256).toHex())));
    s.evidence.append(e);
    const Submission withFile = m_service->save(s);
    QCOMPARE(withFile.evidence.size(), 1);
    const qint64 id = withFile.evidence.first().id;
    QVERIFY(id > 0);
    QCOMPARE(withFile.evidence.first().name, QStringLiteral("Biên bản họp.pdf"));
    QCOMPARE(m_service->evidenceContent(id), QByteArray("%PDF-1.4 test evidence"));

    Submission without = withFile;
    without.evidence.clear();
    const Submission removed = m_service->save(without);
    QCOMPARE(removed.evidence.size(), 0);
    QCOMPARE(m_service->evidenceContent(id), QByteArray("%PDF-1.4 test evidence")); // kept for undo

    // As an undo does: the earlier content, over the version now stored.
    Submission undo = withFile;
    undo.version = removed.version;
    const Submission restored = m_service->save(undo);
    QCOMPARE(restored.evidence.size(), 1);
    QCOMPARE(restored.evidence.first().id, id);
}

void TestSubmissionService::oneSubmissionPerUnitAndYear()
{
    Submission s = m_service->load(firstUnit2025(), 2025);
    s.id = 0;
    try {
        SubmissionRepository(*m_db).insert(s);
        QFAIL("a second submission for the same unit and year was stored");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::Constraint);
    }
}

void TestSubmissionService::lateIsDerivedFromTheDeadline()
{
    const QDate deadline(2025, 11, 30);
    QCOMPARE(Timeliness::of(QStringLiteral("received"), QDate(2025, 11, 30), deadline), Timeliness::OnTime);
    QCOMPARE(Timeliness::of(QStringLiteral("received"), QDate(2025, 12, 1), deadline), Timeliness::Late);
    QCOMPARE(Timeliness::of(QStringLiteral("verified"), QDate(2025, 12, 1), deadline), Timeliness::Late);
    QCOMPARE(Timeliness::of(QStringLiteral("not_received"), QDate(2025, 11, 1), deadline), Timeliness::Missing);
    QCOMPARE(Timeliness::of(QStringLiteral("received"), QDate(), deadline), Timeliness::Missing);

    // Moving the deadline changes the verdict without touching any submission.
    YearSettingsRepository years(*m_db);
    YearSettings settings = *years.forYear(2025);
    const int lateBefore = m_service->overview(2025).late;
    settings.unitDeadline = QDate(2025, 12, 31);
    years.save(settings);
    QCOMPARE(m_service->overview(2025).late, 0);
    QVERIFY(lateBefore > 0);
}

// An import's new submissions go in blocks, many rows per statement, in the order of
// their units: each still gets its own id, rows and one creation entry, next to a new
// one with evidence (written alone) and a change to a stored one.
void TestSubmissionService::saveAllWritesManyNewSubmissions()
{
    DemoGenerator(*m_db).addSynthetic(300, 2026, 2025); // units from 2026, nothing sent yet
    const Submission model = m_service->load(firstUnit2025(), 2025);
    QVERIFY(model.values.size() > 5);
    YearContext context = m_service->context(2026);
    QVERIFY(context.units.size() > 300);

    Submission stored = m_service->load(context.units.first().id, 2026);
    stored.status = QStringLiteral("received");
    stored.receivedDate = QDate(2026, 11, 2);
    stored = m_service->save(stored);
    const int auditBefore = auditCount();

    auto filled = [&](qint64 unitId, int n) {
        Submission s = m_service->load(unitId, 2026);
        s.status = QStringLiteral("received");
        s.documentNumber = QStringLiteral("%1/BC-UBND").arg(n);
        s.documentDate = QDate(2026, 11, 15);
        s.receivedDate = QDate(2026, 11, 20);
        s.values = model.values;
        for (const Criterion &c : context.scoredCriteria())
            s.scores.append({c.id, Points::fromHundredths(0), std::nullopt, {}});
        return s;
    };
    QList<SubmissionService::Change> changes;
    QHash<qint64, int> numberOfUnit;
    for (qsizetype i = context.units.size() - 1; i >= 1; --i) { // the units backwards
        const qint64 unitId = context.units.at(i).id;
        numberOfUnit.insert(unitId, int(i));
        changes.append({Submission(), filled(unitId, int(i))});
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("Báo cáo.pdf"), "%PDF-1.4 report");
    changes[7].after.evidence.append(SubmissionService::evidenceFromFile(path));
    Submission changed = stored;
    changed.documentNumber = QStringLiteral("99/BC");
    changes.append({stored, changed});

    m_service->saveAll(context, changes, QStringLiteral("import"));

    QSet<qint64> ids;
    for (auto it = numberOfUnit.cbegin(); it != numberOfUnit.cend(); ++it) {
        const Submission s = m_service->load(it.key(), 2026);
        QVERIFY2(s.id > 0, qPrintable(QString::number(it.key())));
        ids.insert(s.id);
        QCOMPARE(s.documentNumber, QStringLiteral("%1/BC-UBND").arg(it.value()));
        QCOMPARE(s.values.size(), model.values.size());
        for (const IndicatorValue &v : model.values)
            QVERIFY(s.value(v.indicatorId) && *s.value(v.indicatorId) == v);
        QCOMPARE(s.scores.size(), context.scoredCriteria().size());
        const QList<AuditEntry> history = m_service->history(s.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, QStringLiteral("import"));
        QVERIFY(history.first().newValue.contains(QStringLiteral("document_number: %1/BC-UBND").arg(it.value())));
        QVERIFY(history.first().newValue.contains(QStringLiteral("received_date: 20/11/2026")));
    }
    QCOMPARE(ids.size(), numberOfUnit.size());
    QCOMPARE(m_service->load(changes.at(7).after.unitId, 2026).evidence.size(), 1);
    QCOMPARE(m_service->load(stored.unitId, 2026).documentNumber, QStringLiteral("99/BC"));
    QCOMPARE(auditCount(), auditBefore + numberOfUnit.size() + 1);
}

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "tst_submissionservice.moc"
