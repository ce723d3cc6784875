#include "unitfiltermodel.h"

#include "domain/vietnamesecollator.h"
#include "unitmodel.h"

#include <QDate>

UnitFilterModel::UnitFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UnitModel::SortRole);
    setRecursiveFilteringEnabled(true);
}

void UnitFilterModel::setText(const QString &text)
{
    const QString folded = VietnameseCollator::fold(text.trimmed());
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateRowsFilter();
}

void UnitFilterModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateRowsFilter();
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(UnitModel::IsGroupRole).toBool())
        return m_folded.isEmpty() && m_year == 0; // otherwise shown when a unit under it is
    if (!m_folded.isEmpty() && !index.data(UnitModel::SearchRole).toString().contains(m_folded))
        return false;
    if (m_year > 0) {
        const QDate from = index.data(UnitModel::ValidFromRole).toDate();
        const QDate to = index.data(UnitModel::ValidToRole).toDate();
        if (from > QDate(m_year, 12, 31) || (to.isValid() && to < QDate(m_year, 1, 1)))
            return false;
    }
    return true;
}
