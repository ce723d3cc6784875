#pragma once

#include "domain/obligation.h"
#include "serviceundocommand.h"

#include <QCoreApplication>

#include <functional>

class ObligationService;

// Changing an obligation's status (with its completion date and note) as one step on
// the undo stack. Holds the values before and after, and goes through
// ObligationService::setStatus both ways, so each undo and redo is one audited
// transaction. The change has already been made when the command is pushed: the first
// redo() does nothing.
class SetObligationStatusCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetObligationStatusCommand)

public:
    SetObligationStatusCommand(ObligationService &service, const Obligation &before, const Obligation &after,
                               FailureReporter reportFailure, QUndoCommand *parent = nullptr);

private:
    QString apply(bool undoing) override;

    ObligationService &m_service;
    Obligation m_before;
    Obligation m_after;
};
