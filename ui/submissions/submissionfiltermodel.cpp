#include "submissionfiltermodel.h"

#include "domain/timeliness.h"
#include "submissiontablemodel.h"

SubmissionFilterModel::SubmissionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SubmissionTableModel::SortRole);
}

void SubmissionFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void SubmissionFilterModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void SubmissionFilterModel::setText(const QString &text)
{
    const QString folded = VietnameseCollator::fold(text.trimmed());
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateRowsFilter();
}

bool SubmissionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto timeliness = Timeliness::Kind(index.data(SubmissionTableModel::TimelinessRole).toInt());
    const QString status = index.data(SubmissionTableModel::StatusRole).toString();
    switch (m_status) {
    case AllStatuses:
        break;
    case MissingOnly: // not those covered by the units they replace
        if (timeliness != Timeliness::Missing || index.data(SubmissionTableModel::CoveredRole).toBool())
            return false;
        break;
    case ReceivedOnly:
        if (timeliness == Timeliness::Missing)
            return false;
        break;
    case LateOnly:
        if (timeliness != Timeliness::Late)
            return false;
        break;
    case ReturnedOnly:
        if (status != QLatin1String("returned"))
            return false;
        break;
    case VerifiedOnly:
        if (status != QLatin1String("verified"))
            return false;
        break;
    }
    if (!m_group.isEmpty() && index.data(SubmissionTableModel::GroupRole).toString() != m_group)
        return false;
    return m_folded.isEmpty() || index.data(SubmissionTableModel::SearchRole).toString().contains(m_folded);
}

bool SubmissionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == SubmissionTableModel::DocumentNumberColumn)
        return m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
