#pragma once

#include <QString>

// One activity figure of a submission. Numbers are kept in hundredths (percentages
// may have decimals); yes/no as 0/1 (in hundredths: 0/100); text as text.
struct IndicatorValue
{
    qint64 indicatorId = 0;
    bool hasNumber = false;
    qint64 numberHundredths = 0;
    QString text;
    bool estimate = false; // "ước thực hiện đến 31/12"

    bool isEmpty() const { return !hasNumber && text.isEmpty(); }
    bool operator==(const IndicatorValue &) const = default;
};
