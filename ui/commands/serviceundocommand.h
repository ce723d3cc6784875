#pragma once

#include <QUndoCommand>

#include <functional>

// An edit already made through a service, as one step on the undo stack: undo() and
// redo() carry it back and forth through the service, each one audited transaction, and
// the first redo(), when the command is pushed, does nothing. A step that cannot be
// carried out (the data changed since, or the service refuses) is dropped from the stack
// and told to the clerk in the same words on every screen.
class ServiceUndoCommand : public QUndoCommand
{
public:
    // Called with a message for the clerk when an undo or redo is refused.
    using FailureReporter = std::function<void(const QString &message)>;

    void undo() final;
    void redo() final;

protected:
    explicit ServiceUndoCommand(FailureReporter reportFailure, QUndoCommand *parent = nullptr);

    // Carries the step back (undoing) or forward again. Returns why it could not, empty
    // when done; may throw ValidationError or StorageError, which say why.
    virtual QString apply(bool undoing) = 0;

private:
    void run(bool undoing);

    FailureReporter m_reportFailure;
    bool m_firstRedo = true;
};
