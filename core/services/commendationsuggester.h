#pragma once

#include "commendationservice.h"

struct PhaseReview;
struct PhaseUnitRow;

// The clerk's suggestion rules applied to a phase review (no database): which units
// qualify for which form, and the reason as it will be printed.
class CommendationSuggester
{
public:
    // For each enabled rule (in order) and each unit of the review that did not end
    // (in the review's order): class_every_year qualifies a unit ranked in every year of
    // the phase with the rule's class or a better one in that year's rubric (every
    // result of a year, when predecessors were rolled up); top_n qualifies a unit ranked
    // among the first N in the phase's last year (or in every year). A unit and form
    // suggested by an earlier rule are not suggested again.
    static QList<CommendationSuggestion> suggest(const PhaseReview &review, const QList<SuggestionRule> &rules,
                                                 const QList<CommendationProposal> &existing);

    // The reason a unit qualifies under a rule, or an empty string when it does not.
    static QString classEveryYear(const PhaseReview &review, const PhaseUnitRow &row, const QString &classCode);
    static QString topN(const PhaseReview &review, const PhaseUnitRow &row, int topN, bool everyYear);
};
