#pragma once

#include "officialdocument.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

// Writes an OfficialDocument as an OpenDocument text (.odt) that a clerk edits in Word
// or LibreOffice: the same elements and styles as DocumentRenderer (Times New Roman,
// the two-column header, tên loại and trích yếu, Kính gửi, body, tables with a header
// row repeated on every page, "Nơi nhận" and signature, appendices on new pages), as
// editable paragraphs and tables rather than a fixed layout. Built as a QTextDocument
// and written by Qt's ODF writer; the archive is then completed with what that writer
// leaves out (A4 page layouts and margins, table widths, header rows, line heights).
// Needs a QGuiApplication (fonts are measured for the header and signature columns).
class OdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)

public:
    // Builds the document as rich text (caller owns the result).
    static std::unique_ptr<QTextDocument> toTextDocument(const OfficialDocument &document);
    // Writes an ODT through QSaveFile: on failure no file is left and an existing file is unchanged.
    // Returns an empty string on success, else the reason (translated).
    static QString write(const OfficialDocument &document, const QString &path);
};
