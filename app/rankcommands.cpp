#include "rankcommands.h"

#include "commandline.h"
#include "console.h"
#include "io/rankingtable.h"
#include "io/submissiontemplate.h"
#include "io/tablewriter.h"
#include "reports/documentrenderer.h"
#include "reports/rankedlistdocument.h"
#include "services/rankingservice.h"
#include "services/submissionvalidator.h"
#include "storage/organisationrepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

namespace {

int usage(const QString &message)
{
    Console::err(QStringLiteral("xhht: ") + message + QLatin1Char('\n'));
    return CommandLine::Usage;
}

} // namespace

void RankCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("The year to rank."), tr("YEAR")});
    parser.addOption({QStringLiteral("group"), tr("Rank only this emulation group."), tr("GROUP")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: tsv, csv or json."), tr("FORMAT"), QStringLiteral("tsv")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the list to FILE: .pdf (the official document), .csv or .xlsx."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("date"), tr("The document's date, dd/mm/yyyy (default: today)."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("number"), tr("The document's number (default: blank, to fill in on paper)."), tr("N")});
}

int RankCommands::run(QCommandLineParser &parser, Database &db)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("year")) || !ok || year < 1900 || year > 2200)
        return usage(tr("'rank' needs --year YEAR, such as --year 2025."));
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usage(tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("pdf"))
        return usage(tr("-o takes a file ending in .pdf, .csv or .xlsx, not '%1'.").arg(output));
    QDate date = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        const QString message = SubmissionValidator::parseDate(parser.value(QStringLiteral("date")), &date);
        if (!message.isEmpty() || !date.isValid())
            return usage(
                tr("--date takes a date such as 05/12/2025, not '%1'.").arg(parser.value(QStringLiteral("date"))));
    }
    int number = 0;
    if (parser.isSet(QStringLiteral("number"))) {
        number = parser.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || number < 1)
            return usage(
                tr("--number takes a whole number such as 5, not '%1'.").arg(parser.value(QStringLiteral("number"))));
    }

    const Ranking ranking = RankingService(db).rankYear(year, parser.value(QStringLiteral("group")));
    if (suffix == QLatin1String("pdf")) {
        const OfficialDocument document =
            RankedListDocument::build(ranking, OrganisationRepository(db).load(), date, number);
        const QString error = DocumentRenderer::writePdf(document, output);
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
    TableWriter writer(*format, RankingTable::machineKeys());
    for (const QStringList &row : RankingTable::machineRows(ranking))
        writer.addRow(row);
    Console::out(writer.toUtf8());
    return CommandLine::Success;
}
