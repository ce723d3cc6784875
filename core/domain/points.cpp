#include "points.h"

std::optional<Points> Points::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = -1; // -1: no separator seen yet
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (fractionDigits >= 0)
                return std::nullopt;
            fractionDigits = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (fractionDigits < 0) {
            if (whole > 1'000'000'000)
                return std::nullopt;
            whole = whole * 10 + digit;
        } else {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        }
    }
    if (fractionDigits == 0)
        return std::nullopt; // "7." is not a number a clerk means
    if (fractionDigits == 1)
        fraction *= 10;
    return Points(whole * 100 + fraction);
}

QString Points::toString(QChar decimalSeparator) const
{
    const qint64 whole = m_hundredths / 100;
    const qint64 fraction = m_hundredths % 100;
    QString text = QString::number(whole);
    if (fraction == 0)
        return text;
    text += decimalSeparator;
    if (fraction % 10 == 0)
        text += QString::number(fraction / 10);
    else
        text += QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    return text;
}
