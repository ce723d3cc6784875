#pragma once

#include <QCoreApplication>
#include <QStringList>

class Services;
class QCommandLineParser;
class QTextStream;

// The command-line interface: `xhht COMMAND [options]`. Exit codes: 0 success, 2 bad
// usage, 1 any other failure, with a one-line reason on stderr (DESIGN.md).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2
    };

    // True when the arguments name no command (and ask for no help or version):
    // the program then opens its main window.
    static bool wantsWindow(const QStringList &arguments);
    // The value of --db PATH or --db=PATH, empty when not given.
    static QString databaseArgument(const QStringList &arguments);
    // True when the command writes a document (a PDF or an ODT), which needs fonts.
    static bool needsFonts(const QStringList &arguments);

    int run(const QStringList &arguments);

    // "xhht: message" on standard error; returns Usage or Failure, for every command.
    static int usageError(const QString &message);
    static int failure(const QString &message);
    // Why nothing can be written (a read-only file, or a leader's login on a server).
    static QString readOnlyReason(const Services &services);

private:
    int runInit(QCommandLineParser &parser, Services &services);
    int runUnits(QCommandLineParser &parser, Services &services);
    int runPlan(QCommandLineParser &parser, Services &services);
    int runDemo(QCommandLineParser &parser, Services &services);

    // The arguments common to every command: --db, the command, and the rest.
    struct Scan
    {
        QString database;
        QString command;
        QStringList others;
    };
    static Scan scan(const QStringList &arguments);
    static QString generalHelp();
    static void addCommandOptions(const QString &command, QCommandLineParser &parser);
};
