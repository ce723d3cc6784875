#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht backup [-o FILE | --folder DIR]` and `xhht restore FILE`.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    static void addOptions(const QString &command, QCommandLineParser &parser);
    // Returns the exit code; writes results to stdout and one-line reasons to stderr.
    static int runBackup(QCommandLineParser &parser, Services &services);
    static int runRestore(QCommandLineParser &parser, Services &services);
};
