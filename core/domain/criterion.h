#pragma once

#include "points.h"

#include <QString>
#include <QStringList>

// An item of a rubric. Groups hold items; points items have a maximum and a step;
// TT24 items are pass/fail or a percentage against a threshold, at a level. An item
// may apply only to some kinds of unit (TT24's chỉ tiêu for schools, universities and
// vocational schools): for any other unit it is "không áp dụng", neither counted nor
// blocking a level.
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
    QString appliesTo; // comma-separated unit kinds; empty: every unit
    QString note;      // the clerk's or the seed's note (e.g. "cần đối chiếu văn bản gốc")

    bool appliesToKind(const QString &unitKind) const
    {
        return appliesTo.isEmpty() || appliesTo.split(QLatin1Char(',')).contains(unitKind);
    }
};
