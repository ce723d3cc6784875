#include "unitsscreen.h"

#include "commands/changeunitscommand.h"
#include "lineageconsequences.h"
#include "services/changehub.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "unitfiltermodel.h"
#include "unitlineagepanel.h"
#include "unitmodel.h"
#include "widgets/screenrefresh.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

UnitsScreen::UnitsScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack ? undoStack : new QUndoStack(this)),
      m_model(new UnitModel(this)), m_proxy(new UnitFilterModel(this)), m_filter(new QLineEdit(this)),
      m_year(new QComboBox(this)), m_grouped(new QCheckBox(tr("&Group by kind"), this)), m_toolBar(new QToolBar(this)),
      m_view(new QTreeView(this)), m_history(new UnitLineagePanel(this)), m_count(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter by name or code (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("unitFilter"));
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_year->addItem(tr("All years"), 0);
    for (const YearSettings &year : m_services.plan().years())
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
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(UnitModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(UnitModel::NameColumn, QHeaderView::Stretch);

    m_toolBar->setObjectName(QStringLiteral("unitToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History of the selected unit:"), historyBox));
    historyLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateHistory();
    });
    updateActions();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    auto *refresh = new ScreenRefresh(
        this, m_services.changes(), [](const DataChange &c) { return c.kind == DataChange::Kind::Units; },
        [this] { reload(); });
    refresh->keepScrollOf(m_view);
}

void UnitsScreen::reload()
{
    const QList<qint64> selected = m_view->selectionModel() ? selectedUnitIds() : QList<qint64>();
    m_model->setUnits(m_services.units().all());
    updateCount();
    if (m_view->selectionModel())
        selectUnits(selected);
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

void UnitsScreen::createActions()
{
    using Mode = UnitLineageDialog::Mode;
    const struct
    {
        Mode mode;
        QString text;
        QKeySequence keys;
        QString name;
    } specs[] = {
        {Mode::Create, tr("&New unit…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("newUnit")},
        {Mode::Rename, tr("&Rename…"), QKeySequence(Qt::Key_F2), QStringLiteral("renameUnit")},
        {Mode::Merge, tr("&Merge…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), QStringLiteral("mergeUnits")},
        {Mode::Split, tr("S&plit…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("splitUnit")},
        {Mode::Dissolve, tr("&Dissolve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         QStringLiteral("dissolveUnit")},
        {Mode::Move, tr("M&ove…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), QStringLiteral("moveUnit")},
    };
    for (const auto &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(spec.name);
        action->setShortcut(spec.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(spec.text).remove(QLatin1Char('&')),
                                                         spec.keys.toString(QKeySequence::NativeText)));
        const Mode mode = spec.mode;
        connect(action, &QAction::triggered, this, [this, mode] { openDialog(mode); });
        m_actions.append(action);
        m_toolBar->addAction(action);
        addAction(action);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (m_undoStack->parent() == this) { // our own stack: our own Undo and Redo
        m_toolBar->addSeparator();
        // Short texts in the tool bar; what they undo in their tool tips.
        auto *undo = new QAction(tr("&Undo"), this);
        auto *redo = new QAction(tr("Re&do"), this);
        connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
        connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
        // Not `this`: the stack, our child, still signals while our destructor deletes it.
        auto follow = [stack = m_undoStack, undo, redo] {
            undo->setEnabled(stack->canUndo());
            redo->setEnabled(stack->canRedo());
            undo->setToolTip(tr("Undo %1").arg(stack->undoText()));
            redo->setToolTip(tr("Redo %1").arg(stack->redoText()));
        };
        connect(m_undoStack, &QUndoStack::indexChanged, undo, follow);
        follow();
        undo->setObjectName(QStringLiteral("undoUnits"));
        redo->setObjectName(QStringLiteral("redoUnits"));
        undo->setShortcut(QKeySequence::Undo);
        redo->setShortcut(QKeySequence::Redo);
        for (QAction *action : {undo, redo}) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_toolBar->addAction(action);
            addAction(action);
        }
    }
}

QList<qint64> UnitsScreen::selectedUnitIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0))
        if (!index.data(UnitModel::IsGroupRole).toBool())
            ids.append(index.data(UnitModel::UnitIdRole).toLongLong());
    return ids;
}

void UnitsScreen::selectUnits(const QList<qint64> &ids)
{
    QItemSelection selection;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (index.data(UnitModel::IsGroupRole).toBool())
                visit(index);
            else if (ids.contains(index.data(UnitModel::UnitIdRole).toLongLong()))
                selection.select(index, index.siblingAtColumn(UnitModel::ColumnCount - 1));
        }
    };
    visit({});
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
    updateActions();
    updateHistory();
}

void UnitsScreen::updateActions()
{
    using Mode = UnitLineageDialog::Mode;
    const qsizetype selected = selectedUnitIds().size();
    // A read-only database, or a login whose role does not change units (the council, a
    // leader): every change is off, and each action's tip says why.
    const QString refusal = m_services.changeRefusal(ChangeArea::Units);
    const bool may = refusal.isEmpty();
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(may);
        if (!may) // for good: neither the role nor a read-only file changes while the screen is open
            action->setToolTip(refusal);
    }
    for (Mode mode : {Mode::Rename, Mode::Split, Mode::Dissolve, Mode::Move})
        m_actions.at(int(mode))->setEnabled(may && selected == 1);
    m_actions.at(int(Mode::Merge))->setEnabled(may && selected >= 1);
}

void UnitsScreen::updateHistory()
{
    const QList<qint64> ids = selectedUnitIds();
    if (ids.size() != 1) {
        m_history->setEntries(0, {});
        return;
    }
    m_history->setEntries(ids.first(), m_services.units().history(ids.first()));
}

void UnitsScreen::openDialog(UnitLineageDialog::Mode mode)
{
    if (!m_actions.at(int(mode))->isEnabled())
        return;
    auto *dialog = new UnitLineageDialog(mode, m_services.lineage(), m_services.units().all(), selectedUnitIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfirmation(
        [this](const UnitLineageDialog::Plan &plan) { return LineageConsequences::confirm(m_services, plan, this); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const UnitChange change = dialog->change();
        const QPointer<UnitsScreen> screen(this);
        m_undoStack->push(new ChangeUnitsCommand(m_services.lineage(), change, [screen](const QString &message) {
            if (screen)
                screen->onCommandDone(message);
        }));
        reload();
        QList<qint64> touched = change.createdUnitIds;
        if (touched.isEmpty() && !change.after.isEmpty())
            touched.append(change.after.first().id);
        selectUnits(touched);
        Q_EMIT unitsChanged();
    });
    dialog->open();
}

void UnitsScreen::onCommandDone(const QString &message)
{
    reload();
    updateHistory();
    Q_EMIT unitsChanged();
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("Units"), message);
}
