#pragma once

#include <QString>

// CSV formula injection (OWASP): a spreadsheet program runs a cell that starts with =, +,
// -, @, a tab or a carriage return as a formula. Every CSV the program writes puts a single
// quote before such a value, and before a value that starts with quotes followed by one of
// them, so that reading back removes exactly one quote and gives the value unchanged:
// "=1+1" is written '=1+1 and "'=1+1" is written ''=1+1. Negative numbers are neutralised
// too ("-5" is written '-5), as OWASP advises: the importer reads them back as numbers.
class FormulaEscape
{
public:
    // The value as a CSV meant for spreadsheets holds it.
    static QString escaped(const QString &value);
    // A value read from such a CSV file, without the quote that escaped() added.
    static QStringView unescaped(QStringView value);

private:
    // Whether the value is quotes (any number, none included) and then a formula character.
    static bool startsLikeFormula(QStringView value);
};
