#pragma once

#include <QList>

// What changed in the data, as the services announce it (ChangeHub) so that every open
// screen showing it refreshes: the kind of data, the year (0: any year, or several), and
// the units concerned (empty: not known, or many).
struct DataChange
{
    enum class Kind
    {
        Units,         // created, renamed, merged, split, dissolved, moved, imported
        Submissions,   // a unit's submission: header, values, self-scores, evidence, reviewed scores
        YearSettings,  // a year locked or unlocked, its deadlines or rubric chosen
        Rubrics,       // a rubric's criteria, classes or tie rules
        Tasks,         // the plan's tasks and their obligations per unit
        Commendations, // proposals for commendation
        Catalogue,     // commendation forms, people, suggestion rules
        ReportTexts,   // the summary report's written sections
        Recognition,   // TT 24/2023 recognition decisions
    };

    Kind kind = Kind::Submissions;
    int year = 0;
    QList<qint64> unitIds;

    // True when the change may alter what a screen of `year` shows about this kind.
    bool concerns(Kind what, int shownYear) const
    {
        return kind == what && (year == 0 || shownYear <= 0 || year == shownYear);
    }
};
