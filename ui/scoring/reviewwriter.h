#pragma once

#include "commands/savesubmissioncommand.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QUndoStack;
class SubmissionService;
struct Criterion;
struct CriterionScore;
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
    };

    // `undoStack` may be null: edits then cannot be undone.
    ReviewWriter(SubmissionService &service, QUndoStack *undoStack,
                 SaveSubmissionCommand::FailureReporter reportUndoFailure);
    Q_DISABLE_COPY_MOVE(ReviewWriter)

    // `text` as the clerk typed it, checked with SubmissionValidator::parseScore; empty
    // clears the reviewed score.
    Result setReviewed(const Unit &unit, int year, const Criterion &criterion, const QString &text);
    Result setNote(const Unit &unit, int year, const Criterion &criterion, const QString &note);

private:
    Result write(const Unit &unit, int year, const Criterion &criterion,
                 const std::function<void(CriterionScore &)> &change, const QString &commandText,
                 const QString &savedText);

    SubmissionService &m_service;
    QPointer<QUndoStack> m_undoStack;
    SaveSubmissionCommand::FailureReporter m_reportUndoFailure;
};
