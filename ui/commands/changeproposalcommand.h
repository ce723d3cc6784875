#pragma once

#include "domain/commendation.h"
#include "serviceundocommand.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class CommendationService;

// Adding, changing or removing a commendation proposal as one step on the undo stack.
// Holds the proposal before (none when added) and after (none when removed) and goes
// through CommendationService both ways, so each undo and redo is one audited
// transaction. The change has already been made when the command is pushed: the first
// redo() does nothing. A step whose proposal was changed since is refused and dropped.
class ChangeProposalCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeProposalCommand)

public:
    ChangeProposalCommand(CommendationService &service, const std::optional<CommendationProposal> &before,
                          const std::optional<CommendationProposal> &after, const QString &text,
                          FailureReporter reportFailure, QUndoCommand *parent = nullptr);

private:
    QString apply(bool undoing) override;

    CommendationService &m_service;
    std::optional<CommendationProposal> m_before;
    std::optional<CommendationProposal> m_after;
};
