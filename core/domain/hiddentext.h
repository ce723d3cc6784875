#pragma once

#include <QCoreApplication>
#include <QString>

// Characters that hide or fake text (issue 17): control and escape characters, the
// bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin, which reorder what
// is shown), zero-width and other invisible characters, and the replacement character a
// failed decoding leaves. Unit names and imported text fields are refused with them.
class HiddenText
{
    Q_DECLARE_TR_FUNCTIONS(HiddenText)

public:
    // Whether `c` is such a character; tabs and line breaks are allowed when `multiline`.
    static bool isHidden(char16_t c, bool multiline = false);
    // The index of the first such character in `text`, -1 when there is none.
    static qsizetype find(QStringView text, bool multiline = false);
    // The text without them (for comparing names: two names equal without them are the same).
    static QString removed(const QString &text);
    // One sentence for the clerk naming the first such character of `text` and where it
    // is; empty when there is none.
    static QString problem(QStringView text, bool multiline = false);
};
