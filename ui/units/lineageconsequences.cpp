#include "lineageconsequences.h"

#include "services/commendationservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace {

bool received(const Submission &submission)
{
    return submission.receivedDate.isValid() && submission.status != QLatin1String("not_received");
}

bool hasReviewedScores(const Submission &submission)
{
    for (const CriterionScore &score : submission.scores)
        if (score.reviewed)
            return true;
    return false;
}

} // namespace

QStringList LineageConsequences::describe(Services &services, const UnitLineageDialog::Plan &plan)
{
    QHash<qint64, QString> names;
    for (const Unit &unit : services.units().all())
        names.insert(unit.id, unit.name);
    QStringList successors = plan.newUnitNames;
    if (plan.successorId != 0)
        successors.prepend(names.value(plan.successorId));
    const QString successorText = successors.join(QStringLiteral(", "));
    const int year = plan.date.year();
    const QString day = plan.date.toString(QStringLiteral("dd/MM/yyyy"));
    // On 1 January the units that end are no longer active in the year at all.
    const bool partOfYear = plan.date > QDate(year, 1, 1);
    QStringList lines;

    // The year of the change: what the units that end keep.
    const QHash<qint64, Submission> submissions = services.submissions().loadYear(year);
    for (const qint64 id : plan.ending) {
        const QString name = names.value(id);
        lines.append(tr("%1: %2 ends on %3 (its last day is the day before).").arg(year).arg(name, day));
        const Submission submission = submissions.value(id);
        if (!partOfYear)
            lines.append(tr("%1: %2 is no longer expected to report from %1.").arg(year).arg(name));
        else if (submission.id != 0 && received(submission))
            lines.append(tr("%1: the report of %2 (received %3) stays with %2, the former unit; it is not moved to "
                            "%4.")
                             .arg(year)
                             .arg(name, submission.receivedDate.toString(QStringLiteral("dd/MM/yyyy")),
                                  successorText.isEmpty() ? tr("another unit") : successorText));
        else
            lines.append(tr("%1: %2 has sent no report for %1; it is still expected for %1, as the unit was active "
                            "part of the year.")
                             .arg(year)
                             .arg(name));
        if (hasReviewedScores(submission))
            lines.append(
                tr("%1: the reviewed scores of %2 stay with it; it is still ranked in %1.").arg(year).arg(name));
    }
    // Commendation proposals naming a unit that ends, from the year of the change.
    const QList<qint64> ending = plan.ending;
    for (int y = year; y <= services.lineage().periodEnd().year(); ++y)
        for (const CommendationProposal &proposal : services.commendations().proposalsForYear(y))
            if (ending.contains(proposal.unitId))
                lines.append(tr("%1: the commendation proposal for %2 (%3) stays with %2; propose %4 anew if it "
                                "should go to the new unit.")
                                 .arg(y)
                                 .arg(names.value(proposal.unitId), proposal.reason.left(60),
                                      successorText.isEmpty() ? tr("another unit") : successorText));

    // Who reports from then on.
    for (const QString &name : plan.newUnitNames)
        lines.append(partOfYear ? tr("%1: %2 starts on %3; for %1 it is covered by the reports of the units it "
                                     "replaces once each of them has sent one (it is then not missing and gets no "
                                     "reminder; it may still send its own).")
                                      .arg(year)
                                      .arg(name, day)
                                : tr("%1: %2 starts on %3 and reports for %1.").arg(year).arg(name, day));
    if (plan.successorId != 0)
        lines.append(tr("%1: %2 goes on and reports as before.").arg(year).arg(names.value(plan.successorId)));
    if (year < services.lineage().periodEnd().year()) {
        QStringList endingNames;
        for (const qint64 id : plan.ending)
            endingNames.append(names.value(id));
        lines.append(
            successorText.isEmpty()
                ? tr("From %1: %2 no longer reports.").arg(year + 1).arg(endingNames.join(QStringLiteral(", ")))
                : tr("From %1: %2 reports instead of %3.")
                      .arg(year + 1)
                      .arg(successorText, endingNames.join(QStringLiteral(", "))));
    }
    return lines;
}

bool LineageConsequences::confirm(Services &services, const UnitLineageDialog::Plan &plan, QWidget *parent)
{
    const QStringList lines = describe(services, plan);
    QMessageBox box(QMessageBox::Question, tr("What this change does"),
                    tr("Before the change is applied, here is what it does, year by year:"), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("lineageConsequences"));
    constexpr qsizetype shown = 10; // the box stays within a laptop's screen
    QString list = QStringLiteral("• ") + lines.mid(0, shown).join(QStringLiteral("\n• "));
    if (lines.size() > shown) {
        list += QLatin1Char('\n') + tr("… and %1 more (Show Details…)").arg(lines.size() - shown);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box.setInformativeText(list);
    QPushButton *apply = box.addButton(tr("&Apply the change"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyLineage"));
    QPushButton *back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("backToLineage"));
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == apply;
}
