#include "setobligationstatuscommand.h"

#include "obligationtablemodel.h"
#include "services/obligationservice.h"
#include "services/validationissue.h"
#include "storage/storageerror.h"
#include "undofailurenotice.h"

SetObligationStatusCommand::SetObligationStatusCommand(ObligationService &service, const Obligation &before,
                                                       const Obligation &after, FailureReporter reportFailure,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_service(service), m_before(before), m_after(after),
      m_reportFailure(std::move(reportFailure))
{
    setText(
        tr("Set %1 of %2 to “%3”").arg(after.taskCode, after.unitName, ObligationTableModel::statusText(after.status)));
}

void SetObligationStatusCommand::undo()
{
    apply(m_after, m_before, true);
}

void SetObligationStatusCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_before, m_after, false);
}

void SetObligationStatusCommand::apply(const Obligation &expected, const Obligation &target, bool undoing)
{
    QString failure;
    try {
        const Obligation current = m_service.obligation(target.id);
        if (current.status != expected.status || current.completedOn != expected.completedOn ||
            current.note != expected.note) {
            failure = tr("the task was changed after this step.");
        } else {
            // The date rules apply against today: a completion date restored by undo was
            // accepted once and is not in the future now.
            m_service.setStatus(target.id, target.status, target.completedOn, target.note);
            return;
        }
    } catch (const ValidationError &error) {
        failure = error.message();
    } catch (const StorageError &error) {
        failure = error.message();
    }
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(UndoFailureNotice::message(undoing, text(), failure));
}
