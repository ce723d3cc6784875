#pragma once

#include "criterion.h"
#include "rubricclass.h"

#include <QList>
#include <QString>

struct Rubric
{
    qint64 id = 0;
    QString code;
    QString name;
    QString method; // points, levels
    QString basis;
    bool isPreset = false;
    qint64 basedOnId = 0;
    QList<Criterion> criteria;  // groups and items, in outline order
    QList<RubricClass> classes; // best first

    int itemCount() const
    {
        int n = 0;
        for (const Criterion &c : criteria)
            n += c.kind == QLatin1String("group") ? 0 : 1;
        return n;
    }
    // The items that apply to a unit of this kind (the others are "không áp dụng").
    int itemCountFor(const QString &unitKind) const
    {
        int n = 0;
        for (const Criterion &c : criteria)
            n += c.kind != QLatin1String("group") && c.appliesToKind(unitKind) ? 1 : 0;
        return n;
    }
};
