#pragma once

#include "officialdocument.h"

struct AnnualReport;
struct OrganisationSettings;

// The annual summary report to Sở GD&ĐT (BÁO CÁO Kết quả thực hiện Phong trào … năm
// YYYY), laid out as domain.md §2.3 suggests: the căn cứ, an opening, I. chỉ đạo,
// II. kết quả (submissions, the plan's six contents with the year's figures, the
// review), III. đánh giá chung, IV. khen thưởng, V. phương hướng, VI. kiến nghị, the
// signature and "Nơi nhận"; Phụ lục I (each unit's indicator values, landscape) and
// Phụ lục II (the ranked list and classification).
class SummaryReportDocument
{
public:
    // `number` 0 leaves the document number blank, to be written on the paper copy.
    static OfficialDocument build(const AnnualReport &report, const OrganisationSettings &organisation, QDate date,
                                  int number = 0);

    // The căn cứ lines as italic paragraphs, each ending ";" and the last ".".
    static QList<DocumentBlock> legalBases(const QString &text);
    // A written section as blocks: one paragraph per line; "1. Ưu điểm" (a number, a
    // full stop and no closing punctuation) as a bold heading.
    static QList<DocumentBlock> textBlocks(const QString &text);
};
