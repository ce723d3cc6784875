#include "unitsscreen.h"

#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "unitfiltermodel.h"
#include "unitmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

UnitsScreen::UnitsScreen(const Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_model(new UnitModel(this)), m_proxy(new UnitFilterModel(this)),
      m_filter(new QLineEdit(this)), m_year(new QComboBox(this)), m_grouped(new QCheckBox(tr("&Group by kind"), this)),
      m_view(new QTreeView(this)), m_count(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter by name or code (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("unitFilter"));
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_year->addItem(tr("All years"), 0);
    for (const YearSettings &year : YearSettingsRepository(m_database).all())
        m_year->addItem(tr("Active in %1").arg(year.year), year.year);
    m_year->setObjectName(QStringLiteral("unitYear"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_year);
    bar->addWidget(m_grouped);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("unitView"));
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->sortByColumn(UnitModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(UnitModel::NameColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setYear(m_year->currentData().toInt());
        updateCount();
    });
    connect(m_grouped, &QCheckBox::toggled, this, &UnitsScreen::onGroupToggled);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    setFocusProxy(m_filter);
    reload();
    setInitialColumnWidths();
}

void UnitsScreen::reload()
{
    m_model->setUnits(UnitRepository(m_database).all());
    updateCount();
}

void UnitsScreen::setInitialColumnWidths()
{
    // Widths from the font, not from measuring every row (which takes a noticeable
    // moment with ten thousand units). The name takes the room that is left.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    m_view->setColumnWidth(UnitModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("TTVHTT-TPTN")) + padding);
    m_view->setColumnWidth(UnitModel::KindColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 14);
    m_view->setColumnWidth(UnitModel::GroupColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 14);
    const int date = metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + padding;
    m_view->setColumnWidth(
        UnitModel::ValidFromColumn,
        std::max(date,
                 metrics.horizontalAdvance(m_model->headerData(UnitModel::ValidFromColumn, Qt::Horizontal).toString()) +
                     padding));
    m_view->setColumnWidth(
        UnitModel::ValidToColumn,
        std::max(date,
                 metrics.horizontalAdvance(m_model->headerData(UnitModel::ValidToColumn, Qt::Horizontal).toString()) +
                     padding));
}

void UnitsScreen::onGroupToggled(bool grouped)
{
    m_model->setGrouped(grouped);
    m_view->setRootIsDecorated(grouped);
    if (grouped)
        m_view->expandAll();
    updateCount();
}

void UnitsScreen::updateCount()
{
    int shown = 0;
    if (m_model->isGrouped()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            shown += m_proxy->rowCount(m_proxy->index(r, 0));
        m_view->expandAll();
    } else {
        shown = m_proxy->rowCount();
    }
    m_count->setText(tr("%n unit(s) shown", nullptr, shown));
}
