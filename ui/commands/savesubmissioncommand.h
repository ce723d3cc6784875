#pragma once

#include "domain/submission.h"
#include "serviceundocommand.h"

#include <QCoreApplication>

#include <functional>

class SubmissionService;

// Saving a unit's submission for a year, as one step on the undo stack. Holds the
// submission as it was before the edit and as it was stored by it (values, not
// pointers), and goes through SubmissionService::save both ways, so each undo and redo
// is one transaction with its own audit entries. The edit itself has already been saved
// when the command is pushed: the first redo() does nothing.
class SaveSubmissionCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveSubmissionCommand)

public:
    SaveSubmissionCommand(SubmissionService &service, const Submission &before, const Submission &after,
                          const QString &unitName, FailureReporter reportFailure, QUndoCommand *parent = nullptr);

    const Submission &before() const { return m_before; }
    const Submission &after() const { return m_after; }

    // What undoing the first save of a unit's submission stores: nothing received.
    static Submission emptySubmission(qint64 unitId, int year);

private:
    // Saves `target` when what is stored is still `expected`; false (reported) otherwise.
    QString apply(bool undoing) override;

    SubmissionService &m_service;
    Submission m_before;
    Submission m_after;
};
