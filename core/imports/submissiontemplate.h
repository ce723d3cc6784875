#pragma once

#include "domain/submission.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct SubmissionOverview;
struct YearContext;

// The import template of a year and the export of a year's submissions table, as CSV
// (UTF-8 with BOM, so spreadsheet programs read the diacritics) or XLSX by the file's
// extension. Writing goes through a temporary file: a failed write leaves nothing.
class SubmissionTemplate
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionTemplate)

public:
    // The column keys of the template for a year, in order: year, unit_code, unit_name,
    // document_number, document_date, received_date, note, ind:CODE..., self:CODE...
    // With `reviewed`, a [rev:CODE] column follows each [self:CODE]: the council's sheet.
    static QStringList keys(const YearContext &context, bool reviewed = false);
    // Vietnamese header text for a key: "Ngày nhận [received_date]".
    static QString header(const YearContext &context, const QString &key);

    // One row per unit active in the year, in Vietnamese order, with the year, its code
    // and name filled in, and with what is recorded when `filled` is given (by unit id).
    // Returns an empty string on success, else the reason.
    static QString writeTemplate(const QString &path, const YearContext &context,
                                 const QHash<qint64, Submission> *filled = nullptr, bool reviewed = false);
    // The year's table as the Submissions screen and `xhht submissions` show it.
    static QString writeOverview(const QString &path, const SubmissionOverview &overview);
    // The keys of `xhht submissions` (stable, for machines) and their rows: codes, ISO
    // dates and totals with a decimal point.
    static QStringList machineKeys();
    static QList<QStringList> machineRows(const SubmissionOverview &overview);

    // Writes a table as .csv (UTF-8 with BOM) or .xlsx by the path's extension.
    static QString writeTable(const QString &path, const QString &sheetName, const QStringList &headers,
                              const QList<QStringList> &rows, const QList<int> &numericColumns = {});
};
