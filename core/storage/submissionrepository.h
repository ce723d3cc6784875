#pragma once

#include "domain/importedfile.h"
#include "domain/submission.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class BatchInsert;
class Database;
class SqlQuery;

// Submissions with their indicator values, criterion scores and evidence files. Writes
// are field by field (the service knows what changed); statements are prepared once
// per repository, so a batch inside one transaction stays fast.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(const Database &database);
    ~SubmissionRepository();
    Q_DISABLE_COPY_MOVE(SubmissionRepository)

    // Inserts a whole submission with its values and scores (see insertAll); returns its id.
    qint64 insert(const Submission &submission);
    int countForYear(int year) const;
    QList<Submission> forYear(int year) const; // headers only (no values or scores)

    // One unit's submission for a year, complete (evidence without file contents).
    std::optional<Submission> find(qint64 unitId, int year) const;
    // Every submission of a year, complete, by unit id.
    QHash<qint64, Submission> completeForYear(int year) const;
    // The submissions of a year of these units, complete, by unit id (a few hundred
    // units a statement).
    QHash<qint64, Submission> completeForUnits(int year, const QList<qint64> &unitIds) const;

    // A year's submissions with what the overview table needs, without loading values.
    struct Summary
    {
        Submission header;
        int valuesFilled = 0;
        qint64 selfSum = 0; // hundredths
        int selfCount = 0;
    };
    QList<Summary> summariesForYear(int year) const;
    std::optional<Summary> summary(qint64 unitId, int year) const;
    // Every stored score on a rubric's criteria, for checking a change of the rubric.
    struct StoredScore
    {
        qint64 unitId = 0;
        int year = 0;
        qint64 criterionId = 0;
        std::optional<Points> self;
        std::optional<Points> reviewed;
    };
    QList<StoredScore> scoresOfRubric(qint64 rubricId) const;
    int scoreCount(int year) const;
    // How many reviewed scores each of a year's submissions has: unit id -> count.
    QHash<qint64, int> reviewedCounts(int year) const;
    // Points a year's scores and evidence from one rubric item to another (when the year
    // moves to an edited copy of its rubric).
    void moveScores(int year, qint64 fromCriterionId, qint64 toCriterionId);
    // What ranking reads of a year's submissions: each one's unit, status and date
    // received, and its reviewed scores (criterion id -> score).
    struct Reviewed
    {
        qint64 unitId = 0;
        QString status;
        QDate receivedDate;
        QHash<qint64, Points> scores;
    };
    QList<Reviewed> reviewedForYear(int year) const;

    // Each submission row keeps a tally of its rows (how many indicator values; the sum
    // and count of self-scores) for the overview. insertAll stores the tally of each
    // submission's own lists along with them; after changing the rows of a stored
    // submission, the caller calls recount().
    //
    // Inserts submissions not stored yet with their values and scores, many rows per
    // statement (an import's new submissions), and sets each one's id. At most one per
    // unit and year, as the table requires.
    void insertAll(QList<Submission> &submissions);
    void updateHeader(const Submission &submission);
    void recount(qint64 submissionId);
    // One more change made to the submission (its version, for optimistic concurrency).
    void bumpVersion(qint64 submissionId);
    // Many rows in a few statements: for imports of thousands of submissions.
    void insertValues(qint64 submissionId, const QList<IndicatorValue> &values);
    void insertScores(qint64 submissionId, const QList<CriterionScore> &scores);
    void updateValue(qint64 submissionId, const IndicatorValue &value);
    void deleteValue(qint64 submissionId, qint64 indicatorId);
    void updateScore(qint64 submissionId, const CriterionScore &score);
    void deleteScore(qint64 submissionId, qint64 criterionId);

    qint64 insertEvidence(qint64 submissionId, const Evidence &evidence);
    // Marks evidence removed (kept for undo) or brings it back.
    void setEvidenceRemoved(qint64 evidenceId, bool removed);
    // Evidence of a submission, removed files included when asked.
    QList<Evidence> evidence(qint64 submissionId, bool includeRemoved = false) const;
    QByteArray evidenceContent(qint64 evidenceId) const;

    qint64 insertImportedFile(const ImportedFile &file);
    QList<ImportedFile> importedFiles() const; // without contents, newest first
    // Records that the file changed these units' submissions of its year.
    void linkImportedFile(qint64 fileId, int year, const QList<qint64> &unitIds);
    // The first file imported with this SHA-256 (without contents); id 0 when none.
    ImportedFile importedFileBySha256(const QString &sha256) const;
    // The files that changed a unit's submissions, newest first, without contents.
    QList<ImportedFile> importedFilesOfUnit(qint64 unitId) const;
    QByteArray importedFileContent(qint64 fileId) const;

private:
    SqlQuery &prepared(std::unique_ptr<SqlQuery> &slot, const char *sql);
    // The slot's BatchInsert, made on first use; `columns` as "a, b, c".
    BatchInsert &batch(std::unique_ptr<BatchInsert> &slot, const char *table, const char *columns,
                       const char *returning = "");
    BatchInsert &headerInsert();
    BatchInsert &valueInsert();
    BatchInsert &scoreInsert();
    // `where` with a `?` for each of `keys`.
    void readValuesAndScores(const QString &where, const QList<qint64> &keys,
                             const std::function<Submission *(qint64)> &find) const;

    const Database &m_database;
    std::unique_ptr<SqlQuery> m_updateHeader;
    std::unique_ptr<SqlQuery> m_bumpVersion;
    std::unique_ptr<SqlQuery> m_recount;
    std::unique_ptr<SqlQuery> m_updateValue;
    std::unique_ptr<SqlQuery> m_deleteValue;
    std::unique_ptr<SqlQuery> m_updateScore;
    std::unique_ptr<SqlQuery> m_deleteScore;
    std::unique_ptr<BatchInsert> m_insertHeader;
    std::unique_ptr<BatchInsert> m_insertValues;
    std::unique_ptr<BatchInsert> m_insertScores;
};
