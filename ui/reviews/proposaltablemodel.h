#pragma once

#include "domain/commendation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The commendation proposals of a phase, one row each: tập thể or cá nhân, who, the
// form proposed, the reason, the status and the decision once known.
class ProposalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalTableModel)

public:
    enum Column
    {
        SubjectColumn,
        NameColumn,
        FormColumn,
        ReasonColumn,
        StatusColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit ProposalTableModel(QObject *parent = nullptr);

    // The names the rows show: units, individuals and forms by id.
    void setNames(const QHash<qint64, QString> &units, const QList<Individual> &individuals,
                  const QList<CommendationForm> &forms);
    void setProposals(const QList<CommendationProposal> &proposals);
    const QList<CommendationProposal> &proposals() const { return m_rows; }
    int rowOf(qint64 id) const;
    const QList<Individual> &individuals() const { return m_individualList; }

    QString nameOf(const CommendationProposal &proposal) const;
    QString formName(qint64 formId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CommendationProposal> m_rows;
    QHash<qint64, QString> m_units;
    QList<Individual> m_individualList;
    QHash<qint64, Individual> m_individuals;
    QHash<qint64, QString> m_forms;
};
