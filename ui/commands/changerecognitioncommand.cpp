#include "changerecognitioncommand.h"

#include "services/recognitionservice.h"

ChangeRecognitionCommand::ChangeRecognitionCommand(RecognitionService &service,
                                                   const std::optional<RecognitionDecision> &before,
                                                   const std::optional<RecognitionDecision> &after, const QString &text,
                                                   FailureReporter reportFailure, QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_before(before), m_after(after)
{
    setText(text);
}

QString ChangeRecognitionCommand::apply(bool undoing)
{
    const std::optional<RecognitionDecision> &expected = undoing ? m_after : m_before;
    const std::optional<RecognitionDecision> &target = undoing ? m_before : m_after;
    const qint64 id = expected ? expected->id : target->id;
    if (m_service.decision(id) != expected)
        return tr("the decision was changed after this step.");
    if (!target)
        m_service.remove(id);
    else if (!expected)
        m_service.restore(*target);
    else
        m_service.save(*target);
    return {};
}
