#include "savesubmissioncommand.h"

#include "services/submissionservice.h"
#include "services/validationissue.h"
#include "storage/storageerror.h"
#include "undofailurenotice.h"

SaveSubmissionCommand::SaveSubmissionCommand(SubmissionService &service, const Submission &before,
                                             const Submission &after, const QString &unitName,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : QUndoCommand(parent), m_service(service), m_before(before), m_after(after),
      m_reportFailure(std::move(reportFailure))
{
    setText(tr("Edit submission of %1").arg(unitName));
}

Submission SaveSubmissionCommand::emptySubmission(qint64 unitId, int year)
{
    Submission empty;
    empty.unitId = unitId;
    empty.year = year;
    empty.status = QStringLiteral("not_received");
    return empty;
}

void SaveSubmissionCommand::undo()
{
    const Submission target = m_before.id == 0 ? emptySubmission(m_after.unitId, m_after.year) : m_before;
    restore(m_after, target, true);
}

void SaveSubmissionCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const Submission expected = m_before.id == 0 ? emptySubmission(m_after.unitId, m_after.year) : m_before;
    restore(expected, m_after, false);
}

bool SaveSubmissionCommand::restore(const Submission &expected, const Submission &target, bool undoing)
{
    QString failure;
    try {
        // Someone else (an import, another PC on a shared server) may have changed the
        // submission since: undoing over their change would silently lose it.
        const Submission current = m_service.load(target.unitId, target.year);
        if (SubmissionService::differs(expected, current)) {
            failure = tr("the submission was changed after this step (by an import or on another computer).");
        } else {
            m_service.save(target);
            return true;
        }
    } catch (const ValidationError &error) {
        failure = error.message();
    } catch (const StorageError &error) {
        failure = error.message();
    }
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(UndoFailureNotice::message(undoing, text(), failure));
    return false;
}
