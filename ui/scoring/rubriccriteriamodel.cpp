#include "rubriccriteriamodel.h"

#include "widgets/mutedtext.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace {
const QColor kProblemText(0xc6, 0x28, 0x28);
const QColor kProblemBackground(0xfd, 0xec, 0xea);

bool isGroupKind(const Criterion &c)
{
    return c.kind == QLatin1String("group");
}

bool isPoints(const Criterion &c)
{
    return c.kind == QLatin1String("points");
}

bool isPercent(const Criterion &c)
{
    return c.kind == QLatin1String("percent");
}

// The text of an editable value as it is shown and edited.
QString valueText(const Criterion &c, int column, bool byLevels)
{
    switch (column) {
    case RubricCriteriaModel::TitleColumn:
        return c.title;
    case RubricCriteriaModel::MaxColumn:
        return isPoints(c) ? c.maxPoints.toString() : QString();
    case RubricCriteriaModel::StepColumn:
        return isPoints(c) ? c.step.toString() : QString();
    case RubricCriteriaModel::ThresholdColumn:
        return isPercent(c) ? c.threshold.toString() : QString();
    case RubricCriteriaModel::LevelColumn:
        return byLevels && !isGroupKind(c) && c.level > 0 ? QString::number(c.level) : QString();
    default:
        return {};
    }
}
} // namespace

RubricCriteriaModel::RubricCriteriaModel(QObject *parent) : QAbstractItemModel(parent) {}

void RubricCriteriaModel::setCriteria(const QList<Criterion> &criteria, bool byLevels, bool editable)
{
    beginResetModel();
    m_original = criteria;
    m_criteria = criteria;
    m_byLevels = byLevels;
    m_editable = editable;
    m_topLevel.clear();
    m_children.clear();
    m_row.clear();
    m_parent.clear();
    m_typed.clear();
    m_parseErrors.clear();
    m_issues.clear();
    m_issueOrder.clear();
    QHash<qint64, int> positionOfId;
    for (int i = 0; i < m_criteria.size(); ++i)
        positionOfId.insert(m_criteria.at(i).id, i);
    for (int i = 0; i < m_criteria.size(); ++i) {
        const Criterion &c = m_criteria.at(i);
        const auto group = positionOfId.constFind(c.parentId);
        if (c.parentId != 0 && group != positionOfId.cend() && *group != i) {
            QList<int> &siblings = m_children[*group];
            m_row.insert(i, int(siblings.size()));
            siblings.append(i);
            m_parent.insert(i, *group);
        } else {
            m_row.insert(i, int(m_topLevel.size()));
            m_topLevel.append(i);
        }
    }
    endResetModel();
}

QList<Criterion> RubricCriteriaModel::criteria() const
{
    return m_criteria;
}

bool RubricCriteriaModel::isModified() const
{
    if (!m_typed.isEmpty())
        return true;
    for (int i = 0; i < m_criteria.size(); ++i) {
        const Criterion &a = m_original.at(i);
        const Criterion &b = m_criteria.at(i);
        if (a.title != b.title || a.maxPoints != b.maxPoints || a.step != b.step || a.threshold != b.threshold ||
            a.level != b.level)
            return true;
    }
    return false;
}

bool RubricCriteriaModel::isGroup(int position) const
{
    return isGroupKind(m_criteria.at(position));
}

bool RubricCriteriaModel::isEditableCell(int position, int column) const
{
    if (!m_editable)
        return false;
    const Criterion &c = m_criteria.at(position);
    switch (column) {
    case TitleColumn:
        return true;
    case MaxColumn:
    case StepColumn:
        return isPoints(c);
    case ThresholdColumn:
        return isPercent(c);
    case LevelColumn:
        return m_byLevels && !isGroupKind(c);
    default:
        return false;
    }
}

int RubricCriteriaModel::mainColumn(int position) const
{
    const Criterion &c = m_criteria.at(position);
    if (isPoints(c))
        return MaxColumn;
    if (isPercent(c))
        return ThresholdColumn;
    if (m_byLevels && !isGroupKind(c))
        return LevelColumn;
    return TitleColumn;
}

QString RubricCriteriaModel::groupMaximum(int position) const
{
    Points sum;
    bool any = false;
    for (int child : m_children.value(position)) {
        if (isPoints(m_criteria.at(child))) {
            sum += m_criteria.at(child).maxPoints;
            any = true;
        }
    }
    return any ? sum.toString() : QString();
}

QString RubricCriteriaModel::totalMaximum() const
{
    Points sum;
    for (const Criterion &c : m_criteria)
        if (isPoints(c))
            sum += c.maxPoints;
    return sum.toString();
}

QString RubricCriteriaModel::text(int position, int column) const
{
    if (const auto typed = m_typed.constFind({position, column}); typed != m_typed.cend())
        return *typed;
    const Criterion &c = m_criteria.at(position);
    switch (column) {
    case CodeColumn:
        return c.code;
    case KindColumn:
        if (isGroupKind(c))
            return tr("Group");
        if (isPoints(c))
            return tr("Points");
        if (isPercent(c))
            return tr("Percentage");
        return tr("Pass/fail");
    case MaxColumn:
        return isGroupKind(c) ? groupMaximum(position) : valueText(c, column, m_byLevels);
    case NoteColumn:
        return noteText(position);
    default:
        return valueText(c, column, m_byLevels);
    }
}

void RubricCriteriaModel::setUnitKinds(const QStringList &kinds)
{
    m_unitKinds = kinds;
    emitAllChanged();
}

bool RubricCriteriaModel::appliesToNoUnit(int position) const
{
    const Criterion &c = m_criteria.at(position);
    if (c.appliesTo.isEmpty() || m_unitKinds.isEmpty())
        return false;
    for (const QString &kind : m_unitKinds)
        if (c.appliesToKind(kind))
            return false;
    return true;
}

bool RubricCriteriaModel::appliesToNoUnit(const QModelIndex &index) const
{
    return index.isValid() && appliesToNoUnit(int(index.internalId()));
}

QString RubricCriteriaModel::noteText(int position) const
{
    const Criterion &c = m_criteria.at(position);
    QStringList parts;
    if (appliesToNoUnit(position)) {
        QStringList kinds;
        for (const QString &kind : c.appliesTo.split(QLatin1Char(','))) {
            if (kind == QLatin1String("school"))
                kinds.append(tr("schools"));
            else if (kind == QLatin1String("university"))
                kinds.append(tr("universities"));
            else if (kind == QLatin1String("vocational"))
                kinds.append(tr("vocational schools"));
            else
                kinds.append(kind);
        }
        parts.append(tr("Không áp dụng: applies only to %1, none of the department's units.")
                         .arg(kinds.join(QStringLiteral(", "))));
    }
    if (!c.note.isEmpty())
        parts.append(c.note);
    return parts.join(QLatin1Char(' '));
}

QString RubricCriteriaModel::noteText(const QModelIndex &index) const
{
    return index.isValid() ? noteText(int(index.internalId())) : QString();
}

bool RubricCriteriaModel::hasNotes() const
{
    for (int i = 0; i < m_criteria.size(); ++i)
        if (!noteText(i).isEmpty())
            return true;
    return false;
}

QString RubricCriteriaModel::problem(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Cell cell{int(index.internalId()), index.column()};
    QStringList messages;
    if (const auto error = m_parseErrors.constFind(cell); error != m_parseErrors.cend())
        messages.append(*error);
    messages.append(m_issues.value(cell));
    return messages.join(QLatin1Char('\n'));
}

QString RubricCriteriaModel::parse(int position, int column, const QString &typed)
{
    Criterion &c = m_criteria[position];
    const QString trimmed = typed.trimmed();
    switch (column) {
    case TitleColumn:
        c.title = typed;
        return {};
    case MaxColumn:
    case StepColumn: {
        const std::optional<Points> points = Points::parse(trimmed);
        if (!points)
            return tr("Item %1: “%2” is not a number of points; type for example 10 or 7,5.").arg(c.code, typed);
        (column == MaxColumn ? c.maxPoints : c.step) = *points;
        return {};
    }
    case ThresholdColumn: {
        QString number = trimmed;
        if (number.endsWith(QLatin1Char('%')))
            number = number.chopped(1).trimmed();
        const std::optional<Points> percent = Points::parse(number);
        if (!percent)
            return tr("Item %1: “%2” is not a percentage; type a number from 0 to 100, for example 90.")
                .arg(c.code, typed);
        c.threshold = *percent;
        return {};
    }
    case LevelColumn: {
        bool ok = false;
        const int level = trimmed.toInt(&ok);
        if (!ok || level < 1 || level > 2)
            return tr("Item %1: the level is 1 or 2, not “%2”.").arg(c.code, typed);
        c.level = level;
        return {};
    }
    default:
        return {};
    }
}

void RubricCriteriaModel::setIssues(const QList<ValidationIssue> &issues)
{
    m_issues.clear();
    m_issueOrder.clear();
    const QString prefix = QStringLiteral("criterion:");
    for (const ValidationIssue &issue : issues) {
        if (!issue.field.startsWith(prefix))
            continue;
        const QString code = issue.field.mid(prefix.size());
        const auto it = std::find_if(m_criteria.cbegin(), m_criteria.cend(),
                                     [&code](const Criterion &c) { return c.code == code; });
        if (it == m_criteria.cend())
            continue;
        const int position = int(it - m_criteria.cbegin());
        // The problem is with what the clerk changed on that row.
        QList<int> columns;
        for (int column = TitleColumn; column < ColumnCount; ++column)
            if (isEditableCell(position, column) &&
                (m_typed.contains({position, column}) ||
                 text(position, column) != valueText(m_original.at(position), column, m_byLevels)))
                columns.append(column);
        if (columns.isEmpty())
            columns.append(mainColumn(position));
        for (int column : std::as_const(columns))
            m_issues[{position, column}].append(issue.message);
        m_issueOrder.append({position, issue.message});
    }
    std::stable_sort(m_issueOrder.begin(), m_issueOrder.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    emitAllChanged();
}

QStringList RubricCriteriaModel::problems() const
{
    QList<Cell> cells = m_parseErrors.keys();
    std::sort(cells.begin(), cells.end());
    QStringList messages;
    for (const Cell &cell : std::as_const(cells))
        messages.append(m_parseErrors.value(cell));
    for (const auto &[position, message] : m_issueOrder)
        if (!messages.contains(message))
            messages.append(message);
    return messages;
}

QModelIndex RubricCriteriaModel::indexAt(int position, int column) const
{
    return createIndex(m_row.value(position), column, quintptr(position));
}

QModelIndex RubricCriteriaModel::indexOf(const QString &code, int column) const
{
    for (int i = 0; i < m_criteria.size(); ++i)
        if (m_criteria.at(i).code == code)
            return indexAt(i, column);
    return {};
}

void RubricCriteriaModel::emitAllChanged()
{
    if (m_topLevel.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_topLevel.size()) - 1, ColumnCount - 1));
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (!it->isEmpty())
            Q_EMIT dataChanged(indexAt(it->first(), 0), indexAt(it->last(), ColumnCount - 1));
}

QModelIndex RubricCriteriaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_topLevel.at(row)));
    return createIndex(row, column, quintptr(m_children.value(int(parent.internalId())).at(row)));
}

QModelIndex RubricCriteriaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto group = m_parent.constFind(int(child.internalId()));
    if (group == m_parent.cend())
        return {};
    return indexAt(*group, 0);
}

int RubricCriteriaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children.value(int(parent.internalId())).size());
}

int RubricCriteriaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RubricCriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int position = int(index.internalId());
    const int column = index.column();
    const Criterion &c = m_criteria.at(position);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(position, column);
    case Qt::ToolTipRole: {
        const QString message = problem(index);
        if (!message.isEmpty())
            return message;
        if (column == TitleColumn)
            return c.title;
        if (column == NoteColumn)
            return noteText(position);
        if (column == MaxColumn && isGroupKind(c))
            return tr("The sum of the items' maxima");
        return {};
    }
    case Qt::FontRole:
        if (isGroupKind(c)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (!problem(index).isEmpty())
            return QVariant(kProblemText);
        return appliesToNoUnit(position) ? QVariant(MutedText::colour()) : QVariant();
    case Qt::BackgroundRole:
        return problem(index).isEmpty() ? QVariant() : QVariant(kProblemBackground);
    case Qt::TextAlignmentRole:
        if (column >= MaxColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ProblemRole:
        return problem(index);
    case CodeRole:
        return c.code;
    default:
        return {};
    }
}

bool RubricCriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const int position = int(index.internalId());
    const int column = index.column();
    if (!isEditableCell(position, column))
        return false;
    const QString typed = value.toString();
    if (typed == text(position, column))
        return false;
    const Cell cell{position, column};
    const QString error = parse(position, column, typed);
    if (error.isEmpty()) {
        m_typed.remove(cell);
        m_parseErrors.remove(cell);
    } else {
        m_typed.insert(cell, typed);
        m_parseErrors.insert(cell, error);
    }
    Q_EMIT dataChanged(index, index);
    if (column == MaxColumn && m_parent.contains(position)) {
        const QModelIndex groupMax = indexAt(m_parent.value(position), MaxColumn);
        Q_EMIT dataChanged(groupMax, groupMax);
    }
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RubricCriteriaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableCell(int(index.internalId()), index.column()))
        flags |= Qt::ItemIsEditable;
    if (m_children.value(int(index.internalId())).isEmpty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant RubricCriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Item");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case MaxColumn:
        return tr("Maximum");
    case StepColumn:
        return tr("Step");
    case ThresholdColumn:
        return tr("Threshold (%)");
    case LevelColumn:
        return tr("Level");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
