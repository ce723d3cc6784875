#include "commendationcommands.h"

#include "commandline.h"
#include "console.h"
#include "documentoptions.h"
#include "io/tablewriter.h"
#include "reports/commendationlistdocument.h"
#include "reports/documentrenderer.h"
#include "services/commendationservice.h"
#include "services/phasereviewservice.h"
#include "services/planservice.h"
#include "services/services.h"

#include <QCommandLineParser>
#include <QFileInfo>

void CommendationCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("phase"), tr("The phase whose proposals to list: 1 or 2."), tr("N")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the proposal list to FILE: .pdf (official format) or .xlsx."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("format"), tr("Output format without -o: tsv, csv or json."), tr("FORMAT"),
                      QStringLiteral("tsv")});
    DocumentOptions::add(parser);
}

int CommendationCommands::run(QCommandLineParser &parser, Services &services)
{
    const QList<Phase> phases = services.phaseReviews().phases();
    bool ok = false;
    const int number = parser.value(QStringLiteral("phase")).toInt(&ok);
    const auto phase = std::find_if(phases.cbegin(), phases.cend(), [&](const Phase &p) { return p.number == number; });
    if (!parser.isSet(QStringLiteral("phase")) || !ok || phase == phases.cend()) {
        QStringList known;
        for (const Phase &p : phases)
            known.append(QStringLiteral("%1 (%2–%3)").arg(p.number).arg(p.yearFrom).arg(p.yearTo));
        return CommandLine::usageError(
            tr("'commendations' needs --phase N, one of: %1.").arg(known.join(QStringLiteral(", "))));
    }
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return CommandLine::usageError(
            tr("unknown format '%1'; use tsv, csv or json.").arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (parser.isSet(QStringLiteral("output")) && suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return CommandLine::usageError(tr("'commendations' writes -o FILE.pdf or -o FILE.xlsx."));
    DocumentOptions options;
    if (const QString message = options.read(parser); !message.isEmpty())
        return CommandLine::usageError(message);

    const CommendationList list = services.commendations().list(phase->number, phase->reviewYear);
    if (output.isEmpty()) {
        TableWriter writer(*format, {QStringLiteral("subject"), QStringLiteral("name"), QStringLiteral("form"),
                                     QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("decision")});
        for (const CommendationListLine &line : list.lines)
            writer.addRow({line.subject, line.name, line.formName, line.reason, line.status, line.decision});
        Console::out(writer.toUtf8());
        return CommandLine::Success;
    }
    if (list.lines.isEmpty())
        return CommandLine::failure(tr("phase %1 has no commendation proposals yet; there is no list to write "
                                       "(propose units on the Reviews screen first).")
                                        .arg(phase->number));
    QString error;
    if (suffix == QLatin1String("xlsx")) {
        if (!CommendationListDocument::writeXlsx(list, output, &error))
            return CommandLine::failure(error);
    } else {
        const OrganisationSettings organisation = options.organisation(services.plan().organisation());
        DocumentOptions::warnIfNoSigner(organisation);
        error = DocumentRenderer::writePdf(
            CommendationListDocument::build(list, organisation, options.date, options.number), output);
        if (!error.isEmpty())
            return CommandLine::failure(error);
    }
    Console::out(tr("Wrote the %n proposal(s) of phase %1 to %2.\n", nullptr, int(list.lines.size()))
                     .arg(phase->number)
                     .arg(output));
    return CommandLine::Success;
}
