#include "domain/storageerror.h"
#include "services/seeder.h"
#include "storage/database.h"
#include "storage/sqlitefile.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// A damaged database is never written to; refusals say what really happened and leave
// nothing behind; the pre-upgrade copy holds everything; writers wait for each other
// (issue 17, §2 and §4).
class TestDatabaseSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void missingFileIsRefusedUnlessCreating();
    void damagedPageRefusesWrites_data();
    void damagedPageRefusesWrites();
    void upgradeCopyHoldsWalChangesOncePerVersion();
    void refusedFilesLeaveNothingBeside_data();
    void refusedFilesLeaveNothingBeside();
    void readOnlyFileLeavesNoSharedMemoryFile();
    void leftOverReadOnlySharedMemoryIsMadeWritable();
    void secondWriterWaitsThenSaysWhy();
    void quickCheckOnceADayPerFile();
    void quickCheckKeepsNoPagesInMemory();
    void corruptionSeenBySqliteChecksTheNextWrite();

private:
    // One write transaction that touches only the plan table.
    static void touch(const Database &database);
    static QString checkedDay(const Database &database);
    static void setCheckedDay(const Database &database, const QString &day);
    static void corruptRoot(const QString &path, const QString &object);
    static QByteArray hashOf(const QString &path);
    static void addUnits(const Database &database, int count);
    static QString migrations(const QTemporaryDir &dir, int count, bool failingNext);
};

QByteArray TestDatabaseSafety::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDatabaseSafety::addUnits(const Database &database, int count)
{
    Transaction transaction(database);
    UnitRepository units(database);
    for (int i = 0; i < count; ++i) {
        Unit u;
        u.code = QStringLiteral("T%1").arg(i);
        u.name = QStringLiteral("Đơn vị thử %1 với một cái tên khá dài để lấp đầy trang").arg(i);
        u.validFrom = QDate(2024, 1, 1);
        units.insert(u);
    }
    transaction.commit();
}

// The first `count` real migrations, and when asked a next one that fails.
QString TestDatabaseSafety::migrations(const QTemporaryDir &dir, int count, bool failingNext)
{
    const QString folder = dir.filePath(QStringLiteral("m%1%2").arg(count).arg(failingNext ? "f" : ""));
    QDir().mkpath(folder);
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}).mid(0, count);
    for (const QString &file : files)
        QFile::copy(QStringLiteral(":/migrations/") + file, folder + QLatin1Char('/') + file);
    if (failingNext) {
        QFile bad(folder + QStringLiteral("/%1_fails.sql").arg(count + 1, 4, 10, QLatin1Char('0')));
        if (bad.open(QIODevice::WriteOnly))
            bad.write("CREATE TABLE unit (id INTEGER);\n"); // exists already
    }
    return folder;
}

void TestDatabaseSafety::cleanup()
{
    Database::setMigrationDirectory(QString());
    qunsetenv("XHHT_LOCK_WAIT");
}

void TestDatabaseSafety::missingFileIsRefusedUnlessCreating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/xhht.sqlite"));
    bool refused = false;
    try {
        Database db;
        db.open(path, Database::OpenMode::ExistingOnly);
    } catch (const StorageError &error) {
        refused = true;
        QCOMPARE(int(error.kind()), int(StorageError::Kind::Missing));
        QVERIFY2(error.message().contains(QStringLiteral("init")), qPrintable(error.message()));
    }
    QVERIFY(refused);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

    Database db;
    db.open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(db.wasCreated());
}

void TestDatabaseSafety::damagedPageRefusesWrites_data()
{
    QTest::addColumn<QString>("object");
    QTest::newRow("table page") << "unit";
    QTest::newRow("index page") << "sqlite_autoindex_unit_1";
}

void TestDatabaseSafety::damagedPageRefusesWrites()
{
    QFETCH(QString, object);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    int page = 0;
    {
        Database db;
        db.open(path);
        addUnits(db, 400);
        SqlQuery root(db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        root.bind(object).exec();
        QVERIFY(root.next());
        page = int(root.number(0));
    }
    QVERIFY(page > 1);
    {
        // The root page's b-tree header and cell pointers, overwritten.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(page - 1) * 4096));
        f.write(QByteArray(64, '\x7F'));
    }
    const QByteArray before = hashOf(path);

    Database db;
    db.open(path); // reading is still allowed
    bool refused = false;
    try {
        Unit u;
        u.code = QStringLiteral("NEW");
        u.name = QStringLiteral("Mới");
        u.validFrom = QDate(2025, 1, 1);
        Transaction transaction(db);
        UnitRepository(db).insert(u);
        transaction.commit();
    } catch (const StorageError &error) {
        refused = true;
        QCOMPARE(int(error.kind()), int(StorageError::Kind::Damaged));
        QVERIFY2(error.message().contains(QStringLiteral("restore"), Qt::CaseInsensitive), qPrintable(error.message()));
    }
    QVERIFY(refused);
    // A write outside a transaction is refused the same way.
    SqlQuery rename(db, QStringLiteral("UPDATE plan SET symbol = symbol || 'x'"));
    QVERIFY_THROWS_EXCEPTION(StorageError, rename.exec());
    QCOMPARE(hashOf(path), before);
}

void TestDatabaseSafety::upgradeCopyHoldsWalChangesOncePerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest >= 2);
    Database::setMigrationDirectory(migrations(dir, latest - 1, false));
    Database writer;
    writer.open(path);
    addUnits(writer, 3);
    // `writer` stays open: its units are in the -wal, not in the main file.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    // An upgrade that fails, twice: one copy of that version, not two.
    Database::setMigrationDirectory(migrations(dir, latest - 1, true));
    for (int attempt = 0; attempt < 2; ++attempt) {
        Database db;
        QVERIFY_THROWS_EXCEPTION(StorageError, db.open(path));
    }
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.*.bak")}, QDir::Files);
    QCOMPARE(copies, QStringList{QStringLiteral("old.sqlite.v%1.bak").arg(latest - 1)});
    const SqliteFile::Inspection copy = SqliteFile::inspect(dir.filePath(copies.first()));
    QVERIFY2(copy.problem.isEmpty(), qPrintable(copy.problem));
    QCOMPARE(copy.counts.value(QStringLiteral("unit")), 3);
    QCOMPARE(copy.schemaVersion, latest - 1);
}

void TestDatabaseSafety::refusedFilesLeaveNothingBeside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("another program") << "foreign";
    QTest::newRow("newer schema") << "newer";
}

void TestDatabaseSafety::refusedFilesLeaveNothingBeside()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.sqlite"));
    {
        Database db;
        db.open(path);
        db.execute(kind == QLatin1String("foreign") ? QStringLiteral("DROP TABLE xhht_meta")
                                                    : QStringLiteral("PRAGMA user_version = 999"));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = hashOf(path);
    Database db;
    QVERIFY_THROWS_EXCEPTION(StorageError, db.open(path));
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("refused.sqlite")});
}

void TestDatabaseSafety::readOnlyFileLeavesNoSharedMemoryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        db.open(path);
        Seeder(db).seed();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    {
        Database db;
        db.open(path);
        QVERIFY(db.isReadOnly());
        QVERIFY(UnitRepository(db).count() > 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    // Made writable again: the first write works.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    Database db;
    db.open(path);
    QVERIFY(!db.isReadOnly());
    addUnits(db, 1);
}

void TestDatabaseSafety::leftOverReadOnlySharedMemoryIsMadeWritable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shm.sqlite"));
    {
        Database db;
        db.open(path);
    }
    // What an older xhht left after reading the file while it was read-only.
    QFile shm(path + QStringLiteral("-shm"));
    QVERIFY(shm.open(QIODevice::WriteOnly));
    shm.close();
    QVERIFY(QFile::setPermissions(shm.fileName(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db;
    db.open(path);
    QVERIFY(QFileInfo(shm.fileName()).permission(QFile::WriteOwner));
    addUnits(db, 1);
}

void TestDatabaseSafety::secondWriterWaitsThenSaysWhy()
{
    qputenv("XHHT_LOCK_WAIT", "2");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Database first;
    first.open(path);
    Database second;
    second.open(path);
    QList<int> reported;
    second.setLockWaitObserver([&](int seconds) { reported.append(seconds); });
    Transaction holding(first); // holds the write lock
    QElapsedTimer timer;
    timer.start();
    bool refused = false;
    try {
        Transaction waiting(second);
    } catch (const StorageError &error) {
        refused = true;
        QCOMPARE(int(error.kind()), int(StorageError::Kind::Busy));
        QVERIFY2(error.message().contains(QStringLiteral("Another program or person is writing")),
                 qPrintable(error.message()));
    }
    QVERIFY(refused);
    QVERIFY(timer.elapsed() >= 1900);
    QCOMPARE(reported, QList<int>{1});
    holding.commit();
    addUnits(second, 1); // free again
}

void TestDatabaseSafety::touch(const Database &database)
{
    Transaction transaction(database);
    SqlQuery(database, QStringLiteral("UPDATE plan SET symbol = symbol || 'x'")).exec();
    transaction.commit();
}

QString TestDatabaseSafety::checkedDay(const Database &database)
{
    SqlQuery day(database, QStringLiteral("SELECT value FROM xhht_meta WHERE key = 'quick_checked'"));
    day.exec();
    return day.next() ? day.text(0) : QString();
}

void TestDatabaseSafety::setCheckedDay(const Database &database, const QString &day)
{
    SqlQuery(database, QStringLiteral("UPDATE xhht_meta SET value = ? WHERE key = 'quick_checked'")).bind(day).exec();
}

void TestDatabaseSafety::corruptRoot(const QString &path, const QString &object)
{
    int page = 0;
    {
        Database db;
        db.open(path);
        SqlQuery root(db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        root.bind(object).exec();
        QVERIFY(root.next());
        page = int(root.number(0));
    }
    QVERIFY(page > 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * 4096));
    f.write(QByteArray(64, '\x7F'));
}

// The day's check reads every page of the file, but keeps few of them in memory: a
// one-row import on a large file does not hold the file (issue 17). The connection keeps
// its large cache for the write itself.
void TestDatabaseSafety::quickCheckKeepsNoPagesInMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    {
        Database database;
        database.open(path);
        Transaction transaction(database);
        database.execute(QStringLiteral("CREATE TABLE filler (b BLOB)"));
        SqlQuery fill(database, QStringLiteral("INSERT INTO filler (b) VALUES (?)"));
        for (int i = 0; i < 2000; ++i)
            fill.bindBlob(QByteArray(4000, char('a' + i % 26))).exec();
        transaction.commit();
        setCheckedDay(database, QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    }
    QVERIFY(QFileInfo(path).size() > 8 * 1024 * 1024);
    Database database; // the next day
    database.open(path);
    const int checks = Database::quickCheckCount();
    database.checkBeforeWriting();
    QCOMPARE(Database::quickCheckCount(), checks + 1);
    int used = 0;
    int highest = 0;
    QCOMPARE(sqlite3_db_status(database.sqliteHandle(), SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0), SQLITE_OK);
    QVERIFY2(used < 4 * 1024 * 1024, qPrintable(QStringLiteral("%1 bytes of pages kept").arg(used)));
    SqlQuery cache(database, QStringLiteral("PRAGMA cache_size"));
    cache.exec();
    QVERIFY(cache.next());
    QCOMPARE(cache.number(0), -65536);
}

// The day of the last clean quick_check is kept in the file: a second program writing
// the same day does not check again; a day recorded earlier makes the next write check,
// and a file damaged since is then refused.
void TestDatabaseSafety::quickCheckOnceADayPerFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.sqlite"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    int checks = Database::quickCheckCount();
    {
        Database first;
        first.open(path);
        addUnits(first, 200);
        touch(first);
        QVERIFY(Database::quickCheckCount() > checks);
        QCOMPARE(checkedDay(first), today);
    }
    checks = Database::quickCheckCount();
    {
        Database second; // as a second program would
        second.open(path);
        touch(second);
        QCOMPARE(Database::quickCheckCount(), checks);
        setCheckedDay(second, yesterday);
    }
    {
        Database third; // the next day
        third.open(path);
        touch(third);
        QCOMPARE(Database::quickCheckCount(), checks + 1);
        QCOMPARE(checkedDay(third), today);
        touch(third);
        QCOMPARE(Database::quickCheckCount(), checks + 1);
        setCheckedDay(third, yesterday);
    }
    // Damaged where the write does not go: found by the day's check, nothing written.
    corruptRoot(path, QStringLiteral("unit"));
    const QByteArray before = hashOf(path);
    Database fourth;
    fourth.open(path);
    try {
        touch(fourth);
        QFAIL("the damaged file was written to");
    } catch (const StorageError &error) {
        QCOMPARE(int(error.kind()), int(StorageError::Kind::Damaged));
        QVERIFY2(error.message().contains(QStringLiteral("check found")), qPrintable(error.message()));
    }
    QCOMPARE(Database::quickCheckCount(), checks + 2);
    QCOMPARE(hashOf(path), before);
}

// Checked today, then damaged: SQLite's own report of the damaged page (on a read)
// makes the next write check the whole file, and it is refused.
void TestDatabaseSafety::corruptionSeenBySqliteChecksTheNextWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.sqlite"));
    {
        Database db;
        db.open(path);
        addUnits(db, 200);
        QCOMPARE(checkedDay(db), QDate::currentDate().toString(Qt::ISODate));
    }
    corruptRoot(path, QStringLiteral("unit"));
    Database db;
    db.open(path);
    const int checks = Database::quickCheckCount();
    touch(db); // the plan's pages are sound, and the file was checked today
    QCOMPARE(Database::quickCheckCount(), checks);
    const QByteArray before = hashOf(path) + hashOf(path + QStringLiteral("-wal"));
    QVERIFY_THROWS_EXCEPTION(StorageError, UnitRepository(db).all()); // SQLite: malformed
    QVERIFY_THROWS_EXCEPTION(StorageError, touch(db));
    QCOMPARE(Database::quickCheckCount(), checks + 1);
    QCOMPARE(hashOf(path) + hashOf(path + QStringLiteral("-wal")), before);
}

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_databasesafety.moc"
