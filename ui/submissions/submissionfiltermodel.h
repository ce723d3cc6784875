#pragma once

#include "domain/vietnamesecollator.h"

#include <QSortFilterProxyModel>

// Filters a year's submissions by status, by emulation group and by folded text (no
// diacritics needed); sorts in Vietnamese order (unit names through the model's ranks,
// document numbers through a collator, so "2/BC" comes before "10/BC").
class SubmissionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionFilterModel)

public:
    enum StatusFilter
    {
        AllStatuses,
        MissingOnly,  // nothing received
        ReceivedOnly, // received, on time or late, whatever the status
        LateOnly,
        ReturnedOnly,
        VerifiedOnly,
    };

    explicit SubmissionFilterModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setGroup(const QString &group); // empty: every group
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StatusFilter m_status = AllStatuses;
    QString m_group;
    QString m_folded;
    VietnameseCollator m_collator;
};
