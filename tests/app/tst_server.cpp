// The shared office database on a real PostgreSQL 15 (the throwaway server ctest starts,
// $XHHT_TEST_PG): the built program sets it up, and the server itself enforces who may
// do what, shown by connections that bypass the program and talk SQL directly.
#include "domain/serveraddress.h"
#include "support/cliprocess.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = CliResult;

Result runXhht(const QStringList &arguments)
{
    return runCli(QStringLiteral(XHHT_BINARY), arguments);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unitLoginSeesAndWritesOnlyItsOwnUnit();
    void unitLoginCannotWriteALockedYear();
    void unitLoginCannotVerifyOrBackdate();
    void leaderChangesNothing();
    void reviewedScoresAndTheLockAreTheCouncils();
    void auditNamesTheServerLoginWhateverTheClientWrites();
    void copyBothWaysGivesTheSameRankingAndReport();
    void twoProgramsStartingAtOnceMigrateOnce();
    void unreachableServerAndBadAddressesAreSaidClearly();

private:
    // The address of `database` on the test server, as `login`.
    QString address(const QString &login, const QString &database) const;
    QSqlDatabase connectAs(const QString &login);
    void adminExec(const QString &sql);
    int unitId(const QString &code);

    ServerAddress m_server;
    QString m_db;
};

QString TestServer::address(const QString &login, const QString &database) const
{
    ServerAddress a = m_server;
    a.user = login;
    a.database = database;
    return a.display();
}

QSqlDatabase TestServer::connectAs(const QString &login)
{
    const QString name = QStringLiteral("as-") + login;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_server.host);
    if (m_server.port > 0)
        db.setPort(m_server.port);
    db.setUserName(login);
    db.setDatabaseName(m_db);
    if (!db.isOpen())
        [&] { QVERIFY2(db.open(), qPrintable(db.lastError().text())); }();
    return db;
}

void TestServer::adminExec(const QString &sql)
{
    QSqlQuery q(connectAs(QStringLiteral("postgres")));
    QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
}

int TestServer::unitId(const QString &code)
{
    QSqlQuery q(connectAs(QStringLiteral("postgres")));
    q.exec(QStringLiteral("SELECT id FROM unit WHERE code = '%1'").arg(code));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestServer::initTestCase()
{
    const QString uri = qEnvironmentVariable("XHHT_TEST_PG");
    QVERIFY2(!uri.isEmpty(), "XHHT_TEST_PG is not set: ctest starts the test server (pg_server_start)");
    QString problem;
    QVERIFY2(m_server.parse(uri, &problem), qPrintable(problem));
    m_db = QStringLiteral("xhht_office_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("maintenance"));
        admin.setHostName(m_server.host);
        admin.setUserName(m_server.user);
        admin.setDatabaseName(m_server.database);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_db)));
        // Login roles are the cluster's: a rerun finds them.
        for (const char *login : {"t_clerk", "t_council", "t_leader", "t_unit_tv", "t_unit_bt"})
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(login)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));

    const QString owner = address(m_server.user, m_db);
    Result r = runXhht({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Server database ready")));
    r = runXhht({QStringLiteral("--db"), owner, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("0"),
                 QStringLiteral("--years"), QStringLiteral("2025-2025")});
    const QList<QStringList> logins = {{QStringLiteral("t_clerk"), QStringLiteral("clerk")},
                                       {QStringLiteral("t_council"), QStringLiteral("council")},
                                       {QStringLiteral("t_leader"), QStringLiteral("leader")},
                                       {QStringLiteral("t_unit_tv"), QStringLiteral("unit"), QStringLiteral("TV")},
                                       {QStringLiteral("t_unit_bt"), QStringLiteral("unit"), QStringLiteral("BT")}};
    for (const QStringList &login : logins) {
        QStringList args = {
            QStringLiteral("--db"),   owner,      QStringLiteral("server"), QStringLiteral("add-user"), login.at(0),
            QStringLiteral("--role"), login.at(1)};
        if (login.size() > 2)
            args << QStringLiteral("--unit") << login.at(2);
        r = runXhht(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    r = runXhht({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("users")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 6); // header + 5
    QVERIFY(r.out.contains(QLatin1String("t_unit_tv\tunit\tTV")));
    // A unit's login without its unit is refused, and names what is missing.
    r = runXhht({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("add-user"),
                 QStringLiteral("t_nounit"), QStringLiteral("--role"), QStringLiteral("unit")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("--unit CODE")));

    // One submission each for TV and BT in 2025, entered by the clerk through the program.
    for (const char *code : {"TV", "BT"})
        adminExec(QStringLiteral("INSERT INTO submission (unit_id, year, status, received_date) VALUES (%1, 2025, "
                                 "'received', '2025-11-20')")
                      .arg(unitId(QLatin1String(code))));
}

void TestServer::unitLoginSeesAndWritesOnlyItsOwnUnit()
{
    QSqlDatabase tv = connectAs(QStringLiteral("t_unit_tv"));
    QSqlQuery q(tv);
    QVERIFY(q.exec(QStringLiteral("SELECT u.code FROM submission s JOIN unit u ON u.id = s.unit_id")));
    QStringList seen;
    while (q.next())
        seen << q.value(0).toString();
    QCOMPARE(seen, QStringList{QStringLiteral("TV")});
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM unit")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Writing another unit's row: the server refuses the insert, and an update finds nothing.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO submission (unit_id, year) VALUES (%1, 2026)")
                        .arg(unitId(QStringLiteral("QLVHGD")))));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE submission SET note = 'forged' WHERE unit_id = %1").arg(unitId(QStringLiteral("BT")))));
    QCOMPARE(q.numRowsAffected(), 0);
    QSqlQuery admin(connectAs(QStringLiteral("postgres")));
    QVERIFY(admin.exec(QStringLiteral("SELECT COUNT(*) FROM submission WHERE note = 'forged'")) && admin.next());
    QCOMPARE(admin.value(0).toInt(), 0);
    // Its own row, in an open year: accepted.
    QVERIFY2(
        q.exec(
            QStringLiteral("UPDATE submission SET note = 'ours' WHERE unit_id = %1").arg(unitId(QStringLiteral("TV")))),
        qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    // Tables it has no business with.
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM commendation_proposal")));
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM server_login")));

    // The unit sends its own submission through the program: its template has its row
    // only, and imports; the office's template, with every unit, is refused whole.
    QTemporaryDir dir;
    const QString unitLogin = address(QStringLiteral("t_unit_tv"), m_db);
    const QString own = dir.filePath(QStringLiteral("tv.csv"));
    Result sent = runXhht({QStringLiteral("--db"), unitLogin, QStringLiteral("import"), QStringLiteral("template"),
                           QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--filled"),
                           QStringLiteral("-o"), own});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    sent = runXhht({QStringLiteral("--db"), unitLogin, QStringLiteral("import"), QStringLiteral("submissions"), own});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    sent = runXhht({QStringLiteral("--db"), address(m_server.user, m_db), QStringLiteral("import"),
                    QStringLiteral("template"), QStringLiteral("--year"), QStringLiteral("2025"),
                    QStringLiteral("--filled"), QStringLiteral("-o"), all});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    sent = runXhht({QStringLiteral("--db"), unitLogin, QStringLiteral("import"), QStringLiteral("submissions"), all});
    QCOMPARE(sent.exitCode, 1);

    // The program, logged in as the unit, lists only its own unit.
    const Result r =
        runXhht({QStringLiteral("--db"), address(QStringLiteral("t_unit_tv"), m_db), QStringLiteral("units")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY(r.out.contains(QLatin1String("\nTV\t")));
}

void TestServer::unitLoginCannotWriteALockedYear()
{
    adminExec(QStringLiteral("UPDATE year_setting SET locked = 1 WHERE year = 2025"));
    QSqlQuery q(connectAs(QStringLiteral("t_unit_tv")));
    QVERIFY(q.exec(QStringLiteral("UPDATE submission SET note = 'late change' WHERE unit_id = %1")
                       .arg(unitId(QStringLiteral("TV")))));
    QCOMPARE(q.numRowsAffected(), 0);
    adminExec(QStringLiteral("UPDATE year_setting SET locked = 0 WHERE year = 2025"));
}

// The status and the day received are the office's record: a unit's login marks its own
// submission received on the server's today, never verified, never backdated.
void TestServer::unitLoginCannotVerifyOrBackdate()
{
    QSqlQuery q(connectAs(QStringLiteral("t_unit_tv")));
    const QString own = QStringLiteral(" WHERE unit_id = %1 AND year = 2025").arg(unitId(QStringLiteral("TV")));
    const QStringList refused = {QStringLiteral("UPDATE submission SET status = 'verified'") + own,
                                 QStringLiteral("UPDATE submission SET received_date = '2025-01-02'") + own};
    QVERIFY(!refused.isEmpty());
    for (const QString &sql : refused) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE submission SET status = 'received', received_date = "
                                  "to_char(current_date, 'YYYY-MM-DD'), note = 'đã gửi'") +
                   own));
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestServer::leaderChangesNothing()
{
    QSqlQuery q(connectAs(QStringLiteral("t_leader")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM submission")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // reads everything
    for (const QString &sql :
         {QStringLiteral("UPDATE submission SET note = 'x'"),
          QStringLiteral("INSERT INTO unit (code, name, kind, valid_from) VALUES ('X', 'X', "
                         "'so_unit', '2025-01-01')"),
          QStringLiteral("DELETE FROM audit_log"), QStringLiteral("UPDATE year_setting SET locked = 1")}) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // The program does not try; and where it tries, the server's refusal reaches the
    // clerk in plain words (a clerk's login adding reviewed scores, which are the council's).
    Result r = runXhht({QStringLiteral("--db"), address(QStringLiteral("t_leader"), m_db), QStringLiteral("demo"),
                        QStringLiteral("--units"), QStringLiteral("1"), QStringLiteral("--years"),
                        QStringLiteral("2025-2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("changes nothing")), qPrintable(r.err));
    r = runXhht({QStringLiteral("--db"), address(QStringLiteral("t_clerk"), m_db), QStringLiteral("demo"),
                 QStringLiteral("--units"), QStringLiteral("1"), QStringLiteral("--years"),
                 QStringLiteral("2025-2025")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("The server refused this")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("reviewed scores")), qPrintable(r.err));
}

void TestServer::reviewedScoresAndTheLockAreTheCouncils()
{
    const QString submission = QStringLiteral("(SELECT id FROM submission WHERE unit_id = %1 AND year = 2025)")
                                   .arg(unitId(QStringLiteral("TV")));
    const QString criterion = QStringLiteral("(SELECT c.id FROM rubric_criterion c JOIN year_setting y ON "
                                             "y.rubric_id = c.rubric_id WHERE y.year = 2025 AND c.kind = 'points' "
                                             "ORDER BY c.position LIMIT 1)");
    QSqlQuery clerk(connectAs(QStringLiteral("t_clerk")));
    QVERIFY2(clerk.exec(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, self_score) "
                                       "VALUES (%1, %2, 100)")
                            .arg(submission, criterion)),
             qPrintable(clerk.lastError().text()));
    QVERIFY(!clerk.exec(QStringLiteral("UPDATE submission_score SET reviewed_score = 100")));
    QCOMPARE(clerk.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Added rows are checked together, once a statement: one reviewed score among them
    // refuses them all.
    const QString second = QString(criterion).replace(QLatin1String("LIMIT 1"), QLatin1String("LIMIT 1 OFFSET 1"));
    const QString third = QString(criterion).replace(QLatin1String("LIMIT 1"), QLatin1String("LIMIT 1 OFFSET 2"));
    QVERIFY(!clerk.exec(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, self_score, "
                                       "reviewed_score) VALUES (%1, %2, 90, NULL), (%1, %3, NULL, 100)")
                            .arg(submission, second, third)));
    QCOMPARE(clerk.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(clerk.lastError().text().contains(QLatin1String("reviewed scores")), qPrintable(clerk.lastError().text()));
    QVERIFY(clerk.exec(QStringLiteral("SELECT COUNT(*) FROM submission_score WHERE submission_id = %1 AND "
                                      "criterion_id IN (%2, %3)")
                           .arg(submission, second, third)));
    QVERIFY(clerk.next());
    QCOMPARE(clerk.value(0).toInt(), 0);
    QVERIFY(!clerk.exec(QStringLiteral("UPDATE year_setting SET locked = 1 WHERE year = 2025")));

    QSqlQuery council(connectAs(QStringLiteral("t_council")));
    QVERIFY2(council.exec(QStringLiteral("UPDATE submission_score SET reviewed_score = 50")),
             qPrintable(council.lastError().text()));
    QVERIFY(!council.exec(QStringLiteral("UPDATE submission_score SET self_score = 0")));
    QVERIFY(!council.exec(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, self_score) "
                                         "VALUES (%1, %2, 80)")
                              .arg(submission, second)));
    QCOMPARE(council.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!council.exec(QStringLiteral("UPDATE submission SET note = 'x'")));
    QVERIFY2(council.exec(QStringLiteral("UPDATE year_setting SET locked = 1 WHERE year = 2025")),
             qPrintable(council.lastError().text()));
    QVERIFY(council.exec(QStringLiteral("UPDATE year_setting SET locked = 0 WHERE year = 2025")));
}

void TestServer::auditNamesTheServerLoginWhateverTheClientWrites()
{
    QSqlQuery clerk(connectAs(QStringLiteral("t_clerk")));
    QVERIFY2(clerk.exec(QStringLiteral("INSERT INTO audit_log (at_utc, actor, action, entity) VALUES "
                                       "('2000-01-01T00:00:00.000Z', 't_council', 'update', 'forged')")),
             qPrintable(clerk.lastError().text()));
    QSqlQuery admin(connectAs(QStringLiteral("postgres")));
    QVERIFY(admin.exec(QStringLiteral("SELECT actor, at_utc FROM audit_log WHERE entity = 'forged'")));
    QVERIFY(admin.next());
    QCOMPARE(admin.value(0).toString(), QStringLiteral("t_clerk"));
    QVERIFY(admin.value(1).toString() > QStringLiteral("2026"));
    // Nor can it rewrite the past.
    QVERIFY(!clerk.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone'")));
}

void TestServer::copyBothWaysGivesTheSameRankingAndReport()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clerk.sqlite"));
    Result r = runXhht({QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString target = m_db + QStringLiteral("_copy");
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(target));
    const QString server = address(m_server.user, target);
    r = runXhht({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("counted equal")));
    const QString back = dir.filePath(QStringLiteral("home.sqlite"));
    r = runXhht({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QStringList rankings;
    QStringList reports;
    for (const QString &db : {file, server, back}) {
        r = runXhht({QStringLiteral("--db"), db, QStringLiteral("rank"), QStringLiteral("--year"),
                     QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("tsv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.count(QLatin1Char('\n')) > 10);
        rankings << r.out;
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(reports.size()));
        r = runXhht({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("summary"),
                     QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--date"),
                     QStringLiteral("05/12/2024"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        reports << QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(reports.last().contains(QStringLiteral("BÁO CÁO")),
                 qPrintable(pdf + QString::fromUtf8(text.readAllStandardError())));
    }
    QCOMPARE(rankings.at(1), rankings.at(0));
    QCOMPARE(rankings.at(2), rankings.at(0));
    QCOMPARE(reports.at(1), reports.at(0));
    QCOMPARE(reports.at(2), reports.at(0));

    // Into a database that already holds data: refused, and nothing changes.
    r = runXhht({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("already holds data")), qPrintable(r.err));
}

void TestServer::twoProgramsStartingAtOnceMigrateOnce()
{
    const QString fresh = m_db + QStringLiteral("_race");
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(fresh));
    const QString uri = address(m_server.user, fresh);
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(XHHT_BINARY), {QStringLiteral("--db"), uri, QStringLiteral("init")});
    b.start(QStringLiteral(XHHT_BINARY), {QStringLiteral("--db"), uri, QStringLiteral("init")});
    QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    const Result r = runXhht({QStringLiteral("--db"), uri, QStringLiteral("plan")});
    QCOMPARE(r.exitCode, 0);
    const Result units = runXhht({QStringLiteral("--db"), uri, QStringLiteral("units")});
    QVERIFY(units.out.count(QLatin1Char('\n')) > 20);
    // The plan loaded once, not twice.
    QCOMPARE(units.out.count(QLatin1String("\nTV\t")), 1);
}

void TestServer::unreachableServerAndBadAddressesAreSaidClearly()
{
    Result r = runXhht({QStringLiteral("--db"), QStringLiteral("postgresql://x@/db?host=/nonexistent-folder"),
                        QStringLiteral("units")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot reach the server")), qPrintable(r.err));
    r = runXhht({QStringLiteral("--db"), address(QStringLiteral("nobody_here"), m_db), QStringLiteral("units")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("refused the login")), qPrintable(r.err));
    r = runXhht({QStringLiteral("--db"), QStringLiteral("postgresql://x@h/db?colour=red"), QStringLiteral("units")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("unknown setting 'colour'")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestServer)
#include "support/cliprocess.h"
#include "tst_server.moc"
