#include "serverservice.h"

#include "domain/storageerror.h"
#include "seeder.h"
#include "storage/database.h"
#include "storage/serveraccess.h"
#include "storage/tablecopy.h"
#include "storage/unitrepository.h"

ServerService::ServerService(const Database &database) : m_database(database) {}

bool ServerService::isServer() const
{
    return m_database.isServer();
}

bool ServerService::connectionLost() const
{
    return m_database.connectionLost();
}

QString ServerService::login() const
{
    return m_database.serverLogin();
}

QString ServerService::role() const
{
    return m_database.serverRole();
}

QString ServerService::unitCode() const
{
    return m_database.serverUnit();
}

bool ServerService::readOnlyRole() const
{
    return isServer() && role() == QLatin1String("leader");
}

void ServerService::requireServer() const
{
    if (!isServer())
        throw StorageError(StorageError::Kind::Sql,
                           tr("%1 is a file on this computer; logins and roles exist only on a server database "
                              "(--db postgresql://…).")
                               .arg(m_database.location()));
}

void ServerService::initialise() const
{
    requireServer();
    Seeder seeder(m_database);
    if (!seeder.isSeeded())
        seeder.seed();
    ServerAccess(m_database).setUp();
}

void ServerService::addLogin(const QString &name, const QString &role, const QString &unitCode,
                             const QString &password) const
{
    requireServer();
    const ServerAccess access(m_database);
    if (!access.rolesExist())
        throw StorageError(StorageError::Kind::Missing,
                           tr("This database has no xhht roles yet: run 'xhht server init --db ADDRESS' first."));
    qint64 unitId = 0;
    if (role == QLatin1String("unit")) {
        if (unitCode.isEmpty())
            throw StorageError(StorageError::Kind::Sql, tr("A unit's login needs its unit: --unit CODE."));
        const std::optional<Unit> unit = UnitRepository(m_database).byCode(unitCode);
        if (!unit)
            throw StorageError(StorageError::Kind::Missing,
                               tr("There is no unit with the code '%1' ('xhht units' lists them).").arg(unitCode));
        unitId = unit->id;
    } else if (!unitCode.isEmpty()) {
        throw StorageError(StorageError::Kind::Sql, tr("--unit is only for a unit's login (--role unit)."));
    }
    access.addLogin(name, role, unitId, password);
}

void ServerService::removeLogin(const QString &name) const
{
    requireServer();
    ServerAccess(m_database).removeLogin(name);
}

QList<ServerLogin> ServerService::logins() const
{
    requireServer();
    QList<ServerLogin> result;
    for (const ServerAccess::Login &login : ServerAccess(m_database).logins())
        result.append({login.name, login.role, login.unitCode});
    return result;
}

QMap<QString, qint64> ServerService::copyTo(const ServerService &target) const
{
    return TableCopy(m_database, target.m_database).run();
}
