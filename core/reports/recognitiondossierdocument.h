#pragma once

#include "domain/recognitiondossier.h"
#include "officialdocument.h"

#include <QDate>

struct OrganisationSettings;

// A unit's recognition dossier for a year (Thông tư 24/2023, domain.md §1.3) as one
// document in the format of Nghị định 30/2020: the unit's tờ trình asking Sở Giáo dục và
// Đào tạo to have it recognised (its header under the department, "Số:      /TTr-...",
// the căn cứ, the result and the request, to be sent before 15 January of the following
// year), then Phụ lục I, the self-assessment report drafted from the data with "[…]"
// where only the unit can write, and Phụ lục II, the summary table of every criterion
// and chỉ tiêu with its level, result ("Đạt", "Không đạt", "Không áp dụng", "Chưa đánh
// giá") and evidence.
class RecognitionDossierDocument
{
public:
    static OfficialDocument build(const RecognitionDossier &dossier, const OrganisationSettings &organisation,
                                  QDate date);
    // "Đề nghị công nhận Đơn vị học tập năm 2025".
    static QString summary(int year);
    // The file name of a unit's dossier in a folder: "ho-so-cong-nhan-2025-TV.pdf".
    static QString fileName(const RecognitionDossier &dossier, const QString &suffix);
};
