#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// One unit's reviewed totals over the years (2024-2030) as a line chart on a 0-100
// scale. A year without a total is a gap in the line, never a zero: each run of
// consecutive years with totals is one line, and every total is a labelled point
// (a lone year shows as a point). Use ChartData::unitHistory() for the figures.
class UnitHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitHistoryChart)

public:
    explicit UnitHistoryChart(QWidget *parent = nullptr);

    // Shows the unit's totals by year, in any order; the years axis spans 2024-2030
    // and any year outside it that has data.
    void setData(const QString &unitName, const QList<std::pair<int, std::optional<double>>> &totalsByYear);
    const QString &unitName() const { return m_unitName; }
    // The years with a total, ascending.
    const QList<std::pair<int, double>> &points() const { return m_points; }

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    // One line per run of consecutive years with totals, in year order.
    const QList<QLineSeries *> &lines() const { return m_lines; }
    QScatterSeries *markers() const { return m_markers; }
    QValueAxis *yearAxis() const { return m_yearAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

    // Saves the chart as a PNG at twice its size on screen; on failure returns false
    // with the reason in *error, and leaves no file behind.
    bool exportPng(const QString &path, QString *error) const;

    QSize sizeHint() const override;

    static constexpr int kFirstYear = 2024;
    static constexpr int kLastYear = 2030;

private:
    void onHovered(const QPointF &point, bool state);

    QString m_unitName;
    QList<std::pair<int, double>> m_points;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QList<QLineSeries *> m_lines;
    QScatterSeries *m_markers = nullptr;
    QValueAxis *m_yearAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};
