#pragma once

#include "points.h"

#include <QString>

// An item of a rubric. Groups hold items; points items have a maximum and a step;
// TT24 items are pass/fail or a percentage against a threshold, at a level.
struct Criterion
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString title;
    QString kind; // group, points, passfail, percent
    Points maxPoints;
    Points step;
    Points threshold;
    int level = 0;
    int position = 0;
};
