#pragma once

#include "serviceundocommand.h"

#include <QCoreApplication>
#include <QDate>

class RecognitionService;

// Recording or clearing the day a unit's recognition dossier for a year was sent, as one
// step on the undo stack, through RecognitionService both ways (each one audited
// transaction). The change has already been made when the command is pushed: the first
// redo() does nothing. A step whose date was changed since is refused and dropped.
class SetDossierSentCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDossierSentCommand)

public:
    SetDossierSentCommand(RecognitionService &service, qint64 unitId, int year, QDate before, QDate after,
                          const QString &text, FailureReporter reportFailure, QUndoCommand *parent = nullptr);

private:
    QString apply(bool undoing) override;

    RecognitionService &m_service;
    qint64 m_unitId;
    int m_year;
    QDate m_before;
    QDate m_after;
};
