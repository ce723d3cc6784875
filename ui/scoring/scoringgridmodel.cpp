#include "scoringgridmodel.h"

#include "domain/vietnamesecollator.h"
#include "domain/yearcontext.h"
#include "services/rankingservice.h"
#include "services/submissionvalidator.h"
#include "widgets/mutedtext.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {
// Reviewed differs from self-assessed: dark amber on light amber, readable on white,
// on alternate rows and in print screenshots alike.
QColor differsForeground()
{
    return QColor(0xa8, 0x4b, 0x00);
}

QColor differsBackground()
{
    return QColor(0xff, 0xf4, 0xe3);
}

QColor greyText()
{
    return MutedText::colour();
}

bool isReceivedStatus(const QString &status)
{
    return status != QLatin1String("not_received");
}
} // namespace

ScoringGridModel::ScoringGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScoringGridModel::setYear(const YearContext &context, const QHash<qint64, Submission> &submissions)
{
    beginResetModel();
    m_year = context.year;
    m_rubric = context.rubric;
    m_criteria = context.scoredCriteria();
    m_columnOfCriterion.clear();
    for (int i = 0; i < m_criteria.size(); ++i)
        m_columnOfCriterion.insert(m_criteria.at(i).id, FirstCriterionColumn + i);
    m_rows.clear();
    m_rowOfUnit.clear();

    QStringList names;
    names.reserve(context.units.size());
    for (const Unit &unit : context.units)
        names.append(unit.name);
    const QList<qsizetype> order = VietnameseCollator().order(names);
    m_rows.reserve(order.size());
    QList<RankingInput> inputs;
    inputs.reserve(order.size());
    for (const qsizetype index : order) {
        Row row;
        row.unit = context.units.at(index);
        const auto it = submissions.constFind(row.unit.id);
        fillRow(row, it == submissions.cend() ? nullptr : &*it);
        m_rowOfUnit.insert(row.unit.id, int(m_rows.size()));
        inputs.append(inputOf(row));
        m_rows.append(std::move(row));
    }
    // One ranking of every row at once: each row's total and classification, worked
    // out by the same code as the ranked list.
    const Ranking ranking = RankingService::rank(m_rubric, inputs, {});
    for (const RankedUnit &result : ranking.rows) {
        const int row = m_rowOfUnit.value(result.unit.id, -1);
        if (row >= 0)
            m_rows[row].result = result;
    }
    endResetModel();
}

void ScoringGridModel::fillRow(Row &row, const Submission *submission) const
{
    row.received = submission && isReceivedStatus(submission->status);
    row.scores.clear();
    row.selfTotal.reset();
    if (!submission)
        return;
    for (const CriterionScore &score : submission->scores) {
        if (!m_columnOfCriterion.contains(score.criterionId))
            continue;
        row.scores.insert(score.criterionId, score);
        if (score.self && !isByLevels())
            row.selfTotal = row.selfTotal.value_or(Points()) + *score.self;
    }
}

RankingInput ScoringGridModel::inputOf(const Row &row) const
{
    RankingInput input;
    input.unit = row.unit;
    for (auto it = row.scores.cbegin(); it != row.scores.cend(); ++it)
        if (it->reviewed)
            input.reviewed.insert(it.key(), *it->reviewed);
    return input;
}

bool ScoringGridModel::updateSubmission(const Submission &submission)
{
    if (submission.year != m_year)
        return false;
    const int index = rowOfUnit(submission.unitId);
    if (index < 0)
        return false;
    Row &row = m_rows[index];
    fillRow(row, &submission);
    const Ranking ranking = RankingService::rank(m_rubric, {inputOf(row)}, {});
    if (!ranking.rows.isEmpty())
        row.result = ranking.rows.first();
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
    return true;
}

void ScoringGridModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    // The flags of the criterion cells change; views ask for them again.
    if (!m_rows.isEmpty() && criterionCount() > 0)
        Q_EMIT dataChanged(index(0, FirstCriterionColumn), index(rowCount() - 1, totalColumn() - 1));
}

const Criterion *ScoringGridModel::criterionAt(int column) const
{
    return isCriterionColumn(column) ? &m_criteria.at(column - FirstCriterionColumn) : nullptr;
}

int ScoringGridModel::columnOfCriterion(qint64 criterionId) const
{
    return m_columnOfCriterion.value(criterionId, -1);
}

int ScoringGridModel::completeCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.result.isRanked();
    return n;
}

int ScoringGridModel::receivedCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.received;
    return n;
}

int ScoringGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoringGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : classificationColumn() + 1;
}

Qt::ItemFlags ScoringGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && isCriterionColumn(index.column()) && m_rows.at(index.row()).received)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ScoringGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == UnitIdRole)
        return row.unit.id;
    if (role == ReceivedRole)
        return row.received;
    if (const Criterion *criterion = criterionAt(column))
        return criterionData(row, *criterion, role);
    if (column == totalColumn())
        return totalData(row, role);
    if (column == classificationColumn())
        return classificationData(row, role);
    // The unit column.
    switch (role) {
    case Qt::DisplayRole:
        // The short name fits beside ten score columns; the full one is in the tooltip.
        return row.unit.shortName.isEmpty() ? row.unit.name : row.unit.shortName;
    case Qt::ToolTipRole: {
        QString tip = row.unit.name + QLatin1Char('\n') + tr("Code: %1").arg(row.unit.code);
        if (!row.unit.group.isEmpty())
            tip += QLatin1Char('\n') + tr("Emulation group: %1").arg(row.unit.group);
        if (!row.received)
            tip += QLatin1Char('\n') +
                   tr("Nothing received from this unit for %1: there is nothing to score.").arg(m_year);
        return tip;
    }
    case Qt::ForegroundRole:
        return row.received ? QVariant() : QVariant(greyText());
    case Qt::FontRole:
        if (!row.received) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant ScoringGridModel::criterionData(const Row &row, const Criterion &criterion, int role) const
{
    const auto it = row.scores.constFind(criterion.id);
    const CriterionScore *score = it == row.scores.cend() ? nullptr : &*it;
    const bool differs = score && score->reviewed && score->reviewed != score->self;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ReviewedTextRole:
        return score ? SubmissionValidator::formatScore(criterion, score->reviewed) : QString();
    case SelfTextRole:
        return score ? SubmissionValidator::formatScore(criterion, score->self) : QString();
    case NoteRole:
        return score ? score->note : QString();
    case DiffersRole:
        return differs;
    case CriterionIdRole:
        return criterion.id;
    case Qt::ToolTipRole:
        return criterionToolTip(row, criterion);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row.received)
            return greyText();
        return differs ? QVariant(differsForeground()) : QVariant();
    case Qt::BackgroundRole:
        return differs && row.received ? QVariant(differsBackground()) : QVariant();
    case Qt::FontRole:
        if (differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QString ScoringGridModel::criterionToolTip(const Row &row, const Criterion &criterion) const
{
    QStringList lines{criterion.code + QLatin1Char(' ') + criterion.title};
    if (!row.received) {
        lines.append(tr("Nothing received from this unit for %1: there is nothing to score.").arg(m_year));
        return lines.join(QLatin1Char('\n'));
    }
    const auto it = row.scores.constFind(criterion.id);
    const CriterionScore *score = it == row.scores.cend() ? nullptr : &*it;
    const QString self = score ? SubmissionValidator::formatScore(criterion, score->self) : QString();
    const QString reviewed = score ? SubmissionValidator::formatScore(criterion, score->reviewed) : QString();
    if (!self.isEmpty() && !reviewed.isEmpty())
        lines.append(tr("Self-score %1, reviewed %2").arg(self, reviewed));
    else if (!self.isEmpty())
        lines.append(tr("Self-score %1, not reviewed yet").arg(self));
    else if (!reviewed.isEmpty())
        lines.append(tr("No self-score, reviewed %1").arg(reviewed));
    else
        lines.append(tr("No self-score, not reviewed yet"));
    if (score && !score->note.isEmpty())
        lines.append(tr("Note: %1").arg(score->note));
    return lines.join(QLatin1Char('\n'));
}

QVariant ScoringGridModel::totalData(const Row &row, int role) const
{
    const RankedUnit &result = row.result;
    switch (role) {
    case Qt::DisplayRole:
        if (!result.isRanked())
            return QString();
        return isByLevels() ? QStringLiteral("%1/%2").arg(result.met).arg(result.items)
                            : result.total->toString(QLatin1Char(','));
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row.received)
            return tr("Nothing received from this unit for %1: there is nothing to score.").arg(m_year);
        if (result.isRanked())
            lines.append(isByLevels() ? tr("%1 of %2 items met").arg(result.met).arg(result.items)
                                      : tr("Reviewed total: %1").arg(result.total->toString(QLatin1Char(','))));
        else
            lines.append(tr("%1 of %2 items reviewed: the total counts once every item is reviewed.")
                             .arg(result.reviewedItems)
                             .arg(result.items));
        if (row.selfTotal)
            lines.append(tr("Self-assessed total: %1").arg(row.selfTotal->toString(QLatin1Char(','))));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return row.received ? QVariant() : QVariant(greyText());
    }
    return {};
}

QVariant ScoringGridModel::classificationData(const Row &row, int role) const
{
    const RankedUnit &result = row.result;
    const bool partial = !result.isRanked() && result.reviewedItems > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (result.isRanked())
            return result.classification;
        return partial ? tr("%1 of %2 reviewed").arg(result.reviewedItems).arg(result.items) : QString();
    case Qt::ToolTipRole:
        if (result.isRanked())
            return result.classification;
        return partial ? tr("Not classified: %1 of %2 items reviewed").arg(result.reviewedItems).arg(result.items)
                       : QVariant();
    case Qt::ForegroundRole:
        return partial || !row.received ? QVariant(greyText()) : QVariant();
    case Qt::FontRole:
        if (partial) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QString ScoringGridModel::criterionHeaderToolTip(const Criterion &criterion) const
{
    QString tip = criterion.code + QLatin1Char(' ') + criterion.title + QLatin1Char('\n');
    if (criterion.kind == QLatin1String("passfail"))
        tip += tr("Met or not met (đạt / không đạt)");
    else if (criterion.kind == QLatin1String("percent"))
        tip += tr("A percentage; met from %1%").arg(criterion.threshold.toString(QLatin1Char(',')));
    else
        tip += tr("Maximum %1 points, step %2")
                   .arg(criterion.maxPoints.toString(QLatin1Char(',')), criterion.step.toString(QLatin1Char(',')));
    if (criterion.level > 0 && isByLevels())
        tip += QLatin1Char('\n') + tr("Level %1").arg(criterion.level);
    return tip;
}

QString ScoringGridModel::criterionHeader(const Criterion &criterion)
{
    constexpr int lineLength = 12;
    constexpr int lineCount = 2;
    const QStringList words = criterion.title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    qsizetype next = 0;
    while (next < words.size() && lines.size() < lineCount) {
        QString line = words.at(next++);
        while (next < words.size() && line.size() + 1 + words.at(next).size() <= lineLength)
            line += QLatin1Char(' ') + words.at(next++);
        lines.append(line);
    }
    if (next < words.size() && !lines.isEmpty())
        lines.last() += QStringLiteral("…");
    lines.prepend(criterion.code);
    return lines.join(QLatin1Char('\n'));
}

QVariant ScoringGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (const Criterion *criterion = criterionAt(section)) {
        switch (role) {
        case Qt::DisplayRole:
            return criterionHeader(*criterion);
        case Qt::ToolTipRole:
            return criterionHeaderToolTip(*criterion);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section == UnitColumn)
            return tr("Unit");
        if (section == totalColumn())
            return isByLevels() ? tr("Met") : tr("Total");
        return isByLevels() ? tr("Level") : tr("Classification");
    }
    if (role == Qt::ToolTipRole) {
        if (section == totalColumn())
            return isByLevels() ? tr("Items met, once every item is reviewed")
                                : tr("The total of the reviewed scores, once every item is reviewed");
        if (section == classificationColumn())
            return tr("The rubric's classification of the reviewed total");
    }
    if (role == Qt::TextAlignmentRole && section == totalColumn())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
