#pragma once

#include "domain/auditentry.h"
#include "domain/importedfile.h"
#include "domain/submission.h"
#include "domain/submissionoverview.h"
#include "domain/yearcontext.h"

#include <QHash>
#include <QObject>

#include <memory>

class AuditRepository;
class Database;
class StorageError;
class SubmissionRepository;
class Transaction;

// Recording units' submissions: loading, validating and saving them. Every save is one
// transaction with one audit entry per changed field, refused (with nothing changed)
// when the year is locked or a value breaks a rule. Throws ValidationError for refused
// edits and StorageError for database failures.
class SubmissionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionService)

public:
    explicit SubmissionService(const Database &database, QObject *parent = nullptr);
    ~SubmissionService() override;

    // How many submissions the year has (any status).
    int countForYear(int year) const;
    // Every unit stored, whatever its years (to name a unit not active in a year).
    QList<Unit> allUnits() const;
    // The login the audit log names for changes made now.
    static QString currentActor();
    // The date rules compare against (dates in the future are refused); today unless
    // set, for tests.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    // The years that have settings, ascending.
    QList<int> years() const;
    // The year's settings, rubric, indicators and active units. Throws ValidationError
    // when the year has no settings.
    YearContext context(int year) const;
    // The same with only one unit (when it was active that year): enough to check one
    // submission, without reading every unit.
    YearContext contextForUnit(int year, qint64 unitId) const;
    // Every unit active in the year with its submission's summary. A unit formed in the
    // year by a merge or split is covered (not missing) when every unit it replaces sent
    // its report for the year (README: "Merging and splitting").
    SubmissionOverview overview(int year) const;
    // One unit's line of the overview, for updating a table after a save.
    SubmissionOverviewRow overviewRow(const Unit &unit, const YearSettings &settings) const;

    // The stored submission of a unit for a year with its values, scores and evidence
    // (without file contents); a new, empty one in status not_received when none exists.
    Submission load(qint64 unitId, int year) const;
    // Every stored submission of the year, by unit id.
    QHash<qint64, Submission> loadYear(int year) const;
    // Before the first write of a day: SQLite's check of the whole file (see
    // Database::checkBeforeWriting), which a write would otherwise run first. An import
    // runs it while it reads its file. Throws StorageError (Damaged) when it finds a fault.
    void checkBeforeWriting() const;
    // The stored submissions of the year of these units only (those that have one), by
    // unit id: what an import compares its rows with, without reading the whole year.
    QHash<qint64, Submission> loadUnits(int year, const QList<qint64> &unitIds) const;

    // Saves `submission` over what is stored for its unit and year (matched by unit and
    // year, not by id) and returns it as stored now, with ids filled in. Saving what is
    // already stored changes nothing and writes no audit entry. Evidence missing from
    // `submission` is removed (kept in the database, so an undo can bring it back);
    // evidence with id 0 is added from its content.
    // Refused with StorageError::Kind::Conflict when the stored submission changed since
    // `submission` was loaded (its version), naming who changed it and when.
    Submission save(const Submission &submission);
    // Saves a review edit of one rubric item (as save() does) only while the stored
    // reviewed score and note of `criterionId` are still `seen`'s (what the grid showed
    // when the clerk typed): a value someone else saved meanwhile is refused with
    // StorageError::Kind::Conflict naming them, not overwritten.
    Submission saveReview(const Submission &submission, qint64 criterionId, const CriterionScore &seen);

    // The audit entries of a submission, oldest first.
    QList<AuditEntry> history(qint64 submissionId) const;
    QByteArray evidenceContent(qint64 evidenceId) const;
    // Reads a file as evidence to add (name, type, size, SHA-256, content). Throws
    // ValidationError when it cannot be read or is larger than the limit.
    static Evidence evidenceFromFile(const QString &path, qint64 criterionId = 0);
    static constexpr qint64 kMaxEvidenceBytes = 50 * 1024 * 1024;

    // For importers: applies many saves in one transaction. `apply` receives a function
    // that saves one submission against its stored state (may be a default-constructed
    // Submission with id 0).
    struct Change
    {
        Submission before; // as stored (id 0: nothing stored)
        Submission after;
    };
    // Validates every change against `context` (from context(); the lock is read again)
    // first; throws ValidationError listing every problem (nothing written), else writes
    // them all in one transaction, then emits yearChanged. `file`, when given, is
    // recorded in the same transaction.
    void saveAll(const YearContext &context, const QList<Change> &changes, const QString &auditAction,
                 const ImportedFile *file = nullptr);

    // What saveAll does, a part at a time: for an import that writes the rows already
    // checked while it checks the next ones. The transaction begins with the batch
    // (after reading the lock again) and is committed by finish(); a batch destroyed
    // before, or after a throw, leaves nothing written. `context` must outlive it.
    class Batch
    {
    public:
        Batch(SubmissionService &service, const YearContext &context, const QString &auditAction);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

        // Validates the changes against the context, then writes them; throws
        // ValidationError or StorageError.
        void write(const QList<Change> &changes);
        // For several files in one transaction: the changes written next are of
        // `context`'s year (its lock is read again; throws ValidationError when locked).
        // `context` must outlive the batch.
        void switchTo(const YearContext &context);
        // Records `file` as the source of the units written since the last file recorded.
        void record(const ImportedFile &file);
        // Records `file` (when given), commits and emits the service's yearChanged for
        // each year written.
        void finish(const ImportedFile *file = nullptr);

    private:
        void recordSome();

        SubmissionService &m_service;
        const YearContext *m_context;
        QList<int> m_years;
        QList<qint64> m_unitsSinceFile;
        const QString m_action;
        std::unique_ptr<SubmissionRepository> m_repository;
        std::unique_ptr<AuditRepository> m_auditRepository;
        std::unique_ptr<Transaction> m_transaction;
        QList<AuditEntry> m_audit;
    };

    // A file imported before with this SHA-256 (without its content); id 0 when none.
    ImportedFile importedFile(const QString &sha256) const;
    // The files that changed a unit's submissions, newest first, without contents.
    QList<ImportedFile> importedFilesOfUnit(qint64 unitId) const;
    QByteArray importedFileContent(qint64 fileId) const;

    // True when `after` differs from `before` in anything stored.
    static bool differs(const Submission &before, const Submission &after);

Q_SIGNALS:
    void submissionSaved(qint64 unitId, int year);
    void yearChanged(int year);

private:
    // The refusal of a save made from an outdated copy of `current`.
    StorageError conflictWith(const Submission &current) const;
    // Sets coveredBy on the rows of units formed in the year whose predecessors all reported.
    void markCovered(SubmissionOverview &overview) const;
    // Writes the difference between `before` (as stored) and `after`, collecting audit
    // entries; fills in after's ids. Runs inside the caller's transaction.
    void write(const YearContext &context, const Submission &before, Submission &after, const QString &action,
               SubmissionRepository &repository, QList<AuditEntry> &audit) const;
    void checkUnlocked(const YearContext &context) const;

    YearContext contextWithUnits(int year, const QList<Unit> &units) const;

    const Database &m_database;
    QDate m_today;
};
