#pragma once

#include <QString>

// The two-column block at the top of page 1. The left column holds the issuing body;
// the right column always holds the Quốc hiệu and the Tiêu ngữ, which are fixed text
// and so not fields here. Agency lines are printed in upper case; a '\n' in them
// forces a line break, otherwise they wrap to the column. A công văn has no tên loại:
// its trích yếu is the subject line here instead.
struct DocumentHeader
{
    QString parentBody;   // cơ quan chủ quản, "UBND TỈNH TÂY NINH"; empty for none
    QString agency;       // cơ quan ban hành, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    QString number;       // printed after "Số: ", e.g. "05/BC-SVHTTDL"; empty for no line
    QString placeAndDate; // "Tây Ninh, ngày 05 tháng 12 năm 2025" (OfficialDate::placeAndDate)
    QString subject;      // a công văn's trích yếu "V/v ...", centred under "Số" in 12 pt; empty for none
};
