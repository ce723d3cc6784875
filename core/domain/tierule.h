#pragma once

#include <QList>
#include <QString>

// A rule that orders units with the same total (or level), tried in the clerk's order.
// Units still equal after every enabled rule share their rank.
struct TieRule
{
    enum Kind
    {
        GroupTotal,      // higher total of one criterion group (e.g. 3, hiệu quả, tác động)
        OnTime,          // on time before late
        EarlierReceived, // the earlier date received first
    };
    Kind kind = OnTime;
    bool enabled = true;
    QString groupCode; // GroupTotal: the criterion group's code

    bool operator==(const TieRule &) const = default;

    // "group:3", "on_time", "earlier_received"; a leading "-" marks a rule switched off.
    QString toText() const;
    static bool fromText(const QString &text, TieRule *rule);
    static QString listToText(const QList<TieRule> &rules);
    static QList<TieRule> listFromText(const QString &text, bool *ok = nullptr);
    // The rule as the printed list explains it, in Vietnamese.
    QString vietnameseDescription() const;
};
