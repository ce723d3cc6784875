#pragma once

#include <QDate>
#include <QString>

// A unit taking part in the plan, as it is (or was) over its validity period.
struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString shortName;
    QString kind; // so_office, so_unit, district_office, district_centre, commune, other
    qint64 parentId = 0;
    QString group; // khối thi đua
    QDate validFrom;
    QDate validTo; // null: still valid
    QString note;

    bool isActiveOn(QDate day) const { return validFrom <= day && (validTo.isNull() || day <= validTo); }
    bool isActiveIn(int year) const
    {
        return validFrom <= QDate(year, 12, 31) && (validTo.isNull() || validTo >= QDate(year, 1, 1));
    }
};
