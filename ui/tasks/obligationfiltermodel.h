#pragma once

#include "domain/vietnamesecollator.h"

#include <QSortFilterProxyModel>

// Filters the obligations by unit, task and status ("overdue" included) and sorts text
// columns in Vietnamese order.
class ObligationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObligationFilterModel)

public:
    explicit ObligationFilterModel(QObject *parent = nullptr);

    void setUnit(qint64 unitId);           // 0: every unit
    void setTask(qint64 taskId);           // 0: every task
    void setStatus(const QString &status); // empty: every status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 m_unitId = 0;
    qint64 m_taskId = 0;
    QString m_status;
    VietnameseCollator m_collator;
};
