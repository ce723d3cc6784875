#pragma once

#include "domain/obligation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The obligations of a year, one row each: task, unit, due date, status (overdue derived
// from today and shown in a warning colour), completion date, note.
class ObligationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObligationTableModel)

public:
    enum Column
    {
        TaskColumn,
        TitleColumn,
        UnitColumn,
        DueColumn,
        StatusColumn,
        CompletedColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TaskIdRole,
        UnitIdRole,
        StatusRole, // not_started, in_progress, done or overdue
        SortRole
    };

    explicit ObligationTableModel(QObject *parent = nullptr);

    void setObligations(const QList<Obligation> &obligations, QDate today);
    // Replaces the row of the same id (dataChanged; selection survives).
    void updateObligation(const Obligation &obligation);
    const QList<Obligation> &obligations() const { return m_rows; }
    const Obligation *byId(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &code);

private:
    QList<Obligation> m_rows;
    QDate m_today;
};
