#pragma once

#include "domain/timeline.h"

#include <QImage>
#include <QWidget>

// The plan's years drawn from left to right (TimelinePainter): phases, reviews, each
// year's deadlines and today's line. One year is selected: the arrow keys, Home and End
// move the selection; Enter, Space or a click on a year emits yearActivated. Hovering a
// year shows its deadlines in full. Exports as PNG (twice the size on screen) and as PDF
// (A4 landscape, with a Vietnamese title line).
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `timeline`; selects today's year when it is in it (else the first year),
    // unless the selected year is still there.
    void setTimeline(const Timeline &timeline);
    const Timeline &timeline() const { return m_timeline; }

    int selectedYear() const { return m_selectedYear; }
    // Selects `year` when it is in the timeline; emits selectedYearChanged.
    void setSelectedYear(int year);

    // The year under a point of the widget, 0 for none; the cell with the year's number.
    int yearAt(const QPoint &point) const;
    QRect yearRect(int year) const;

    // The drawing with its title, `size` large (the widget's size when empty), at
    // `scale` times that size on white.
    QImage toImage(QSize size = {}, qreal scale = 2.0) const;
    // Write the drawing to `path` (the whole file or nothing); on failure return false
    // with the reason in *error.
    bool exportPng(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void yearActivated(int year);
    void selectedYearChanged(int year);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF drawingArea() const;
    // Title lines above the drawing in exports (Vietnamese, like every document).
    void paintTitle(QPainter &painter, const QRectF &area, const QFont &font) const;
    qreal titleHeight(const QFont &font) const;
    void updateAccessibleDescription();

    Timeline m_timeline;
    int m_selectedYear = 0;
};
