#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht rank`: the ranked list of a year, for machines or as a file.
class RankCommands
{
    Q_DECLARE_TR_FUNCTIONS(RankCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);
};
