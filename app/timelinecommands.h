#pragma once

#include <QCoreApplication>

class Services;
class QCommandLineParser;

// `xhht timeline`: the plan's years, phases, reviews and deadlines, as text or JSON
// (formats described in core/services/timeline.h).
class TimelineCommands
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);
};
