#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

// ISO dates (YYYY-MM-DD) as stored and as printed for machines. Faster than
// QDate::toString/fromString, which go through printf-style formatting; this runs once
// per date in lists of tens of thousands of rows.
namespace IsoDate {

inline QString format(QDate date)
{
    if (!date.isValid())
        return {};
    int y = date.year();
    const int m = date.month();
    const int d = date.day();
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    QChar text[10];
    for (int i = 3; i >= 0; --i, y /= 10)
        text[i] = QLatin1Char(char('0' + y % 10));
    text[4] = QLatin1Char('-');
    text[5] = QLatin1Char(char('0' + m / 10));
    text[6] = QLatin1Char(char('0' + m % 10));
    text[7] = QLatin1Char('-');
    text[8] = QLatin1Char(char('0' + d / 10));
    text[9] = QLatin1Char(char('0' + d % 10));
    return QString(text, 10);
}

inline char16_t codeUnit(QChar c)
{
    return c.unicode();
}

inline char16_t codeUnit(char c)
{
    return char16_t(uchar(c));
}

// `text` as UTF-16 (a QString) or as the bytes a database hands out (ISO dates are ASCII).
template <typename View> inline QDate parseView(View text)
{
    auto at = [text](int i) { return codeUnit(text[i]); };
    if (text.size() != 10 || at(4) != u'-' || at(7) != u'-')
        return {};
    auto digits = [at](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid (null) when the day does not exist
}

inline QDate parse(QStringView text)
{
    return parseView(text);
}

// The same from the stored bytes, without a QString in between.
inline QDate parse(QByteArrayView text)
{
    return parseView(text);
}

} // namespace IsoDate
