#pragma once

#include "submissionimport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Importing many filled-in files at once (the units' own workbooks, a folder of them):
// every file is read and checked first, then all are written in one transaction, or none
// when any file has an issue. A file already imported (same SHA-256) is skipped, and two
// files with a row for the same unit and year are an error naming both.
class SubmissionFilesImport
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionFilesImport)

public:
    enum class Outcome
    {
        Accepted, // read and checked; written with the others
        Refused,  // has issues (result.issues)
        Skipped,  // imported before, or the same file twice (note says which)
    };
    struct File
    {
        Outcome outcome = Outcome::Accepted;
        QString note; // why a file is skipped
        SubmissionImport::Result result;
    };
    struct Result
    {
        QList<File> files;
        // Problems with the paths themselves (a folder without table files, ...).
        QStringList problems;

        bool ok() const;
        int count(Outcome outcome) const;
        int created() const;
        int changed() const;
    };

    // The files the import reads from `paths`: files as given, and the table files
    // (.csv, .xlsx, .xls, .ods) directly inside each folder, by name; office lock files
    // and hidden files are left out.
    static QStringList expand(const QStringList &paths, QStringList *problems);

    explicit SubmissionFilesImport(SubmissionService &service) : m_service(service) {}

    // Reads and checks every file of `paths` (see expand()); writes nothing. `year` as
    // for SubmissionImport::prepare().
    Result prepare(const QStringList &paths, int year = 0, bool yearIsOnlyDefault = false) const;
    // Writes the accepted files of an error-free result in one transaction, each file
    // kept and linked to the units it changed. Throws ValidationError or StorageError
    // (nothing written).
    void apply(const Result &result);

private:
    // Marks the files that hold a row for a unit and year an earlier file also has.
    static void refuseSharedUnits(Result &result);

    SubmissionService &m_service;
};
