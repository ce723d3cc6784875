#include "domain/storageerror.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "storage/batchinsert.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/rubricrepository.h"
#include "storage/sqlitefile.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "support/tallycheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Opening, creating, migrating and refusing database files (DESIGN.md, Data).
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void createsFreshDatabaseWithPragmas();
    void reopensCurrentDatabase();
    void migratesOlderDatabaseAfterBackup();
    void refusesFiles_data();
    void refusesFiles();
    void opensReadOnlyFileReadOnly();
    void enforcesForeignKeys();
    void cascadesDeletes();
    void storesTextNfc();
    void clusteringKeepsSubmissionRows();
    void commendationsMigration();
    void tallyMigration();
    void recognitionMigration();
    void sqlQueryReadsAndBinds();
    void sqlQueryRefusals();
    void batchInsertsInStatementsOfRows_data();
    void batchInsertsInStatementsOfRows();
    void batchInsertHandsBackReturnedRows_data();
    void batchInsertHandsBackReturnedRows();
    void batchInsertRefusalLeavesNothingAfterRollback();

private:
    static QByteArray hashOf(const QString &path);
    static void rawExec(const QString &path, const QStringList &statements);
    static QString migrationsUpTo(const QTemporaryDir &dir, int version);
    static QString realMigrations(const QTemporaryDir &dir, int count);
    QTemporaryDir m_dir;
};

QByteArray TestDatabase::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a database through a plain SQLite connection (no xhht code).
void TestDatabase::rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// A migration folder holding the real first migration and, for version 2, a test one.
QString TestDatabase::migrationsUpTo(const QTemporaryDir &dir, int version)
{
    const QString folder = dir.filePath(QStringLiteral("migrations-%1").arg(version));
    QDir().mkpath(folder);
    QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), folder + QStringLiteral("/0001_initial.sql"));
    if (version >= 2) {
        QFile second(folder + QStringLiteral("/0002_test.sql"));
        if (second.open(QIODevice::WriteOnly))
            second.write("ALTER TABLE unit ADD COLUMN test_column TEXT;\n");
    }
    return folder;
}

// A migration folder holding the first `count` real migrations: a database opened with it
// stops at that schema. Empty when there are fewer, or one cannot be copied.
QString TestDatabase::realMigrations(const QTemporaryDir &dir, int count)
{
    const QString folder = dir.filePath(QStringLiteral("v%1").arg(count));
    QDir().mkpath(folder);
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}).mid(0, count);
    if (files.size() != count)
        return {};
    for (const QString &file : files)
        if (!QFile::copy(QStringLiteral(":/migrations/") + file, folder + QLatin1Char('/') + file))
            return {};
    return folder;
}

void TestDatabase::cleanup()
{
    Database::setMigrationDirectory(QString());
}

void TestDatabase::createsFreshDatabaseWithPragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/xhht.sqlite"));
    Database db;
    db.open(path);
    QVERIFY(db.wasCreated());
    QVERIFY(!db.isReadOnly());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFile::exists(path));

    SqlQuery mode(db, QStringLiteral("PRAGMA journal_mode"));
    mode.exec();
    QVERIFY(mode.next());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    SqlQuery keys(db, QStringLiteral("PRAGMA foreign_keys"));
    keys.exec();
    QVERIFY(keys.next());
    QCOMPARE(keys.number(0), 1);
    SqlQuery sync(db, QStringLiteral("PRAGMA synchronous"));
    sync.exec();
    QVERIFY(sync.next());
    QCOMPARE(sync.number(0), 2); // FULL
    SqlQuery cache(db, QStringLiteral("PRAGMA cache_size"));
    cache.exec();
    QVERIFY(cache.next());
    QCOMPARE(cache.number(0), -65536); // 64 MiB
    SqlQuery temp(db, QStringLiteral("PRAGMA temp_store"));
    temp.exec();
    QVERIFY(temp.next());
    QCOMPARE(temp.number(0), 2); // MEMORY
}

void TestDatabase::reopensCurrentDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        Database db;
        db.open(path);
    }
    Database db;
    db.open(path);
    QVERIFY(!db.wasCreated());
    QVERIFY(db.backupPath().isEmpty());
}

void TestDatabase::migratesOlderDatabaseAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database::setMigrationDirectory(migrationsUpTo(dir, 1));
    {
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), 1);
        Unit u;
        u.code = QStringLiteral("U1");
        u.name = QStringLiteral("Đơn vị một");
        u.validFrom = QDate(2024, 1, 1);
        UnitRepository(db).insert(u);
    }
    Database::setMigrationDirectory(migrationsUpTo(dir, 2));
    Database db;
    db.open(path);
    QCOMPARE(db.schemaVersion(), 2);
    QVERIFY(!db.backupPath().isEmpty());
    // A copy through SQLite's backup API: the same rows at the old version, not the same bytes.
    const SqliteFile::Inspection copy = SqliteFile::inspect(db.backupPath());
    QVERIFY2(copy.problem.isEmpty(), qPrintable(copy.problem));
    QCOMPARE(copy.schemaVersion, 1);
    QCOMPARE(copy.counts.value(QStringLiteral("unit")), 1);
    SqlQuery q(db, QStringLiteral("SELECT name, test_column FROM unit WHERE code = 'U1'"));
    q.exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("Đơn vị một"));
}

void TestDatabase::refusesFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("text file") << "text" << int(StorageError::Kind::NotADatabase);
    QTest::newRow("short binary") << "short" << int(StorageError::Kind::NotADatabase);
    QTest::newRow("damaged") << "damaged" << int(StorageError::Kind::Damaged);
    QTest::newRow("newer schema") << "newer" << int(StorageError::Kind::TooNew);
    QTest::newRow("another program") << "foreign" << int(StorageError::Kind::ForeignDatabase);
    QTest::newRow("read-only, needs migration") << "readonly-old" << int(StorageError::Kind::ReadOnly);
}

void TestDatabase::refusesFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.sqlite"));

    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n");
    } else if (kind == QLatin1String("short")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(40, 'x'));
    } else if (kind == QLatin1String("damaged")) {
        {
            Database db;
            db.open(path);
        }
        // Keep the 100-byte header, overwrite the schema b-tree of page 1.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(2000, '\xA5'));
    } else if (kind == QLatin1String("newer")) {
        {
            Database db;
            db.open(path);
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
    } else if (kind == QLatin1String("foreign")) {
        rawExec(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO customers (name) VALUES ('Nguyễn Văn A')")});
    } else if (kind == QLatin1String("readonly-old")) {
        Database::setMigrationDirectory(migrationsUpTo(dir, 1));
        {
            Database db;
            db.open(path);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Database::setMigrationDirectory(migrationsUpTo(dir, 2));
    }
    const QByteArray before = hashOf(path);
    QVERIFY(!before.isEmpty());

    bool refused = false;
    try {
        Database db;
        db.open(path);
    } catch (const StorageError &error) {
        refused = true;
        QCOMPARE(int(error.kind()), expected);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QVERIFY(refused);
    QCOMPARE(hashOf(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::opensReadOnlyFileReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        db.open(path);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = hashOf(path);
    {
        Database db;
        db.open(path);
        QVERIFY(db.isReadOnly());
        QCOMPARE(UnitRepository(db).count(), 0);
        Unit u;
        u.code = QStringLiteral("X");
        u.name = QStringLiteral("X");
        u.validFrom = QDate(2024, 1, 1);
        QVERIFY_THROWS_EXCEPTION(StorageError, UnitRepository(db).insert(u));
    }
    QCOMPARE(hashOf(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::enforcesForeignKeys()
{
    Database db;
    db.openInMemory();
    Unit u;
    u.code = QStringLiteral("CHILD");
    u.name = QStringLiteral("Đơn vị con");
    u.validFrom = QDate(2024, 1, 1);
    u.parentId = 4242; // no such unit
    try {
        UnitRepository(db).insert(u);
        QFAIL("a unit with a missing parent was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Constraint);
    }
    QCOMPARE(UnitRepository(db).count(), 0);
}

void TestDatabase::cascadesDeletes()
{
    Database db;
    db.openInMemory();
    PlanRepository plans(db);
    Plan plan;
    plan.code = QStringLiteral("P");
    plan.title = QStringLiteral("Kế hoạch");
    plan.issuer = QStringLiteral("Sở");
    plan.periodFrom = 2024;
    plan.periodTo = 2030;
    const qint64 planId = plans.insertPlan(plan);
    PlanSection section;
    section.path = QStringLiteral("I");
    section.label = QStringLiteral("I");
    section.title = QStringLiteral("MỤC ĐÍCH");
    plans.insertSection(planId, section);
    QCOMPARE(plans.sections().size(), 1);
    db.execute(QStringLiteral("DELETE FROM plan"));
    QCOMPARE(plans.sections().size(), 0);
}

void TestDatabase::storesTextNfc()
{
    Database db;
    db.openInMemory();
    const QString decomposed = QStringLiteral("Tân Biên").normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != QStringLiteral("Tân Biên"));
    Unit u;
    u.code = QStringLiteral("TB");
    u.name = decomposed;
    u.validFrom = QDate(2024, 1, 1);
    UnitRepository(db).insert(u);
    QCOMPARE(UnitRepository(db).byCode(QStringLiteral("TB"))->name, QStringLiteral("Tân Biên"));
}

// Migration 3 rebuilds the values and scores tables in key order: a schema-2 database
// with submissions keeps every row, and the tables are stored without a rowid.
void TestDatabase::clusteringKeepsSubmissionRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QString v2 = realMigrations(dir, 2);
    QVERIFY(!v2.isEmpty());
    // The demo is made by today's code on today's schema, then copied into the old file.
    const QString current = dir.filePath(QStringLiteral("current.sqlite"));
    {
        Database db;
        db.open(current);
        Seeder(db).seed();
        DemoGenerator(db).addDemo();
    }
    Database::setMigrationDirectory(v2);
    QStringList before;
    const QString rows = QStringLiteral(
        "SELECT 'v', submission_id, indicator_id, value_number, value_text, is_estimate FROM submission_value "
        "UNION ALL SELECT 's', submission_id, criterion_id, self_score, reviewed_score, note FROM submission_score "
        "ORDER BY 1, 2, 3");
    auto snapshot = [&rows](const Database &db) {
        QStringList result;
        SqlQuery q(db, rows);
        q.exec();
        while (q.next())
            result << QStringLiteral("%1|%2|%3|%4|%5|%6")
                          .arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5));
        return result;
    };
    {
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), 2);
        Seeder(db).seed();
        db.execute(QStringLiteral("ATTACH DATABASE '%1' AS current").arg(current));
        db.execute(QStringLiteral("INSERT INTO submission (id, unit_id, year, document_number, document_date, "
                                  "received_date, status, note) SELECT id, unit_id, year, document_number, "
                                  "document_date, received_date, status, note FROM current.submission"));
        db.execute(QStringLiteral("INSERT INTO submission_value (submission_id, indicator_id, value_number, "
                                  "value_text, is_estimate) SELECT submission_id, indicator_id, value_number, "
                                  "value_text, is_estimate FROM current.submission_value"));
        db.execute(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, self_score, "
                                  "reviewed_score, note) SELECT submission_id, criterion_id, self_score, "
                                  "reviewed_score, note FROM current.submission_score"));
        db.execute(QStringLiteral("DETACH DATABASE current"));
        before = snapshot(db);
    }
    QVERIFY(before.size() > 500);

    Database::setMigrationDirectory(QString());
    Database db;
    db.open(path);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // 3 and any later migrations
    QCOMPARE(snapshot(db), before);
    QCOMPARE(wrongTallies(db), QStringList()); // migration 8 counted the copied rows
    SqlQuery q(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name IN ('submission_value', "
                                  "'submission_score') ORDER BY name"));
    q.exec();
    int clustered = 0;
    while (q.next())
        clustered += q.text(0).contains(QLatin1String("WITHOUT ROWID"));
    QCOMPARE(clustered, 2);
    // The cascade still holds after the rebuild.
    SqlQuery del(db, QStringLiteral("DELETE FROM submission"));
    del.exec();
    SqlQuery left(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM submission_value) + "
                                     "(SELECT COUNT(*) FROM submission_score)"));
    left.exec();
    QVERIFY(left.next());
    QCOMPARE(left.number(0), qint64(0));
}

// Migration 6 adds the commendation tables to a schema-5 database with data and
// preloads the catalogue and the two default suggestion rules; its unique indexes
// refuse a second proposal of the same form for the same unit (or person) and phase.
void TestDatabase::commendationsMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const QString v5 = realMigrations(dir, 5);
    QVERIFY(!v5.isEmpty());
    Database::setMigrationDirectory(v5);
    {
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), 5);
        Seeder(db).seed();
    }
    Database::setMigrationDirectory(QString());
    Database db;
    db.open(path);
    QVERIFY(db.schemaVersion() >= 6);
    SqlQuery forms(db, QStringLiteral("SELECT kind, COUNT(*) FROM commendation_form GROUP BY kind ORDER BY kind"));
    forms.exec();
    QStringList counts;
    while (forms.next())
        counts << forms.text(0) + QLatin1Char('=') + forms.text(1);
    QCOMPARE(counts, (QStringList{QStringLiteral("form=4"), QStringLiteral("title=4")}));
    SqlQuery rules(db, QStringLiteral("SELECT r.kind, r.class_code, r.top_n, f.name FROM suggestion_rule r "
                                      "JOIN commendation_form f ON f.id = r.form_id ORDER BY r.position"));
    rules.exec();
    QStringList found;
    while (rules.next())
        found << QStringLiteral("%1|%2|%3|%4").arg(rules.text(0), rules.text(1), rules.text(2), rules.text(3));
    QCOMPARE(found, (QStringList{QStringLiteral("class_every_year|TOT|0|Giấy khen của Giám đốc Sở"),
                                 QStringLiteral("top_n||3|Bằng khen của Chủ tịch UBND tỉnh")}));

    const QString insert = QStringLiteral("INSERT INTO commendation_proposal (phase_number, year, form_id, subject, "
                                          "unit_id) VALUES (1, 2025, 1, 'tap_the', (SELECT MIN(id) FROM unit))");
    db.execute(insert);
    QVERIFY_THROWS_EXCEPTION(StorageError, db.execute(insert));
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        db.execute(QStringLiteral("INSERT INTO commendation_proposal (year, form_id, subject, unit_id, "
                                  "status) VALUES (2025, 1, 'tap_the', (SELECT MAX(id) FROM unit), 'x')")));
}

// Migration 8 counts each stored submission's rows into its tally.
void TestDatabase::tallyMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    const QString v7 = realMigrations(dir, 7);
    QVERIFY(!v7.isEmpty());
    Database::setMigrationDirectory(v7);
    {
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), 7);
        Seeder(db).seed();
        db.execute(QStringLiteral("INSERT INTO submission (id, unit_id, year, status, received_date) "
                                  "VALUES (1, (SELECT MIN(id) FROM unit), 2025, 'received', '2025-11-20')"));
        db.execute(QStringLiteral("INSERT INTO submission (id, unit_id, year, status) "
                                  "VALUES (2, (SELECT MAX(id) FROM unit), 2025, 'not_received')"));
        db.execute(QStringLiteral("INSERT INTO submission_value (submission_id, indicator_id, value_number) "
                                  "SELECT 1, id, 100 FROM indicator ORDER BY id LIMIT 3"));
        db.execute(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, self_score) "
                                  "SELECT 1, id, 250 FROM rubric_criterion WHERE kind != 'group' ORDER BY id LIMIT 2"));
        db.execute(QStringLiteral("INSERT INTO submission_score (submission_id, criterion_id, reviewed_score) "
                                  "SELECT 1, id, 300 FROM rubric_criterion WHERE kind != 'group' ORDER BY id "
                                  "LIMIT 1 OFFSET 2"));
    }
    Database::setMigrationDirectory(QString());
    Database db;
    db.open(path);
    QVERIFY(db.schemaVersion() >= 8);
    SqlQuery q(db, QStringLiteral("SELECT id, values_filled, self_total, self_count FROM submission ORDER BY id"));
    q.exec();
    QStringList tallies;
    while (q.next())
        tallies << QStringLiteral("%1:%2,%3,%4").arg(q.text(0), q.text(1), q.text(2), q.text(3));
    QCOMPARE(tallies, (QStringList{QStringLiteral("1:3,500,2"), QStringLiteral("2:0,0,0")}));
    QCOMPARE(wrongTallies(db), QStringList());
}

// The recognition migration gives a database seeded before it the TT24 preset's chỉ tiêu
// for schools, universities and vocational schools ("không áp dụng" for other units),
// in outline order, and the notes where the circular's wording is to be checked; and
// its decisions table. Found by name: migrations may be renumbered.
void TestDatabase::recognitionMigration()
{
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")});
    const int before = int(files.indexOf(QRegularExpression(QStringLiteral("^\\d+_recognition\\.sql$"))));
    QVERIFY(before > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database::setMigrationDirectory(realMigrations(dir, before));
    {
        Database db;
        db.open(path);
        QVERIFY(!db.hasMigration(QStringLiteral("recognition")));
        Seeder(db).seed();
        QCOMPARE(RubricRepository(db).byCode(QStringLiteral("TT24-2023"))->itemCount(), 12);
    }
    Database::setMigrationDirectory(QString());
    Database db;
    db.open(path);
    QVERIFY(db.hasMigration(QStringLiteral("recognition")));
    const Rubric tt24 = *RubricRepository(db).byCode(QStringLiteral("TT24-2023"));
    QStringList outline;
    for (const Criterion &c : tt24.criteria)
        if (c.code.startsWith(QLatin1String("TC3.")))
            outline << c.code + QLatin1Char(':') + c.appliesTo;
    QCOMPARE(outline, (QStringList{QStringLiteral("TC3.CT1:"), QStringLiteral("TC3.CT2:"), QStringLiteral("TC3.CT3:"),
                                   QStringLiteral("TC3.CT4:school"), QStringLiteral("TC3.CT5:university"),
                                   QStringLiteral("TC3.CT6:vocational"), QStringLiteral("TC3.CT1.M2:"),
                                   QStringLiteral("TC3.CT3.M2:")}));
    for (const Criterion &c : tt24.criteria)
        if (c.code == QLatin1String("TC2") || !c.appliesTo.isEmpty())
            QVERIFY2(c.note.contains(QStringLiteral("cần đối chiếu văn bản gốc")), qPrintable(c.code));
    // The same as a database seeded after it.
    Database fresh;
    fresh.openInMemory();
    Seeder(fresh).seed();
    const Rubric seeded = *RubricRepository(fresh).byCode(QStringLiteral("TT24-2023"));
    QCOMPARE(seeded.itemCount(), tt24.itemCount());
    db.execute(QStringLiteral("INSERT INTO recognition_decision (unit_id, year, level, decision_number, "
                              "decision_date) VALUES ((SELECT MIN(id) FROM unit), 2025, 1, '12/QĐ-UBND', "
                              "'2026-03-01')"));
    QVERIFY_THROWS_EXCEPTION(
        StorageError, db.execute(QStringLiteral("INSERT INTO recognition_decision (unit_id, year, level, "
                                                "decision_number, decision_date) VALUES ((SELECT MIN(id) FROM unit), "
                                                "2026, 3, 'x', '2027-03-01')")));
}

// SqlQuery runs SQLite's own statements: values of each kind read back, a statement run
// again with new values and with the same ones, ids and counts of changed rows.
void TestDatabase::sqlQueryReadsAndBinds()
{
    Database db;
    db.openInMemory();
    db.execute(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, t TEXT, n INTEGER, b BLOB, d TEXT)"));
    SqlQuery insert(db, QStringLiteral("INSERT INTO scratch (t, n, b, d) VALUES (?, ?, ?, ?)"));
    const QString decomposed = QStringLiteral("Hòa Thành").normalized(QString::NormalizationForm_D);
    insert.bind(decomposed).bind(42).bindBlob(QByteArray("\x00\x01", 2)).bind(QDate(2025, 11, 30));
    insert.exec();
    QCOMPARE(insert.lastInsertId(), 1);
    QCOMPARE(insert.rowsAffected(), 1);
    insert.bind(QString()).bindNull().bindBlob(QByteArray()).bind(QDate());
    insert.exec();
    QCOMPARE(insert.lastInsertId(), 2);
    insert.exec(); // the same values again
    QCOMPARE(insert.lastInsertId(), 3);

    SqlQuery q(db, QStringLiteral("SELECT t, n, b, d, typeof(b) FROM scratch WHERE id >= ? ORDER BY id"));
    q.bind(1);
    q.exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("Hòa Thành")); // NFC
    QCOMPARE(q.number(1), 42);
    QCOMPARE(q.value(1), QVariant(qint64(42)));
    QCOMPARE(q.blob(2), QByteArray("\x00\x01", 2));
    QCOMPARE(q.date(3), QDate(2025, 11, 30));
    QVERIFY(!q.isNull(3));
    for (int row = 2; row <= 3; ++row) {
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QString(""));
        QVERIFY(!q.text(0).isNull());
        QVERIFY(q.isNull(1));
        QVERIFY(q.text(1).isNull());
        QCOMPARE(q.number(1), 0);
        QVERIFY(!q.value(1).isValid());
        QCOMPARE(q.text(4), QStringLiteral("blob")); // an empty blob, not NULL
        QCOMPARE(q.date(3), QDate());
    }
    QVERIFY(!q.next());
    QVERIFY(!q.next());

    // Run again with a new value, mid-way through the rows of the last run.
    q.bind(3);
    q.exec();
    QVERIFY(q.next());
    QVERIFY(!q.next());
    q.exec(); // and with the same value
    QVERIFY(q.next());
    QVERIFY(!q.next());

    SqlQuery update(db, QStringLiteral("UPDATE scratch SET n = 7 WHERE id > ?"));
    update.bind(1);
    update.exec();
    QCOMPARE(update.rowsAffected(), 2);
}

void TestDatabase::sqlQueryRefusals()
{
    Database db;
    db.openInMemory();
    db.execute(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
    QVERIFY_THROWS_EXCEPTION(StorageError, SqlQuery(db, QStringLiteral("SELECT nothing FROM nowhere")));
    QVERIFY_THROWS_EXCEPTION(StorageError, SqlQuery(db, QStringLiteral("SELECT 1; SELECT 2")));

    SqlQuery insert(db, QStringLiteral("INSERT INTO scratch (n) VALUES (?)"));
    insert.bind(1);
    insert.exec();
    insert.bind(1);
    try {
        insert.exec();
        QFAIL("a duplicate was accepted");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::Constraint);
    }
    // The statement is usable again after a refusal.
    insert.bind(2);
    insert.exec();
    QCOMPARE(insert.lastInsertId(), 2);

    SqlQuery two(db, QStringLiteral("SELECT ? + ?"));
    two.bind(1);
    QVERIFY_THROWS_EXCEPTION(StorageError, two.exec()); // one value for two parameters
    two.bind(1).bind(2);
    two.exec();
    QVERIFY(two.next());
    QCOMPARE(two.number(0), 3);
}

// BatchInsert sends up to 64 rows per statement: counts around that size, with texts
// (NFC, empty kept as empty text), dates, numbers and NULLs read back row by row.
void TestDatabase::batchInsertsInStatementsOfRows_data()
{
    QTest::addColumn<int>("rows");
    for (int rows : {0, 1, 2, 63, 64, 65, 128, 129, 300})
        QTest::addRow("%d", rows) << rows;
}

void TestDatabase::batchInsertsInStatementsOfRows()
{
    QFETCH(int, rows);
    Database db;
    db.openInMemory();
    db.execute(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, t TEXT, d TEXT, "
                              "o INTEGER)"));
    QList<int> items;
    for (int i = 0; i < rows; ++i)
        items.append(i);
    auto textOf = [](int i) -> QString { return i % 3 == 0 ? QString() : QStringLiteral("Tân Biên, “ấp %1”").arg(i); };
    BatchInsert insert(db, QStringLiteral("scratch"),
                       {QStringLiteral("n"), QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("o")});
    insert.insert(items, [&](BatchInsert::Row &row, int i) {
        row.add(i).add(textOf(i).normalized(QString::NormalizationForm_D));
        row.add(i % 5 == 0 ? QDate() : QDate(2025, 1, 1).addDays(i)).addOptional(i * 10, i % 2 == 0);
    });

    SqlQuery q(db, QStringLiteral("SELECT n, t, typeof(t), d, o FROM scratch ORDER BY id"));
    q.exec();
    int read = 0;
    while (q.next()) {
        const int i = read++;
        QCOMPARE(q.number(0), i);
        QCOMPARE(q.text(1), textOf(i)); // stored NFC
        QCOMPARE(q.text(2), QStringLiteral("text"));
        QCOMPARE(q.isNull(3), i % 5 == 0);
        if (i % 5 != 0)
            QCOMPARE(q.text(3), QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate));
        QCOMPARE(q.isNull(4), i % 2 != 0);
        if (i % 2 == 0)
            QCOMPARE(q.number(4), i * 10);
    }
    QCOMPARE(read, rows);
}

void TestDatabase::batchInsertHandsBackReturnedRows_data()
{
    QTest::addColumn<int>("rows");
    for (int rows : {1, 63, 64, 65, 200})
        QTest::addRow("%d", rows) << rows;
}

// Rows added one at a time are written 64 at a time as they fill up, the rest at flush();
// each written row's RETURNING values come back once.
void TestDatabase::batchInsertHandsBackReturnedRows()
{
    QFETCH(int, rows);
    Database db;
    db.openInMemory();
    db.execute(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
    BatchInsert insert(db, QStringLiteral("scratch"), {QStringLiteral("n")}, QStringLiteral("id, n"));
    QHash<qint64, qint64> idOfN;
    insert.onReturned([&idOfN](const SqlQuery &q) {
        QVERIFY(!idOfN.contains(q.number(1)));
        idOfN.insert(q.number(1), q.number(0));
    });
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM scratch"));
    for (int i = 0; i < rows; ++i) {
        insert.append().add(1000 - 3 * i);
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.number(0), i / 64 * 64); // full statements only, until flush()
    }
    insert.flush();
    QCOMPARE(idOfN.size(), rows);
    SqlQuery q(db, QStringLiteral("SELECT id, n FROM scratch"));
    q.exec();
    int read = 0;
    while (q.next()) {
        ++read;
        QCOMPARE(idOfN.value(q.number(1)), q.number(0));
    }
    QCOMPARE(read, rows);
}

// A refused row throws; its statement's rows are not written, and the caller's
// transaction, never committed, takes back the statements before it.
void TestDatabase::batchInsertRefusalLeavesNothingAfterRollback()
{
    Database db;
    db.openInMemory();
    db.execute(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
    QList<int> items;
    for (int i = 0; i < 100; ++i)
        items.append(i == 90 ? 3 : i); // row 91 repeats row 4, in the second statement
    bool refused = false;
    try {
        Transaction transaction(db);
        BatchInsert insert(db, QStringLiteral("scratch"), {QStringLiteral("n")});
        insert.insert(items, [](BatchInsert::Row &row, int n) { row.add(n); });
        transaction.commit();
    } catch (const StorageError &e) {
        refused = true;
        QCOMPARE(e.kind(), StorageError::Kind::Constraint);
    }
    QVERIFY(refused);
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM scratch"));
    count.exec();
    QVERIFY(count.next());
    QCOMPARE(count.number(0), 0);

    // A row without a value for every column is refused before anything is sent.
    BatchInsert insert(db, QStringLiteral("scratch"), {QStringLiteral("n")});
    QVERIFY_THROWS_EXCEPTION(StorageError, insert.insert(QList<int>{1, 2}, [](BatchInsert::Row &row, int n) {
        row.add(n);
        if (n == 2)
            row.add(n);
    }));
    count.exec();
    QVERIFY(count.next());
    QCOMPARE(count.number(0), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
