#pragma once

#include "criterionscore.h"
#include "evidence.h"
#include "indicatorvalue.h"

#include <QDate>
#include <QList>
#include <QString>

// A unit's yearly submission: its report document, activity figures and self-score.
// A unit with nothing received has no row, or a row in status not_received.
struct Submission
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;
    QString documentNumber;
    QDate documentDate;
    QDate receivedDate;
    QString status = QStringLiteral("received"); // not_received, received, returned, verified
    QString note;
    // Raised by every save that changes the submission: a save from an older copy is
    // refused (SubmissionService::save), so nobody's change is silently undone.
    qint64 version = 0;
    QList<IndicatorValue> values; // only the indicators that have a value
    QList<CriterionScore> scores; // only the criteria that have a score or a note
    QList<Evidence> evidence;

    const IndicatorValue *value(qint64 indicatorId) const
    {
        for (const IndicatorValue &v : values)
            if (v.indicatorId == indicatorId)
                return &v;
        return nullptr;
    }
    const CriterionScore *score(qint64 criterionId) const
    {
        for (const CriterionScore &c : scores)
            if (c.criterionId == criterionId)
                return &c;
        return nullptr;
    }
    // The item's score to change, added empty when it has none yet.
    CriterionScore &scoreToChange(qint64 criterionId)
    {
        for (CriterionScore &c : scores)
            if (c.criterionId == criterionId)
                return c;
        CriterionScore added;
        added.criterionId = criterionId;
        scores.append(added);
        return scores.last();
    }
};
