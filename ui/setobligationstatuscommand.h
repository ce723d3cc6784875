#pragma once

#include "domain/obligation.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class ObligationService;

// Changing an obligation's status (with its completion date and note) as one step on
// the undo stack. Holds the values before and after, and goes through
// ObligationService::setStatus both ways, so each undo and redo is one audited
// transaction. The change has already been made when the command is pushed: the first
// redo() does nothing.
class SetObligationStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetObligationStatusCommand)

public:
    using FailureReporter = std::function<void(const QString &message)>;

    SetObligationStatusCommand(ObligationService &service, const Obligation &before, const Obligation &after,
                               FailureReporter reportFailure, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const Obligation &expected, const Obligation &target, bool undoing);

    ObligationService &m_service;
    Obligation m_before;
    Obligation m_after;
    FailureReporter m_reportFailure;
    bool m_firstRedo = true;
};
