#include "setobligationstatuscommand.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/obligationservice.h"
#include "tasks/obligationtablemodel.h"
#include "undofailurenotice.h"

SetObligationStatusCommand::SetObligationStatusCommand(ObligationService &service, const Obligation &before,
                                                       const Obligation &after, FailureReporter reportFailure,
                                                       QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_before(before), m_after(after)
{
    setText(
        tr("Set %1 of %2 to “%3”").arg(after.taskCode, after.unitName, ObligationTableModel::statusText(after.status)));
}

QString SetObligationStatusCommand::apply(bool undoing)
{
    const Obligation &expected = undoing ? m_after : m_before;
    const Obligation &target = undoing ? m_before : m_after;
    const Obligation current = m_service.obligation(target.id);
    if (current.status != expected.status || current.completedOn != expected.completedOn ||
        current.note != expected.note)
        return tr("the task was changed after this step.");
    // The date rules apply against today: a completion date restored by undo was accepted
    // once and is not in the future now.
    m_service.setStatus(target.id, target.status, target.completedOn, target.note);
    return {};
}
