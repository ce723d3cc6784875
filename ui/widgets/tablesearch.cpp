#include "tablesearch.h"

#include "domain/vietnamesecollator.h"

#include <QAction>
#include <QTableView>

TableSearch::TableSearch(QTableView *view, int column, int role, QWidget *parent)
    : QLineEdit(parent), m_view(view), m_column(column), m_role(role)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Unit name (Ctrl+F)"));
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_folded = VietnameseCollator::fold(text.trimmed());
        apply();
    });
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TableSearch::apply);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableSearch::apply);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableSearch::apply);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
    if (parent)
        parent->addAction(find);
}

void TableSearch::apply()
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        bool shown = m_folded.isEmpty();
        if (!shown) {
            const QModelIndex index = model->index(row, m_column);
            QString text = index.data().toString();
            if (m_role >= 0)
                text += QLatin1Char(' ') + index.data(m_role).toString();
            shown = VietnameseCollator::fold(text).contains(m_folded);
        }
        m_view->setRowHidden(row, !shown);
    }
}

int TableSearch::visibleRows() const
{
    int visible = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        visible += !m_view->isRowHidden(row);
    return visible;
}
