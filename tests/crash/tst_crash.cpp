#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The kill -9 harness (issue 17, §5): the real program is killed at random moments during
// an import of 10,000 rows, a save, an init and an upgrade; after each kill the file must
// pass SQLite's integrity and foreign-key checks and hold all of the work or none of it.
// XHHT_CRASH_KILLS sets the number of kills (20 in `make test`, 500 in `make soak`),
// XHHT_CRASH_SEED the random seed (printed, to replay a failure).
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringImport();
    void killDuringSave();
    void killDuringInit();
    void killDuringUpgrade();
    void cleanupTestCase();

private:
    struct Run
    {
        bool killed = false; // false: it ended by itself first
        int exitCode = -1;
    };
    // Runs xhht with `arguments`, killing it after `killAfterMs` (a negative value: never).
    static Run run(const QStringList &arguments, int killAfterMs);
    // integrity_check, foreign_key_check and `query`'s first value, read after the kill.
    static QString check(const QString &path, const QString &query, qint64 *value);
    QString copyOf(const QString &source, const QString &name) const;
    int killsFor(int share) const { return qMax(1, m_kills * share / 20); }
    int randomDelay(qint64 durationMs) { return int(m_random.bounded(quint32(durationMs * 11 / 10 + 1))); }
    void report(const char *what, int kills, int killed);

    QTemporaryDir m_dir;
    int m_kills = 20;
    QRandomGenerator m_random;
    QString m_base;    // 10,000 units, nothing for 2025
    QString m_csv;     // the 2025 submissions of every unit
    QString m_saveCsv; // one unit's 2024 submission, changed
    QString m_older;   // a database one schema version behind
    qint64 m_rows = 0;
    qint64 m_importMs = 0;
    qint64 m_saveMs = 0;
    qint64 m_initMs = 0;
    qint64 m_upgradeMs = 0;
    int m_totalKilled = 0;
};

TestCrash::Run TestCrash::run(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(XHHT_BINARY), arguments);
    Run result;
    if (!process.waitForStarted())
        return result;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL
        process.waitForFinished();
        result.killed = true;
        return result;
    }
    process.waitForFinished(600000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QString TestCrash::check(const QString &path, const QString &query, qint64 *value)
{
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != "ok")
            problem = QStringLiteral("integrity_check: ") + q.value(0).toString() + q.lastError().text();
        else if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next())
            problem = QStringLiteral("foreign_key_check: a row refers to nothing in ") + q.value(0).toString();
        else if (!query.isEmpty() && (!q.exec(query) || !q.next()))
            problem = QStringLiteral("cannot read: ") + q.lastError().text();
        else if (!query.isEmpty())
            *value = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return problem;
}

QString TestCrash::copyOf(const QString &source, const QString &name) const
{
    const QString path = m_dir.filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QDir folder(m_dir.path());
    for (const QString &bak : folder.entryList({name + QStringLiteral(".v*.bak")}, QDir::Files))
        QFile::remove(folder.filePath(bak));
    if (!source.isEmpty() && !QFile::copy(source, path))
        return {};
    return path;
}

void TestCrash::report(const char *what, int kills, int killed)
{
    qInfo("%s: %d runs, %d killed before the end", what, kills, killed);
    m_totalKilled += killed;
}

namespace {

QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
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

QByteArray csvText(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (const QString &c : row)
            quoted.append(c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

// A template filled in: every row (limit 0) received on a day and numbered, or the first
// `limit` rows of a filled one given a new number.
bool fillTemplate(const QString &templatePath, const QString &out, int limit, qint64 *rows)
{
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QList<QStringList> table = csvRows(QString::fromUtf8(file.readAll().mid(3)));
    const qsizetype received = table.first().indexOf(QStringLiteral("Ngày nhận [received_date]"));
    const qsizetype number = table.first().indexOf(QStringLiteral("Số văn bản [document_number]"));
    if (received < 0 || number < 0)
        return false;
    if (limit > 0)
        table = table.mid(0, limit + 1);
    for (qsizetype r = 1; r < table.size(); ++r) {
        if (limit == 0) // new submissions; a save keeps the recorded date
            table[r][received] = QStringLiteral("20/11/2025");
        table[r][number] = QStringLiteral("%1/BC-CRASH").arg(r);
    }
    *rows = table.size() - 1;
    QFile target(out);
    return target.open(QIODevice::WriteOnly) && target.write(csvText(table)) > 0;
}

// Wall time of a run to its end.
qint64 timed(const std::function<bool()> &work)
{
    QElapsedTimer timer;
    timer.start();
    return work() ? timer.elapsed() : -1;
}

} // namespace

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("XHHT_CRASH_KILLS", &ok);
    m_kills = ok && kills > 0 ? kills : 20;
    const quint32 seed = qEnvironmentVariableIsSet("XHHT_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("XHHT_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("kills: %d, seed: XHHT_CRASH_SEED=%u", m_kills, seed);

    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), m_base, QStringLiteral("init")}, -1).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--db"), m_base, QStringLiteral("demo"), QStringLiteral("--units"),
                  QStringLiteral("10000"), QStringLiteral("--years"), QStringLiteral("2024-2024")},
                 -1)
                 .exitCode,
             0);
    const QString empty = m_dir.filePath(QStringLiteral("template.csv"));
    QCOMPARE(run({QStringLiteral("--db"), m_base, QStringLiteral("import"), QStringLiteral("template"),
                  QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), empty},
                 -1)
                 .exitCode,
             0);
    m_csv = m_dir.filePath(QStringLiteral("import-2025.csv"));
    QVERIFY(fillTemplate(empty, m_csv, 0, &m_rows));
    QVERIFY(m_rows >= 10000);
    // A save: one unit's 2024 submission, changed, through the same write as the editor's.
    const QString filled2024 = m_dir.filePath(QStringLiteral("template-2024.csv"));
    QCOMPARE(run({QStringLiteral("--db"), m_base, QStringLiteral("import"), QStringLiteral("template"),
                  QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--filled"), QStringLiteral("-o"),
                  filled2024},
                 -1)
                 .exitCode,
             0);
    m_saveCsv = m_dir.filePath(QStringLiteral("save-2024.csv"));
    qint64 saved = 0;
    QVERIFY(fillTemplate(filled2024, m_saveCsv, 1, &saved));
    QCOMPARE(saved, 1);

    // An older database: the schema one version behind, as an earlier xhht left it.
    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest >= 2);
    const QString migrations = m_dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    for (const QString &file :
         QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}).mid(0, latest - 1))
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + file, migrations + QLatin1Char('/') + file));
    Database::setMigrationDirectory(migrations);
    m_older = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        Database older;
        older.open(m_older);
    }
    Database::setMigrationDirectory(QString());

    // How long each takes to its end: the kills fall within that time.
    const QString path = copyOf(m_base, QStringLiteral("measure.sqlite"));
    m_importMs = timed([&] {
        return run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("submissions"), m_csv}, -1)
                   .exitCode == 0;
    });
    m_saveMs = timed([&] {
        return run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("submissions"), m_saveCsv},
                   -1)
                   .exitCode == 0;
    });
    const QString fresh = copyOf(QString(), QStringLiteral("measure-init.sqlite"));
    m_initMs = timed([&] { return run({QStringLiteral("--db"), fresh, QStringLiteral("init")}, -1).exitCode == 0; });
    const QString upgraded = copyOf(m_older, QStringLiteral("measure-upgrade.sqlite"));
    m_upgradeMs = timed([&] {
        return run({QStringLiteral("--db"), upgraded, QStringLiteral("units")}, -1).exitCode == 0;
    });
    QVERIFY(m_importMs > 0 && m_saveMs > 0 && m_initMs > 0 && m_upgradeMs > 0);
    qInfo("to the end: import %lld ms, save %lld ms, init %lld ms, upgrade %lld ms", m_importMs, m_saveMs, m_initMs,
          m_upgradeMs);
}

void TestCrash::killDuringImport()
{
    const int kills = killsFor(8);
    int killed = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = copyOf(m_base, QStringLiteral("import.sqlite"));
        QVERIFY(!path.isEmpty());
        const int delay = randomDelay(m_importMs);
        const Run r =
            run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("submissions"), m_csv}, delay);
        killed += r.killed ? 1 : 0;
        QVERIFY(r.killed || r.exitCode == 0);
        qint64 stored = -1;
        const QString problem =
            check(path, QStringLiteral("SELECT count(*) FROM submission WHERE year = 2025"), &stored);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after %1 ms: %2").arg(delay).arg(problem)));
        QVERIFY2(stored == 0 || stored == m_rows,
                 qPrintable(QStringLiteral("after %1 ms: %2 of %3 rows").arg(delay).arg(stored).arg(m_rows)));
        if (!r.killed)
            QCOMPARE(stored, m_rows);
    }
    report("import", kills, killed);
}

void TestCrash::killDuringSave()
{
    const int kills = killsFor(4);
    int killed = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = copyOf(m_base, QStringLiteral("save.sqlite"));
        const int delay = randomDelay(m_saveMs);
        const Run r = run(
            {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("submissions"), m_saveCsv}, delay);
        killed += r.killed ? 1 : 0;
        QVERIFY(r.killed || r.exitCode == 0);
        qint64 changed = -1;
        const QString problem = check(
            path, QStringLiteral("SELECT count(*) FROM submission WHERE document_number = '1/BC-CRASH'"), &changed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(changed == 0 || changed == 1);
        if (!r.killed)
            QCOMPARE(changed, 1);
    }
    report("save", kills, killed);
}

void TestCrash::killDuringInit()
{
    const int kills = killsFor(4);
    int killed = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = copyOf(QString(), QStringLiteral("init.sqlite"));
        const int delay = randomDelay(m_initMs);
        const Run r = run({QStringLiteral("--db"), path, QStringLiteral("init")}, delay);
        killed += r.killed ? 1 : 0;
        if (QFile::exists(path)) {
            qint64 version = -1;
            const QString problem = check(path, QStringLiteral("PRAGMA user_version"), &version);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(version >= 0 && version <= Database::latestSchemaVersion());
        }
        // Whatever the kill left, init again finishes the database.
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("init")}, -1).exitCode, 0);
        qint64 units = 0;
        QCOMPARE(check(path, QStringLiteral("SELECT count(*) FROM unit"), &units), QString());
        QVERIFY(units > 0);
    }
    report("init", kills, killed);
}

void TestCrash::killDuringUpgrade()
{
    const int latest = Database::latestSchemaVersion();
    const int kills = killsFor(4);
    int killed = 0;
    for (int i = 0; i < kills; ++i) {
        const QString path = copyOf(m_older, QStringLiteral("upgrade.sqlite"));
        const int delay = randomDelay(m_upgradeMs);
        const Run r = run({QStringLiteral("--db"), path, QStringLiteral("units")}, delay);
        killed += r.killed ? 1 : 0;
        qint64 version = -1;
        const QString problem = check(path, QStringLiteral("PRAGMA user_version"), &version);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(version == latest - 1 || version == latest, qPrintable(QString::number(version)));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("units")}, -1).exitCode, 0);
        QCOMPARE(check(path, QStringLiteral("PRAGMA user_version"), &version), QString());
        QCOMPARE(version, latest);
    }
    report("upgrade", kills, killed);
}

void TestCrash::cleanupTestCase()
{
    // A harness whose kills all came too late would prove nothing.
    QVERIFY2(m_totalKilled > 0, "no run was killed before its end");
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
