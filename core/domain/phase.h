#pragma once

#include <QString>

struct Phase
{
    qint64 id = 0;
    int number = 0;
    QString name;
    int yearFrom = 0;
    int yearTo = 0;
    QString reviewKind; // so_ket, tong_ket
    int reviewYear = 0;
    QString reviewName;
    QString description;

    bool contains(int year) const { return yearFrom <= year && year <= yearTo; }
};
