#include "recognitionstatus.h"

QDate RecognitionStatus::level2From(QDate decisionDate)
{
    if (!decisionDate.isValid())
        return {};
    if (decisionDate.month() == 2 && decisionDate.day() == 29)
        return QDate(decisionDate.year() + 1, 3, 1);
    return decisionDate.addYears(1);
}

RecognitionStatus RecognitionStatus::of(const QList<RecognitionDecision> &decisions, QDate day)
{
    RecognitionStatus status;
    QDate firstLevel1;
    for (const RecognitionDecision &d : decisions) {
        if (d.level < 1 || !d.date.isValid() || d.date > day || day > keptUntilFor(d.year))
            continue;
        if (d.level == 1 && (!firstLevel1.isValid() || d.date < firstLevel1))
            firstLevel1 = d.date;
        const bool better = !status.current || d.level > status.current->level ||
                            (d.level == status.current->level && d.year > status.current->year);
        if (better)
            status.current = d;
    }
    if (!status.current)
        return status;
    status.keptUntil = keptUntilFor(status.current->year);
    status.mustReevaluate = status.keptUntil.year() == day.year();
    if (status.current->level == 1) {
        status.mayAskLevel2From = level2From(firstLevel1);
        status.mayAskLevel2Now = day >= status.mayAskLevel2From;
    }
    return status;
}

QString RecognitionStatus::levelName(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("Mức độ 1");
    case 2:
        return QStringLiteral("Mức độ 2");
    default:
        return QStringLiteral("Không công nhận");
    }
}
