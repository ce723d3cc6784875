#pragma once

#include "points.h"

#include <QString>

// A classification of a rubric: a tier with a minimum total (TT22) or a level (TT24).
struct RubricClass
{
    qint64 id = 0;
    QString code;
    QString name;
    Points minPoints;
    int level = 0;
    int position = 0;
};
