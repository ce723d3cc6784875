#include "yearcombo.h"

#include <QComboBox>
#include <QDate>
#include <QSignalBlocker>

int YearCombo::fill(QComboBox *combo, const QList<int> &years, int wanted)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const int year : years)
        combo->addItem(QString::number(year), year);
    if (years.isEmpty())
        return 0;
    // The current year when it has settings, else the latest one that has.
    const int target = wanted > 0 ? wanted : QDate::currentDate().year();
    const int year = years.contains(target) ? target : years.last();
    combo->setCurrentIndex(combo->findData(year));
    return year;
}
