#include "domain/storageerror.h"
#include "services/backupservice.h"
#include "services/seeder.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/sqlitefile.h"
#include "storage/unitrepository.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Backups and restore (DESIGN.md, Never losing data): checked copies with the online
// backup API, generations in a folder, restore all or nothing.
class TestBackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backUpCopiesWhatIsStillInTheWal();
    void backUpRefusesTheDatabaseItself();
    void generationsKeepSevenDailyAndFourWeekly_data();
    void generationsKeepSevenDailyAndFourWeekly();
    void backUpToFolderRemovesExpiredCopies();
    void backUpIfDueFollowsChangesAndDays();
    void statusWarnsWhenOldOrMissing();
    void restoreSwapsInTheBackupAndKeepsACopy();
    void restoreRefusesWithoutChanging_data();
    void restoreRefusesWithoutChanging();

private:
    static qint64 addUnit(const Database &database, const QString &code);
    static int unitCount(const QString &path);
    QString newDatabase(Database &database);
    std::unique_ptr<QTemporaryDir> m_dir;
};

qint64 TestBackupService::addUnit(const Database &database, const QString &code)
{
    Unit u;
    u.code = code;
    u.name = QStringLiteral("Đơn vị ") + code;
    u.validFrom = QDate(2024, 1, 1);
    return UnitRepository(database).insert(u);
}

int TestBackupService::unitCount(const QString &path)
{
    return int(SqliteFile::inspect(path).counts.value(QStringLiteral("unit"), -1));
}

QString TestBackupService::newDatabase(Database &database)
{
    const QString path = m_dir->filePath(QStringLiteral("xhht.sqlite"));
    database.open(path);
    Seeder(database).seed();
    return path;
}

void TestBackupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().remove(QStringLiteral("backup/folder"));
}

void TestBackupService::backUpCopiesWhatIsStillInTheWal()
{
    Database database;
    const QString path = newDatabase(database);
    addUnit(database, QStringLiteral("WAL1"));
    // The connection is open: the new unit is in the -wal, not yet in the main file.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const int units = UnitRepository(database).count();
    QVERIFY(units > 1);

    BackupService backups(database);
    const QString target = m_dir->filePath(QStringLiteral("copy.sqlite"));
    const BackupReport report = backups.backUp(target);
    QCOMPARE(report.rows(QStringLiteral("unit")), units);
    QCOMPARE(unitCount(target), units);
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal"))); // one self-contained file
    QVERIFY(SqliteFile::inspect(target).problem.isEmpty());
}

void TestBackupService::backUpRefusesTheDatabaseItself()
{
    Database database;
    const QString path = newDatabase(database);
    BackupService backups(database);
    QVERIFY_THROWS_EXCEPTION(StorageError, backups.backUp(path));
    QVERIFY(SqliteFile::inspect(path).problem.isEmpty());
}

void TestBackupService::generationsKeepSevenDailyAndFourWeekly_data()
{
    QTest::addColumn<int>("days");     // one copy a day for this many days
    QTest::addColumn<int>("perDay");   // copies each day
    QTest::addColumn<int>("expected"); // copies kept
    QTest::newRow("three days") << 3 << 1 << 3;
    QTest::newRow("a week") << 7 << 1 << 7;
    // 7 daily copies, and the newest of each of the 4 newest weeks: 2 weeks are
    // already among the dailies' days (the last 7 days touch 2 weeks), 2 more are older.
    QTest::newRow("sixty days") << 60 << 1 << 9;
    QTest::newRow("three a day for a week") << 7 << 3 << 7;
}

void TestBackupService::generationsKeepSevenDailyAndFourWeekly()
{
    QFETCH(int, days);
    QFETCH(int, perDay);
    QFETCH(int, expected);
    const QDateTime start(QDate(2025, 3, 3), QTime(9, 0)); // a Monday
    QList<QDateTime> times;
    for (int d = 0; d < days; ++d)
        for (int c = 0; c < perDay; ++c)
            times.append(start.addDays(d).addSecs(3600 * c));
    const QList<QDateTime> old = BackupService::expired(times);
    QCOMPARE(times.size() - old.size(), expected);
    const QDateTime newest = times.last();
    QVERIFY(!old.contains(newest));
    for (const QDateTime &at : old)
        QVERIFY2(at < newest.addDays(-6) || at.time() != newest.time(), qPrintable(at.toString()));
}

void TestBackupService::backUpToFolderRemovesExpiredCopies()
{
    Database database;
    newDatabase(database);
    BackupService backups(database);
    const QString folder = m_dir->filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(folder));
    const QDateTime start(QDate(2025, 1, 6), QTime(17, 0));
    for (int d = 0; d < 40; ++d)
        backups.backUpToFolder(folder, start.addDays(d));
    const auto copies = backups.backupsIn(folder);
    QVERIFY(!copies.isEmpty());
    QCOMPARE(copies.size(), 9); // 7 daily + 2 older weekly
    QCOMPARE(copies.first().second, start.addDays(39));
    for (const auto &copy : copies)
        QVERIFY(SqliteFile::inspect(copy.first).problem.isEmpty());
    // Another program's files in the folder are left alone.
    QFile other(QDir(folder).filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    backups.backUpToFolder(folder, start.addDays(41));
    QVERIFY(QFile::exists(other.fileName()));
}

void TestBackupService::backUpIfDueFollowsChangesAndDays()
{
    Database database;
    newDatabase(database);
    BackupService backups(database);
    const QDateTime now(QDate(2025, 5, 5), QTime(10, 0));
    QVERIFY(backups.backUpIfDue(true, now).path.isEmpty()); // no folder chosen
    const QString folder = m_dir->filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    BackupService::setFolder(folder);
    QVERIFY(!backups.backUpIfDue(false, now).path.isEmpty()); // none yet
    QVERIFY(backups.backUpIfDue(false, now.addSecs(3600)).path.isEmpty());
    QVERIFY(backups.backUpIfDue(true, now.addSecs(3600)).path.isEmpty()); // nothing changed
    addUnit(database, QStringLiteral("NEW"));
    QVERIFY(backups.backUpIfDue(false, now.addSecs(7200)).path.isEmpty()); // changed, but not closing
    QVERIFY(!backups.backUpIfDue(true, now.addSecs(7200)).path.isEmpty());
    QVERIFY(!backups.backUpIfDue(false, now.addDays(1).addSecs(7200)).path.isEmpty()); // a day old
    QCOMPARE(backups.backupsIn(folder).size(), 2); // the same day's first copy gave way
}

void TestBackupService::statusWarnsWhenOldOrMissing()
{
    Database database;
    newDatabase(database);
    BackupService backups(database);
    QVERIFY(backups.status().folder.isEmpty());
    QVERIFY(backups.status().needsAttention());
    const QString folder = m_dir->filePath(QStringLiteral("usb"));
    BackupService::setFolder(folder);
    QVERIFY(backups.status().folderMissing);
    QVERIFY(QDir().mkpath(folder));
    const QDateTime made(QDate(2025, 4, 1), QTime(16, 30));
    backups.backUpToFolder(folder, made);
    const BackupStatus fresh = backups.status(made.addDays(2));
    QCOMPARE(fresh.last, made);
    QCOMPARE(fresh.ageDays, 2);
    QVERIFY(!fresh.needsAttention());
    const BackupStatus stale = backups.status(made.addDays(8));
    QCOMPARE(stale.ageDays, 8);
    QVERIFY(stale.needsAttention());
}

void TestBackupService::restoreSwapsInTheBackupAndKeepsACopy()
{
    Database database;
    const QString path = newDatabase(database);
    BackupService backups(database);
    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    backups.backUp(backup);
    const int before = UnitRepository(database).count();
    addUnit(database, QStringLiteral("AFTER"));
    QCOMPARE(UnitRepository(database).count(), before + 1);

    // Another connection sees the swap too.
    Database other;
    other.open(path);
    const RestoreReport report = backups.restore(backup);
    QCOMPARE(UnitRepository(database).count(), before);
    QCOMPARE(UnitRepository(other).count(), before);
    QCOMPARE(unitCount(report.keptCopy), before + 1);
    const QList<AuditEntry> audit = AuditRepository(database).forEntity(QStringLiteral("database"), 1);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("restore"));
    QCOMPARE(audit.first().newValue, backup);
    QCOMPARE(audit.first().oldValue, report.keptCopy);
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    // The database still takes writes.
    addUnit(database, QStringLiteral("LATER"));
    QCOMPARE(UnitRepository(database).count(), before + 1);
}

void TestBackupService::restoreRefusesWithoutChanging_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << "text";
    QTest::newRow("another program's database") << "foreign";
    QTest::newRow("damaged backup") << "damaged";
    QTest::newRow("newer schema") << "newer";
    QTest::newRow("missing") << "missing";
}

void TestBackupService::restoreRefusesWithoutChanging()
{
    QFETCH(QString, kind);
    Database database;
    const QString path = newDatabase(database);
    BackupService backups(database);
    const QString backup = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("không phải cơ sở dữ liệu\n");
    } else if (kind == QLatin1String("foreign")) {
        Database foreign;
        foreign.open(backup);
        foreign.execute(QStringLiteral("DELETE FROM xhht_meta"));
    } else if (kind == QLatin1String("damaged")) {
        backups.backUp(backup);
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 40000);
        f.seek(f.size() / 2);
        f.write(QByteArray(20000, '\x5A'));
    } else if (kind == QLatin1String("newer")) {
        backups.backUp(backup);
        Database newer;
        newer.open(backup);
        newer.execute(QStringLiteral("PRAGMA user_version = 999"));
    }
    const int before = UnitRepository(database).count();
    QVERIFY(before > 0);
    bool refused = false;
    try {
        backups.restore(backup);
    } catch (const StorageError &error) {
        refused = true;
        QVERIFY2(error.message().contains(QDir::toNativeSeparators(backup)), qPrintable(error.message()));
    }
    QVERIFY(refused);
    QCOMPARE(UnitRepository(database).count(), before);
    QVERIFY(AuditRepository(database).forEntity(QStringLiteral("database"), 1).isEmpty());
    const QStringList left = QDir(m_dir->path()).entryList({QStringLiteral("xhht.sqlite.*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
