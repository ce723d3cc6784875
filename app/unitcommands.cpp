#include "unitcommands.h"

#include "commandline.h"
#include "console.h"
#include "imports/unitimport.h"
#include "io/tablewriter.h"
#include "services/services.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"

#include <QCommandLineParser>

int UnitCommands::runImport(QCommandLineParser &parser, Services &services, const QString &path)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && services.isReadOnly())
        return CommandLine::failure(tr("%1 is read-only; nothing was imported.").arg(services.location()));
    UnitImport import(services.lineage(), services.units());
    const UnitImport::Result result = import.prepare(path);
    if (!result.ok()) {
        QString lines;
        for (const ImportIssue &issue : result.issues)
            lines += issue.format(path) + QLatin1Char('\n');
        Console::err(lines);
        return CommandLine::failure(
            tr("%n error(s) in %1; nothing was imported.", nullptr, int(result.issues.size())).arg(path));
    }
    const QString summary = tr("%1: %n unit(s): %2 new, %3 already recorded", nullptr, result.rowsRead)
                                .arg(path)
                                .arg(result.created)
                                .arg(result.unchanged);
    if (dryRun) {
        Console::out(summary + tr(" (dry run: nothing was written).") + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    import.apply(result);
    Console::out(summary + QStringLiteral(".\n"));
    return CommandLine::Success;
}

int UnitCommands::runTemplate(QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::usageError(tr("'import template --units' needs -o FILE.csv or -o FILE.xlsx."));
    const QString error = UnitImport::writeTemplate(output);
    if (!error.isEmpty())
        return CommandLine::failure(error);
    Console::out(tr("Wrote the units import template to %1.\n").arg(output));
    return CommandLine::Success;
}

int UnitCommands::runHistory(QCommandLineParser &parser, Services &services)
{
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    TableWriter writer(*format,
                       {QStringLiteral("date"), QStringLiteral("event"), QStringLiteral("unit_code"),
                        QStringLiteral("unit_name"), QStringLiteral("related_code"), QStringLiteral("related_name"),
                        QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("note")});
    for (const UnitHistoryEntry &e : services.units().history())
        writer.addRow({e.event.date.toString(Qt::ISODate), e.event.type, e.unit.code, e.unit.name, e.related.code,
                       e.related.name, e.event.oldValue, e.event.newValue, e.event.note});
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}
