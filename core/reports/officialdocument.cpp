#include "officialdocument.h"

#include "domain/organisationsettings.h"
#include "officialdate.h"

OfficialDocument OfficialDocument::forOrganisation(const OrganisationSettings &organisation, const QString &typeCode,
                                                   int number, QDate date)
{
    OfficialDocument document = forOrganisation(organisation, DocumentKind::ReminderLetter, number, date);
    document.header.number = documentNumber(number, typeCode, organisation.departmentShort);
    return document;
}

OfficialDocument OfficialDocument::forOrganisation(const OrganisationSettings &organisation, DocumentKind::Kind kind,
                                                   int number, QDate date)
{
    OfficialDocument document;
    document.header.parentBody = organisation.parentBody;
    document.header.agency = organisation.department;
    document.header.number = documentNumber(number, organisation.symbol(kind));
    document.header.placeAndDate = OfficialDate::placeAndDate(organisation.place, date);
    document.signature.authority = organisation.signerAuthority;
    document.signature.title = organisation.signerTitle;
    document.signature.name = organisation.signerName;
    document.signature.recipients = organisation.recipients;
    return document;
}

QString OfficialDocument::documentNumber(int number, const QString &typeCode, const QString &agencyShort)
{
    return documentNumber(number, typeCode.isEmpty() ? agencyShort : typeCode + QLatin1Char('-') + agencyShort);
}

QString OfficialDocument::documentNumber(int number, const QString &symbol)
{
    if (number <= 0)
        return QStringLiteral("      /") + symbol;
    return QStringLiteral("%1/").arg(number, 2, 10, QLatin1Char('0')) + symbol;
}
