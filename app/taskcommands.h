#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht tasks`: the plan's tasks per unit for a year (the year's obligations), for
// machines. The year's obligations are generated first when it has none.
class TaskCommands
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);
};
