#include "taskcommands.h"

#include "commandline.h"
#include "console.h"
#include "domain/isodate.h"
#include "io/tablewriter.h"
#include "services/obligationservice.h"
#include "services/services.h"

#include <QCommandLineParser>

void TaskCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("The year whose tasks to list."), tr("YEAR")});
    parser.addOption({QStringLiteral("overdue"), tr("Only the tasks past their due date and not done.")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
}

int TaskCommands::run(QCommandLineParser &parser, Services &services)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("year")) || !ok || year < 1900 || year > 2200)
        return CommandLine::usageError(tr("'tasks' needs --year YEAR, such as --year 2025."));
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    const bool overdueOnly = parser.isSet(QStringLiteral("overdue"));

    ObligationService &service = services.obligations();
    const QDate today = service.today();
    TableWriter writer(*format, {QStringLiteral("task_code"), QStringLiteral("task_title"), QStringLiteral("unit_code"),
                                 QStringLiteral("unit_name"), QStringLiteral("due_date"), QStringLiteral("status"),
                                 QStringLiteral("completed_on")});
    for (const Obligation &o : service.forYearGenerated(year)) {
        if (overdueOnly && !o.isOverdue(today))
            continue;
        writer.addRow({o.taskCode, o.taskTitle, o.unitCode, o.unitName, IsoDate::format(o.dueDate),
                       o.displayStatus(today), IsoDate::format(o.completedOn)});
    }
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}
