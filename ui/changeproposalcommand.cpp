#include "changeproposalcommand.h"

#include "services/commendationservice.h"
#include "services/validationissue.h"
#include "storage/storageerror.h"
#include "undofailurenotice.h"

ChangeProposalCommand::ChangeProposalCommand(CommendationService &service,
                                             const std::optional<CommendationProposal> &before,
                                             const std::optional<CommendationProposal> &after, const QString &text,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_service(service), m_before(before), m_after(after),
      m_reportFailure(std::move(reportFailure))
{}

void ChangeProposalCommand::undo()
{
    apply(m_after, m_before, true);
}

void ChangeProposalCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_before, m_after, false);
}

void ChangeProposalCommand::apply(const std::optional<CommendationProposal> &expected,
                                  const std::optional<CommendationProposal> &target, bool undoing)
{
    QString failure;
    try {
        const qint64 id = expected ? expected->id : target->id;
        if (m_service.proposal(id) != expected) {
            failure = tr("the proposal was changed after this step.");
        } else {
            if (!target)
                m_service.removeProposal(id);
            else if (!expected)
                m_service.restoreProposal(*target);
            else
                m_service.saveProposal(*target);
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
