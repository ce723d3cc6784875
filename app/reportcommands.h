#pragma once

#include <QCoreApplication>

class Database;
class QCommandLineParser;

// `xhht report summary|reminders`: the year's summary report to Sở GD&ĐT (PDF or ODT)
// and the reminder letter to the units that have not sent their report (PDF).
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Database &db);
};
