#include "serviceundocommand.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "undofailurenotice.h"

ServiceUndoCommand::ServiceUndoCommand(FailureReporter reportFailure, QUndoCommand *parent)
    : QUndoCommand(parent), m_reportFailure(std::move(reportFailure))
{}

void ServiceUndoCommand::undo()
{
    run(true);
}

void ServiceUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(false);
}

void ServiceUndoCommand::run(bool undoing)
{
    QString failure;
    try {
        failure = apply(undoing);
    } catch (const ValidationError &error) {
        failure = error.message();
    } catch (const StorageError &error) {
        failure = error.message();
    }
    if (failure.isEmpty())
        return;
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(UndoFailureNotice::message(undoing, text(), failure));
}
