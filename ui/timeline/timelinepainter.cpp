#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace {

// Greys that stay apart when printed without colour; today's line is the only colour.
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x5f, 0x6a);
const QColor kGrid(0xd4, 0xd8, 0xdc);
const QColor kPhaseFills[] = {QColor(0xe6, 0xee, 0xf6), QColor(0xb4, 0xc8, 0xdd)};
const QColor kSelected(0x1f, 0x3a, 0x5f);
const QColor kToday(0xa0, 0x10, 0x10);

void drawDiamond(QPainter &painter, const QPointF &centre, qreal size, const QColor &fill, const QColor &line)
{
    const qreal h = size / 2;
    const QPolygonF shape(
        {centre + QPointF(0, -h), centre + QPointF(h, 0), centre + QPointF(0, h), centre + QPointF(-h, 0)});
    painter.setPen(QPen(line, 1.2));
    painter.setBrush(fill);
    painter.drawPolygon(shape);
}

void drawLock(QPainter &painter, const QPointF &centre, qreal size, const QColor &colour)
{
    const QRectF body(centre.x() - size * 0.38, centre.y() - size * 0.05, size * 0.76, size * 0.55);
    const QRectF shackle(centre.x() - size * 0.24, centre.y() - size * 0.45, size * 0.48, size * 0.8);
    painter.setPen(QPen(colour, std::max<qreal>(1.2, size * 0.12)));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(shackle, 0, 180 * 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(body);
}

// A deadline's mark: units' deadline a short tick with a square head, the report a tall
// tick with a round head (both above the axis), a task a hollow triangle under it.
void drawMark(QPainter &painter, Timeline::Deadline::Kind kind, qreal x, qreal axis, qreal tick, qreal unit)
{
    painter.setPen(QPen(kInk, 2.0, Qt::SolidLine, Qt::FlatCap));
    switch (kind) {
    case Timeline::Deadline::Kind::Unit: {
        const qreal top = axis - tick * 0.6;
        painter.drawLine(QPointF(x, axis), QPointF(x, top));
        painter.setPen(Qt::NoPen);
        painter.setBrush(kInk);
        painter.drawRect(QRectF(x - unit * 0.22, top - unit * 0.44, unit * 0.44, unit * 0.44));
        break;
    }
    case Timeline::Deadline::Kind::Recognition:
    case Timeline::Deadline::Kind::Report: {
        const qreal top = axis - tick * 1.15;
        painter.drawLine(QPointF(x, axis), QPointF(x, top));
        painter.setPen(Qt::NoPen);
        painter.setBrush(kInk);
        painter.drawEllipse(QPointF(x, top), unit * 0.27, unit * 0.27);
        break;
    }
    case Timeline::Deadline::Kind::Task: {
        const QPolygonF shape({QPointF(x, axis + 2), QPointF(x - unit * 0.34, axis + tick * 0.75),
                               QPointF(x + unit * 0.34, axis + tick * 0.75)});
        painter.setPen(QPen(kInk, 1.2));
        painter.setBrush(Qt::white);
        painter.drawPolygon(shape);
        break;
    }
    }
}

QString dayMonth(QDate date)
{
    return Timeline::dayMonth(date);
}

} // namespace

TimelinePainter::TimelinePainter(const Timeline &timeline, const QFont &font, const QRectF &area)
    : m_timeline(timeline), m_font(font), m_area(area)
{
    const qreal p = m_font.pixelSize() > 0 ? m_font.pixelSize() : 13;
    m_line = std::ceil(p * 1.45);
    m_left = area.left() + p;
    const int years = std::max<int>(1, int(timeline.years().size()));
    m_columnWidth = std::max<qreal>(1, (area.width() - 2 * p) / years);
    m_todayTop = area.top() + 2;
    m_bandTop = m_todayTop + m_line + p * 0.3;
    m_bandHeight = m_line * 1.6;
    m_cellTop = m_bandTop + m_bandHeight + p * 0.4;
    m_cellHeight = m_line * 1.6;
    m_tick = m_line * 0.75;
    m_axisY = m_cellTop + m_cellHeight + m_tick * 1.15 + p * 0.6;
    m_detailsTop = m_axisY + m_tick + p * 0.5;
    m_detailsHeight = m_line * detailLineCount(timeline);
    m_legendTop = m_detailsTop + m_detailsHeight + p * 0.6;
    m_bottom = m_legendTop + m_line + p * 0.3;
}

QFont TimelinePainter::baseFont(const QFont &font)
{
    QFont f = font;
    if (f.pixelSize() <= 0)
        f.setPixelSize(std::max(9, int(std::lround(f.pointSizeF() * 96.0 / 72.0))));
    return f;
}

qreal TimelinePainter::preferredHeight(const Timeline &timeline, const QFont &font)
{
    const TimelinePainter layout(timeline, baseFont(font), QRectF(0, 0, 100, 100));
    return std::ceil(layout.m_bottom);
}

int TimelinePainter::reviewLineCount(const Timeline &timeline)
{
    const auto &years = timeline.years();
    return std::any_of(years.cbegin(), years.cend(), [](const Timeline::Year &y) { return !y.reviewName.isEmpty(); })
               ? 2
               : 0;
}

int TimelinePainter::detailLineCount(const Timeline &timeline)
{
    qsizetype lines = 3;
    for (const Timeline::Year &y : timeline.years())
        lines = std::max(lines, yearLines(y).size() - (y.reviewName.isEmpty() ? 0 : 1));
    return reviewLineCount(timeline) + int(lines);
}

QRectF TimelinePainter::yearColumn(int year) const
{
    if (!m_timeline.year(year))
        return {};
    const qreal x = m_left + m_columnWidth * (year - m_timeline.firstYear());
    return QRectF(x, m_bandTop, m_columnWidth, m_bottom - m_bandTop);
}

QRectF TimelinePainter::yearCell(int year) const
{
    const QRectF column = yearColumn(year);
    if (column.isNull())
        return {};
    return QRectF(column.left() + 1.5, m_cellTop, column.width() - 3, m_cellHeight);
}

int TimelinePainter::yearAt(const QPointF &point) const
{
    if (m_timeline.isEmpty() || point.y() < m_todayTop || point.y() > m_bottom || point.x() < m_left)
        return 0;
    const int index = int((point.x() - m_left) / m_columnWidth);
    const int year = m_timeline.firstYear() + index;
    return year <= m_timeline.lastYear() ? year : 0;
}

qreal TimelinePainter::xForDate(QDate date) const
{
    const qreal fraction = (date.dayOfYear() - 0.5) / date.daysInYear();
    return m_left + m_columnWidth * (date.year() - m_timeline.firstYear() + fraction);
}

void TimelinePainter::draw(QPainter &painter, const Options &options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_font);
    if (m_timeline.isEmpty()) {
        painter.setPen(kMuted);
        painter.drawText(m_area, Qt::AlignCenter, tr("The plan has no years."));
        painter.restore();
        return;
    }
    // Light lines between the years, behind everything.
    painter.setPen(QPen(kGrid, 1));
    for (int i = 0; i <= m_timeline.lastYear() - m_timeline.firstYear() + 1; ++i) {
        const qreal x = m_left + m_columnWidth * i;
        painter.drawLine(QPointF(x, m_cellTop), QPointF(x, m_detailsTop + m_detailsHeight));
    }
    drawBands(painter);
    drawYears(painter, options);
    drawAxis(painter);
    drawDetails(painter);
    drawLegend(painter);
    drawToday(painter);
    painter.restore();
}

void TimelinePainter::drawBands(QPainter &painter) const
{
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF metrics(bold);
    int index = 0;
    for (const Phase &phase : m_timeline.phases()) {
        const int from = std::max(phase.yearFrom, m_timeline.firstYear());
        const int to = std::min(phase.yearTo, m_timeline.lastYear());
        if (from > to)
            continue;
        const QRectF band(yearColumn(from).left() + 1.5, m_bandTop,
                          yearColumn(to).right() - yearColumn(from).left() - 3, m_bandHeight);
        painter.setPen(QPen(kInk, 1));
        painter.setBrush(kPhaseFills[index++ % 2]);
        painter.drawRoundedRect(band, 4, 4);
        const QString text = QStringLiteral("%1 (%2 - %3)").arg(phase.name).arg(phase.yearFrom).arg(phase.yearTo);
        painter.setPen(kInk);
        painter.drawText(band, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, band.width() - 8));
    }
    painter.setFont(m_font);
}

void TimelinePainter::drawYears(QPainter &painter, const Options &options) const
{
    QFont big = m_font;
    big.setBold(true);
    big.setPixelSize(int(std::lround(m_font.pixelSize() * 1.2)));
    const qreal unit = m_font.pixelSize();
    const int current = m_timeline.currentYear();
    for (const Timeline::Year &y : m_timeline.years()) {
        const QRectF cell = yearCell(y.year);
        const bool selected = y.year == options.selectedYear;
        const QColor text = selected ? QColor(Qt::white) : kInk;
        painter.setPen(QPen(y.year == current ? kInk : kMuted, y.year == current ? 2.5 : 1));
        painter.setBrush(selected ? kSelected : QColor(Qt::white));
        painter.drawRect(cell);
        painter.setFont(big);
        painter.setPen(text);
        painter.drawText(cell, Qt::AlignCenter, QString::number(y.year));
        // Marks on the left: today's line and the deadlines fall late in the year, on the right.
        qreal markX = cell.left() + unit * 0.9;
        if (y.locked) {
            drawLock(painter, QPointF(markX, cell.center().y()), unit, text);
            markX += unit * 1.3;
        }
        if (!y.reviewName.isEmpty())
            drawDiamond(painter, QPointF(markX, cell.center().y()), unit * 0.9, selected ? QColor(Qt::white) : kInk,
                        text);
        if (selected && options.focus) {
            painter.setPen(QPen(kInk, 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(-3, -3, 3, 3));
        }
    }
    painter.setFont(m_font);
}

void TimelinePainter::drawAxis(QPainter &painter) const
{
    const qreal right = m_left + m_columnWidth * m_timeline.years().size();
    painter.setPen(QPen(kMuted, 1.5, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(m_left, m_axisY), QPointF(right, m_axisY));
    // The time gone by: a thicker axis up to today.
    const QDate today = m_timeline.today();
    if (today.isValid() && today.year() >= m_timeline.firstYear()) {
        const qreal x = today.year() > m_timeline.lastYear() ? right : xForDate(today);
        painter.setPen(QPen(kInk, 4, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(m_left, m_axisY), QPointF(x, m_axisY));
    }
    painter.setPen(QPen(kMuted, 1));
    for (int i = 0; i <= m_timeline.years().size(); ++i) {
        const qreal x = m_left + m_columnWidth * i;
        painter.drawLine(QPointF(x, m_axisY - m_tick * 0.35), QPointF(x, m_axisY + m_tick * 0.35));
    }
    const qreal unit = m_font.pixelSize();
    for (const Timeline::Year &y : m_timeline.years())
        for (const Timeline::Deadline &d : y.deadlines)
            drawMark(painter, d.kind, std::min(xForDate(d.date), m_left + m_columnWidth * m_timeline.years().size()),
                     m_axisY, m_tick, unit);
}

void TimelinePainter::drawDetails(QPainter &painter) const
{
    QFont bold = m_font;
    bold.setBold(true);
    const qreal pad = m_font.pixelSize() * 0.4;
    const int reviewLines = reviewLineCount(m_timeline);
    painter.setPen(kInk);
    for (const Timeline::Year &y : m_timeline.years()) {
        const QRectF column = yearColumn(y.year);
        const qreal width = column.width() - 2 * pad;
        QStringList lines = yearLines(y);
        // The review's name on up to two lines, in bold; the deadlines line up below.
        if (!y.reviewName.isEmpty()) {
            painter.setFont(bold);
            painter.drawText(QRectF(column.left() + pad, m_detailsTop, width, m_line * reviewLines),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.takeFirst());
        }
        painter.setFont(m_font);
        qreal top = m_detailsTop + m_line * reviewLines;
        for (const QString &line : std::as_const(lines)) {
            const QRectF box(column.left() + pad, top, width, m_line);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(m_font).elidedText(line, Qt::ElideRight, box.width()));
            top += m_line;
        }
    }
    painter.setFont(m_font);
}

void TimelinePainter::drawLegend(QPainter &painter) const
{
    const qreal unit = m_font.pixelSize();
    const qreal middle = m_legendTop + m_line / 2;
    const QFontMetricsF metrics(m_font);
    qreal x = m_left;
    auto label = [&](const QString &text) {
        painter.setPen(kInk);
        painter.drawText(QPointF(x, middle + metrics.ascent() / 2 - metrics.descent() / 2), text);
        x += metrics.horizontalAdvance(text) + unit * 1.4;
    };
    drawMark(painter, Timeline::Deadline::Kind::Unit, x + unit * 0.4, middle + m_tick * 0.4, m_tick * 0.8, unit);
    x += unit * 1.1;
    label(tr("Units' reports due"));
    drawMark(painter, Timeline::Deadline::Kind::Report, x + unit * 0.4, middle + m_tick * 0.45, m_tick * 0.6, unit);
    x += unit * 1.1;
    label(tr("Summary report due"));
    drawMark(painter, Timeline::Deadline::Kind::Task, x + unit * 0.4, middle - m_tick * 0.4, m_tick, unit);
    x += unit * 1.1;
    label(tr("Task due"));
    drawDiamond(painter, QPointF(x + unit * 0.4, middle), unit * 0.9, kInk, kInk);
    x += unit * 1.1;
    label(tr("Review"));
    drawLock(painter, QPointF(x + unit * 0.4, middle), unit, kInk);
    x += unit * 1.1;
    label(tr("Locked"));
    painter.setPen(QPen(kToday, 2, Qt::DashLine, Qt::FlatCap));
    painter.drawLine(QPointF(x + unit * 0.4, middle - unit * 0.6), QPointF(x + unit * 0.4, middle + unit * 0.6));
    x += unit * 1.1;
    label(tr("Today"));
}

void TimelinePainter::drawToday(QPainter &painter) const
{
    if (m_timeline.currentYear() == 0)
        return;
    const QDate today = m_timeline.today();
    const qreal x = xForDate(today);
    painter.setPen(QPen(kToday, 2, Qt::DashLine, Qt::FlatCap));
    painter.drawLine(QPointF(x, m_todayTop + m_line), QPointF(x, m_axisY + m_tick));
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    const QString text = tr("Today %1").arg(Timeline::fullDate(today));
    const qreal width = QFontMetricsF(bold).horizontalAdvance(text) + 4;
    const qreal left = std::clamp(x - width / 2, m_area.left(), m_area.right() - width);
    painter.setPen(kToday);
    painter.drawText(QRectF(left, m_todayTop, width, m_line), Qt::AlignCenter, text);
    painter.setFont(m_font);
}

QStringList TimelinePainter::yearLines(const Timeline::Year &year)
{
    QStringList lines;
    if (!year.reviewName.isEmpty())
        lines.append(year.reviewName);
    if (!year.hasSettings)
        lines.append(tr("No year settings"));
    for (const Timeline::Deadline &d : year.deadlines) {
        switch (d.kind) {
        case Timeline::Deadline::Kind::Unit:
            lines.append(tr("Units %1").arg(dayMonth(d.date)));
            break;
        case Timeline::Deadline::Kind::Report:
            lines.append(tr("Report %1").arg(dayMonth(d.date)));
            break;
        case Timeline::Deadline::Kind::Recognition:
            lines.append(tr("Dossiers < %1").arg(dayMonth(d.date)));
            break;
        case Timeline::Deadline::Kind::Task:
            lines.append(QStringLiteral("%1 %2").arg(d.taskCode, dayMonth(d.date)));
            break;
        }
    }
    if (year.locked)
        lines.append(tr("Locked"));
    return lines;
}

QString TimelinePainter::toolTip(const Timeline &timeline, int year)
{
    const auto y = timeline.year(year);
    if (!y)
        return {};
    QString html = QStringLiteral("<b>%1</b>").arg(year);
    if (const Phase *phase = timeline.phase(y->phaseNumber))
        html += QStringLiteral(" · ") + phase->name.toHtmlEscaped();
    if (!y->reviewName.isEmpty())
        html += QStringLiteral("<br>◆ ") + y->reviewName.toHtmlEscaped();
    if (!y->hasSettings)
        html += QStringLiteral("<br>") + tr("No year settings").toHtmlEscaped();
    for (const Timeline::Deadline &d : y->deadlines) {
        QString line;
        switch (d.kind) {
        case Timeline::Deadline::Kind::Unit:
            line = tr("Units' reports due: %1").arg(Timeline::fullDate(d.date));
            break;
        case Timeline::Deadline::Kind::Report:
            line = tr("Summary report to the Department of Education due: %1").arg(Timeline::fullDate(d.date));
            break;
        case Timeline::Deadline::Kind::Recognition:
            line = tr("Recognition dossiers (Circular 24/2023) to the Department of Education before %1")
                       .arg(Timeline::fullDate(d.date));
            break;
        case Timeline::Deadline::Kind::Task:
            line = tr("%1 due %2: %3").arg(d.taskCode, Timeline::fullDate(d.date), d.label);
            break;
        }
        html += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    if (y->locked)
        html +=
            QStringLiteral("<br>") + tr("Locked: its submissions, scores and rubric no longer change.").toHtmlEscaped();
    if (year == timeline.currentYear())
        html += QStringLiteral("<br>") + tr("Today: %1").arg(Timeline::fullDate(timeline.today())).toHtmlEscaped();
    return html;
}
