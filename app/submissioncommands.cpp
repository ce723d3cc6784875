#include "submissioncommands.h"

#include "commandline.h"
#include "console.h"
#include "imports/submissionimport.h"
#include "imports/submissiontemplate.h"
#include "io/tablewriter.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "unitcommands.h"

#include <QCommandLineParser>
#include <QDate>

namespace {

// The --year value, or `fallback` when absent; 0 when it is not a year.
int yearOption(const QCommandLineParser &parser, int fallback)
{
    if (!parser.isSet(QStringLiteral("year")))
        return fallback;
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    return ok && year >= 1900 && year <= 2200 ? year : 0;
}

} // namespace

void SubmissionCommands::addOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("submissions")) {
        parser.addOption({QStringLiteral("year"), tr("The year to list (default: this year)."), tr("YEAR")});
        parser.addOption(
            {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
        return;
    }
    parser.addOption({QStringLiteral("year"),
                      tr("The year of the template; for an import, the year of a file without a [year] column."),
                      tr("YEAR")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report what would change; write nothing.")});
    parser.addOption({QStringLiteral("filled"), tr("Fill the template with what is already recorded.")});
    parser.addOption(
        {QStringLiteral("reviewed"), tr("Add the reviewed-score columns [rev:CODE] (the council's sheet).")});
    parser.addOption({QStringLiteral("units"), tr("Write the units import template instead.")});
}

int SubmissionCommands::run(const QString &command, QCommandLineParser &parser, Services &services)
{
    if (command == QLatin1String("submissions"))
        return runSubmissions(parser, services);
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(1);
    if (what == QLatin1String("template")) {
        if (positional.size() > 2)
            return CommandLine::usageError(tr("unexpected argument '%1' for 'import template'.").arg(positional.at(2)));
        if (parser.isSet(QStringLiteral("units")))
            return UnitCommands::runTemplate(parser);
        return runTemplate(parser, services);
    }
    if (what == QLatin1String("submissions")) {
        if (positional.size() != 3)
            return CommandLine::usageError(
                tr("'import submissions' takes one file: xhht import submissions FILE [--year Y] [--dry-run]."));
        return runImport(parser, services, positional.at(2));
    }
    if (what == QLatin1String("units")) {
        if (positional.size() != 3)
            return CommandLine::usageError(tr("'import units' takes one file: xhht import units FILE [--dry-run]."));
        return UnitCommands::runImport(parser, services, positional.at(2));
    }
    return CommandLine::usageError(
        what.isEmpty() ? tr("'import' needs what to do: 'template', 'submissions' or 'units'; see 'xhht --help'.")
                       : tr("unknown import '%1'; use 'template', 'submissions' or 'units'.").arg(what));
}

int SubmissionCommands::runSubmissions(QCommandLineParser &parser, Services &services)
{
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    const int year = yearOption(parser, QDate::currentDate().year());
    if (year == 0)
        return CommandLine::usageError(
            tr("--year takes a year such as 2025, not '%1'.").arg(parser.value(QStringLiteral("year"))));
    const SubmissionOverview overview = services.submissions().overview(year);
    TableWriter writer(*format, SubmissionTemplate::machineKeys());
    for (const QStringList &row : SubmissionTemplate::machineRows(overview))
        writer.addRow(row);
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}

int SubmissionCommands::runTemplate(QCommandLineParser &parser, Services &services)
{
    const int year = yearOption(parser, 0);
    if (year == 0)
        return CommandLine::usageError(tr("'import template' needs --year YEAR, such as --year 2025."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::usageError(tr("'import template' needs -o FILE.csv or -o FILE.xlsx."));
    const SubmissionService &service = services.submissions();
    QHash<qint64, Submission> filled;
    if (parser.isSet(QStringLiteral("filled")))
        filled = service.loadYear(year);
    const QString error = SubmissionTemplate::writeTemplate(output, service.context(year),
                                                            parser.isSet(QStringLiteral("filled")) ? &filled : nullptr,
                                                            parser.isSet(QStringLiteral("reviewed")));
    if (!error.isEmpty())
        return CommandLine::failure(error);
    Console::out(tr("Wrote the import template of %1 to %2.\n").arg(year).arg(output));
    return CommandLine::Success;
}

int SubmissionCommands::runImport(QCommandLineParser &parser, Services &services, const QString &path)
{
    const int year = yearOption(parser, 0);
    if (parser.isSet(QStringLiteral("year")) && year == 0)
        return CommandLine::usageError(
            tr("--year takes a year such as 2025, not '%1'.").arg(parser.value(QStringLiteral("year"))));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && services.isReadOnly())
        return CommandLine::failure(tr("%1 is read-only; nothing was imported.").arg(services.location()));

    SubmissionService &service = services.submissions();
    SubmissionImport import(service);
    // A dry run only checks; an import checks and writes in one pass, all or nothing.
    const SubmissionImport::Result result = dryRun ? import.prepare(path, year) : import.run(path, year);
    if (!result.ok()) {
        QString lines;
        for (const ImportIssue &issue : result.issues)
            lines += issue.format(path) + QLatin1Char('\n');
        Console::err(lines);
        return CommandLine::failure(
            tr("%n error(s) in %1; nothing was imported.", nullptr, int(result.issues.size())).arg(path));
    }
    const QString summary = tr("%1: %n row(s) for %2: %3 new, %4 changed, %5 unchanged, %6 with nothing filled in",
                               nullptr, result.rowsRead)
                                .arg(path)
                                .arg(result.year)
                                .arg(result.created)
                                .arg(result.changed)
                                .arg(result.unchanged)
                                .arg(result.rowsEmpty);
    if (dryRun) {
        Console::out(summary + tr(" (dry run: nothing was written).") + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    Console::out(summary + QStringLiteral(".\n"));
    return CommandLine::Success;
}
