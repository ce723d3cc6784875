#pragma once

#include <QCoreApplication>

struct OfficialDocument;
class QWidget;

// Prints an official document: a print preview with the printer's dialog one click
// away, and export to PDF. The layout is DocumentRenderer's, the same as the PDF the
// command line writes.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Opens a print preview (A4, full page: the decree's margins are the document's).
    static void preview(const OfficialDocument &document, QWidget *parent);
    // Asks for a file name and writes the PDF; reports the outcome in a message box on
    // failure. Returns the path written, or an empty string.
    static QString exportPdf(const OfficialDocument &document, const QString &suggestedName, QWidget *parent);
    // The settings key of the folder official documents were last saved to.
    static QString documentsFolderKey();
};
