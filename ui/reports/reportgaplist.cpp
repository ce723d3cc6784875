#include "reportgaplist.h"

#include "services/annualreportservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <optional>

namespace {

constexpr std::array kKinds{ReportGap::Kind::MissingSubmission, ReportGap::Kind::EmptyIndicators,
                            ReportGap::Kind::NotReviewed, ReportGap::Kind::DraftText};

QIcon kindIcon(ReportGap::Kind kind)
{
    switch (kind) {
    case ReportGap::Kind::MissingSubmission:
        return QIcon(QStringLiteral(":/icons/submissions.svg"));
    case ReportGap::Kind::EmptyIndicators:
        return QIcon(QStringLiteral(":/icons/edit.svg"));
    case ReportGap::Kind::NotReviewed:
        return QIcon(QStringLiteral(":/icons/scoring.svg"));
    case ReportGap::Kind::DraftText:
        return QIcon(QStringLiteral(":/icons/note.svg"));
    }
    return {};
}

// The line under its heading: the heading says what is missing, the line says where.
QString lineText(const ReportGap &gap, const QString &unit)
{
    switch (gap.kind) {
    case ReportGap::Kind::MissingSubmission:
        return unit;
    case ReportGap::Kind::EmptyIndicators:
        return ReportGapList::tr("%1 (empty: %2)").arg(unit).arg(gap.count);
    case ReportGap::Kind::NotReviewed:
        return ReportGapList::tr("%1 (items left: %2)").arg(unit).arg(gap.count);
    case ReportGap::Kind::DraftText:
        return AnnualReportService::sectionTitle(gap.section);
    }
    return {};
}

QString kindAction(ReportGap::Kind kind)
{
    switch (kind) {
    case ReportGap::Kind::MissingSubmission:
        return ReportGapList::tr("Enter or double-click: record the unit's submission");
    case ReportGap::Kind::EmptyIndicators:
        return ReportGapList::tr("Enter or double-click: open the unit's submission to fill in its indicators");
    case ReportGap::Kind::NotReviewed:
        return ReportGapList::tr("Enter or double-click: review the unit's scores");
    case ReportGap::Kind::DraftText:
        return ReportGapList::tr("Enter or double-click: edit the section below");
    }
    return {};
}

} // namespace

ReportGapList::ReportGapList(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_view(new QTreeWidget(this)), m_complete(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("reportGapsTitle"));
    m_title->setBuddy(m_view);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view->setObjectName(QStringLiteral("reportGaps"));
    m_view->setColumnCount(1);
    m_view->header()->hide();
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));

    m_complete->setObjectName(QStringLiteral("reportComplete"));
    m_complete->setWordWrap(true);
    m_complete->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_complete->setText(tr("Nothing is missing: the report is complete."));
    m_complete->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; "
                                             "border-radius: 3px; padding: 6px 8px; }"));
    m_complete->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_complete);
    layout->addStretch(0);

    connect(m_view, &QTreeWidget::itemActivated, this, &ReportGapList::onItemActivated);
    setFocusProxy(m_view);
    setGaps({});
}

QString ReportGapList::kindTitle(ReportGap::Kind kind)
{
    switch (kind) {
    case ReportGap::Kind::MissingSubmission:
        return tr("Reports not received");
    case ReportGap::Kind::EmptyIndicators:
        return tr("Indicators left empty");
    case ReportGap::Kind::NotReviewed:
        return tr("Scores not reviewed");
    case ReportGap::Kind::DraftText:
        return tr("Sections still to write");
    }
    return {};
}

bool ReportGapList::sameGap(const ReportGap &a, const ReportGap &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind == ReportGap::Kind::DraftText ? a.section == b.section : a.unitId == b.unitId;
}

void ReportGapList::setGaps(const QList<ReportGap> &gaps, const QHash<qint64, QString> &shortNames)
{
    // What to keep: the current line, and which headings the clerk folded.
    std::optional<ReportGap> current;
    if (const QTreeWidgetItem *item = m_view->currentItem()) {
        const int index = item->data(0, GapIndexRole).toInt();
        if (index >= 0 && index < m_gaps.size())
            current = m_gaps.at(index);
    }
    QSet<int> collapsed;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (!m_view->topLevelItem(i)->isExpanded())
            collapsed.insert(m_view->topLevelItem(i)->data(0, KindRole).toInt());

    m_gaps = gaps;
    m_view->clear();
    QTreeWidgetItem *toSelect = nullptr;
    QFont bold = m_view->font();
    bold.setBold(true);
    for (const ReportGap::Kind kind : kKinds) {
        QList<QTreeWidgetItem *> lines;
        for (qsizetype i = 0; i < m_gaps.size(); ++i) {
            const ReportGap &gap = m_gaps.at(i);
            if (gap.kind != kind)
                continue;
            const QString unit = shortNames.value(gap.unitId);
            auto *line = new QTreeWidgetItem({lineText(gap, unit.isEmpty() ? gap.unitName : unit)});
            line->setData(0, GapIndexRole, int(i));
            line->setData(0, KindRole, int(kind));
            line->setToolTip(0, AnnualReportService::describe(gap) + QLatin1Char('\n') + kindAction(kind));
            lines.append(line);
            if (current && sameGap(*current, gap))
                toSelect = line;
        }
        if (lines.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem({QStringLiteral("%1 (%2)").arg(kindTitle(kind)).arg(lines.size())});
        heading->setIcon(0, kindIcon(kind));
        heading->setFont(0, bold);
        heading->setData(0, GapIndexRole, -1);
        heading->setData(0, KindRole, int(kind));
        heading->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        heading->addChildren(lines);
        m_view->addTopLevelItem(heading);
        heading->setExpanded(!collapsed.contains(int(kind)));
    }

    const int count = int(m_gaps.size());
    m_title->setText(count == 0 ? tr("&What the report still lacks")
                                : tr("&What the report still lacks (%1)").arg(count));
    m_view->setVisible(count > 0);
    m_complete->setVisible(count == 0);
    if (toSelect)
        m_view->setCurrentItem(toSelect);
    else if (m_view->topLevelItemCount() > 0 && m_view->topLevelItem(0)->childCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0)->child(0));
}

QTreeWidgetItem *ReportGapList::itemFor(ReportGap::Kind kind, qint64 unitId, ReportSection section) const
{
    ReportGap wanted;
    wanted.kind = kind;
    wanted.unitId = unitId;
    wanted.section = section;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_view->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *line = heading->child(j);
            const int index = line->data(0, GapIndexRole).toInt();
            if (index >= 0 && index < m_gaps.size() && sameGap(m_gaps.at(index), wanted))
                return line;
        }
    }
    return nullptr;
}

void ReportGapList::onItemActivated(QTreeWidgetItem *item)
{
    const int index = item ? item->data(0, GapIndexRole).toInt() : -1;
    if (index < 0 || index >= m_gaps.size())
        return; // a heading: double-click folds it, as in any tree
    // Copied: the receiver may reload the list.
    const ReportGap gap = m_gaps.at(index);
    Q_EMIT gapActivated(gap);
}
