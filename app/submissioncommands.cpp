#include "submissioncommands.h"

#include "commandline.h"
#include "console.h"
#include "imports/submissionfilesimport.h"
#include "imports/submissionimport.h"
#include "imports/submissiontemplate.h"
#include "imports/unitworkbook.h"
#include "io/tablewriter.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "unitcommands.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// The line after the issues listed, when more were found than are kept: "… và 49.000 lỗi khác".
QString leftOut(const SubmissionImport::Result &result)
{
    if (result.issuesLeftOut == 0)
        return {};
    return SubmissionCommands::tr("… and %L1 more error(s)", nullptr, result.issuesLeftOut).arg(result.issuesLeftOut) +
           QLatin1Char('\n');
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
    parser.addOption({QStringLiteral("per-unit"),
                      tr("Write one workbook per unit active in the year into the folder given by -o.")});
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
        if (positional.size() < 3)
            return CommandLine::usageError(tr("'import submissions' takes files or a folder: xhht import submissions "
                                              "FILE... | FOLDER [--year Y] [--dry-run]."));
        return runImport(parser, services, positional.mid(2));
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
    if (parser.isSet(QStringLiteral("per-unit")))
        return runUnitWorkbooks(service, year, output);
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

int SubmissionCommands::runUnitWorkbooks(const SubmissionService &service, int year, const QString &folder)
{
    int written = 0;
    const QString error = UnitWorkbook::writeAll(folder, service, year, &written);
    if (!error.isEmpty())
        return CommandLine::failure(error);
    Console::out(tr("Wrote %n workbook(s), one per unit active in %1, to %2.\n", nullptr, written)
                     .arg(year)
                     .arg(QDir::toNativeSeparators(folder)));
    return CommandLine::Success;
}

int SubmissionCommands::runImport(QCommandLineParser &parser, Services &services, const QStringList &paths)
{
    const int year = yearOption(parser, 0);
    if (parser.isSet(QStringLiteral("year")) && year == 0)
        return CommandLine::usageError(
            tr("--year takes a year such as 2025, not '%1'.").arg(parser.value(QStringLiteral("year"))));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && services.isReadOnly())
        return CommandLine::failure(tr("%1 is read-only; nothing was imported.").arg(services.location()));
    if (paths.size() > 1 || QFileInfo(paths.first()).isDir())
        return runImportFiles(services, paths, year, dryRun);
    const QString &path = paths.first();

    SubmissionService &service = services.submissions();
    // The same file imported before: nothing to do.
    auto skipped = [&path](const ImportedFile &before) {
        Console::out(
            tr("%1: skipped: already imported on %2 as %3.\n")
                .arg(path, before.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), before.name));
        return CommandLine::Success;
    };
    QFile file(path);
    if (dryRun && file.open(QIODevice::ReadOnly)) { // an import finds it as it reads the file
        QCryptographicHash sha256(QCryptographicHash::Sha256);
        sha256.addData(&file);
        const ImportedFile before = service.importedFile(QString::fromLatin1(sha256.result().toHex()));
        if (before.id != 0)
            return skipped(before);
        file.close();
    }
    SubmissionImport import(service);
    // A dry run only checks; an import checks and writes in one pass, all or nothing.
    const SubmissionImport::Result result = dryRun ? import.prepare(path, year) : import.run(path, year, true);
    if (result.importedBefore.id != 0)
        return skipped(result.importedBefore);
    if (!result.ok()) {
        QString lines;
        for (const ImportIssue &issue : result.issues)
            lines += issue.format(path) + QLatin1Char('\n');
        lines += leftOut(result);
        Console::err(lines);
        return CommandLine::failure(
            tr("%n error(s) in %1; nothing was imported.", nullptr, int(result.issueCount())).arg(path));
    }
    const QString summary = summaryOf(path, result);
    if (dryRun) {
        Console::out(summary + tr(" (dry run: nothing was written).") + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    Console::out(summary + QStringLiteral(".\n"));
    return CommandLine::Success;
}

int SubmissionCommands::runImportFiles(Services &services, const QStringList &paths, int year, bool dryRun)
{
    SubmissionFilesImport import(services.submissions());
    const SubmissionFilesImport::Result result = import.prepare(paths, year);
    QString errors;
    for (const QString &problem : result.problems)
        errors += problem + QLatin1Char('\n');
    for (const SubmissionFilesImport::File &f : result.files) {
        if (f.outcome != SubmissionFilesImport::Outcome::Refused)
            continue;
        for (const ImportIssue &issue : f.result.issues)
            errors += issue.format(QDir::toNativeSeparators(f.result.path)) + QLatin1Char('\n');
        errors += leftOut(f.result);
    }
    if (!result.ok()) {
        Console::err(errors);
        const int refused = result.count(SubmissionFilesImport::Outcome::Refused);
        return CommandLine::failure(
            refused > 0
                ? tr("%n of %1 file(s) have errors; nothing was imported.", nullptr, refused).arg(result.files.size())
                : tr("nothing was imported."));
    }
    if (!dryRun)
        import.apply(result);
    QString lines;
    for (const SubmissionFilesImport::File &f : result.files) {
        const QString path = QDir::toNativeSeparators(f.result.path);
        lines += f.outcome == SubmissionFilesImport::Outcome::Skipped ? tr("%1: skipped: %2").arg(path, f.note)
                                                                      : summaryOf(path, f.result);
        lines += QStringLiteral(".\n");
    }
    lines += tr("%n file(s): %1 imported, %2 skipped; %3 new, %4 changed", nullptr, int(result.files.size()))
                 .arg(result.count(SubmissionFilesImport::Outcome::Accepted))
                 .arg(result.count(SubmissionFilesImport::Outcome::Skipped))
                 .arg(result.created())
                 .arg(result.changed());
    lines += (dryRun ? tr(" (dry run: nothing was written).") : QStringLiteral(".")) + QLatin1Char('\n');
    Console::out(lines);
    return CommandLine::Success;
}

QString SubmissionCommands::summaryOf(const QString &path, const SubmissionImport::Result &result)
{
    return tr("%1: %n row(s) for %2: %3 new, %4 changed, %5 unchanged, %6 with nothing filled in", nullptr,
              result.rowsRead)
        .arg(path)
        .arg(result.year)
        .arg(result.created)
        .arg(result.changed)
        .arg(result.unchanged)
        .arg(result.rowsEmpty);
}
