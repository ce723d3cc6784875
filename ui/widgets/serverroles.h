#pragma once

#include <QCoreApplication>
#include <QString>

// The names of a server login's roles, as the clerk reads them.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    static QString label(const QString &role)
    {
        if (role == QLatin1String("clerk"))
            return tr("clerk, Culture and Family Management Office");
        if (role == QLatin1String("council"))
            return tr("evaluation, Department Office");
        if (role == QLatin1String("leader"))
            return tr("leader, reading only");
        if (role == QLatin1String("unit"))
            return tr("unit");
        if (role == QLatin1String("owner"))
            return tr("administrator");
        return tr("no xhht role");
    }
};
