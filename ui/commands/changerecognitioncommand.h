#pragma once

#include "domain/recognitiondecision.h"
#include "serviceundocommand.h"

#include <QCoreApplication>

#include <optional>

class RecognitionService;

// Adding, changing or removing a recognition decision (Thông tư 24/2023) as one step on
// the undo stack. Holds the decision before (none when added) and after (none when
// removed) and goes through RecognitionService both ways, so each undo and redo is one
// audited transaction. The change has already been made when the command is pushed: the
// first redo() does nothing. A step whose decision was changed since is refused and
// dropped.
class ChangeRecognitionCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecognitionCommand)

public:
    ChangeRecognitionCommand(RecognitionService &service, const std::optional<RecognitionDecision> &before,
                             const std::optional<RecognitionDecision> &after, const QString &text,
                             FailureReporter reportFailure, QUndoCommand *parent = nullptr);

private:
    QString apply(bool undoing) override;

    RecognitionService &m_service;
    std::optional<RecognitionDecision> m_before;
    std::optional<RecognitionDecision> m_after;
};
