#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht import units FILE`, `xhht import template --units -o FILE` and
// `xhht units --history`.
class UnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(UnitCommands)

public:
    // Returns the exit code; writes results to stdout and one-line reasons to stderr.
    static int runImport(QCommandLineParser &parser, Services &services, const QString &path);
    static int runTemplate(QCommandLineParser &parser);
    static int runHistory(QCommandLineParser &parser, Services &services);
};
