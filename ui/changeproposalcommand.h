#pragma once

#include "domain/commendation.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

class CommendationService;

// Adding, changing or removing a commendation proposal as one step on the undo stack.
// Holds the proposal before (none when added) and after (none when removed) and goes
// through CommendationService both ways, so each undo and redo is one audited
// transaction. The change has already been made when the command is pushed: the first
// redo() does nothing. A step whose proposal was changed since is refused and dropped.
class ChangeProposalCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeProposalCommand)

public:
    using FailureReporter = std::function<void(const QString &message)>;

    ChangeProposalCommand(CommendationService &service, const std::optional<CommendationProposal> &before,
                          const std::optional<CommendationProposal> &after, const QString &text,
                          FailureReporter reportFailure, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<CommendationProposal> &expected, const std::optional<CommendationProposal> &target,
               bool undoing);

    CommendationService &m_service;
    std::optional<CommendationProposal> m_before;
    std::optional<CommendationProposal> m_after;
    FailureReporter m_reportFailure;
    bool m_firstRedo = true;
};
