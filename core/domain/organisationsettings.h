#pragma once

#include "documentkind.h"

#include <QMap>
#include <QString>
#include <QStringList>

// What the official documents say about the department (Nghị định 30/2020 header,
// signature and recipients).
struct OrganisationSettings
{
    QString parentBody;
    QString department;
    QString departmentShort;
    QString place;
    QString draftingUnit;
    QString signerAuthority; // "KT. GIÁM ĐỐC": the form (KT., TL., ...) and the head's title; empty: the head signs
    QString signerTitle;
    QString signerName;
    QString reportRecipient;
    QStringList recipients;
    QString rankingRules; // TieRule::listToText; empty: the default rules
    // The số ký hiệu of each kind of document, after the number's "/" ("BC-SVHTTDL");
    // a kind missing or empty takes defaultSymbol.
    QMap<DocumentKind::Kind, QString> symbols;

    // The symbol the kind's documents carry: the one set, else the default.
    QString symbol(DocumentKind::Kind kind) const
    {
        const QString set = symbols.value(kind).trimmed();
        return set.isEmpty() ? defaultSymbol(kind) : set;
    }
    // The type code and the department's short name ("BC-SVHTTDL"); a công văn's is the
    // department's short name and the drafting unit's ("SVHTTDL-QLVHGD").
    QString defaultSymbol(DocumentKind::Kind kind) const
    {
        const QString code = DocumentKind::typeCode(kind);
        const QString agency = departmentShort.trimmed();
        if (!code.isEmpty())
            return agency.isEmpty() ? code : QString(code + QLatin1Char('-') + agency);
        const QString unit = draftingUnit.trimmed();
        return unit.isEmpty() || agency.isEmpty() ? QString(agency + unit) : QString(agency + QLatin1Char('-') + unit);
    }

    friend bool operator==(const OrganisationSettings &, const OrganisationSettings &) = default;
};
