#include "yeartotalschart.h"

#include "chartexport.h"
#include "domain/points.h"

#include <QCursor>
#include <QFontMetrics>
#include <QLocale>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
const QColor kBarColour(0x15, 0x65, 0xc0);
constexpr int kLabelEms = 24; // the widest unit name on the axis, in widths of M

QString pointsText(double value)
{
    return Points::fromHundredths(qRound64(value * 100)).toString();
}

// A name shortened to `width` between whole words. Most unit names end with their
// place ("... huyện Dương Minh Châu"), which tells them apart: that end is kept and the
// start shortened ("Phòng Văn hóa… huyện Dương Minh Châu"); other names lose their end.
QString elideWords(const QString &name, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const QString ellipsis(QChar(0x2026));
    static const QStringList places{QStringLiteral("thành phố"), QStringLiteral("thị xã"), QStringLiteral("thị trấn"),
                                    QStringLiteral("huyện"),     QStringLiteral("quận"),   QStringLiteral("phường"),
                                    QStringLiteral("xã"),        QStringLiteral("tỉnh")};
    // The last place word; of two ending together ("thị xã", "xã"), the longer.
    qsizetype placeAt = -1;
    qsizetype placeEnd = -1;
    for (const QString &place : places) {
        const qsizetype at = name.lastIndexOf(QLatin1Char(' ') + place + QLatin1Char(' '));
        if (at < 0)
            continue;
        const qsizetype end = at + place.size();
        if (end > placeEnd || (end == placeEnd && at < placeAt)) {
            placeAt = at;
            placeEnd = end;
        }
    }
    QString tail = placeAt > 0 ? name.mid(placeAt + 1) : QString();
    if (metrics.horizontalAdvance(tail) > width * 2 / 3)
        tail.clear();
    const QString rest = tail.isEmpty() ? name : name.left(placeAt);
    const QString after = tail.isEmpty() ? QString() : QLatin1Char(' ') + tail;
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString head;
    for (const QString &word : words) {
        const QString longer = head.isEmpty() ? word : QString(head + QLatin1Char(' ') + word);
        if (metrics.horizontalAdvance(longer + ellipsis + after) > width)
            break;
        head = longer;
    }
    while (head.endsWith(QLatin1Char(',')) || head.endsWith(QLatin1Char('-')) || head.endsWith(QLatin1Char(' ')))
        head.chop(1);
    if (head.isEmpty())
        return metrics.elidedText(name, tail.isEmpty() ? Qt::ElideRight : Qt::ElideMiddle, width);
    return head + ellipsis + after;
}
} // namespace

YearTotalsChart::YearTotalsChart(QWidget *parent) : QWidget(parent)
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

    m_set = new QBarSet(tr("Reviewed total"));
    m_set->setColor(kBarColour);
    m_set->setBorderColor(kBarColour);
    m_set->setLabelColor(Qt::white);
    m_series = new QHorizontalBarSeries;
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_chart->addSeries(m_series);

    m_unitAxis = new QBarCategoryAxis;
    m_unitAxis->setLabelsFont(font());
    m_valueAxis = new QValueAxis;
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(11);
    // "%d" shows no labels at all with localised numbers (Qt 6.4).
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setTitleText(tr("Points"));
    m_chart->addAxis(m_unitAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_unitAxis);
    m_series->attachAxis(m_valueAxis);

    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("yearTotalsChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { onHovered(status, index); });
    setData(0, {});
}

void YearTotalsChart::setData(int year, const QList<std::pair<QString, double>> &totalsByUnit)
{
    m_year = year;
    m_totals = totalsByUnit;
    std::stable_sort(m_totals.begin(), m_totals.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    m_labels = shortenedNames();

    // The first category is drawn at the bottom (a bar series cannot reverse its axis):
    // the lowest goes first so that the highest is at the top.
    double highest = 0;
    QList<qreal> values;
    QStringList categories;
    for (qsizetype i = m_totals.size() - 1; i >= 0; --i) {
        values.append(m_totals.at(i).second);
        categories.append(m_labels.at(i));
        highest = std::max(highest, m_totals.at(i).second);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_unitAxis->clear();
    m_unitAxis->append(categories);
    // 0-100, or up to the next ten above an edited rubric's higher total.
    const int top = std::max(100, int(std::ceil(highest / 10.0)) * 10);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(top / 10 + 1);
    if (year == 0)
        m_chart->setTitle(QString());
    else if (m_totals.isEmpty())
        m_chart->setTitle(tr("Reviewed totals, %1: none yet").arg(year));
    else
        m_chart->setTitle(tr("Reviewed totals, %1").arg(year));
    updateHeight();
}

QStringList YearTotalsChart::shortenedNames() const
{
    const QFontMetrics metrics(m_unitAxis->labelsFont());
    const int width = metrics.horizontalAdvance(QLatin1Char('M')) * kLabelEms;
    QStringList labels;
    for (const auto &[name, total] : m_totals) {
        QString label = elideWords(name, metrics, width);
        if (labels.contains(label))
            label = metrics.elidedText(name, Qt::ElideLeft, width);
        // The axis needs distinct names; two units with the same name get a number.
        const QString base = label;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        labels.append(label);
    }
    return labels;
}

void YearTotalsChart::updateHeight()
{
    const QFontMetrics metrics(m_unitAxis->labelsFont());
    // A bar per line of text and a half, plus the title and the value axis.
    const int perBar = metrics.height() * 3 / 2 + 4;
    const int frame = metrics.height() * 8;
    m_view->setMinimumHeight(int(m_totals.size()) * perBar + frame);
}

QSize YearTotalsChart::sizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return {em * 60, std::min(m_view->minimumHeight(), em * 45)};
}

void YearTotalsChart::onHovered(bool status, int index)
{
    const qsizetype row = m_totals.size() - 1 - index; // bars go from the bottom up
    if (!status || row < 0 || row >= m_totals.size()) {
        QToolTip::hideText();
        return;
    }
    const auto &[name, total] = m_totals.at(row);
    QToolTip::showText(QCursor::pos(), tr("%1: %2 points").arg(name, pointsText(total)), m_view);
}

bool YearTotalsChart::exportPng(const QString &path, QString *error) const
{
    const QSizeF area = m_view->isVisible() ? QSizeF(m_view->viewport()->size())
                                            : QSizeF(width(), std::max(height(), m_view->minimumHeight()));
    return ChartExport::savePng(ChartExport::render(m_view, area), path, error);
}
