#pragma once

#include <QColor>

class QPalette;

// The grey of secondary text (units not ranked, reports not sent, self-scores, help
// lines). Qt's disabled-text grey reads about 2:1 on white, too faint for an office
// screen: this one is as light as it can be while keeping a contrast of at least 4.5:1
// (WCAG AA) on the palette's base, alternate base and window colours.
class MutedText
{
public:
    static QColor colour(const QPalette &palette);
    static QColor colour(); // of the application's palette
    // The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double kMinimumContrast = 4.5;
};
