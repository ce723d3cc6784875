#include "reportcommands.h"

#include "commandline.h"
#include "console.h"
#include "documentoptions.h"
#include "domain/validationissue.h"
#include "recognitioncommands.h"
#include "reports/commendationlistdocument.h"
#include "reports/documentrenderer.h"
#include "reports/odtwriter.h"
#include "reports/phasereviewdocument.h"
#include "reports/reminderletterdocument.h"
#include "reports/reportdrafts.h"
#include "reports/summaryreportdocument.h"
#include "services/annualreportservice.h"
#include "services/commendationservice.h"
#include "services/phasereviewservice.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/submissionvalidator.h"

#include <QCommandLineParser>
#include <QFileInfo>

void ReportCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("The year of the report."), tr("YEAR")});
    parser.addOption({QStringLiteral("phase"), tr("The phase of the plan to review (1 or 2)."), tr("N")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the document to FILE: .pdf, or .odt for the summary and review reports."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("unit"), tr("For 'report recognition': only this unit's dossier (its code)."), tr("CODE")});
    parser.addOption({QStringLiteral("deadline"),
                      tr("For 'report reminders': the date, dd/mm/yyyy, by which the late units must send (default: "
                         "three working days before the report deadline)."),
                      tr("DATE")});
    DocumentOptions::add(parser);
}

int ReportCommands::run(QCommandLineParser &parser, Services &services)
{
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(1); // positional.at(0) is "report"
    if (what != QLatin1String("summary") && what != QLatin1String("reminders") && what != QLatin1String("review") &&
        what != QLatin1String("recognition"))
        return CommandLine::usageError(
            what.isEmpty()
                ? tr("'report' needs what to write: 'summary', 'reminders', 'review' or 'recognition'; see "
                     "'xhht --help'.")
                : tr("unknown report '%1'; use 'summary', 'reminders', 'review' or 'recognition'.").arg(what));
    if (positional.size() > 2)
        return CommandLine::usageError(tr("unexpected argument '%1' for 'report %2'.").arg(positional.at(2), what));
    if (what != QLatin1String("reminders") && parser.isSet(QStringLiteral("deadline")))
        return CommandLine::usageError(tr("--deadline is for 'report reminders' only."));
    if (what == QLatin1String("review"))
        return runReview(parser, services);
    if (what == QLatin1String("recognition"))
        return RecognitionCommands::runDossiers(parser, services);
    if (parser.isSet(QStringLiteral("unit")))
        return CommandLine::usageError(tr("--unit is for 'report recognition' only."));
    if (parser.isSet(QStringLiteral("phase")))
        return CommandLine::usageError(tr("'report %1' takes --year, not --phase.").arg(what));
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("year")) || !ok || year < 1900 || year > 2200)
        return CommandLine::usageError(tr("'report %1' needs --year YEAR, such as --year 2025.").arg(what));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool summary = what == QLatin1String("summary");
    if (summary && suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return CommandLine::usageError(tr("'report summary' needs -o FILE.pdf or -o FILE.odt."));
    if (!summary && suffix != QLatin1String("pdf"))
        return CommandLine::usageError(tr("'report reminders' needs -o FILE.pdf."));
    DocumentOptions options;
    if (const QString message = options.read(parser); !message.isEmpty())
        return CommandLine::usageError(message);
    QDate deadline;
    if (parser.isSet(QStringLiteral("deadline"))) {
        const QString given = parser.value(QStringLiteral("deadline"));
        if (!SubmissionValidator::parseDate(given, &deadline).isEmpty() || !deadline.isValid())
            return CommandLine::usageError(tr("--deadline takes a date such as 05/12/2025, not '%1'.").arg(given));
        if (deadline <= options.date)
            return CommandLine::usageError(
                tr("--deadline %1 must come after the letter's date, %2.")
                    .arg(SubmissionValidator::formatDate(deadline), SubmissionValidator::formatDate(options.date)));
    }

    AnnualReportService &service = services.annualReports();
    const AnnualReport report = ReportDrafts::load(service, year);
    if (report.expected() == 0)
        return CommandLine::failure(tr("no unit was active in %1; there is nothing to report.").arg(year));
    const OrganisationSettings organisation = options.organisation(services.plan().organisation());

    if (summary) {
        DocumentOptions::warnIfNoSigner(organisation);
        const OfficialDocument document =
            SummaryReportDocument::build(report, organisation, options.date, options.number);
        const QString error = suffix == QLatin1String("odt") ? OdtWriter::write(document, output)
                                                             : DocumentRenderer::writePdf(document, output);
        if (!error.isEmpty())
            return CommandLine::failure(error);
        Console::out(tr("Wrote the summary report of %1 to %2.\n").arg(year).arg(output));
        const QList<ReportGap> gaps = AnnualReportService::gaps(report);
        if (!gaps.isEmpty())
            Console::err(tr("xhht: note: the report still has %n gap(s); the Reports screen lists them.\n", nullptr,
                            int(gaps.size())));
        return CommandLine::Success;
    }

    const ReminderLetter letter = AnnualReportService::reminder(report, options.date, deadline);
    if (letter.missingUnits.isEmpty()) {
        Console::out(tr("Every unit active in %1 has sent its report: no reminder letter is needed.\n").arg(year));
        return CommandLine::Success;
    }
    DocumentOptions::warnIfNoSigner(organisation);
    const QString error = DocumentRenderer::writePdf(
        ReminderLetterDocument::build(letter, organisation, options.date, options.number), output);
    if (!error.isEmpty())
        return CommandLine::failure(error);
    Console::out(tr("Wrote the reminder letter to %n unit(s) of %1 to %2.\n", nullptr, int(letter.missingUnits.size()))
                     .arg(year)
                     .arg(output));
    return CommandLine::Success;
}

int ReportCommands::runReview(QCommandLineParser &parser, Services &services)
{
    bool ok = false;
    const int phase = parser.value(QStringLiteral("phase")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("phase")) || !ok || phase < 1)
        return CommandLine::usageError(tr("'report review' needs --phase N, such as --phase 1."));
    if (parser.isSet(QStringLiteral("year")))
        return CommandLine::usageError(tr("'report review' takes --phase, not --year."));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return CommandLine::usageError(tr("'report review' needs -o FILE.pdf or -o FILE.odt."));
    DocumentOptions options;
    if (const QString message = options.read(parser); !message.isEmpty())
        return CommandLine::usageError(message);

    PhaseReview review;
    try {
        review = services.phaseReviews().load(phase);
    } catch (const ValidationError &error) {
        return CommandLine::usageError(error.message());
    }
    const QStringList commendations = CommendationListDocument::summaryLines(
        services.commendations().list(review.phase.number, review.phase.reviewYear));
    const OrganisationSettings organisation = options.organisation(services.plan().organisation());
    DocumentOptions::warnIfNoSigner(organisation);
    const OfficialDocument document =
        PhaseReviewDocument::build(review, organisation, options.date, options.number, commendations);
    const QString error = suffix == QLatin1String("odt") ? OdtWriter::write(document, output)
                                                         : DocumentRenderer::writePdf(document, output);
    if (!error.isEmpty())
        return CommandLine::failure(error);
    Console::out(tr("Wrote the review of %1 (%2-%3) to %4.\n")
                     .arg(review.phase.name)
                     .arg(review.phase.yearFrom)
                     .arg(review.phase.yearTo)
                     .arg(output));
    return CommandLine::Success;
}
