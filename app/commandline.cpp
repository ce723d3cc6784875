#include "commandline.h"

#include "backupcommands.h"
#include "commendationcommands.h"
#include "console.h"
#include "domain/isodate.h"
#include "domain/storageerror.h"
#include "domain/tasktext.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "io/tablewriter.h"
#include "rankcommands.h"
#include "recognitioncommands.h"
#include "reportcommands.h"
#include "servercommands.h"
#include "services/demogenerator.h"
#include "services/planservice.h"
#include "services/seeder.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "submissioncommands.h"
#include "taskcommands.h"
#include "timelinecommands.h"
#include "unitcommands.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace {

void writeOut(const QString &text)
{
    Console::out(text);
}

void writeOut(const QByteArray &bytes)
{
    Console::out(bytes);
}

void writeErr(const QString &text)
{
    Console::err(text);
}

const QStringList kCommands = {
    QStringLiteral("init"),    QStringLiteral("units"),         QStringLiteral("plan"),
    QStringLiteral("demo"),    QStringLiteral("import"),        QStringLiteral("submissions"),
    QStringLiteral("rank"),    QStringLiteral("report"),        QStringLiteral("timeline"),
    QStringLiteral("tasks"),   QStringLiteral("commendations"), QStringLiteral("backup"),
    QStringLiteral("restore"), QStringLiteral("rubric"),        QStringLiteral("recognition"),
    QStringLiteral("server"),  QStringLiteral("copy")};

} // namespace

CommandLine::Scan CommandLine::scan(const QStringList &arguments)
{
    Scan result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            result.database = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            result.database = arg.mid(5);
        } else if (!arg.startsWith(QLatin1Char('-')) && result.command.isEmpty()) {
            result.command = arg;
        } else {
            result.others.append(arg);
        }
    }
    return result;
}

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    // Only --db may come without a command; anything else is the command line's to
    // answer (help, version, or a usage error).
    const Scan s = scan(arguments);
    return s.command.isEmpty() && s.others.isEmpty();
}

QString CommandLine::databaseArgument(const QStringList &arguments)
{
    return scan(arguments).database;
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    // `report recognition -o FOLDER` writes PDFs into a folder.
    if (arguments.contains(QLatin1String("report")) && arguments.contains(QLatin1String("recognition")))
        return true;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (arguments.at(i).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
            arguments.at(i).endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
            return true;
    return false;
}

QString CommandLine::generalHelp()
{
    return tr(
        "Usage: xhht [--db PATH] [COMMAND [options]]\n"
        "\n"
        "Without a command, xhht opens its main window.\n"
        "\n"
        "Commands:\n"
        "  init [--demo]                         create the database and load the plan (and demo data)\n"
        "  units [--year Y] [--format F]         list the units (those active in year Y)\n"
        "  units --history [--format F]          the units' lineage events (created, renamed, merged, ...)\n"
        "  plan                                  print the plan: phases, sections and tasks\n"
        "  demo --units N [--years A-B]          add N synthetic units with yearly data (benchmarks)\n"
        "  submissions [--year Y] [--format F]   the year's submissions (default: this year)\n"
        "  import template --year Y -o FILE      write the import template (.csv or .xlsx) of year Y\n"
        "                   [--filled]           ... with what is already recorded\n"
        "                   [--reviewed]         ... with the reviewed-score columns (the council's sheet)\n"
        "  import template --year Y --per-unit -o FOLDER\n"
        "                                        one workbook per unit active in Y, to fill in and send back\n"
        "  import submissions FILE... | FOLDER [--year Y] [--dry-run]\n"
        "                                        import filled-in submissions (all files and rows or none;\n"
        "                                        a file imported before is skipped)\n"
        "  import template --units -o FILE       write the empty units import template (.csv or .xlsx)\n"
        "  import units FILE [--dry-run]         add units from a filled-in template (all rows or none)\n"
        "  rank --year Y [--group G] [--roll-up] [--format F] [-o FILE.pdf|FILE.csv|FILE.xlsx]\n"
        "                                        the ranked list of learning units of year Y (--roll-up: with\n"
        "                                        the unit each has become today)\n"
        "  report summary --year Y -o FILE.pdf|FILE.odt [--date D] [--number N]\n"
        "                                        the year's summary report to the Department of Education\n"
        "  report reminders --year Y -o FILE.pdf [--date D] [--number N] [--deadline D]\n"
        "                                        the reminder letter to units that sent nothing, asking\n"
        "                                        for their report by the deadline\n"
        "  report recognition --year Y [--unit CODE] -o FILE.pdf|FILE.odt|FOLDER [--date D]\n"
        "                                        a unit's recognition dossier (Thông tư 24/2023): request,\n"
        "                                        self-assessment report and summary table; a FOLDER gets\n"
        "                                        every unit's, as PDF and ODT\n"
        "  report review --phase N -o FILE.pdf|FILE.odt [--date D] [--number N]\n"
        "                                        the review report of phase N (mid-term or final), with\n"
        "                                        each unit's results over the phase's years\n"
        "  tasks --year Y [--overdue] [--format F]\n"
        "                                        the plan's tasks per unit in year Y, with due dates and status\n"
        "  timeline [--format text|json] [--today D]\n"
        "                                        the plan's years: phases, reviews, deadlines, today\n"
        "  commendations --phase N [--format F] [-o FILE.pdf|FILE.xlsx]\n"
        "                                        the commendation proposals of phase N's review\n"
        "  rubric --year Y --preset TT24-2023|TT22-2020\n"
        "                                        switch year Y's rubric (refused for a locked year or one with "
        "scores)\n"
        "  recognition [--on D] [--format F] [-o FILE.pdf|FILE.xlsx]\n"
        "                                        every unit's recognition (Thông tư 24/2023) on day D: level, year,\n"
        "                                        decision, kept until, may ask for Mức 2 from\n"
        "  recognition add --unit CODE --year Y --level 1|2|none --decision NUMBER --date D [--signer NAME]\n"
        "                                        record the provincial committee's decision on a unit's year\n"
        "  recognition carry --from CODE --year Y --unit CODE --note TEXT\n"
        "                                        carry a decision over to the unit a merged or split unit became\n"
        "  backup [-o FILE | --folder DIR]       a checked copy of the database, made while it may be in use\n"
        "                                        (default: into the backup folder chosen in the window)\n"
        "  restore FILE                          check a backup, keep the database as a copy, then swap the\n"
        "                                        backup in (all or nothing), also over a file too damaged to open\n"
        "  server init                           set up a shared office database on a PostgreSQL server\n"
        "                                        (--db postgresql://…): the plan, the roles, their rights\n"
        "  server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin]\n"
        "                                        a new login on the server, in one of the roles\n"
        "  server remove-user NAME               remove a login\n"
        "  server users [--format F]             the logins and their roles\n"
        "  copy --from SOURCE --to TARGET        copy a whole database between a file and a server (or two\n"
        "                                        of either) into a new, empty one: all or nothing\n"
        "\n"
        "Options:\n"
        "  --db PATH                             the database file, or a server's postgresql://user@host/db\n"
        "                                        address (default: $XHHT_DB, else the user's data folder)\n"
        "  --format F                            tsv, csv or json, for output meant for other programs\n"
        "  -h, --help                            this help; COMMAND --help for a command's options\n"
        "  -v, --version                         the program's version\n"
        "\n"
        "Exit status: 0 success, 2 bad usage, 1 any other failure.\n");
}

int CommandLine::usageError(const QString &message)
{
    writeErr(QStringLiteral("xhht: ") + message + QLatin1Char('\n'));
    return Usage;
}

int CommandLine::failure(const QString &message)
{
    writeErr(QStringLiteral("xhht: ") + message + QLatin1Char('\n'));
    return Failure;
}

// Each command's own options.
void CommandLine::addCommandOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("init")) {
        parser.addOption({QStringLiteral("demo"), tr("Also add the demo submissions for 2024 and 2025.")});
    } else if (command == QLatin1String("units")) {
        parser.addOption({QStringLiteral("year"), tr("Only units active in this year."), tr("YEAR")});
        parser.addOption({QStringLiteral("history"), tr("List the units' lineage events instead.")});
        parser.addOption(
            {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
    } else if (command == QLatin1String("import") || command == QLatin1String("submissions")) {
        SubmissionCommands::addOptions(command, parser);
    } else if (command == QLatin1String("rank")) {
        RankCommands::addOptions(parser);
    } else if (command == QLatin1String("tasks")) {
        TaskCommands::addOptions(parser);
    } else if (command == QLatin1String("timeline")) {
        TimelineCommands::addOptions(parser);
    } else if (command == QLatin1String("report")) {
        ReportCommands::addOptions(parser);
    } else if (command == QLatin1String("commendations")) {
        CommendationCommands::addOptions(parser);
    } else if (command == QLatin1String("rubric")) {
        RecognitionCommands::addRubricOptions(parser);
    } else if (command == QLatin1String("recognition")) {
        RecognitionCommands::addOptions(parser);
    } else if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        BackupCommands::addOptions(command, parser);
    } else if (command == QLatin1String("server") || command == QLatin1String("copy")) {
        ServerCommands::addOptions(command, parser);
    } else if (command == QLatin1String("demo")) {
        parser.addOption({QStringLiteral("units"), tr("How many synthetic units to add."), tr("N")});
        parser.addOption(
            {QStringLiteral("years"), tr("The years to fill, as FROM-TO."), tr("YEARS"), QStringLiteral("2024-2030")});
    }
}

int CommandLine::run(const QStringList &arguments)
{
    const Scan given = scan(arguments);
    const QString &command = given.command;
    if (command.isEmpty()) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            writeOut(QStringLiteral("xhht %1\n").arg(QStringLiteral(XHHT_VERSION)) +
                     tr("Database schema version: %1\n").arg(Services::schemaVersion()));
            return Success;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h")) ||
            arguments.contains(QLatin1String("--help-all"))) {
            writeOut(generalHelp());
            return Success;
        }
        if (!given.others.isEmpty())
            return usageError(tr("unknown option '%1'; see 'xhht --help'.").arg(given.others.first()));
        return usageError(tr("no command given; see 'xhht --help'."));
    }
    if (!kCommands.contains(command))
        return usageError(tr("unknown command '%1'; see 'xhht --help'.").arg(command));

    QCommandLineParser parser;
    parser.setApplicationDescription(generalHelp());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."), tr("PATH"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(dbOption);
    parser.addOption(helpOption);
    addCommandOptions(command, parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        writeOut(parser.helpText());
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 && command != QLatin1String("import") && command != QLatin1String("report") &&
        command != QLatin1String("restore") && command != QLatin1String("recognition") &&
        command != QLatin1String("server"))
        return usageError(tr("unexpected argument '%1' for '%2'.").arg(positional.at(1), command));

    try {
        if (command == QLatin1String("copy"))
            return ServerCommands::runCopy(parser);
        if (command == QLatin1String("restore")) // also over a file too damaged to open
            return BackupCommands::runRestore(parser, Services::resolvePath(parser.value(dbOption)));
        // Only `init` creates a database: a mistyped --db is refused, not made.
        const std::unique_ptr<Services> opened =
            Services::open(Services::resolvePath(parser.value(dbOption)),
                           command == QLatin1String("init") ||
                                   (command == QLatin1String("server") && positional.value(1) == QLatin1String("init"))
                               ? Services::Open::CreateIfMissing
                               : Services::Open::Existing);
        Services &services = *opened;
        services.setLockWaitObserver([told = false](int seconds) mutable {
            if (told)
                return;
            told = true;
            writeErr(tr("xhht: another program or person is writing to the database; waiting for them to finish "
                        "(up to %1 s, %2 s so far)…\n")
                         .arg(Services::lockWaitSeconds())
                         .arg(seconds));
        });
        if (command == QLatin1String("backup"))
            return BackupCommands::runBackup(parser, services);
        Seeder &seeder = services.seeder();
        if (!seeder.isSeeded()) {
            if (services.isReadOnly())
                return failure(tr("%1 is read-only and has no plan loaded.").arg(services.location()));
            seeder.seed();
        }
        if (command == QLatin1String("init"))
            return runInit(parser, services);
        if (command == QLatin1String("server"))
            return ServerCommands::runServer(parser, services);
        if (command == QLatin1String("units"))
            return runUnits(parser, services);
        if (command == QLatin1String("plan"))
            return runPlan(parser, services);
        if (command == QLatin1String("import") || command == QLatin1String("submissions"))
            return SubmissionCommands::run(command, parser, services);
        if (command == QLatin1String("rank"))
            return RankCommands::run(parser, services);
        if (command == QLatin1String("tasks"))
            return TaskCommands::run(parser, services);
        if (command == QLatin1String("timeline"))
            return TimelineCommands::run(parser, services);
        if (command == QLatin1String("report"))
            return ReportCommands::run(parser, services);
        if (command == QLatin1String("commendations"))
            return CommendationCommands::run(parser, services);
        if (command == QLatin1String("rubric"))
            return RecognitionCommands::runRubric(parser, services);
        if (command == QLatin1String("recognition"))
            return RecognitionCommands::run(parser, services);
        return runDemo(parser, services);
    } catch (const StorageError &error) {
        return failure(error.message());
    } catch (const ValidationError &error) {
        return failure(error.message().replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
}

QString CommandLine::readOnlyReason(const Services &services)
{
    if (services.server().readOnlyRole())
        return tr("your login %1 on %2 is a leader's: it reads, prints and exports, and changes nothing.")
            .arg(services.server().login(), services.location());
    return tr("%1 is read-only.").arg(services.location());
}

int CommandLine::runInit(QCommandLineParser &parser, Services &services)
{
    if (parser.isSet(QStringLiteral("demo"))) {
        if (services.submissions().countForYear(2024) > 0)
            return failure(tr("%1 already has submissions; the demo was not added.").arg(services.location()));
        services.demo().addDemo();
    }
    writeOut(tr("Database ready: %1\n").arg(services.location()));
    return Success;
}

int CommandLine::runUnits(QCommandLineParser &parser, Services &services)
{
    if (parser.isSet(QStringLiteral("history")))
        return UnitCommands::runHistory(parser, services);
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    QList<Unit> units;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return usageError(
                tr("--year takes a year such as 2025, not '%1'.").arg(parser.value(QStringLiteral("year"))));
        units = services.units().activeIn(year);
    } else {
        units = services.units().all();
    }
    QStringList names;
    names.reserve(units.size());
    for (const Unit &u : units)
        names.append(u.name);
    const QList<qsizetype> order = VietnameseCollator().order(names);

    TableWriter writer(*format, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                                 QStringLiteral("group"), QStringLiteral("valid_from"), QStringLiteral("valid_to")});
    for (const qsizetype i : order) {
        const Unit &u = units.at(i);
        writer.addRow(
            {u.code, u.name, u.kind, u.group, u.validFrom.toString(Qt::ISODate), u.validTo.toString(Qt::ISODate)});
    }
    writeOut(writer.toUtf8());
    return Success;
}

int CommandLine::runPlan(QCommandLineParser &, Services &services)
{
    const PlanService &plans = services.plan();
    const Plan plan = plans.plan();
    QString out;
    out +=
        tr("PLAN %1/%2: %3\n").arg(plan.number.isEmpty() ? QStringLiteral("…") : plan.number, plan.symbol, plan.title);
    out += tr("Issued by %1, period %2-%3\n").arg(plan.issuer).arg(plan.periodFrom).arg(plan.periodTo);
    out += QLatin1Char('\n') + tr("Phases:") + QLatin1Char('\n');
    for (const Phase &phase : plans.phases()) {
        out += tr("  %1 (%2-%3): %4 in %5\n")
                   .arg(phase.name)
                   .arg(phase.yearFrom)
                   .arg(phase.yearTo)
                   .arg(phase.reviewName)
                   .arg(phase.reviewYear);
    }
    out += QLatin1Char('\n') + tr("Sections:") + QLatin1Char('\n');
    for (const PlanSection &s : plans.sections()) {
        const QString indent(2 * (s.depth() + 1), QLatin1Char(' '));
        QString text = s.title.isEmpty() ? s.body : s.title;
        if (text.size() > 110)
            text = text.left(109) + QChar(0x2026);
        const QString label = s.label == QLatin1String("-") ? QStringLiteral("-") : s.label + QLatin1Char('.');
        out += indent + label + QLatin1Char(' ') + text + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Tasks:") + QLatin1Char('\n');
    for (const Task &t : plans.tasks()) {
        const QString coordinate = TaskText::assignees(t, TaskAssignee::Role::Coordinate);
        const QString when = TaskText::schedule(t);
        out += QStringLiteral("  %1 [%2] %3\n").arg(t.code, t.sectionPath, t.title);
        out +=
            QStringLiteral("      ") + tr("%1; lead: %2").arg(when, TaskText::assignees(t, TaskAssignee::Role::Lead));
        if (!coordinate.isEmpty())
            out += tr("; with: %1").arg(coordinate);
        out += QLatin1Char('\n');
    }
    writeOut(out);
    return Success;
}

int CommandLine::runDemo(QCommandLineParser &parser, Services &services)
{
    bool ok = false;
    const int units = parser.value(QStringLiteral("units")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("units")) || !ok || units < 1 || units > 1'000'000)
        return usageError(tr("demo needs --units N with N from 1 to 1000000."));
    static const QRegularExpression yearsPattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch match = yearsPattern.match(parser.value(QStringLiteral("years")));
    if (!match.hasMatch() || match.captured(1).toInt() > match.captured(2).toInt())
        return usageError(tr("--years takes FROM-TO, such as 2024-2030."));
    if (services.isReadOnly())
        return failure(readOnlyReason(services));
    QElapsedTimer timer;
    timer.start();
    services.demo().addSynthetic(units, match.captured(1).toInt(), match.captured(2).toInt(),
                                 [](int done, int total) { writeErr(tr("\r%1 of %2 records").arg(done).arg(total)); });
    writeErr(QStringLiteral("\n"));
    writeOut(tr("Added %1 units with data for %2 in %3 s.\n")
                 .arg(units)
                 .arg(parser.value(QStringLiteral("years")))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}
