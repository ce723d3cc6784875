#include "savesubmissioncommand.h"

#include "services/submissionservice.h"

SaveSubmissionCommand::SaveSubmissionCommand(SubmissionService &service, const Submission &before,
                                             const Submission &after, const QString &unitName,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_before(before), m_after(after)
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

QString SaveSubmissionCommand::apply(bool undoing)
{
    // Undoing the first save of a unit's submission stores "nothing received".
    const Submission before = m_before.id == 0 ? emptySubmission(m_after.unitId, m_after.year) : m_before;
    const Submission &expected = undoing ? m_after : before;
    Submission target = undoing ? before : m_after;
    // Someone else (an import, another PC on a shared server) may have changed the
    // submission since: undoing over their change would silently lose it.
    const Submission current = m_service.load(target.unitId, target.year);
    if (SubmissionService::differs(expected, current))
        return tr("the submission was changed after this step (by an import or on another computer).");
    // Their content is what this step expects: the save goes over the stored version.
    target.id = current.id;
    target.version = current.version;
    m_service.save(target);
    return {};
}
