// Two programs on one shared server database (the throwaway PostgreSQL 15 that ctest
// starts, $XHHT_TEST_PG): what one commits reaches the other's open screens through
// LISTEN/NOTIFY, within a second.
#include "domain/datachange.h"
#include "domain/rubric.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "domain/submission.h"
#include "domain/unit.h"
#include "services/changehub.h"
#include "services/demogenerator.h"
#include "services/recognitionservice.h"
#include "services/rubricservice.h"
#include "services/seeder.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/yearlockservice.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestServerNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anotherProgramsSaveReachesTheOtherWithinASecond();
    void aYearLockIsSeenByEveryoneAtOnce();
    void recognitionChangesReachTheOthers();
    void aNewerProgramRenewsTheRules();
    void ownChangesAreNotAnnouncedTwice();
    void aLostConnectionIsReopenedAndListensAgain();
    void theCouncilSavesAReviewedScore();

private:
    QString m_uri;
    std::unique_ptr<Services> m_first;
    std::unique_ptr<Services> m_second;
    QList<DataChange> waitForChanges(QSignalSpy &spy) const;
};

void TestServerNotify::initTestCase()
{
    QVERIFY2(!TestDatabase::serverUri().isEmpty(), "XHHT_TEST_PG is not set: ctest starts the test server");
    const QString uri = TestDatabase::newServerDatabase();
    m_uri = uri;
    m_first = Services::open(uri, Services::Open::CreateIfMissing);
    m_first->seeder().seed();
    m_first->demo().addDemo();
    m_first->server().initialise(); // the rights and the change triggers
    m_second = Services::open(uri, Services::Open::Existing);
}

QList<DataChange> TestServerNotify::waitForChanges(QSignalSpy &spy) const
{
    QList<DataChange> changes;
    if (!spy.wait(1000))
        return changes;
    QTest::qWait(50); // the rest of the same commit's notifications
    for (const QList<QVariant> &arguments : spy)
        changes.append(arguments.at(0).value<DataChange>());
    return changes;
}

void TestServerNotify::anotherProgramsSaveReachesTheOtherWithinASecond()
{
    QSignalSpy spy(&m_second->changes(), &ChangeHub::changed);
    const qint64 unit = m_first->submissions().context(2025).units.first().id;
    Submission s = m_first->submissions().load(unit, 2025);
    s.note = QStringLiteral("ghi chú mới");
    m_first->submissions().save(s);
    const QList<DataChange> changes = waitForChanges(spy);
    QVERIFY2(!changes.isEmpty(), "no notification within a second");
    QVERIFY(std::all_of(changes.cbegin(), changes.cend(),
                        [](const DataChange &c) { return c.kind == DataChange::Kind::Submissions; }));
    // The second program reads the new note.
    QCOMPARE(m_second->submissions().load(unit, 2025).note, QStringLiteral("ghi chú mới"));
}

void TestServerNotify::aYearLockIsSeenByEveryoneAtOnce()
{
    QSignalSpy spy(&m_second->changes(), &ChangeHub::changed);
    m_first->yearLock().lock(2025);
    const QList<DataChange> changes = waitForChanges(spy);
    QVERIFY(std::any_of(changes.cbegin(), changes.cend(),
                        [](const DataChange &c) { return c.kind == DataChange::Kind::YearSettings; }));
    QVERIFY(m_second->yearLock().isLocked(2025));
    m_first->yearLock().unlock(2025);
}

// The TT24 recognition tables announce their changes too: a dossier's day sent, recorded
// by one office, refreshes the other's Recognition and Reports screens.
void TestServerNotify::recognitionChangesReachTheOthers()
{
    for (const Rubric &r : m_first->rubrics().all())
        if (r.code == QLatin1String("TT24-2023"))
            m_first->rubrics().assign(2026, r.id);
    m_first->recognition().setToday(QDate(2027, 1, 20));
    QTest::qWait(200); // the year's new rubric reaches the second program first
    QSignalSpy spy(&m_second->changes(), &ChangeHub::changed);
    const QList<Unit> units = m_first->recognition().unitsOf(2026);
    QVERIFY(!units.isEmpty());
    m_first->recognition().setDossierSent(units.first().id, 2026, QDate(2027, 1, 10));
    const QList<DataChange> changes = waitForChanges(spy);
    QVERIFY2(!changes.isEmpty(), "no notification within a second");
    QVERIFY(std::all_of(changes.cbegin(), changes.cend(),
                        [](const DataChange &c) { return c.kind == DataChange::Kind::Recognition; }));
    QCOMPARE(m_second->recognition().dossierSent(units.first().id, 2026), QDate(2027, 1, 10));
    m_first->recognition().setDossierSent(units.first().id, 2026, QDate());
}

// A database set up by an older program lacks the newer rules (here: the dossiers'
// change notification): the owner's next open applies them again, with no new schema.
void TestServerNotify::aNewerProgramRenewsTheRules()
{
    const auto triggers = [](const Database &database) {
        SqlQuery query(database, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'xhht_notify' AND "
                                                "tgrelid = 'recognition_dossier'::regclass"));
        query.exec();
        return query.next() ? query.number(0) : -1;
    };
    {
        Database old;
        old.open(m_uri, Database::OpenMode::ExistingOnly);
        QCOMPARE(triggers(old), 1);
        old.execute(QStringLiteral("DROP TRIGGER xhht_notify ON recognition_dossier"));
        old.execute(QStringLiteral("UPDATE xhht_meta SET value = 'older' WHERE key = 'access_rules'"));
        QCOMPARE(triggers(old), 0);
    }
    Database renewed;
    renewed.open(m_uri, Database::OpenMode::ExistingOnly);
    QCOMPARE(triggers(renewed), 1);
}

void TestServerNotify::ownChangesAreNotAnnouncedTwice()
{
    QSignalSpy spy(&m_first->changes(), &ChangeHub::changed);
    const qint64 unit = m_first->submissions().context(2025).units.last().id;
    Submission s = m_first->submissions().load(unit, 2025);
    s.note = QStringLiteral("một lần");
    m_first->submissions().save(s);
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1); // the service's own announcement, not the server's echo
}

// The server ends the session (as when it restarts, or the network drops): the program
// says the connection was lost and how to get it back; Reconnect opens the same
// database with the same login, the screens are told to read again, and other
// programs' changes reach it again.
void TestServerNotify::aLostConnectionIsReopenedAndListensAgain()
{
    Database database;
    database.open(m_uri, Database::OpenMode::ExistingOnly);
    Services second(database);
    const qint64 unit = m_first->submissions().context(2025).units.first().id;
    QVERIFY(second.submissions().load(unit, 2025).id > 0);
    QSqlQuery own(database.connection());
    QVERIFY(own.exec(QStringLiteral("SELECT pg_backend_pid(), session_user")) && own.next());
    const qint64 pid = own.value(0).toLongLong();
    const QString login = own.value(1).toString();

    // Another session ends this one, as the administrator's restart would.
    Database admin;
    admin.open(m_uri, Database::OpenMode::ExistingOnly);
    QSqlQuery end(admin.connection());
    QVERIFY(end.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    end.addBindValue(pid);
    QVERIFY2(end.exec() && end.next() && end.value(0).toBool(), qPrintable(end.lastError().text()));
    QTest::qWait(200);

    try {
        second.submissions().load(unit, 2025);
        QFAIL("a lost connection still answered");
    } catch (const StorageError &error) {
        QVERIFY2(error.kind() == StorageError::Kind::Disconnected, qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("Reconnect")), qPrintable(error.message()));
    }

    QSignalSpy told(&second.changes(), &ChangeHub::changed);
    second.reconnect();
    QVERIFY(told.size() >= 1); // every screen reads its data again
    QVERIFY(second.submissions().load(unit, 2025).id > 0);
    QSqlQuery again(database.connection());
    QVERIFY(again.exec(QStringLiteral("SELECT pg_backend_pid(), session_user")) && again.next());
    QVERIFY(again.value(0).toLongLong() != pid);
    QCOMPARE(again.value(1).toString(), login);

    // Listening again: another program's save reaches it.
    told.clear();
    Submission s = m_first->submissions().load(unit, 2025);
    s.note = QStringLiteral("sau khi kết nối lại");
    m_first->submissions().save(s);
    const QList<DataChange> changes = waitForChanges(told);
    QVERIFY2(!changes.isEmpty(), "no notification after reconnecting");
    QCOMPARE(second.submissions().load(unit, 2025).note, QStringLiteral("sau khi kết nối lại"));
}

// A council login writes reviewed scores only; saving one also recounts its submission
// and raises its version (the optimistic check), which its rights must allow.
void TestServerNotify::theCouncilSavesAReviewedScore()
{
    const QString login = QStringLiteral("t_notify_council");
    for (const ServerLogin &existing : m_first->server().logins())
        if (existing.name == login) // a login of a run before (logins are the server's)
            m_first->server().removeLogin(login);
    m_first->server().addLogin(login, QStringLiteral("council"), {}, {});
    ServerAddress address;
    QString problem;
    QVERIFY(address.parse(m_uri, &problem));
    address.user = login;
    const std::unique_ptr<Services> council = Services::open(address.uri(), Services::Open::Existing);
    QCOMPARE(council->server().role(), QStringLiteral("council"));

    SubmissionService &service = council->submissions();
    const YearContext context = service.context(2025);
    qint64 unit = 0;
    for (const Unit &u : context.units)
        if (!unit && service.load(u.id, 2025).status != QLatin1String("not_received"))
            unit = u.id;
    QVERIFY(unit > 0);
    Submission s = service.load(unit, 2025);
    QVERIFY(!s.scores.isEmpty());
    const CriterionScore seen = s.scores.first();
    s.scores.first().reviewed = Points::fromWhole(0);
    if (seen.reviewed == s.scores.first().reviewed)
        s.scores.first().reviewed = std::nullopt;
    const Submission stored = service.saveReview(s, seen.criterionId, seen);
    QCOMPARE(stored.version, s.version + 1);
    QCOMPARE(stored.score(seen.criterionId)->reviewed, s.scores.first().reviewed);
    // The rest of the submission is still the clerk's.
    Submission note = stored;
    note.note = QStringLiteral("ghi chú của hội đồng");
    QVERIFY_THROWS_EXCEPTION(StorageError, service.save(note));
    QVERIFY(service.load(unit, 2025).note != note.note);
    m_first->server().removeLogin(login);
}

QTEST_GUILESS_MAIN(TestServerNotify)
#include "tst_servernotify.moc"
