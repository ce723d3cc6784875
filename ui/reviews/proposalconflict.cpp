#include "proposalconflict.h"

#include "services/commendationservice.h"
#include "widgets/saveconflict.h"

namespace {

QString formName(qint64 id, const QList<CommendationForm> &forms)
{
    for (const CommendationForm &form : forms)
        if (form.id == id)
            return form.name;
    return QString::number(id);
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

QStringList ProposalConflict::differences(const CommendationProposal &theirs, const CommendationProposal &mine,
                                          const QList<CommendationForm> &forms)
{
    QStringList lines;
    lines << SaveConflict::difference(tr("Commendation"), formName(theirs.formId, forms), formName(mine.formId, forms));
    lines << SaveConflict::difference(tr("Achievements"), theirs.reason, mine.reason);
    lines << SaveConflict::difference(tr("Status"), CommendationService::statusName(theirs.status),
                                      CommendationService::statusName(mine.status));
    lines << SaveConflict::difference(tr("Decision number"), theirs.decisionNumber, mine.decisionNumber);
    lines << SaveConflict::difference(tr("Decision date"), dateText(theirs.decisionDate), dateText(mine.decisionDate));
    return lines;
}

ProposalConflict::Answer ProposalConflict::ask(QWidget *parent, const CommendationService &service,
                                               const CommendationProposal &mine, const QString &reason,
                                               const QList<CommendationForm> &forms)
{
    Answer answer;
    answer.theirs = service.proposal(mine.id);
    if (!answer.theirs) { // removed meanwhile: nothing to save over
        answer.refusal = tr("Someone else removed this proposal meanwhile; your changes were not saved.");
        return answer;
    }
    switch (SaveConflict::ask(parent, reason, differences(*answer.theirs, mine, forms))) {
    case SaveConflict::Choice::KeepEditing:
        answer.refusal = reason;
        break;
    case SaveConflict::Choice::Reload:
        answer.reload = true;
        break;
    case SaveConflict::Choice::Overwrite:
        answer.overwrite = mine;
        answer.overwrite->version = answer.theirs->version;
        break;
    }
    return answer;
}
