#include "proposaltablemodel.h"

#include "services/commendationservice.h"

ProposalTableModel::ProposalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProposalTableModel::setNames(const QHash<qint64, QString> &units, const QList<Individual> &individuals,
                                  const QList<CommendationForm> &forms)
{
    beginResetModel();
    m_units = units;
    m_individualList = individuals;
    m_individuals.clear();
    for (const Individual &individual : individuals)
        m_individuals.insert(individual.id, individual);
    m_forms.clear();
    for (const CommendationForm &form : forms)
        m_forms.insert(form.id, form.name);
    endResetModel();
}

void ProposalTableModel::setProposals(const QList<CommendationProposal> &proposals)
{
    beginResetModel();
    m_rows = proposals;
    endResetModel();
}

int ProposalTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString ProposalTableModel::nameOf(const CommendationProposal &proposal) const
{
    const QString unit = m_units.value(proposal.unitId, tr("unit #%1").arg(proposal.unitId));
    if (proposal.subject != QLatin1String("ca_nhan"))
        return unit;
    const auto it = m_individuals.constFind(proposal.individualId);
    if (it == m_individuals.cend())
        return tr("person #%1").arg(proposal.individualId);
    return it->position.isEmpty() ? tr("%1, %2").arg(it->fullName, unit)
                                  : tr("%1, %2, %3").arg(it->fullName, it->position, unit);
}

QString ProposalTableModel::formName(qint64 formId) const
{
    return m_forms.value(formId, tr("form #%1").arg(formId));
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CommendationProposal &proposal = m_rows.at(index.row());
    if (role == IdRole)
        return proposal.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        return CommendationService::subjectName(proposal.subject);
    case NameColumn:
        return nameOf(proposal);
    case FormColumn:
        return formName(proposal.formId);
    case ReasonColumn:
        return proposal.reason;
    case StatusColumn:
        return CommendationService::statusName(proposal.status);
    case DecisionColumn:
        if (proposal.decisionNumber.isEmpty() && !proposal.decisionDate.isValid())
            return QString();
        return tr("%1 of %2")
            .arg(proposal.decisionNumber, proposal.decisionDate.toString(QStringLiteral("dd/MM/yyyy")));
    default:
        return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Collective / individual");
    case NameColumn:
        return tr("Proposed");
    case FormColumn:
        return tr("Commendation");
    case ReasonColumn:
        return tr("Achievement");
    case StatusColumn:
        return tr("Status");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}
