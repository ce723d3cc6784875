#pragma once

#include <QCoreApplication>
#include <QString>

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
    // Opens the database at `path` itself: a file too damaged to open, or to read while
    // restoring, is kept as PATH.damaged-… and the backup put in its place.
    static int runRestore(QCommandLineParser &parser, const QString &path);
};
