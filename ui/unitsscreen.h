#pragma once

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class UnitFilterModel;
class UnitModel;

// The Units screen: every unit of the plan, filtered by text and year, optionally
// grouped by kind, in Vietnamese order.
class UnitsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitsScreen)

public:
    explicit UnitsScreen(const Database &database, QWidget *parent = nullptr);

    void reload();
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }

private:
    void onGroupToggled(bool grouped);
    void updateCount();
    void setInitialColumnWidths();

    const Database &m_database;
    UnitModel *m_model;
    UnitFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_year;
    QCheckBox *m_grouped;
    QTreeView *m_view;
    QLabel *m_count;
};
