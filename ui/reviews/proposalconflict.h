#pragma once

#include "domain/commendation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class CommendationService;
class QWidget;

// A proposal's save refused because someone else saved it after the dialog was opened:
// the clerk chooses (SaveConflict) between going on editing, their version, or saving
// the edits over it.
class ProposalConflict
{
    Q_DECLARE_TR_FUNCTIONS(ProposalConflict)

public:
    struct Answer
    {
        // Save mine over theirs: `mine` at their version, and theirs (for the undo step).
        std::optional<CommendationProposal> overwrite;
        std::optional<CommendationProposal> theirs;
        bool reload = false; // show theirs: the dialog closes, the list is read again
        QString refusal;     // keep editing: what the dialog shows under its fields
    };

    static Answer ask(QWidget *parent, const CommendationService &service, const CommendationProposal &mine,
                      const QString &reason, const QList<CommendationForm> &forms);
    // The fields that differ, one line each.
    static QStringList differences(const CommendationProposal &theirs, const CommendationProposal &mine,
                                   const QList<CommendationForm> &forms);
};
