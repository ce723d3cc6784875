#pragma once

#include "commands/savesubmissioncommand.h"
#include "domain/submission.h"
#include "widgets/saveconflict.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QUndoStack;
class SubmissionService;
struct Criterion;
struct Unit;

// Writes the review of one rubric item of a unit's submission (its reviewed score or
// its note) as every edit is written: the stored submission is loaded (with its
// evidence, which a save without them would remove), the one item changed, saved
// through SubmissionService (one transaction, audited), and the step pushed on the undo
// stack as a SaveSubmissionCommand.
class ReviewWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWriter)

public:
    struct Result
    {
        bool saved = false;
        QString message; // why nothing was written; or what was, empty when nothing changed
        // The clerk chose to see the version someone else saved meanwhile: show it.
        std::optional<Submission> theirs;
    };
    // Asked when someone else changed the item after the grid showed it (SaveConflict::ask).
    using ConflictAsker = std::function<SaveConflict::Choice(const QString &reason, const QStringList &differences)>;

    // `undoStack` may be null: edits then cannot be undone.
    ReviewWriter(SubmissionService &service, QUndoStack *undoStack,
                 SaveSubmissionCommand::FailureReporter reportUndoFailure);
    Q_DISABLE_COPY_MOVE(ReviewWriter)

    // Without one, such a save is refused with the reason.
    void setConflictAsker(ConflictAsker ask) { m_askConflict = std::move(ask); }

    // `text` as the clerk typed it, checked with SubmissionValidator::parseScore; empty
    // clears the reviewed score. `seen` is the item's review as the grid showed it: the
    // edit is saved only while the stored one is still the same
    // (SubmissionService::saveReview).
    Result setReviewed(const Unit &unit, int year, const Criterion &criterion, const QString &text,
                       const CriterionScore &seen);
    Result setNote(const Unit &unit, int year, const Criterion &criterion, const QString &note,
                   const CriterionScore &seen);

private:
    Result write(const Unit &unit, int year, const Criterion &criterion,
                 const std::function<void(CriterionScore &)> &change, const CriterionScore &seen,
                 const QString &commandText, const QString &savedText);
    // The conflict's answer: empty to save over theirs, else what to return.
    std::optional<Result> resolve(const Unit &unit, const Criterion &criterion, const QString &reason,
                                  const Submission &theirs, const Submission &mine);

    SubmissionService &m_service;
    QPointer<QUndoStack> m_undoStack;
    SaveSubmissionCommand::FailureReporter m_reportUndoFailure;
    ConflictAsker m_askConflict;
};
