#pragma once

#include <QDate>
#include <QString>

// Dates as official documents write them (Nghị định 30/2020, Phụ lục I, ô 4): days
// below 10 and the months 1 and 2 padded with 0, "ngày 05 tháng 3 năm 2025".
class OfficialDate
{
public:
    // "ngày 05 tháng 12 năm 2025"; an invalid date leaves blanks to fill in by hand.
    static QString dateText(QDate date);
    // "Tây Ninh, ngày 05 tháng 12 năm 2025".
    static QString placeAndDate(const QString &place, QDate date);
};
