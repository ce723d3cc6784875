#pragma once

#include "officialdocument.h"

struct OrganisationSettings;
struct Ranking;

// The printed ranked list of learning units (DANH SÁCH XẾP HẠNG ĐƠN VỊ HỌC TẬP NĂM …):
// rank, unit, total or chỉ tiêu met, classification and note; a note in the body (the
// data's year, how ties are broken, the rubric), then the signature and "Nơi nhận".
class RankedListDocument
{
public:
    // `number` 0 leaves the document number blank, to be written on the paper copy.
    static OfficialDocument build(const Ranking &ranking, const OrganisationSettings &organisation, QDate date,
                                  int number = 0);

    // The list's table and the sentence counting its units, for the summary report's
    // appendix too.
    static DocumentTable table(const Ranking &ranking);
    static QString countSentence(const Ranking &ranking);
    // "Ghi chú: số liệu năm 2024. Xếp theo tổng điểm thẩm định; ... Bộ tiêu chí: ..."
    static QString note(const Ranking &ranking);
};
