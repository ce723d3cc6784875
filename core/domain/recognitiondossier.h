#pragma once

#include "recognitiondecision.h"
#include "unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a unit's recognition dossier for a year is drafted from (Thông tư 24/2023,
// domain.md §1.3): each criterion and chỉ tiêu of the year's rubric with the unit's
// result and evidence, the level the results reach, and the recognition in force.
struct RecognitionDossier
{
    enum class Result
    {
        Met,
        NotMet,
        NotApplicable, // the chỉ tiêu applies only to other kinds of unit
        NotAssessed,   // no score yet
    };
    struct Line
    {
        QString code;
        QString title;
        bool group = false;
        int level = 0;
        Result result = Result::NotAssessed;
        QString value; // "95%" for a percentage, else empty
        QStringList evidence;
        QString note; // the rubric's note (e.g. "cần đối chiếu văn bản gốc")
    };

    int year = 0;
    Unit unit;
    QString unitName; // its name on 31/12 of the year
    QString rubricName;
    QList<Line> lines; // in outline order, groups included
    int levelReached = 0;
    bool complete = false;                      // every chỉ tiêu that applies has a result
    bool reviewed = false;                      // results from the department's review (else the unit's own)
    std::optional<RecognitionDecision> inForce; // on 31/12 of the year

    static QString resultText(Result result)
    {
        switch (result) {
        case Result::Met:
            return QStringLiteral("Đạt");
        case Result::NotMet:
            return QStringLiteral("Không đạt");
        case Result::NotApplicable:
            return QStringLiteral("Không áp dụng");
        case Result::NotAssessed:
            break;
        }
        return QStringLiteral("Chưa đánh giá");
    }
};
