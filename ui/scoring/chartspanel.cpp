#include "chartspanel.h"

#include "chartdata.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "unithistorychart.h"
#include "widgets/savefiledialog.h"
#include "yeartotalschart.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString kLastDirectoryKey = QStringLiteral("charts/lastDirectory");

} // namespace

ChartsPanel::ChartsPanel(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_yearChart(new YearTotalsChart(this)),
      m_unitChart(new UnitHistoryChart(this)), m_problem(new QLabel(this)),
      m_saveYear(new QPushButton(tr("Save the year's chart as &PNG…"), this)),
      m_saveUnit(new QPushButton(tr("Save the unit's chart as P&NG…"), this))
{
    m_saveYear->setObjectName(QStringLiteral("saveYearChart"));
    m_saveUnit->setObjectName(QStringLiteral("saveUnitChart"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_saveYear);
    buttons->addWidget(m_saveUnit);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_yearChart);
    splitter->addWidget(m_unitChart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_saveYear, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_saveUnit, &QPushButton::clicked, this, [this] { save(false); });
}

void ChartsPanel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidate();
}

void ChartsPanel::setUnit(qint64 unitId)
{
    if (unitId == m_unitId || unitId <= 0)
        return;
    m_unitId = unitId;
    invalidate();
}

void ChartsPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPanel::refresh()
{
    m_stale = false;
    if (m_year <= 0)
        return;
    try {
        m_yearChart->setData(m_year, ChartData::yearTotals(m_services, m_year));
        if (m_unitId > 0) {
            QString name;
            const auto history = ChartData::unitHistory(m_services, m_unitId, &name);
            m_unitChart->setData(name, history);
        }
        m_problem->hide();
    } catch (const ValidationError &error) {
        m_problem->setText(error.message());
        m_problem->show();
    } catch (const StorageError &error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
    m_saveUnit->setEnabled(m_unitId > 0);
}

void ChartsPanel::save(bool yearChart)
{
    const QString suggested = yearChart ? QStringLiteral("tong-diem-%1.png").arg(m_year)
                                        : QStringLiteral("tong-diem-don-vi-%1.png").arg(m_unitId);
    const QString path =
        SaveFileDialog::ask(this, tr("Save the chart"), kLastDirectoryKey, suggested,
                            {{tr("PNG images (*.png)"), QStringLiteral(".png")}}, {}, QStandardPaths::PicturesLocation);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = yearChart ? m_yearChart->exportPng(path, &error) : m_unitChart->exportPng(path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Chart not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the chart to %1").arg(QDir::toNativeSeparators(path)));
}
