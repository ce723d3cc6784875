#pragma once

#include <QFont>
#include <QString>

// The one font family of official documents: "Times New Roman" when the system has it
// with Vietnamese, otherwise Tinos (metric-compatible with it, full Vietnamese
// coverage), bundled in the resources under :/fonts and registered once. Needs a
// QGuiApplication. Thread-safe.
class DocumentFonts
{
public:
    static QString family();
    // Registers the bundled Tinos and returns its family name; empty if it failed.
    static QString bundledFamily();
    // A font of the family for documents: unhinted so that a page lays out the same on
    // a PDF writer, a printer and a preview.
    static QFont font(const QString &family, double pointSize, bool bold = false, bool italic = false);
};
