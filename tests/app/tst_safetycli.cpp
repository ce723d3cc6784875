#include "support/cliprocess.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The cells of a CSV line without quoted line breaks.
QStringList cellsOf(const QString &line)
{
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
    return cells;
}

QString lineOf(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted.append(c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
    return quoted.join(QLatin1Char(','));
}

} // namespace

// The command line when files, disks and other writers misbehave, and backups (issue 17,
// §2-§4): runs the built program.
class TestSafetyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mistypedPathIsRefused();
    void backupThenRestore();
    void backupWithoutFolderSaysWhatToDo();
    void restoreRefusesWhatIsNotABackup();
    void restoreOverAFileTooDamagedToOpen_data();
    void restoreOverAFileTooDamagedToOpen();
    void quickCheckOnlyOnTheFirstWriteOfTheDay();
    void damagedDatabaseIsNotWritten();
    void errorsPastTheFirstThousandAreCounted();
    void fullDiskIsCalledFull();
    void readOnlyFolderIsReadNotDamaged();
    void secondImportSaysAnotherIsWriting();
    void longLockWaitsThenSaysWhy();

private:
    using Result = CliResult;
    Result run(const QStringList &arguments, const QStringList &env = {});
    static QByteArray hashOf(const QString &path);
    // A tmpfs of `kib` KiB at `folder` (only as root); false when it cannot be made.
    bool mountTmpfs(const QString &folder, int kib);
    QString filledTemplate(const QString &db, int year, const QString &name);
    static void corruptRootPage(const QString &path, const QString &table);

    QTemporaryDir m_dir;
    QString m_db;    // initialised with the demo
    QString m_plain; // initialised only: nothing recorded for 2024 and 2025
    QStringList m_mounts;
};

QByteArray TestSafetyCli::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

TestSafetyCli::Result TestSafetyCli::run(const QStringList &arguments, const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return runCli(QStringLiteral(XHHT_BINARY), arguments, environment);
}

bool TestSafetyCli::mountTmpfs(const QString &folder, int kib)
{
    QDir().mkpath(folder);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), folder}) != 0)
        return false;
    m_mounts.append(folder);
    return true;
}

QString TestSafetyCli::filledTemplate(const QString &db, int year, const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("template"), QStringLiteral("--year"),
             QString::number(year), QStringLiteral("-o"), path})
            .exitCode != 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    file.close();
    const QStringList header = cellsOf(lines.first());
    const qsizetype received = header.indexOf(QStringLiteral("Ngày nhận [received_date]"));
    const qsizetype number = header.indexOf(QStringLiteral("Số văn bản [document_number]"));
    if (received < 0 || number < 0 || lines.size() < 3)
        return {};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = cellsOf(lines.at(i));
        if (cells.size() != header.size())
            return {};
        cells[received] = QStringLiteral("20/11/%1").arg(year);
        cells[number] = QStringLiteral("%1/BC").arg(i);
        lines[i] = lineOf(cells);
    }
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

void TestSafetyCli::corruptRootPage(const QString &path, const QString &table)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
        QVERIFY(q.next());
        page = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    QVERIFY(page > 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * 4096));
    f.write(QByteArray(64, '\x7F'));
}

void TestSafetyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    m_plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), m_plain, QStringLiteral("init")}).exitCode, 0);
}

void TestSafetyCli::cleanup()
{
    for (const QString &folder : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {folder});
    m_mounts.clear();
}

void TestSafetyCli::mistypedPathIsRefused()
{
    const QString typo = m_dir.filePath(QStringLiteral("Documnets/xhht.sqlite"));
    for (const QString &command : {QStringLiteral("units"), QStringLiteral("backup")}) {
        const Result r = run({QStringLiteral("--db"), typo, command});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no database at")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("Documnets"))));
    QCOMPARE(run({QStringLiteral("--db"), typo, QStringLiteral("init")}).exitCode, 0);
    QVERIFY(QFileInfo::exists(typo));
}

void TestSafetyCli::backupThenRestore()
{
    const QString db = m_dir.filePath(QStringLiteral("round.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    const QString backup = m_dir.filePath(QStringLiteral("round-backup.sqlite"));
    Result r = run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), backup});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("checked")), qPrintable(r.out));
    const QString units = run({QStringLiteral("--db"), db, QStringLiteral("units")}).out;
    QVERIFY(units.count(QLatin1Char('\n')) > 5);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("3"),
                  QStringLiteral("--years"), QStringLiteral("2024-2024")})
                 .exitCode,
             0);
    QVERIFY(run({QStringLiteral("--db"), db, QStringLiteral("units")}).out != units);

    r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("before-restore")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("units")}).out, units);
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("round.sqlite.before-restore-*.sqlite")});
    QCOMPARE(kept.size(), 1);
    const Result old = run({QStringLiteral("--db"), m_dir.filePath(kept.first()), QStringLiteral("units")});
    QCOMPARE(old.exitCode, 0);
    QCOMPARE(old.out.count(QLatin1Char('\n')), units.count(QLatin1Char('\n')) + 3);

    // Into a folder, from the command line too.
    const QString folder = m_dir.filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--folder"), folder}).exitCode,
             0);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("round-*.sqlite")}).size(), 1);
}

void TestSafetyCli::backupWithoutFolderSaysWhatToDo()
{
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("backup")},
                         {QStringLiteral("XDG_CONFIG_HOME=") + m_dir.filePath(QStringLiteral("no-settings"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("-o FILE")), qPrintable(r.err));
}

void TestSafetyCli::restoreRefusesWhatIsNotABackup()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ghi chú\n");
    f.close();
    const QByteArray before = hashOf(m_db);
    const Result r = run({QStringLiteral("--db"), m_db, QStringLiteral("restore"), text});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be restored")), qPrintable(r.err));
    QCOMPARE(hashOf(m_db), before);
}

void TestSafetyCli::restoreOverAFileTooDamagedToOpen_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to its first page") << "truncated";
    QTest::newRow("random bytes") << "random";
    QTest::newRow("header overwritten") << "header";
}

// `xhht restore` when the database cannot even be opened: a bad backup changes nothing;
// a good one is put in its place and the damaged file is kept beside it, byte for byte.
void TestSafetyCli::restoreOverAFileTooDamagedToOpen()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("xhht.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
    const QString units = run({QStringLiteral("--db"), backup, QStringLiteral("units")}).out;
    QVERIFY(units.count(QLatin1Char('\n')) > 5);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("truncated")) {
            QVERIFY(f.resize(4096));
        } else if (damage == QLatin1String("random")) {
            QByteArray bytes(300000, Qt::Uninitialized);
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + i / 13) % 251);
            QVERIFY(f.resize(0));
            f.write(bytes);
        } else {
            QVERIFY(f.seek(16));
            f.write(QByteArray(84, '\xFF'));
        }
    }
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    const QByteArray damaged = hashOf(db);
    QVERIFY(run({QStringLiteral("--db"), db, QStringLiteral("units")}).exitCode != 0);

    // A backup that is not one: refused, nothing changed, no copy left.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("không phải bản sao\n");
    }
    Result r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), text});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be restored")), qPrintable(r.err));
    QCOMPARE(hashOf(db), damaged);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);

    r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("xhht.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QVERIFY2(r.out.contains(kept.first()) && r.out.contains(QStringLiteral("could not be opened")), qPrintable(r.out));
    QCOMPARE(hashOf(dir.filePath(kept.first())), damaged);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("units")}).out, units);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".restoring")));
    // The restore is in the audit log, naming the damaged copy.
    {
        QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        peek.setDatabaseName(db);
        QVERIFY(peek.open());
        QSqlQuery q(peek);
        QVERIFY(q.exec(QStringLiteral("SELECT old_value FROM audit_log WHERE action = 'restore'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().endsWith(kept.first()), qPrintable(q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
}

// The day of the last clean quick_check is kept in the file: a program writing on the
// day it was checked does not check again; a file last checked yesterday is checked.
// Seen through the log category xhht.storage.check, not through time.
void TestSafetyCli::quickCheckOnlyOnTheFirstWriteOfTheDay()
{
    const QString db = m_dir.filePath(QStringLiteral("daily.sqlite"));
    QVERIFY(QFile::copy(m_plain, db));
    const QStringList log = {QStringLiteral("QT_LOGGING_RULES=xhht.storage.check.info=true")};
    const QStringList write = {QStringLiteral("--db"),     db,
                               QStringLiteral("demo"),     QStringLiteral("--units"),
                               QStringLiteral("1"),        QStringLiteral("--years"),
                               QStringLiteral("2024-2024")};
    const auto setDay = [&db](const QString &day) {
        {
            QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("day"));
            peek.setDatabaseName(db);
            QVERIFY(peek.open());
            QSqlQuery q(peek);
            QVERIFY(q.exec(QStringLiteral("UPDATE xhht_meta SET value = '%1' WHERE key = 'quick_checked'").arg(day)));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("day"));
    };
    setDay(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    Result r = run(write, log);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("quick_check of")), 1);
    for (int second = 0; second < 2; ++second) {
        r = run(write, log);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("quick_check")), qPrintable(r.err));
    }
    setDay(QStringLiteral("2020-01-01"));
    r = run(write, log);
    QCOMPARE(r.err.count(QStringLiteral("quick_check of")), 1);
}

// A file where every row is wrong: the first 1,000 errors are listed, the others counted
// in one line, in Vietnamese as the clerk reads it ("… và 1.250 lỗi khác").
void TestSafetyCli::errorsPastTheFirstThousandAreCounted()
{
    const QString csv = m_dir.filePath(QStringLiteral("nhieu-loi.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[year],[unit_code],[received_date]\n");
        for (int i = 0; i < 2250; ++i)
            f.write(QStringLiteral("2025,KHONG%1,20/11/2025\n").arg(i).toUtf8());
    }
    const Result r = run({QStringLiteral("--db"), m_plain, QStringLiteral("import"), QStringLiteral("submissions"), csv,
                          QStringLiteral("--dry-run")},
                         {QStringLiteral("XHHT_LANG=vi")});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1002);
    QVERIFY2(lines.at(0).contains(QStringLiteral(":2:unit_code:")) && lines.at(0).contains(QStringLiteral("KHONG0")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(999).contains(QStringLiteral(":1001:unit_code:")), qPrintable(lines.at(999)));
    QCOMPARE(lines.at(1000), QStringLiteral("… và 1.250 lỗi khác"));
    QVERIFY2(lines.at(1001).contains(QStringLiteral("2250 lỗi")), qPrintable(lines.at(1001)));
}

void TestSafetyCli::damagedDatabaseIsNotWritten()
{
    const QString db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_plain, db));
    const QString csv = filledTemplate(db, 2025, QStringLiteral("damaged-2025.csv"));
    QVERIFY(!csv.isEmpty());
    corruptRootPage(db, QStringLiteral("audit_log"));
    const QByteArray before = hashOf(db);
    const Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("restore")), qPrintable(r.err));
    QCOMPARE(hashOf(db), before);
}

void TestSafetyCli::fullDiskIsCalledFull()
{
    const QString disk = m_dir.filePath(QStringLiteral("full"));
    if (!mountTmpfs(disk, 4096))
        QSKIP("a small tmpfs needs root (mount)");
    const QString db = disk + QStringLiteral("/xhht.sqlite");
    QVERIFY(QFile::copy(m_db, db));
    // Fill what is left.
    QFile filler(disk + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    QVERIFY(QStorageInfo(disk).bytesAvailable() < 64 * 1024);

    Result r = run({QStringLiteral("--db"), db, QStringLiteral("units")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is full")) && !r.err.contains(QStringLiteral("damaged")),
             qPrintable(r.err));

    const QString pdf = disk + QStringLiteral("/xep-hang.pdf");
    r = run({QStringLiteral("--db"), m_db, QStringLiteral("rank"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("full")) && !r.err.contains(QStringLiteral("Unknown error")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestSafetyCli::readOnlyFolderIsReadNotDamaged()
{
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    if (!mountTmpfs(folder, 16384))
        QSKIP("a read-only folder for root needs a read-only mount (mount)");
    const QString db = folder + QStringLiteral("/xhht.sqlite");
    QVERIFY(QFile::copy(m_db, db));
    const QString csv = filledTemplate(m_db, 2025, QStringLiteral("ro-2025.csv"));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}),
             0);
    Result r = run({QStringLiteral("--db"), db, QStringLiteral("units")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.count(QLatin1Char('\n')) > 5);
    r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("read-only")) && !r.err.contains(QStringLiteral("damaged")),
             qPrintable(r.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("xhht.sqlite")});
}

void TestSafetyCli::secondImportSaysAnotherIsWriting()
{
    const QString db = m_dir.filePath(QStringLiteral("two.sqlite"));
    QVERIFY(QFile::copy(m_plain, db));
    const QString csv = filledTemplate(db, 2025, QStringLiteral("two-2025.csv"));
    QVERIFY(!csv.isEmpty());
    QProcess first;
    QProcess second;
    const QStringList arguments = {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"),
                                   csv};
    first.start(QStringLiteral(XHHT_BINARY), arguments);
    second.start(QStringLiteral(XHHT_BINARY), arguments);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    QVERIFY2(!errors.contains(QStringLiteral("UNIQUE")) && !errors.contains(QStringLiteral("database is locked")),
             qPrintable(errors));
    QCOMPARE(first.exitCode() + second.exitCode() <= 1, true);
    if (first.exitCode() + second.exitCode() == 1)
        QVERIFY2(errors.contains(QStringLiteral("Another program or person recorded")), qPrintable(errors));
}

void TestSafetyCli::longLockWaitsThenSaysWhy()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.sqlite"));
    QVERIFY(QFile::copy(m_plain, db));
    const QString csv = filledTemplate(db, 2025, QStringLiteral("locked-2025.csv"));
    QVERIFY(!csv.isEmpty());
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(db);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer timer;
        timer.start();
        const Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), csv},
                             {QStringLiteral("XHHT_LOCK_WAIT=3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(timer.elapsed() >= 2900);
        QVERIFY2(r.err.contains(QStringLiteral("waiting for them to finish")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Another program or person is writing")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("database is locked")), qPrintable(r.err));
        q.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("submissions"), csv}).exitCode,
             0);
}

QTEST_GUILESS_MAIN(TestSafetyCli)
#include "tst_safetycli.moc"
