#include "obligationfiltermodel.h"

#include "obligationtablemodel.h"

ObligationFilterModel::ObligationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ObligationTableModel::SortRole);
}

void ObligationFilterModel::setUnit(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

void ObligationFilterModel::setTask(qint64 taskId)
{
    m_taskId = taskId;
    invalidateFilter();
}

void ObligationFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

bool ObligationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unitId > 0 && index.data(ObligationTableModel::UnitIdRole).toLongLong() != m_unitId)
        return false;
    if (m_taskId > 0 && index.data(ObligationTableModel::TaskIdRole).toLongLong() != m_taskId)
        return false;
    if (!m_status.isEmpty() && index.data(ObligationTableModel::StatusRole).toString() != m_status)
        return false;
    return true;
}

bool ObligationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
