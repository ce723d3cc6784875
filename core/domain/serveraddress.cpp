#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// The libpq parameters a URI may carry besides host, port, user, dbname and password.
const char *const kKnownOptions[] = {
    "sslmode",          "sslrootcert",          "sslcert",    "sslkey",          "connect_timeout",
    "application_name", "target_session_attrs", "keepalives", "keepalives_idle", "options"};

bool knownOption(const QString &key)
{
    for (const char *known : kKnownOptions) {
        if (key == QLatin1String(known))
            return true;
    }
    return false;
}

} // namespace

bool ServerAddress::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString &uri, QString *error)
{
    *this = ServerAddress();
    if (!isServerUri(uri)) {
        *error = tr("'%1' is not a server address: it must start with postgresql://").arg(uri);
        return false;
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("The server address '%1' cannot be read: %2").arg(uri, url.errorString());
        return false;
    }
    host = url.host(QUrl::FullyDecoded);
    if (host.isEmpty()) { // a socket folder, percent-encoded where the host goes
        const int at = uri.indexOf(QLatin1Char('@'));
        const int start = at >= 0 ? at + 1 : int(uri.indexOf(QLatin1String("//")) + 2);
        const int end = int(uri.indexOf(QLatin1Char('/'), start));
        const QString raw = uri.mid(start, end < 0 ? -1 : end - start).section(QLatin1Char(':'), 0, 0);
        host = QUrl::fromPercentEncoding(raw.toUtf8());
    }
    port = url.port(0);
    user = url.userName(QUrl::FullyDecoded);
    password = url.password(QUrl::FullyDecoded);
    database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.contains(QLatin1Char('/'))) {
        *error =
            tr("The server address '%1' names the database '%2'; a database name has no '/'.").arg(display(), database);
        return false;
    }
    QStringList extra;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("port"))
            port = value.toInt();
        else if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("dbname"))
            database = value;
        else if (key == QLatin1String("password"))
            password = value;
        else if (knownOption(key))
            extra << key + QLatin1Char('=') + value;
        else {
            *error = tr("The server address has an unknown setting '%1' (known: sslmode, sslrootcert, sslcert, "
                        "sslkey, connect_timeout, application_name, host, port, user, dbname).")
                         .arg(key);
            return false;
        }
    }
    if (port < 0 || port > 65535) {
        *error = tr("The server address '%1' has no valid port.").arg(uri);
        return false;
    }
    extra.sort();
    options = extra.join(QLatin1Char(';'));
    return true;
}

QString ServerAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host;
    if (port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(host, "/-_."));
    if (socket && port > 0)
        query << QStringLiteral("port=") + QString::number(port);
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        query << option.left(equals) + QLatin1Char('=') +
                     QString::fromUtf8(QUrl::toPercentEncoding(option.mid(equals + 1), "/-_.:"));
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ServerAddress::shortName() const
{
    const QString where = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host;
    return where + QLatin1Char('/') + database;
}

QString ServerAddress::uri() const
{
    if (password.isEmpty())
        return display();
    const QString shown = display();
    return shown + (shown.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("password=") + QString::fromUtf8(QUrl::toPercentEncoding(password));
}
