#include "testdatabase.h"

#include "domain/serveraddress.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace {

int databaseCounter = 0;

// Runs one statement on the throwaway server's maintenance database.
void runOnServer(const QString &sql)
{
    ServerAddress address;
    QString problem;
    if (!address.parse(TestDatabase::serverUri(), &problem))
        throw std::runtime_error(problem.toStdString());
    const QString name = QStringLiteral("xhht-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.database);
        if (!db.isOpen() && !db.open())
            throw std::runtime_error(
                QString(QStringLiteral("cannot reach the test server: ") + db.lastError().text()).toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
    }
}

} // namespace

QString TestDatabase::serverUri()
{
    return qEnvironmentVariable("XHHT_TEST_PG");
}

QString TestDatabase::freshServerDatabase()
{
    // A schema of its own in one shared database: a new database per test would copy a
    // template each time (and a server with hundreds of them is slow to remove).
    const QString shared = QStringLiteral("xhht_tests");
    try {
        runOnServer(QStringLiteral("CREATE DATABASE %1").arg(shared));
    } catch (const std::runtime_error &) {
        // made already, by this process or another test running beside it
    }
    const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++databaseCounter);
    ServerAddress address;
    QString problem;
    address.parse(serverUri(), &problem);
    address.database = shared;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("xhht-test-schema"));
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(shared);
        if (!db.open())
            throw std::runtime_error(
                QString(QStringLiteral("cannot reach the test server: ") + db.lastError().text()).toStdString());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
            throw std::runtime_error(query.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("xhht-test-schema"));
    address.options = QStringLiteral("options=-csearch_path=%1").arg(schema);
    return address.display();
}

QString TestDatabase::newServerDatabase()
{
    const QString name = QStringLiteral("xhht_db%1_%2").arg(QCoreApplication::applicationPid()).arg(++databaseCounter);
    runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    ServerAddress address;
    QString problem;
    address.parse(serverUri(), &problem);
    address.database = name;
    return address.display();
}

void TestDatabase::open(Database &database)
{
    if (serverUri().isEmpty())
        database.openInMemory();
    else
        database.open(freshServerDatabase());
}

void TestDatabase::prepare(Database &database, Content content)
{
    open(database);
    Seeder(database).seed();
    if (content == WithDemo)
        DemoGenerator(database).addDemo();
}
