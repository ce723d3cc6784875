#pragma once

#include "domain/annualreport.h"

#include <QString>

class AnnualReportService;

// The program's first draft of each written section of the summary report, from the
// year's data only: what it cannot know it leaves as a bracketed note, "[Nêu ...]",
// which the readiness list points out until the clerk replaces it. Texts are plain:
// one paragraph per line; a line such as "1. Ưu điểm" (a number, a full stop, no
// closing punctuation) is printed as a bold heading.
class ReportDrafts
{
public:
    // The year's report as printed: AnnualReportService::load, then complete().
    static AnnualReport load(const AnnualReportService &service, int year);
    // Words what the service leaves to the report: the commendation lines, and each
    // section's text (saved, else drafted).
    static void complete(AnnualReport &report);
    static QString draft(ReportSection section, const AnnualReport &report);
    // The căn cứ lines of a report on the plan: the plan's own basis, then the plan.
    static QString legalBases(const Plan &plan);
    // True when the text still holds a bracketed note to replace.
    static bool hasPlaceholder(const QString &text);
    // The plan as the report names it: "Kế hoạch số 12/KH-SVHTTDL ngày 05/6/2024 của Sở ...
    // tổ chức thực hiện Phong trào ...", without a number the plan does not have.
    static QString planReference(const Plan &plan);
};
