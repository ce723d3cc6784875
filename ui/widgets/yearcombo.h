#pragma once

#include <QList>

class QComboBox;

// The year selector the Submissions and Scoring screens share: the years that have
// settings, and which one to show first.
class YearCombo
{
public:
    // Fills `combo` with `years` (data: the year) without emitting its signals, selects
    // `wanted` when it is there, else the latest year, and returns the year selected;
    // 0 when there is none. `wanted` 0 means the current calendar year.
    static int fill(QComboBox *combo, const QList<int> &years, int wanted);
};
