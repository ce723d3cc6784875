#pragma once

#include "criterionscore.h"
#include "indicatorvalue.h"

#include <QDate>
#include <QList>
#include <QString>

// A unit's yearly submission: its report document, activity figures and self-score.
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
    QList<IndicatorValue> values;
    QList<CriterionScore> scores;
};
