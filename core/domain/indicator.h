#pragma once

#include <QString>

struct Indicator
{
    qint64 id = 0;
    QString code;
    QString name;
    QString unitOfMeasure;
    QString kind; // count, percent, yesno, text
    int contentArea = 0;
    int sortOrder = 0;
    bool active = true;
};
