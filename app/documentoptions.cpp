#include "documentoptions.h"

#include "console.h"
#include "domain/organisationsettings.h"
#include "services/submissionvalidator.h"

#include <QCommandLineParser>

void DocumentOptions::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("date"), tr("The document's date, dd/mm/yyyy (default: today)."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("number"), tr("The document's number (default: blank, to fill in on paper)."), tr("N")});
    parser.addOption({QStringLiteral("signer"),
                      tr("The name of who signs this document (default: the signer set in Settings; not saved)."),
                      tr("NAME")});
}

QString DocumentOptions::read(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("date"))) {
        const QString given = parser.value(QStringLiteral("date"));
        if (!SubmissionValidator::parseDate(given, &date).isEmpty() || !date.isValid())
            return tr("--date takes a date such as 05/12/2025, not '%1'.").arg(given);
    }
    if (parser.isSet(QStringLiteral("number"))) {
        bool ok = false;
        number = parser.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || number < 1)
            return tr("--number takes a whole number such as 5, not '%1'.").arg(parser.value(QStringLiteral("number")));
    }
    if (parser.isSet(QStringLiteral("signer"))) {
        signer = parser.value(QStringLiteral("signer")).trimmed();
        if (signer.isEmpty())
            return tr("--signer takes the signer's name, such as --signer \"Trần Văn Ký\".");
    }
    return {};
}

OrganisationSettings DocumentOptions::organisation(const OrganisationSettings &saved) const
{
    OrganisationSettings settings = saved;
    if (!signer.isEmpty())
        settings.signerName = signer;
    return settings;
}

void DocumentOptions::warnIfNoSigner(const OrganisationSettings &organisation)
{
    if (organisation.signerName.trimmed().isEmpty())
        Console::err(tr("xhht: warning: no signer is set, so the document has no name under its signature; set the "
                        "signer in the window's Settings (Documents), or give --signer NAME.\n"));
}
