#pragma once

#include "domain/submission.h"
#include "domain/yearcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// The workbook one unit fills in for a year, in Vietnamese: a first sheet "Hướng dẫn"
// (what to fill in, by when, how to send it back), then the sheet "Số liệu" with the
// submission template's header and one row for the unit: its code and name filled in
// and locked (the sheet is protected, without a password), every entry cell unlocked
// and guarded by data validation, and last year's values above the header in grey.
// The import reads it back like any filled-in template (the header is found below the
// title rows, on the sheet that has it).
class SubmissionService;

class UnitWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(UnitWorkbook)

public:
    // "MA-DON-VI - Ten don vi - 2025.xlsx": letters without diacritics, no character a
    // file name may not hold.
    static QString fileName(const Unit &unit, int year);

    // Writes the workbook of `unit` for `context`'s year. `lastYear` (may be null): the
    // unit's submission of the year before, read with `lastContext`. Returns an empty
    // string on success, else the reason.
    static QString write(const QString &path, const YearContext &context, const Unit &unit,
                         const Submission *lastYear = nullptr, const YearContext *lastContext = nullptr);

    // One workbook per unit active in the year into `folder` (made when missing), named
    // by fileName(). `lastYear`: the submissions of the year before by unit id, read with
    // `lastContext` (null: none). Returns an empty string on success, else the reason;
    // `written` counts the files written.
    static QString writeAll(const QString &folder, const YearContext &context,
                            const QHash<qint64, Submission> &lastYear, const YearContext *lastContext,
                            int *written = nullptr);
    // The same for `year`, with last year's values when the year before has settings.
    // Throws ValidationError (the year has no settings) or StorageError.
    static QString writeAll(const QString &folder, const SubmissionService &service, int year, int *written = nullptr);
};
