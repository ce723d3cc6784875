#pragma once

#include "importissue.h"
#include "services/submissionservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct TableReadResult;

// Reading a filled-in submissions template (CSV or XLSX) into changes, all checked
// before anything is written. Columns are matched by the key in brackets at the end of
// their header ("Ngày nhận [received_date]") or by a header that is only the key.
class SubmissionImport
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionImport)

public:
    struct Result
    {
        QString path;
        int year = 0;
        int rowsRead = 0;                         // data rows in the file
        int rowsEmpty = 0;                        // rows with a unit but nothing filled in: skipped
        int created = 0;                          // submissions that will be added
        int changed = 0;                          // submissions that will change
        int unchanged = 0;                        // rows that change nothing
        QList<SubmissionService::Change> changes; // only the ones that change something
        // The first MaxIssues problems found; the count of the others in issuesLeftOut
        // (a file where nearly every row is wrong costs the memory of a thousand issues).
        QList<ImportIssue> issues;
        int issuesLeftOut = 0;
        QHash<qint64, int> rowOfUnit; // the row of each unit the file has a row for
        // The stored submissions read to compare the rows with: only those of the units
        // the file names (a file of one row reads one, not the year's thousands).
        int storedRead = 0;
        ImportedFile file;
        YearContext context; // what the rows were checked against
        // run(…, unlessImported): the same file (by its SHA-256) imported before, without
        // its content; id 0 when never. Then nothing was checked or written.
        ImportedFile importedBefore;

        static constexpr int MaxIssues = 1000;

        bool ok() const { return issues.isEmpty(); }
        qsizetype issueCount() const { return issues.size() + issuesLeftOut; }
    };

    explicit SubmissionImport(SubmissionService &service) : m_service(service) {}

    // Reads and checks `path`; writes nothing. `year` is used when the file has no
    // [year] column (0: the file must have one); when the file has one, a different
    // `year` is an error, unless `yearIsOnlyDefault` (the screen's year: the file's wins).
    Result prepare(const QString &path, int year = 0, bool yearIsOnlyDefault = false) const;
    // Writes a prepared, error-free result in one transaction. Throws ValidationError
    // or StorageError (nothing written).
    void apply(const Result &result);

    // prepare() and apply() in one pass, for the command line: the rows are checked on a
    // second thread while this one writes those already checked, in one transaction
    // that is committed only when the whole file is right. Returns what prepare() would
    // (without the list of changes, which are written); on any issue nothing is written.
    // With `unlessImported`, a file imported before is left there (Result::importedBefore),
    // found by the SHA-256 worked out as it is read. Throws like apply().
    Result run(const QString &path, int year = 0, bool unlessImported = false);

    // Whether a header key is one of the template's ([year], [ind:CODE], …).
    static bool isSubmissionKey(const QString &key);

private:
    class Checker;
    static void fileIssue(Result &result, int row, const QString &column, const QString &message);
    static QString unknownColumn();
    struct Column;
    // Reads the file and checks its header and year; nullptr when they have issues (or,
    // with `unlessImported`, when the same file was imported before).
    // `whileReading` runs on this thread while another one reads the table.
    std::unique_ptr<Checker> begin(const QString &path, int year, bool yearIsOnlyDefault, Result &result,
                                   TableReadResult &table, bool unlessImported = false,
                                   const std::function<void()> &whileReading = {}) const;

    // The steps of begin(), each adding its issues to `result` (readTable and readYear in
    // submissionimportfile.cpp). Reads the file into
    // result.file and its table into `table`; false when it cannot be read or is empty.
    static bool readTable(const QString &path, Result &result, TableReadResult &table,
                          const std::function<void()> &whileReading = {});
    // The header's columns, each key once (`byKey`: the index of each key).
    static QList<Column> readHeader(const TableReadResult &table, QHash<QString, qsizetype> &byKey, Result &result);
    // Sets result.year from the [year] column (at `yearColumn`, -1: none), else from
    // `year`; false when it is wrong or missing.
    static bool readYear(const TableReadResult &table, qsizetype yearColumn, int year, bool yearIsOnlyDefault,
                         Result &result);
    // Reads result.context for result.year; false when the year has no settings or is locked.
    bool readContext(Result &result) const;
    // Points the columns at the year's indicators and the rubric's `criteria`.
    static void resolveColumns(QList<Column> &columns, const QList<Criterion> &criteria, int headerRow, Result &result);

    SubmissionService &m_service;
    // What prepare() read, by year: one SubmissionImport checking many files reads each
    // year once. Use a new one to see what was written since.
    mutable QHash<int, YearContext> m_contexts;
};
