#pragma once

#include "documentblock.h"

#include <QList>
#include <QString>

// A Phụ lục after the main part: it starts on a new page, portrait or landscape, and
// its pages are numbered from 1 again (no number on its first page, like page 1 of
// the document).
struct DocumentAppendix
{
    QString label;      // "Phụ lục I": own centred line, 14 pt bold
    QString title;      // printed in upper case, bold, centred
    QString attachedTo; // "(Kèm theo Báo cáo số .../BC-SVHTTDL ngày ...)": printed as given, italic
    QList<DocumentBlock> blocks;
    bool landscape = false;
};
