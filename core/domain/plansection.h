#pragma once

#include <QString>

// A node of the plan's outline (I-VI, their numbered items and their dash items).
struct PlanSection
{
    qint64 id = 0;
    qint64 parentId = 0;
    int position = 0;
    QString path;  // "II.5", "VI.3.-2"
    QString label; // "II", "5", "-"
    QString title;
    QString body;

    int depth() const { return int(path.count(QLatin1Char('.'))); }
};
