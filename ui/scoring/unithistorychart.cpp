#include "unithistorychart.h"

#include "chartexport.h"
#include "domain/points.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
const QColor kLineColour(0x15, 0x65, 0xc0);

QString pointsText(double value)
{
    return Points::fromHundredths(qRound64(value * 100)).toString();
}
} // namespace

UnitHistoryChart::UnitHistoryChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Numbers as the clerk writes them (87,5), years without a group separator.
    QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_chart->setLocale(locale);
    m_chart->setLocalizeNumbers(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_chart->setTitleFont(titleFont);

    m_yearAxis = new QValueAxis;
    // "%d" shows no labels at all with localised numbers (Qt 6.4).
    m_yearAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yearAxis->setTickType(QValueAxis::TicksDynamic);
    m_yearAxis->setTickInterval(1);
    m_yearAxis->setMinorTickCount(0);
    m_yearAxis->setLabelsFont(font());
    m_yearAxis->setTitleText(tr("Year"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(11);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setTitleText(tr("Points"));
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_markers = new QScatterSeries;
    m_markers->setName(tr("Reviewed total"));
    m_markers->setColor(kLineColour);
    m_markers->setBorderColor(Qt::white);
    m_markers->setMarkerSize(10);
    m_markers->setPointLabelsVisible(true);
    m_markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_markers->setPointLabelsClipping(false);
    m_markers->setPointLabelsFont(font());
    m_chart->addSeries(m_markers);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("unitHistoryChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_markers, &QScatterSeries::hovered, this, &UnitHistoryChart::onHovered);
    setData(QString(), {});
}

void UnitHistoryChart::setData(const QString &unitName,
                               const QList<std::pair<int, std::optional<double>>> &totalsByYear)
{
    m_unitName = unitName;
    m_points.clear();
    int first = kFirstYear;
    int last = kLastYear;
    double highest = 0;
    for (const auto &[year, total] : totalsByYear) {
        first = std::min(first, year);
        last = std::max(last, year);
        if (total) {
            m_points.append({year, *total});
            highest = std::max(highest, *total);
        }
    }
    std::sort(m_points.begin(), m_points.end());

    for (QLineSeries *line : std::as_const(m_lines)) {
        m_chart->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    m_markers->clear();
    m_chart->removeSeries(m_markers); // added again after the lines, to be drawn over them
    // A new line wherever a year is missing: the gap stays a gap.
    QLineSeries *line = nullptr;
    int previous = 0;
    for (const auto &[year, total] : std::as_const(m_points)) {
        m_markers->append(year, total);
        if (!line || year != previous + 1) {
            line = new QLineSeries;
            QPen pen(kLineColour);
            pen.setWidthF(2.5);
            line->setPen(pen);
            m_chart->addSeries(line);
            line->attachAxis(m_yearAxis);
            line->attachAxis(m_valueAxis);
            m_lines.append(line);
        }
        line->append(year, total);
        previous = year;
    }
    m_chart->addSeries(m_markers);
    m_markers->attachAxis(m_yearAxis);
    m_markers->attachAxis(m_valueAxis);

    // Half a year of room at both ends so that the first and last points show whole.
    m_yearAxis->setRange(first - 0.5, last + 0.5);
    m_yearAxis->setTickAnchor(first);
    const int top = std::max(100, int(std::ceil(highest / 10.0)) * 10);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(top / 10 + 1);

    if (unitName.isEmpty())
        m_chart->setTitle(QString());
    else if (m_points.isEmpty())
        m_chart->setTitle(tr("Reviewed totals of %1: none yet").arg(unitName));
    else
        m_chart->setTitle(tr("Reviewed totals of %1").arg(unitName));
}

void UnitHistoryChart::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       tr("%1, %2: %3 points").arg(m_unitName).arg(qRound(point.x())).arg(pointsText(point.y())),
                       m_view);
}

QSize UnitHistoryChart::sizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 50, em * 30};
}

bool UnitHistoryChart::exportPng(const QString &path, QString *error) const
{
    const QSizeF area = m_view->isVisible() ? QSizeF(m_view->viewport()->size()) : QSizeF(size());
    return ChartExport::savePng(ChartExport::render(m_view, area), path, error);
}
