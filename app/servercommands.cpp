#include "servercommands.h"

#include "commandline.h"
#include "console.h"
#include "io/tablewriter.h"
#include "services/serverservice.h"
#include "services/services.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

void ServerCommands::addOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("copy")) {
        parser.addOption(
            {QStringLiteral("from"), tr("The database to copy: a file or a postgresql:// address."), tr("SOURCE")});
        parser.addOption({QStringLiteral("to"),
                          tr("The new, empty database to copy into: a file or a postgresql:// address."),
                          tr("TARGET")});
        return;
    }
    parser.addOption({QStringLiteral("role"), tr("The login's role: clerk, council, leader or unit."), tr("ROLE")});
    parser.addOption({QStringLiteral("unit"), tr("The unit a unit's login speaks for (its code)."), tr("CODE")});
    parser.addOption({QStringLiteral("password-stdin"), tr("Read the new login's password from standard input.")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
}

int ServerCommands::runServer(QCommandLineParser &parser, Services &services)
{
    const QStringList args = parser.positionalArguments().mid(1); // after "server"
    const QString action = args.value(0);
    ServerService &server = services.server();
    if (action == QLatin1String("init")) {
        if (args.size() != 1)
            return CommandLine::usageError(tr("server init takes no argument besides --db ADDRESS."));
        server.initialise();
        Console::out(tr("Server database ready: %1 (the plan, the roles clerk, council, leader and unit, their "
                        "rights). Add logins with 'xhht server add-user NAME --role ROLE'.\n")
                         .arg(services.location()));
        return CommandLine::Success;
    }
    if (action == QLatin1String("add-user")) {
        if (args.size() != 2 || !parser.isSet(QStringLiteral("role")))
            return CommandLine::usageError(
                tr("usage: xhht server add-user NAME --role clerk|council|leader|unit [--unit CODE] "
                   "[--password-stdin]."));
        QString password;
        if (parser.isSet(QStringLiteral("password-stdin"))) {
            QTextStream in(stdin);
            password = in.readLine();
            if (password.isEmpty())
                return CommandLine::usageError(tr("--password-stdin: no password on standard input."));
        }
        server.addLogin(args.at(1), parser.value(QStringLiteral("role")), parser.value(QStringLiteral("unit")),
                        password);
        Console::out(tr("Login %1 added with the role %2.\n").arg(args.at(1), parser.value(QStringLiteral("role"))));
        return CommandLine::Success;
    }
    if (action == QLatin1String("remove-user")) {
        if (args.size() != 2)
            return CommandLine::usageError(tr("usage: xhht server remove-user NAME."));
        server.removeLogin(args.at(1));
        Console::out(tr("Login %1 removed.\n").arg(args.at(1)));
        return CommandLine::Success;
    }
    if (action == QLatin1String("users")) {
        const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return CommandLine::usageError(
                tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
        TableWriter writer(*format, {QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("unit")});
        for (const ServerLogin &login : server.logins())
            writer.addRow({login.name, login.role, login.unitCode});
        Console::out(writer.toUtf8());
        return CommandLine::Success;
    }
    return CommandLine::usageError(
        tr("unknown server action '%1'; use init, add-user, remove-user or users.").arg(action));
}

int ServerCommands::runCopy(QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return CommandLine::usageError(tr("usage: xhht copy --from SOURCE --to TARGET."));
    const std::unique_ptr<Services> source =
        Services::open(parser.value(QStringLiteral("from")), Services::Open::Existing);
    const std::unique_ptr<Services> target =
        Services::open(parser.value(QStringLiteral("to")), Services::Open::CreateIfMissing);
    const QMap<QString, qint64> rows = source->server().copyTo(target->server());
    qint64 total = 0;
    for (const qint64 n : rows)
        total += n;
    Console::out(tr("Copied %1 to %2: %3 tables, %4 rows, each table's rows counted equal on both sides.\n")
                     .arg(source->location(), target->location())
                     .arg(rows.size())
                     .arg(total));
    return CommandLine::Success;
}
