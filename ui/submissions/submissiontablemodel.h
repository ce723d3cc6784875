#pragma once

#include "domain/submissionoverview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// A year's submissions as a table: one row per unit active that year, fed by the
// SubmissionService's overview. A saved submission updates its own row in place.
class SubmissionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionTableModel)

public:
    enum Column
    {
        UnitColumn,
        StatusColumn,
        ReceivedColumn,
        TimelinessColumn,
        IndicatorsColumn,
        SelfScoreColumn,
        DocumentNumberColumn,
        ColumnCount
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        SortRole,       // ranks and numbers; the document number as text (the proxy collates it)
        SearchRole,     // folded unit code, names and document number, for filtering
        StatusRole,     // the status code (not_received, received, ...)
        TimelinessRole, // Timeliness::Kind
        GroupRole,      // the unit's emulation group (khối thi đua)
        CoveredRole,    // bool: formed this year, covered by the reports of the units it replaces
    };

    explicit SubmissionTableModel(QObject *parent = nullptr);

    // Replaces every row (a model reset): for a new year or a reload.
    void setOverview(const SubmissionOverview &overview);
    // Replaces the row of `row.unit` with dataChanged; false when the unit has no row.
    bool updateRow(const SubmissionOverviewRow &row);

    int year() const { return m_year; }
    int indicatorCount() const { return m_indicatorCount; }
    int rowOfUnit(qint64 unitId) const;
    const SubmissionOverviewRow &overviewRow(int row) const { return m_rows.at(row).data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SubmissionOverviewRow data;
        int nameRank = 0;
        // Worked out the first time the filter asks: folding 10,000 names costs more
        // than the rest of filling the table.
        mutable QString search;
        mutable bool searchReady = false;
    };
    static QString searchTextOf(const SubmissionOverviewRow &row);
    QVariant displayData(const SubmissionOverviewRow &row, int column) const;
    QVariant toolTip(const SubmissionOverviewRow &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfUnit;
    int m_year = 0;
    int m_indicatorCount = 0;
    QDate m_deadline;
};
