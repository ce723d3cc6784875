#include "tierule.h"

#include <QStringList>

QString TieRule::toText() const
{
    QString text;
    switch (kind) {
    case GroupTotal:
        text = QStringLiteral("group:") + groupCode;
        break;
    case OnTime:
        text = QStringLiteral("on_time");
        break;
    case EarlierReceived:
        text = QStringLiteral("earlier_received");
        break;
    }
    return enabled ? text : QLatin1Char('-') + text;
}

bool TieRule::fromText(const QString &text, TieRule *rule)
{
    QString t = text.trimmed();
    TieRule r;
    if (t.startsWith(QLatin1Char('-'))) {
        r.enabled = false;
        t = t.mid(1);
    }
    if (t == QLatin1String("on_time")) {
        r.kind = OnTime;
    } else if (t == QLatin1String("earlier_received")) {
        r.kind = EarlierReceived;
    } else if (t.startsWith(QLatin1String("group:")) && t.size() > 6) {
        r.kind = GroupTotal;
        r.groupCode = t.mid(6);
    } else {
        return false;
    }
    *rule = r;
    return true;
}

QString TieRule::listToText(const QList<TieRule> &rules)
{
    QStringList parts;
    for (const TieRule &r : rules)
        parts.append(r.toText());
    return parts.join(QLatin1Char(','));
}

QList<TieRule> TieRule::listFromText(const QString &text, bool *ok)
{
    QList<TieRule> rules;
    bool good = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        TieRule r;
        if (fromText(part, &r))
            rules.append(r);
        else
            good = false;
    }
    if (ok)
        *ok = good;
    return rules;
}

QString TieRule::vietnameseDescription() const
{
    switch (kind) {
    case GroupTotal:
        return QStringLiteral("tổng điểm (hoặc số chỉ tiêu đạt) của tiêu chí %1 cao hơn").arg(groupCode);
    case OnTime:
        return QStringLiteral("nộp hồ sơ đúng hạn xếp trước nộp trễ hạn");
    case EarlierReceived:
        return QStringLiteral("ngày nhận hồ sơ sớm hơn");
    }
    return {};
}
