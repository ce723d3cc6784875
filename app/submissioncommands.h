#pragma once

#include <QCoreApplication>

class Database;
class QCommandLineParser;

// `xhht submissions`, `xhht import template` and `xhht import submissions`.
class SubmissionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCommands)

public:
    static void addOptions(const QString &command, QCommandLineParser &parser);
    // Returns the exit code; writes results to stdout and one-line reasons to stderr.
    static int run(const QString &command, QCommandLineParser &parser, Database &db);

private:
    static int runSubmissions(QCommandLineParser &parser, Database &db);
    static int runTemplate(QCommandLineParser &parser, Database &db);
    static int runImport(QCommandLineParser &parser, Database &db, const QString &path);
};
