#include "recognitionstatusmodel.h"

#include <QFont>

namespace {

QString dmy(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

RecognitionStatusModel::RecognitionStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecognitionStatusModel::setRows(const QList<RecognitionRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RecognitionStatusModel::rowOf(qint64 unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).unit.id == unitId)
            return i;
    return -1;
}

int RecognitionStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecognitionStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecognitionStatusModel::text(const RecognitionRow &row, int column) const
{
    const RecognitionStatus &s = row.status;
    switch (column) {
    case UnitColumn:
        return row.name;
    case LevelColumn:
        return s.current ? tr("%1 (year %2)").arg(RecognitionStatus::levelName(s.current->level)).arg(s.current->year)
                         : tr("Not recognised");
    case DecisionColumn:
        return s.current ? tr("%1, %2").arg(s.current->number, dmy(s.current->date)) : QString();
    case KeptUntilColumn:
        return dmy(s.keptUntil);
    case Level2Column:
        if (!s.mayAskLevel2From.isValid())
            return QString();
        return s.mayAskLevel2Now ? tr("%1 (now)").arg(dmy(s.mayAskLevel2From)) : dmy(s.mayAskLevel2From);
    case ReevaluateColumn:
        return s.mustReevaluate ? tr("Yes, this year") : QString();
    default:
        return {};
    }
}

QVariant RecognitionStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecognitionRow &row = m_rows.at(index.row());
    switch (role) {
    case UnitIdRole:
        return row.unit.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case Qt::FontRole:
        if (index.column() == ReevaluateColumn && row.status.mustReevaluate) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant RecognitionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LevelColumn:
        return tr("Recognition in force");
    case DecisionColumn:
        return tr("Decision");
    case KeptUntilColumn:
        return tr("Kept until");
    case Level2Column:
        return tr("May ask for Mức 2 from");
    case ReevaluateColumn:
        return tr("Re-evaluate");
    default:
        return {};
    }
}
