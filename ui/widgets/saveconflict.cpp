#include "saveconflict.h"

#include "domain/submission.h"
#include "domain/yearcontext.h"

#include <QMessageBox>
#include <QPushButton>

namespace {

QString shown(const QString &text)
{
    return text.isEmpty() ? SaveConflict::tr("(empty)") : text;
}

QString shown(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : SaveConflict::tr("(empty)");
}

QString valueText(const IndicatorValue *v)
{
    if (!v)
        return SaveConflict::tr("(empty)");
    if (!v->text.isEmpty())
        return v->text;
    return v->hasNumber ? QString::number(double(v->numberHundredths) / 100.0) : SaveConflict::tr("(empty)");
}

QString scoreText(const std::optional<Points> &points)
{
    return points ? points->toString() : SaveConflict::tr("(empty)");
}

} // namespace

QStringList SaveConflict::differences(const YearContext &context, const Submission &theirs, const Submission &mine)
{
    QStringList lines;
    const auto line = [&](const QString &field, const QString &a, const QString &b) {
        if (a != b)
            lines << tr("%1: theirs %2 → yours %3").arg(field, a, b);
    };
    line(tr("Document number"), shown(theirs.documentNumber), shown(mine.documentNumber));
    line(tr("Document date"), shown(theirs.documentDate), shown(mine.documentDate));
    line(tr("Received on"), shown(theirs.receivedDate), shown(mine.receivedDate));
    line(tr("Status"), theirs.status, mine.status);
    line(tr("Note"), shown(theirs.note), shown(mine.note));
    for (const Indicator &indicator : context.indicators)
        line(indicator.name, valueText(theirs.value(indicator.id)), valueText(mine.value(indicator.id)));
    for (const Criterion &criterion : context.rubric.criteria) {
        const CriterionScore *a = theirs.score(criterion.id);
        const CriterionScore *b = mine.score(criterion.id);
        line(tr("%1 (self-score)").arg(criterion.code), scoreText(a ? a->self : std::nullopt),
             scoreText(b ? b->self : std::nullopt));
        line(tr("%1 (reviewed)").arg(criterion.code), scoreText(a ? a->reviewed : std::nullopt),
             scoreText(b ? b->reviewed : std::nullopt));
    }
    if (theirs.evidence.size() != mine.evidence.size())
        lines << tr("Evidence files: theirs %1 → yours %2").arg(theirs.evidence.size()).arg(mine.evidence.size());
    return lines;
}

QStringList SaveConflict::difference(const QString &field, const QString &theirs, const QString &mine)
{
    if (theirs == mine)
        return {};
    return {tr("%1: theirs %2 → yours %3").arg(field, shown(theirs), shown(mine))};
}

SaveConflict::Choice SaveConflict::ask(QWidget *parent, const QString &reason, const YearContext &context,
                                       const Submission &theirs, const Submission &mine)
{
    return ask(parent, reason, differences(context, theirs, mine));
}

SaveConflict::Choice SaveConflict::ask(QWidget *parent, const QString &reason, const QStringList &lines)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), reason, QMessageBox::NoButton, parent);
    box.setInformativeText(lines.isEmpty() ? tr("Their version and yours hold the same values.")
                                           : tr("Where the two versions differ:"));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    QPushButton *reload = box.addButton(tr("Reload their version"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("Save mine over theirs"), QMessageBox::AcceptRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return Choice::Reload;
    if (box.clickedButton() == overwrite)
        return Choice::Overwrite;
    return Choice::KeepEditing;
}
