#pragma once

#include "domain/serverlogin.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class Database;

// A shared office database on a PostgreSQL server: who is connected with which role,
// setting the server up (`xhht server init`), its logins, and copying a whole database
// between SQLite and PostgreSQL (`xhht copy`). Throws StorageError.
class ServerService
{
    Q_DECLARE_TR_FUNCTIONS(ServerService)

public:
    explicit ServerService(const Database &database);

    bool isServer() const;
    // The login and its xhht role (clerk, council, leader, unit, or owner).
    QString login() const;
    QString role() const;
    QString unitCode() const;
    bool readOnlyRole() const;
    // The server's connection is known to be gone (Database::connectionLost): ask the
    // person to reconnect. Never waits on the network.
    bool connectionLost() const;

    // Loads the plan when the database has none, makes the group roles and applies the
    // grants and policies.
    void initialise() const;
    void addLogin(const QString &name, const QString &role, const QString &unitCode, const QString &password) const;
    void removeLogin(const QString &name) const;
    QList<ServerLogin> logins() const;

    // Copies every table of this database into `target`'s in one transaction: all or nothing.
    // The target must hold no data yet. Returns the rows per table, checked equal on
    // both sides before the copy is committed.
    QMap<QString, qint64> copyTo(const ServerService &target) const;

private:
    void requireServer() const;

    const Database &m_database;
};
