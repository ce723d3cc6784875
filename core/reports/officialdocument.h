#pragma once

#include "documentappendix.h"
#include "documentblock.h"
#include "documentheader.h"
#include "documentmargins.h"
#include "documentsignature.h"
#include "domain/documentkind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct OrganisationSettings;

// An official document in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I, as plain
// data: DocumentRenderer lays it out. Text is Vietnamese whatever the UI language, and
// any Unicode normal form (it is printed in NFC).
struct OfficialDocument
{
    DocumentMargins margins;
    double bodyPointSize = 14;  // 13-14: body, tên loại, trích yếu, signature, page numbers
    double tablePointSize = 13; // 12-13: table cells and headers
    bool landscape = false;     // the main part's pages

    DocumentHeader header;
    QString typeName;       // tên loại, "DANH SÁCH": upper case, bold, centred
    QString summary;        // trích yếu, bold, centred, a short rule below
    QStringList addressees; // "Kính gửi:" recipients; one on the same line, several as "- " lines
    QList<DocumentBlock> body;
    DocumentSignature signature;
    QList<DocumentAppendix> appendices;

    QString pdfTitle; // the PDF's Title; empty uses tên loại + trích yếu

    // A document of the department with its header, signature and recipients filled in
    // from the settings: "Số: 05/BC-SVHTTDL" (the kind's symbol from the settings;
    // numbers below 10 padded; number 0 leaves the number blank for a paper copy to be
    // filled in) and the place and date line.
    static OfficialDocument forOrganisation(const OrganisationSettings &organisation, DocumentKind::Kind kind,
                                            int number, QDate date);
    // The same with the symbol made of typeCode and the department's short name.
    static OfficialDocument forOrganisation(const OrganisationSettings &organisation, const QString &typeCode,
                                            int number, QDate date);
    // "05/BC-SVHTTDL"; without a type code (a công văn) "05/SVHTTDL"; number 0 gives "      /BC-SVHTTDL".
    static QString documentNumber(int number, const QString &typeCode, const QString &agencyShort);
    // "05/" and the symbol as given; number 0 gives "      /" and the symbol.
    static QString documentNumber(int number, const QString &symbol);
};
