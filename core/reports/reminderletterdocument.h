#pragma once

#include "domain/reminderletter.h"
#include "officialdocument.h"

#include <QDate>
#include <QStringList>

struct OrganisationSettings;

// The công văn đôn đốc that reminds the units which have not sent their annual report on
// the movement "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai
// đoạn 2024 - 2030" to send it: "Số: 05/SVHTTDL-QLVHGD" (the settings' symbol for a công
// văn), the "V/v đôn đốc gửi báo cáo ..." line under it, "Kính gửi:" the units (up to five
// by name; more: "Các đơn vị có tên trong danh sách kèm theo", and the list then follows
// the letter on a page of its own, "Kèm theo Công văn số ..."), the plan and the units'
// deadline, how many have not sent, the request with the new date to send by and the
// department's own deadline to the settings' reportRecipient, the signature from the
// settings and "Nơi nhận: Như trên; Lưu: VT, ..." (the settings' "Lưu" line, else one
// built from draftingUnit).
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
