#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht report summary|reminders|review`: the year's summary report to Sở GD&ĐT (PDF or
// ODT), the reminder letter to the units that have not sent their report (PDF), and the
// report of a phase review, sơ kết or tổng kết (PDF or ODT).
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);

private:
    static int runReview(QCommandLineParser &parser, Services &services);
};
