#pragma once

#include <QSortFilterProxyModel>

// Filters units by folded text (no diacritics needed) and by the year they were active;
// sorts text columns in Vietnamese order through the model's SortRole ranks.
class UnitFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitFilterModel)

public:
    explicit UnitFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setYear(int year); // 0: every year

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_folded;
    int m_year = 0;
};
