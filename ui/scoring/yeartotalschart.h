#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QScrollArea;
class QValueAxis;

// A year's reviewed totals by unit as a horizontal bar chart, highest at the top, on a
// 0-100 scale. Long unit names are shortened in the middle on the axis (the place name
// at the end stays); hovering a bar shows the full name and the total. Many units make
// the chart taller and it scrolls. Use ChartData::yearTotals() for the figures.
class YearTotalsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearTotalsChart)

public:
    explicit YearTotalsChart(QWidget *parent = nullptr);

    // Shows the year's totals (unit name, total); any order: the chart sorts them
    // highest first.
    void setData(int year, const QList<std::pair<QString, double>> &totalsByUnit);
    int year() const { return m_year; }
    // The totals as shown, highest first, with the units' full names.
    const QList<std::pair<QString, double>> &totals() const { return m_totals; }
    // The names on the axis, in the same order (shortened where too long).
    const QStringList &labels() const { return m_labels; }

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QHorizontalBarSeries *series() const { return m_series; }
    // The bars and their names from the bottom up (Qt draws the first at the bottom):
    // the last is the highest total, at the top.
    QBarSet *barSet() const { return m_set; }
    QBarCategoryAxis *unitAxis() const { return m_unitAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

    // Saves the whole chart as a PNG at twice its size on screen; on failure returns
    // false with the reason in *error, and leaves no file behind.
    bool exportPng(const QString &path, QString *error) const;

    QSize sizeHint() const override;

private:
    void onHovered(bool status, int index);
    void updateHeight();
    QStringList shortenedNames() const;

    int m_year = 0;
    QList<std::pair<QString, double>> m_totals;
    QStringList m_labels;
    QScrollArea *m_scroll = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_unitAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};
