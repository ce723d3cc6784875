#pragma once

#include "points.h"

#include <QString>

#include <optional>

// The self-assessed and the reviewed score of one rubric item.
struct CriterionScore
{
    qint64 criterionId = 0;
    std::optional<Points> self;
    std::optional<Points> reviewed;
    QString note;
};
