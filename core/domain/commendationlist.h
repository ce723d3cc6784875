#pragma once

#include <QList>
#include <QString>

// One proposal as the list prints it, names resolved.
struct CommendationListLine
{
    QString subject;  // "Tập thể", "Cá nhân"
    QString name;     // the unit's name, or "Ông/Bà … – chức vụ, đơn vị"
    QString formName; // "Giấy khen của Giám đốc Sở"
    QString reason;   // thành tích
    QString status;   // "Đề xuất", ...
    QString decision; // "Quyết định số 123/QĐ-UBND ngày 05/06/2025"; empty before the decision
};

// The proposals of a phase review (or of a year) for the printed list and its XLSX copy.
struct CommendationList
{
    int phaseNumber = 0;
    int year = 0;
    QString occasion; // "sơ kết giai đoạn 2024 - 2025", "năm 2025"
    QList<CommendationListLine> lines;
};
