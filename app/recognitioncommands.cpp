#include "recognitioncommands.h"

#include "commandline.h"
#include "console.h"
#include "documentoptions.h"
#include "io/tablewriter.h"
#include "reports/documentrenderer.h"
#include "reports/odtwriter.h"
#include "reports/recognitiondossierdocument.h"
#include "reports/recognitionlistdocument.h"
#include "services/planservice.h"
#include "services/recognitionservice.h"
#include "services/rubricservice.h"
#include "services/services.h"
#include "services/submissionvalidator.h"
#include "services/unitservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {

// --year as a year, or 0.
int yearOf(const QCommandLineParser &parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    return ok && year >= 1900 && year <= 2200 ? year : 0;
}

// A dd/mm/yyyy option, or an invalid date.
QDate dateOf(const QCommandLineParser &parser, const QString &name)
{
    QDate date;
    if (!SubmissionValidator::parseDate(parser.value(name), &date).isEmpty())
        return {};
    return date;
}

// The unit with this code, or none.
std::optional<Unit> unitOf(Services &services, const QString &code)
{
    for (const Unit &u : services.units().all())
        if (u.code.compare(code, Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void RecognitionCommands::addRubricOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("The year whose rubric to switch."), tr("YEAR")});
    parser.addOption({QStringLiteral("preset"), tr("The preset: TT24-2023 or TT22-2020."), tr("CODE")});
}

int RecognitionCommands::runRubric(QCommandLineParser &parser, Services &services)
{
    const int year = yearOf(parser);
    const QString code = parser.value(QStringLiteral("preset"));
    if (year == 0 || code.isEmpty())
        return CommandLine::usageError(tr("'rubric' needs --year YEAR and --preset TT24-2023 or TT22-2020."));
    QStringList presets;
    for (const Rubric &r : services.rubrics().all()) {
        if (!r.isPreset)
            continue;
        presets.append(r.code);
        if (r.code.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        services.rubrics().assign(year, r.id);
        Console::out(tr("%1 now uses %2 (%3).\n").arg(year).arg(r.code, r.name));
        return CommandLine::Success;
    }
    return CommandLine::usageError(
        tr("unknown preset '%1'; use one of: %2.").arg(code, presets.join(QStringLiteral(", "))));
}

void RecognitionCommands::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add or carry; without it, the list."));
    parser.addOption({QStringLiteral("unit"), tr("The unit's code."), tr("CODE")});
    parser.addOption({QStringLiteral("year"), tr("The year recognised."), tr("YEAR")});
    parser.addOption({QStringLiteral("level"), tr("1, 2, or none (a refusal)."), tr("LEVEL")});
    parser.addOption({QStringLiteral("decision"), tr("The decision's number."), tr("NUMBER")});
    parser.addOption({QStringLiteral("date"), tr("The decision's date, dd/mm/yyyy."), tr("DATE")});
    parser.addOption({QStringLiteral("signer"), tr("Who signed the decision."), tr("NAME")});
    parser.addOption({QStringLiteral("from"), tr("carry: the former unit's code."), tr("CODE")});
    parser.addOption({QStringLiteral("note"), tr("carry: why the decision is carried over."), tr("TEXT")});
    parser.addOption({QStringLiteral("on"), tr("The day of the list, dd/mm/yyyy (default: today)."), tr("DATE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the list to FILE: .pdf (official format, dated today) or .xlsx."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
}

int RecognitionCommands::run(QCommandLineParser &parser, Services &services)
{
    const QStringList positional = parser.positionalArguments(); // the command, then the action
    if (positional.size() > 2)
        return CommandLine::usageError(tr("unexpected argument '%1' for 'recognition'.").arg(positional.at(2)));
    const QString action = positional.value(1);
    if (action == QLatin1String("add"))
        return runAdd(parser, services);
    if (action == QLatin1String("carry"))
        return runCarry(parser, services);
    if (!action.isEmpty())
        return CommandLine::usageError(tr("unknown action '%1'; use 'recognition add', 'recognition carry' or "
                                          "'recognition' alone for the list.")
                                           .arg(action));
    return runList(parser, services);
}

int RecognitionCommands::runAdd(QCommandLineParser &parser, Services &services)
{
    const std::optional<Unit> unit = unitOf(services, parser.value(QStringLiteral("unit")));
    if (!unit)
        return CommandLine::usageError(tr("'recognition add' needs --unit CODE of a known unit, not '%1'.")
                                           .arg(parser.value(QStringLiteral("unit"))));
    const QString levelText = parser.value(QStringLiteral("level"));
    if (levelText != QLatin1String("1") && levelText != QLatin1String("2") && levelText != QLatin1String("none"))
        return CommandLine::usageError(tr("--level takes 1, 2 or none, not '%1'.").arg(levelText));
    const int year = yearOf(parser);
    if (year == 0)
        return CommandLine::usageError(tr("'recognition add' needs --year YEAR, the year recognised."));
    const QDate date = dateOf(parser, QStringLiteral("date"));
    if (!date.isValid())
        return CommandLine::usageError(
            tr("--date takes the decision's date as dd/mm/yyyy, not '%1'.").arg(parser.value(QStringLiteral("date"))));
    RecognitionDecision d;
    d.unitId = unit->id;
    d.year = year;
    d.level = levelText == QLatin1String("none") ? 0 : levelText.toInt();
    d.number = parser.value(QStringLiteral("decision"));
    d.date = date;
    d.signer = parser.value(QStringLiteral("signer"));
    const RecognitionDecision saved = services.recognition().save(d);
    Console::out(tr("Recorded decision %1 of %2 for %3, %4: %5.\n")
                     .arg(saved.number, saved.date.toString(QStringLiteral("dd/MM/yyyy")), unit->name)
                     .arg(saved.year)
                     .arg(RecognitionStatus::levelName(saved.level)));
    return CommandLine::Success;
}

int RecognitionCommands::runCarry(QCommandLineParser &parser, Services &services)
{
    const std::optional<Unit> from = unitOf(services, parser.value(QStringLiteral("from")));
    const std::optional<Unit> to = unitOf(services, parser.value(QStringLiteral("unit")));
    const int year = yearOf(parser);
    if (!from || !to || year == 0)
        return CommandLine::usageError(
            tr("'recognition carry' needs --from CODE (the former unit), --year YEAR and --unit CODE (the unit it "
               "became)."));
    qint64 decisionId = 0;
    for (const RecognitionDecision &d : services.recognition().decisions(from->id))
        if (d.year == year)
            decisionId = d.id;
    if (decisionId == 0)
        return CommandLine::failure(tr("%1 has no decision for %2.").arg(from->name).arg(year));
    services.recognition().carryOver(decisionId, to->id, parser.value(QStringLiteral("note")));
    Console::out(tr("Carried the decision of %1 for %2 over to %3.\n").arg(from->name).arg(year).arg(to->name));
    return CommandLine::Success;
}

int RecognitionCommands::runList(QCommandLineParser &parser, Services &services)
{
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("on"))) {
        day = dateOf(parser, QStringLiteral("on"));
        if (!day.isValid())
            return CommandLine::usageError(
                tr("--on takes a day as dd/mm/yyyy, not '%1'.").arg(parser.value(QStringLiteral("on"))));
    }
    const QList<RecognitionRow> rows = services.recognition().statuses(day);
    if (parser.isSet(QStringLiteral("output")))
        return writeList(parser, services, rows, day);
    TableWriter writer(*format,
                       {QStringLiteral("unit_code"), QStringLiteral("unit_name"), QStringLiteral("level"),
                        QStringLiteral("year_recognised"), QStringLiteral("decision_number"),
                        QStringLiteral("decision_date"), QStringLiteral("kept_until"), QStringLiteral("level2_from")});
    for (const RecognitionRow &row : rows) {
        const std::optional<RecognitionDecision> &d = row.status.current;
        writer.addRow({row.unit.code, row.name, d ? QString::number(d->level) : QString(),
                       d ? QString::number(d->year) : QString(), d ? d->number : QString(),
                       d ? iso(d->date) : QString(), iso(row.status.keptUntil), iso(row.status.mayAskLevel2From)});
    }
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}

int RecognitionCommands::runDossiers(QCommandLineParser &parser, Services &services)
{
    const int year = yearOf(parser);
    if (year == 0)
        return CommandLine::usageError(tr("'report recognition' needs --year YEAR, such as --year 2026."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::usageError(tr("'report recognition' needs -o FILE.pdf, -o FILE.odt or -o FOLDER."));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool oneFile = suffix == QLatin1String("pdf") || suffix == QLatin1String("odt");
    QList<Unit> units;
    if (parser.isSet(QStringLiteral("unit"))) {
        const std::optional<Unit> unit = unitOf(services, parser.value(QStringLiteral("unit")));
        if (!unit)
            return CommandLine::usageError(
                tr("--unit takes the code of a known unit, not '%1'.").arg(parser.value(QStringLiteral("unit"))));
        units = {*unit};
    } else if (oneFile) {
        return CommandLine::usageError(tr("one file holds one unit's dossier: give --unit CODE, or -o FOLDER for "
                                          "every unit."));
    } else {
        units = services.recognition().unitsOf(year);
    }
    DocumentOptions options;
    if (const QString message = options.read(parser); !message.isEmpty())
        return CommandLine::usageError(message);
    if (!oneFile && !QDir().mkpath(output))
        return CommandLine::failure(tr("cannot make the folder %1.").arg(output));
    const OrganisationSettings organisation = services.plan().organisation();
    int written = 0;
    for (const Unit &unit : std::as_const(units)) {
        const RecognitionDossier dossier = services.recognition().dossier(unit.id, year);
        const OfficialDocument document = RecognitionDossierDocument::build(dossier, organisation, options.date);
        const QStringList paths =
            oneFile ? QStringList{output}
                    : QStringList{
                          QDir(output).filePath(RecognitionDossierDocument::fileName(dossier, QStringLiteral("pdf"))),
                          QDir(output).filePath(RecognitionDossierDocument::fileName(dossier, QStringLiteral("odt")))};
        for (const QString &path : paths) {
            const QString error = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)
                                      ? OdtWriter::write(document, path)
                                      : DocumentRenderer::writePdf(document, path);
            if (!error.isEmpty())
                return CommandLine::failure(error);
        }
        ++written;
    }
    Console::out(
        tr("Wrote the recognition dossier of %n unit(s) for %1 to %2.\n", nullptr, written).arg(year).arg(output));
    return CommandLine::Success;
}

int RecognitionCommands::writeList(QCommandLineParser &parser, Services &services, const QList<RecognitionRow> &rows,
                                   QDate day)
{
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return CommandLine::usageError(tr("'recognition' writes -o FILE.pdf or -o FILE.xlsx."));
    QString error;
    if (suffix == QLatin1String("xlsx")) {
        if (!RecognitionListDocument::writeXlsx(rows, day, output, &error))
            return CommandLine::failure(error);
    } else {
        const OrganisationSettings organisation = services.plan().organisation();
        DocumentOptions::warnIfNoSigner(organisation);
        error = DocumentRenderer::writePdf(
            RecognitionListDocument::build(rows, day, organisation, QDate::currentDate(), 0), output);
        if (!error.isEmpty())
            return CommandLine::failure(error);
    }
    Console::out(tr("Wrote the recognition of %n unit(s) to %1.\n", nullptr, int(rows.size())).arg(output));
    return CommandLine::Success;
}
