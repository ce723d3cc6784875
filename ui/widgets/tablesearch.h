#pragma once

#include <QLineEdit>

class QTableView;

// The search box over a table of units (the Scoring grid, the Reviews table): shows only
// the rows whose unit's name contains what is typed, diacritic-blind as on the
// Submissions screen ("tan bien" finds "Tân Biên"). Rows are hidden, not filtered
// through a proxy, so the screen's indexes stay the model's; the search is applied again
// whenever the model reloads. Ctrl+F on the screen puts the cursor in it.
class TableSearch final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSearch)

public:
    // `column`: the column holding the unit's name; `role`: an extra text of the same
    // cell to search too, or -1.
    TableSearch(QTableView *view, int column, int role, QWidget *parent);

    int visibleRows() const;
    void apply();

private:
    QTableView *m_view;
    int m_column;
    int m_role;
    QString m_folded;
};
