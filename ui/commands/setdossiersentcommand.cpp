#include "setdossiersentcommand.h"

#include "services/recognitionservice.h"

SetDossierSentCommand::SetDossierSentCommand(RecognitionService &service, qint64 unitId, int year, QDate before,
                                             QDate after, const QString &text, FailureReporter reportFailure,
                                             QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_unitId(unitId), m_year(year),
      m_before(before), m_after(after)
{
    setText(text);
}

QString SetDossierSentCommand::apply(bool undoing)
{
    if (m_service.dossierSent(m_unitId, m_year) != (undoing ? m_after : m_before))
        return tr("the day the dossier was sent was changed after this step.");
    m_service.setDossierSent(m_unitId, m_year, undoing ? m_before : m_after);
    return {};
}
