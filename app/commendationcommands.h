#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht commendations --phase N [-o FILE]`: the commendation proposals of a phase's
// review, as a table for machines (tsv, csv or json) or, with -o, the proposal list in
// the official format (.pdf) or as a workbook (.xlsx).
class CommendationCommands
{
    Q_DECLARE_TR_FUNCTIONS(CommendationCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);
};
