#pragma once

#include "domain/timeline.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

// Lays out and draws a Timeline in any rectangle, the same on screen, in a PNG and in a
// PDF: the phases as bands, one column per year with its deadlines as ticks on a time
// axis (a year's position along the axis follows the day of the year), the review years
// marked with a diamond, today's line, and a legend. Black, greys and one dashed dark
// red line: readable when printed in grey. Sizes follow the base font's pixel size.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    struct Options
    {
        int selectedYear = 0; // drawn filled dark; 0: none (exports)
        bool focus = false;   // a focus frame around the selected year
    };

    // `font` must have a pixel size (see baseFont()).
    TimelinePainter(const Timeline &timeline, const QFont &font, const QRectF &area);

    // `font` with a pixel size: its own, or its point size at 96 dpi.
    static QFont baseFont(const QFont &font);
    // The height the drawing needs for a font: the view's minimum height.
    static qreal preferredHeight(const Timeline &timeline, const QFont &font);

    // The whole column of a year (bands to legend), empty outside the timeline.
    QRectF yearColumn(int year) const;
    // The cell with the year's number.
    QRectF yearCell(int year) const;
    // The year whose column holds `point`, 0 for none.
    int yearAt(const QPointF &point) const;
    // Where a date lies on the time axis.
    qreal xForDate(QDate date) const;

    void draw(QPainter &painter, const Options &options) const;

    // The short lines under a year: its review, deadlines and lock.
    static QStringList yearLines(const Timeline::Year &year);
    // A year's tooltip (rich text): phase, review, each deadline in full, lock.
    static QString toolTip(const Timeline &timeline, int year);

private:
    void drawToday(QPainter &painter) const;
    void drawBands(QPainter &painter) const;
    void drawYears(QPainter &painter, const Options &options) const;
    void drawAxis(QPainter &painter) const;
    void drawDetails(QPainter &painter) const;
    void drawLegend(QPainter &painter) const;
    static int reviewLineCount(const Timeline &timeline);
    static int detailLineCount(const Timeline &timeline);

    const Timeline &m_timeline;
    QFont m_font;
    QRectF m_area;
    qreal m_line = 0; // one line of text
    qreal m_left = 0;
    qreal m_columnWidth = 0;
    qreal m_todayTop = 0;
    qreal m_bandTop = 0;
    qreal m_bandHeight = 0;
    qreal m_cellTop = 0;
    qreal m_cellHeight = 0;
    qreal m_axisY = 0;
    qreal m_tick = 0;
    qreal m_detailsTop = 0;
    qreal m_detailsHeight = 0;
    qreal m_legendTop = 0;
    qreal m_bottom = 0;
};
