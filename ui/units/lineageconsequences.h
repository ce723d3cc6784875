#pragma once

#include "unitlineagedialog.h"

#include <QCoreApplication>
#include <QStringList>

class Services;
class QWidget;

// What a merge, a split or a dissolution will do, year by year, said before it is
// applied (issue 18 §3): the reports, scores and commendation proposals that stay with
// the units that end, the units that must report from then on, and what the year of the
// change expects of each. Read from the services; nothing is written.
class LineageConsequences
{
    Q_DECLARE_TR_FUNCTIONS(LineageConsequences)

public:
    // One line per consequence, each starting with its year ("2026: …").
    static QStringList describe(Services &services, const UnitLineageDialog::Plan &plan);
    // Shows them and asks: true when the clerk chose to apply the change.
    static bool confirm(Services &services, const UnitLineageDialog::Plan &plan, QWidget *parent);
};
