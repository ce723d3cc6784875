#pragma once

#include "domain/reminderletter.h"
#include "officialdocument.h"

#include <QDate>
#include <QStringList>

struct OrganisationSettings;

// The công văn đôn đốc that reminds the units which have not sent their annual report on
// the movement "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai
// đoạn 2024 - 2030" to send it: "Số: 05/SVHTTDL" (no type code), the "V/v đôn đốc gửi báo
// cáo ..." line under it, "Kính gửi:" the units (up to five by name, otherwise "Các đơn
// vị có tên trong danh sách kèm theo"), the căn cứ, a table of the late units, the request
// with its dates (the department reports to the settings' reportRecipient by 10/12 of
// the year, the plan's section VI.3), the signature from the settings and "Nơi nhận:
// Như trên; Lưu: VT, ..." (the settings' "Lưu" line, else one built from draftingUnit).
class ReminderLetterDocument
{
public:
    // Addressing more units by name than this makes "Kính gửi:" refer to the table.
    static constexpr int maxNamedAddressees = 5;

    // `number` 0 leaves the document number blank, to be written on the paper copy; an
    // invalid `date` leaves the date blank too ("Đến nay" in the text). With no missing
    // units the result is still a valid document (no addressees, no table, a sentence
    // saying every report has arrived), but there is nothing to send: callers check
    // missingUnits first.
    static OfficialDocument build(const ReminderLetter &letter, const OrganisationSettings &organisation, QDate date,
                                  int number);
    // "V/v đôn đốc gửi báo cáo kết quả thực hiện Phong trào thi đua xây dựng xã hội học tập năm 2025".
    static QString subject(int year);
};
