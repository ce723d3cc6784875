#pragma once

#include "imports/submissionimport.h"

#include <QCoreApplication>

class Services;
class SubmissionService;
class QCommandLineParser;

// `xhht submissions`, `xhht import template` and `xhht import submissions`.
class SubmissionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCommands)

public:
    static void addOptions(const QString &command, QCommandLineParser &parser);
    // Returns the exit code; writes results to stdout and one-line reasons to stderr.
    static int run(const QString &command, QCommandLineParser &parser, Services &services);

private:
    static int runSubmissions(QCommandLineParser &parser, Services &services);
    static int runTemplate(QCommandLineParser &parser, Services &services);
    static int runUnitWorkbooks(const SubmissionService &service, int year, const QString &folder);
    static int runImport(QCommandLineParser &parser, Services &services, const QStringList &paths);
    static int runImportFiles(Services &services, const QStringList &paths, int year, bool dryRun);
    static QString summaryOf(const QString &path, const SubmissionImport::Result &result);
};
