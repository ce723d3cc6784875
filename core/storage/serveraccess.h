#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Who may do what on a shared office database, kept by the PostgreSQL server itself:
// the group roles xhht_clerk, xhht_council, xhht_leader and xhht_unit, their grants,
// row-level security and triggers (resources/server/access.sql), and the login roles
// of the people who use it. Everything here needs the database's owner (and, to make
// roles, a login allowed to CREATEROLE). Throws StorageError.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)

public:
    explicit ServerAccess(const Database &database);

    struct Login
    {
        QString name;
        QString role;     // clerk, council, leader or unit
        QString unitCode; // for a unit's login
    };

    static const QStringList &roles();
    // Whether the group roles exist on this server.
    bool rolesExist() const;
    // Makes the group roles that are missing and (re)applies the grants and policies.
    void setUp() const;
    // Re-applies the grants and policies only (after an upgrade added tables).
    void applyPolicies() const;
    // Whether grants, policies and triggers were applied to this database before, but not
    // this program's: a newer program brings new ones (a table's change notification)
    // without a new schema. A database never set up (`server init` not run yet, or being
    // set up by another program right now) does not need it.
    bool policiesOutdated() const;
    // A new login role in one of the groups; `password` empty: none (for peer or
    // certificate logins). A unit's login names its unit's id.
    void addLogin(const QString &name, const QString &role, qint64 unitId, const QString &password) const;
    void removeLogin(const QString &name) const;
    QList<Login> logins() const;

    // A login name PostgreSQL and xhht both accept: letters, digits, '_', '.', '-'.
    static bool isValidLoginName(const QString &name);

private:
    const Database &m_database;
};
