#pragma once

#include "domain/phasereview.h"

#include <QAbstractTableModel>

// The phase review as a table: a row per unit as it is at the end of the phase, a column
// per year of the phase showing its class (or total), on time or late and tasks done;
// the former units rolled up into it are named in their own column and in the tooltips.
class PhaseReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseReviewModel)

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
    };

    explicit PhaseReviewModel(QObject *parent = nullptr);

    void setReview(const PhaseReview &review);
    const PhaseReview &review() const { return m_review; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One result as shown in a cell: "Tốt (85) · on time · tasks 3/4".
    static QString resultText(const PhaseYearResult &result);

private:
    static constexpr int kFixedColumns = 2; // unit, former units

    QString cellText(const PhaseUnitRow &row, int year) const;
    QString formerUnits(const PhaseUnitRow &row) const;

    PhaseReview m_review;
    QHash<qint64, QString> m_names; // every unit of the review -> its name in its last year
};
