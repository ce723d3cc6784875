#include "rankcommands.h"

#include "commandline.h"
#include "console.h"
#include "documentoptions.h"
#include "imports/submissiontemplate.h"
#include "io/tablewriter.h"
#include "reports/documentrenderer.h"
#include "reports/rankedlistdocument.h"
#include "reports/rankingtable.h"
#include "services/planservice.h"
#include "services/rankingservice.h"
#include "services/services.h"

#include <QCommandLineParser>
#include <QFileInfo>

void RankCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("The year to rank."), tr("YEAR")});
    parser.addOption({QStringLiteral("group"), tr("Rank only this emulation group."), tr("GROUP")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
    parser.addOption({QStringLiteral("roll-up"),
                      tr("Name on each row the unit it has become today (merged, split or dissolved units).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the list to FILE: .pdf (the official document), .csv or .xlsx."),
                      tr("FILE")});
    DocumentOptions::add(parser);
}

int RankCommands::run(QCommandLineParser &parser, Services &services)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("year")) || !ok || year < 1900 || year > 2200)
        return CommandLine::usageError(tr("'rank' needs --year YEAR, such as --year 2025."));
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("pdf"))
        return CommandLine::usageError(tr("-o takes a file ending in .pdf, .csv or .xlsx, not '%1'.").arg(output));
    DocumentOptions document;
    if (const QString message = document.read(parser); !message.isEmpty())
        return CommandLine::usageError(message);

    const RankingService &service = services.ranking();
    Ranking ranking = service.rankYear(year, parser.value(QStringLiteral("group")));
    if (parser.isSet(QStringLiteral("roll-up")))
        service.rollUp(ranking, QDate::currentDate());
    if (suffix == QLatin1String("pdf")) {
        const OrganisationSettings organisation = document.organisation(services.plan().organisation());
        DocumentOptions::warnIfNoSigner(organisation);
        const OfficialDocument list = RankedListDocument::build(ranking, organisation, document.date, document.number);
        const QString error = DocumentRenderer::writePdf(list, output);
        if (!error.isEmpty()) {
            Console::err(QStringLiteral("xhht: ") + error + QLatin1Char('\n'));
            return CommandLine::Failure;
        }
        Console::out(tr("Wrote the ranked list of %1 to %2.\n").arg(year).arg(output));
        return CommandLine::Success;
    }
    if (!output.isEmpty()) {
        const QString error = SubmissionTemplate::writeTable(output, QStringLiteral("Xep hang %1").arg(year),
                                                             RankingTable::vietnameseHeaders(ranking),
                                                             RankingTable::vietnameseRows(ranking), {0, 3});
        if (!error.isEmpty()) {
            Console::err(QStringLiteral("xhht: ") + error + QLatin1Char('\n'));
            return CommandLine::Failure;
        }
        Console::out(tr("Wrote the ranked list of %1 to %2.\n").arg(year).arg(output));
        return CommandLine::Success;
    }
    TableWriter writer(*format, RankingTable::machineKeys(ranking.isRolledUp()));
    for (const QStringList &row : RankingTable::machineRows(ranking))
        writer.addRow(row);
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}
