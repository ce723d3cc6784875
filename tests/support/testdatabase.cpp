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
            throw std::runtime_error(QString(QStringLiteral("cannot reach the test server: ") + db.lastError().text()).toStdString());
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
    const QString name = QStringLiteral("xhht_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++databaseCounter);
    runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
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
