#pragma once

#include <QCoreApplication>
#include <QString>

// Where a shared office database lives: a PostgreSQL connection URI as libpq reads it,
// postgresql://user@host:port/dbname?sslmode=require (host may also be a Unix socket
// folder, given percent-encoded or as ?host=/run/postgresql). A password in the URI is
// taken but never shown; libpq's usual places (~/.pgpass, PGPASSWORD) serve otherwise.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host;     // empty: libpq's default (the local socket)
    int port = 0;     // 0: libpq's default (5432)
    QString user;     // empty: libpq's default (the login name)
    QString database; // empty: the user's name, as libpq does
    QString password;
    QString options; // the other parameters, as QPSQL's connect options "k=v;k=v"

    // Whether `text` is meant as a server address rather than a file path.
    static bool isServerUri(const QString &text);
    // Reads a URI; on a mistake, returns false and says what is wrong in `error`.
    bool parse(const QString &uri, QString *error);
    // The URI again, without the password: for titles, messages and settings.
    QString display() const;
    // The full address, the password included (never shown nor saved: for opening).
    QString uri() const;
    // "server/database" for the status bar.
    QString shortName() const;
};
