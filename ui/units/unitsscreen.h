#pragma once

#include "unitlineagedialog.h"

#include <QWidget>

class Services;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class QUndoStack;
class UnitFilterModel;
class UnitLineagePanel;
class UnitModel;

// The Units screen: every unit of the plan, filtered by text and year, optionally
// grouped by kind, in Vietnamese order; the lineage operations (new unit, rename, merge,
// split, dissolve, move), each through a small dialog and undoable; the selected unit's
// history below.
class UnitsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitsScreen)

public:
    // `undoStack`: the window's stack; when null the screen keeps its own, with its own
    // Undo and Redo actions.
    explicit UnitsScreen(Services &services, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);

    void reload();
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    QUndoStack *undoStack() const { return m_undoStack; }
    UnitLineagePanel *historyPanel() const { return m_history; }
    QAction *lineageAction(UnitLineageDialog::Mode mode) const { return m_actions.value(int(mode)); }
    // The ids of the selected units, in the view's order.
    QList<qint64> selectedUnitIds() const;
    void selectUnits(const QList<qint64> &ids);

Q_SIGNALS:
    void unitsChanged();

private:
    void onGroupToggled(bool grouped);
    void updateCount();
    void setInitialColumnWidths();
    void createActions();
    void updateActions();
    void updateHistory();
    void openDialog(UnitLineageDialog::Mode mode);
    void onCommandDone(const QString &message);

    Services &m_services;
    QUndoStack *m_undoStack;
    UnitModel *m_model;
    UnitFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_year;
    QCheckBox *m_grouped;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    UnitLineagePanel *m_history;
    QLabel *m_count;
    QList<QAction *> m_actions; // by UnitLineageDialog::Mode
};
