#include "officialdate.h"

QString OfficialDate::dateText(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("ngày      tháng      năm 20   ");
    const int month = date.month();
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0')),
             QStringLiteral("%1").arg(month, month <= 2 ? 2 : 1, 10, QLatin1Char('0')), QString::number(date.year()));
}

QString OfficialDate::placeAndDate(const QString &place, QDate date)
{
    return place + QStringLiteral(", ") + dateText(date);
}
