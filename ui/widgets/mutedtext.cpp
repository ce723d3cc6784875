#include "mutedtext.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

double MutedText::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor MutedText::colour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor backgrounds[] = {palette.color(QPalette::Active, QPalette::Base),
                                  palette.color(QPalette::Active, QPalette::AlternateBase),
                                  palette.color(QPalette::Active, QPalette::Window)};
    const auto readable = [&backgrounds](const QColor &colour) {
        return std::all_of(std::begin(backgrounds), std::end(backgrounds), [&colour](const QColor &background) {
            return contrast(colour, background) >= kMinimumContrast + 0.1; // a margin for rounding
        });
    };
    // From the base colour towards the text colour: the first shade that reads.
    for (int step = 60; step <= 100; step += 2) {
        const QColor shade = blend(palette.color(QPalette::Active, QPalette::Base), text, step / 100.0);
        if (readable(shade))
            return shade;
    }
    return text;
}

QColor MutedText::colour()
{
    return colour(QGuiApplication::palette());
}
