#pragma once

#include <QDate>
#include <QString>

// A decision of the provincial People's Committee on a unit's recognition as "Đơn vị
// học tập" for a year (Thông tư 24/2023, domain.md §1.3): Mức độ 1 or 2, or a refusal
// (level 0). A decision carried over to a merged or split unit names the decision it
// comes from and why.
struct RecognitionDecision
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;  // the year recognised (the data of 01/01-31/12)
    int level = 0; // 1, 2; 0: refused
    QString number;
    QDate date;
    QString signer;
    qint64 carriedFromId = 0;
    QString note;

    bool operator==(const RecognitionDecision &) const = default;
};
