#pragma once

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
    QString signerAuthority;
    QString signerTitle;
    QString signerName;
    QString reportRecipient;
    QStringList recipients;
    QString rankingRules; // TieRule::listToText; empty: the default rules
};
