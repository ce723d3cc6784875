#pragma once

#include <QWidget>

class Services;
class QLabel;
class QPushButton;
class UnitHistoryChart;
class YearTotalsChart;

// The Scoring screen's charts: the year's reviewed totals by unit, and one unit's totals
// over the years; each can be saved as a PNG for a meeting. Charts are drawn when the
// tab is shown, not on every save.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(Services &services, QWidget *parent = nullptr);

    void setYear(int year);
    void setUnit(qint64 unitId);
    // Marks the data as changed; the charts are drawn again when next shown.
    void invalidate();

    YearTotalsChart *yearChart() const { return m_yearChart; }
    UnitHistoryChart *unitChart() const { return m_unitChart; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void save(bool yearChart);

    Services &m_services;
    int m_year = 0;
    qint64 m_unitId = 0;
    bool m_stale = true;
    YearTotalsChart *m_yearChart;
    UnitHistoryChart *m_unitChart;
    QLabel *m_problem;
    QPushButton *m_saveYear;
    QPushButton *m_saveUnit;
};
