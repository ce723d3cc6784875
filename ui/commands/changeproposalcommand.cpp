#include "changeproposalcommand.h"

#include "services/commendationservice.h"

ChangeProposalCommand::ChangeProposalCommand(CommendationService &service,
                                             const std::optional<CommendationProposal> &before,
                                             const std::optional<CommendationProposal> &after, const QString &text,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_before(before), m_after(after)
{
    setText(text);
}

QString ChangeProposalCommand::apply(bool undoing)
{
    const std::optional<CommendationProposal> &expected = undoing ? m_after : m_before;
    const std::optional<CommendationProposal> &target = undoing ? m_before : m_after;
    const qint64 id = expected ? expected->id : target->id;
    const std::optional<CommendationProposal> current = m_service.proposal(id);
    // Its version rises with every save, this step's own and its undo included.
    if (current.has_value() != expected.has_value() || (current && !current->sameAs(*expected)))
        return tr("the proposal was changed after this step.");
    if (!target) {
        m_service.removeProposal(*current);
    } else if (!expected) {
        m_service.restoreProposal(*target);
    } else {
        CommendationProposal write = *target;
        write.version = current->version;
        m_service.saveProposal(write);
    }
    return {};
}
