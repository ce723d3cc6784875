// Two programs on one shared server database (the throwaway PostgreSQL 15 that ctest
// starts, $XHHT_TEST_PG): what one commits reaches the other's open screens through
// LISTEN/NOTIFY, within a second.
#include "domain/datachange.h"
#include "domain/submission.h"
#include "services/changehub.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/yearlockservice.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

class TestServerNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anotherProgramsSaveReachesTheOtherWithinASecond();
    void aYearLockIsSeenByEveryoneAtOnce();
    void ownChangesAreNotAnnouncedTwice();

private:
    std::unique_ptr<Services> m_first;
    std::unique_ptr<Services> m_second;
    QList<DataChange> waitForChanges(QSignalSpy &spy) const;
};

void TestServerNotify::initTestCase()
{
    QVERIFY2(!TestDatabase::serverUri().isEmpty(), "XHHT_TEST_PG is not set: ctest starts the test server");
    const QString uri = TestDatabase::newServerDatabase();
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

QTEST_GUILESS_MAIN(TestServerNotify)
#include "tst_servernotify.moc"
