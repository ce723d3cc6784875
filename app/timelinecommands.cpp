#include "timelinecommands.h"

#include "commandline.h"
#include "console.h"
#include "domain/timeline.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/submissionvalidator.h"

#include <QCommandLineParser>
#include <QJsonDocument>

void TimelineCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("today"), tr("The day marked as today, dd/mm/yyyy (default: today)."), tr("DATE")});
}

int TimelineCommands::run(QCommandLineParser &parser, Services &services)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return CommandLine::usageError(tr("unknown format '%1'; use text or json.").arg(format));
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const QString given = parser.value(QStringLiteral("today"));
        if (!SubmissionValidator::parseDate(given, &today).isEmpty() || !today.isValid())
            return CommandLine::usageError(tr("--today takes a date such as 05/12/2025, not '%1'.").arg(given));
    }
    const Timeline timeline = services.plan().timeline(today);
    if (format == QLatin1String("json"))
        Console::out(QJsonDocument(timeline.toJson()).toJson(QJsonDocument::Indented));
    else
        Console::out(timeline.toText());
    return CommandLine::Success;
}
