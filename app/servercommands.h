#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht server init|add-user|remove-user|users` on a shared office database, and
// `xhht copy --from SOURCE --to TARGET` between SQLite files and PostgreSQL databases.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static void addOptions(const QString &command, QCommandLineParser &parser);
    // Returns the exit code; writes results to stdout and one-line reasons to stderr.
    static int runServer(QCommandLineParser &parser, Services &services);
    // Opens both databases itself: the target is created but never seeded.
    static int runCopy(QCommandLineParser &parser);
};
