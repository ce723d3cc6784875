#pragma once

#include "domain/organisationsettings.h"

// The department's document settings as the tests of official documents use them.
inline OrganisationSettings sampleOrganisation()
{
    OrganisationSettings o;
    o.parentBody = QStringLiteral("UBND TỈNH TÂY NINH");
    o.department = QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
    o.departmentShort = QStringLiteral("SVHTTDL");
    o.place = QStringLiteral("Tây Ninh");
    o.draftingUnit = QStringLiteral("QLVHGD");
    o.signerAuthority = QStringLiteral("KT. GIÁM ĐỐC");
    o.signerTitle = QStringLiteral("PHÓ GIÁM ĐỐC");
    o.signerName = QStringLiteral("Nguyễn Thị Hồng Thắm");
    o.reportRecipient = QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Tây Ninh");
    o.recipients = {QStringLiteral("Sở Giáo dục và Đào tạo;"), QStringLiteral("UBND tỉnh;"),
                    QStringLiteral("Ban TĐ-KT tỉnh – Sở Nội vụ;"), QStringLiteral("BGĐ Sở VH TT & DL;"),
                    QStringLiteral("Lưu: VT, QLVHGD.")};
    return o;
}
