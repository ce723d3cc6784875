#pragma once

#include "domain/unit.h"
#include "importissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class UnitLineageService;
class UnitService;
struct TableReadResult;
class TableRow;

// Loading many units at once from a CSV or XLSX file (the 96 communes of the new
// province), all checked before anything is written, all or nothing. Columns are keyed as
// in the template: [code], [name], [kind], [parent_code], [group], [valid_from],
// [valid_to] (and optionally [short_name], [note]); a header is "Label [key]" or only the
// key. A row whose code is already stored with the same values changes nothing (the same
// file twice changes nothing); the same code with other values is an error: renames,
// moves and ends go through the Units screen, which keeps their history.
class UnitImport
{
    Q_DECLARE_TR_FUNCTIONS(UnitImport)

public:
    struct Result
    {
        QString path;
        int rowsRead = 0;
        int created = 0;
        int unchanged = 0;
        QList<Unit> units;         // the units to add (no ids, parents not resolved)
        QStringList parentCodes;   // each unit's [parent_code], by index
        QList<ImportIssue> issues; // FILE:ROW:COLUMN

        bool ok() const { return issues.isEmpty(); }
    };

    UnitImport(UnitLineageService &lineage, const UnitService &units) : m_lineage(lineage), m_units(units) {}

    // The template's keys in order, and "Vietnamese label [key]" for each.
    static QStringList keys();
    static QString header(const QString &key);
    // An empty template (.csv or .xlsx by extension); returns the reason on failure.
    static QString writeTemplate(const QString &path);

    // Reads and checks `path`; writes nothing.
    Result prepare(const QString &path) const;
    // Adds the prepared units through UnitLineageService::importUnits: one transaction,
    // with their created (and dissolved) events, audited. Throws ValidationError or StorageError (nothing written).
    void apply(const Result &result);

private:
    struct Known;
    // The header's keys (by key: the column's index); its issues go to `result`.
    static QHash<QString, qsizetype> readHeader(const TableReadResult &table, Result &result);
    // Checks one data row and, when it is a new unit, adds it to `result`.
    static void checkRow(const TableRow &row, Known &known, Result &result);
    // The unit a row describes, with the issues of its own cells; `parentCode` is its [parent_code].
    static Unit readUnit(const TableRow &row, Known &known, QString &parentCode, Result &result);
    static void readValidity(const TableRow &row, const Known &known, Unit &unit, Result &result);
    // A row whose code is stored: the same values change nothing; others are refused.
    static void compareStored(const TableRow &row, const Unit &unit, const Unit &stored, const QString &parentCode,
                              const Known &known, Result &result);
    // A name shared with a unit valid at the same time, stored or in the file.
    static void checkNameClash(const TableRow &row, const Unit &unit, const Known &known, Result &result);
    static void checkParents(const Known &known, Result &result);

    UnitLineageService &m_lineage;
    const UnitService &m_units;
};
