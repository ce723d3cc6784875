#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// An exact score: hundredths of a point, never a float (DESIGN.md, Data).
class Points
{
public:
    constexpr Points() = default;
    static constexpr Points fromHundredths(qint64 hundredths) { return Points(hundredths); }
    static constexpr Points fromWhole(qint64 points) { return Points(points * 100); }

    // Accepts "7", "7.5", "7,5", "7.25"; nothing else (no sign, no exponent, at most 2 decimals).
    static std::optional<Points> parse(QStringView text);

    constexpr qint64 hundredths() const { return m_hundredths; }
    // "7", "7,5", "7,25" with the given decimal separator.
    QString toString(QChar decimalSeparator = QLatin1Char(',')) const;

    constexpr Points operator+(Points other) const { return Points(m_hundredths + other.m_hundredths); }
    constexpr Points &operator+=(Points other)
    {
        m_hundredths += other.m_hundredths;
        return *this;
    }
    constexpr auto operator<=>(const Points &) const = default;

private:
    constexpr explicit Points(qint64 hundredths) : m_hundredths(hundredths) {}
    qint64 m_hundredths = 0;
};
