#pragma once

#include "recognitiondecision.h"

#include <QList>

#include <optional>

// Where a unit stands on a day, from its recognition decisions (domain.md §1.3): the
// recognition in force and until when it is kept (31/12 of the third year after the
// year recognised), from when a unit at Mức 1 may ask for Mức 2 (one year after its
// Mức 1 decision), and whether it must be evaluated again this year (its recognition
// ends on 31/12 of this year).
struct RecognitionStatus
{
    std::optional<RecognitionDecision> current; // the highest level in force, then the latest year
    QDate keptUntil;
    QDate mayAskLevel2From; // at Mức 1 only
    bool mayAskLevel2Now = false;
    bool mustReevaluate = false;

    // 31/12 of the third year after `year`.
    static QDate keptUntilFor(int year) { return QDate(year + 3, 12, 31); }
    // One year after a Mức 1 decision: the same day a year later; a decision of 29
    // February waits until 1 March (a whole year has passed), never 28 February.
    static QDate level2From(QDate decisionDate);
    // The status on `day` from the decisions of one unit (any order).
    static RecognitionStatus of(const QList<RecognitionDecision> &decisions, QDate day);
    // "Mức độ 1", "Mức độ 2", "Không công nhận" (a refusal), as printed.
    static QString levelName(int level);
};
