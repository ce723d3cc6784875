#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The recognition dossiers of a Thông tư 24/2023 year (domain.md §1.3), due before 15
// January of the following year, unit by unit:
// - sent: the clerk recorded the day the unit's dossier went;
// - ready: not sent yet, and the dossier can be drafted and is due: every chỉ tiêu that
//   applies has a result and they reach Mức độ 1 or 2;
// - missing: not sent, and the dossier cannot be drafted: results are missing (no
//   submission, or chỉ tiêu not assessed), so the unit may qualify but nobody can tell;
// - not qualifying: every result is in and they reach no level: no dossier is due.
struct RecognitionDossiers
{
    enum class State
    {
        Ready,
        Sent,
        Missing,
        NotQualifying,
    };
    struct Entry
    {
        qint64 unitId = 0;
        QString unitName; // its name on 31/12 of the year
        State state = State::Missing;
        int levelReached = 0;
        int unassessed = 0; // chỉ tiêu that apply and have no result
        QDate sentOn;
    };

    int year = 0;
    bool levels = false;  // the year is evaluated by levels (TT24); else no dossier is due
    QDate due;            // 15/01 of the following year
    QList<Entry> entries; // in Vietnamese order of the names

    qsizetype count(State state) const
    {
        qsizetype n = 0;
        for (const Entry &e : entries)
            n += e.state == state ? 1 : 0;
        return n;
    }
    QStringList names(State state) const
    {
        QStringList result;
        for (const Entry &e : entries)
            if (e.state == state)
                result.append(e.unitName);
        return result;
    }
};
