#include "tierulesdialog.h"

#include "services/rankingservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kRuleRole = Qt::UserRole + 1;
} // namespace

TieRulesDialog::TieRulesDialog(const QList<TieRule> &rules, const Rubric &rubric, QWidget *parent)
    : QDialog(parent), m_rubric(rubric), m_list(new QListWidget(this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move &down"), this))
{
    setWindowTitle(tr("Tie rules"));
    auto *intro = new QLabel(tr("When units have the same total, the ticked rules are tried from the top; the first "
                                "one that tells them apart decides. Units still equal share the rank."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("tieRuleList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_up->setObjectName(QStringLiteral("moveRuleUp"));
    m_up->setToolTip(tr("Try the selected rule earlier (Ctrl+Up)"));
    m_down->setObjectName(QStringLiteral("moveRuleDown"));
    m_down->setToolTip(tr("Try the selected rule later (Ctrl+Down)"));
    auto *defaults = new QPushButton(tr("&Restore defaults"), this);
    defaults->setObjectName(QStringLiteral("restoreRules"));
    defaults->setAutoDefault(false);
    m_up->setAutoDefault(false);
    m_down->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TieRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TieRulesDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(defaults, &QPushButton::clicked, this, [this] { fill(RankingService::defaultRules(m_rubric)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TieRulesDialog::updateButtons);
    auto *up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveCurrent(1); });

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    side->addWidget(defaults);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    fill(rules);
    // Wide enough for the longest rule on one line, within reason.
    int widest = 0;
    for (int row = 0; row < m_list->count(); ++row)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(m_list->item(row)->text()));
    const int buttonWidth = std::max(m_up->sizeHint().width(), defaults->sizeHint().width());
    resize(std::clamp(widest + buttonWidth + 90, 560, 980), 340);
}

QString TieRulesDialog::label(const TieRule &rule) const
{
    switch (rule.kind) {
    case TieRule::GroupTotal:
        for (const Criterion &c : m_rubric.criteria)
            if (c.kind == QLatin1String("group") && c.code == rule.groupCode)
                return tr("Higher total (or more items met) in criterion %1, %2").arg(c.code, c.title);
        return tr("Higher total (or more items met) in criterion %1").arg(rule.groupCode);
    case TieRule::OnTime:
        return tr("Sent on time before sent late");
    case TieRule::EarlierReceived:
        return tr("Received earlier first");
    }
    return {};
}

void TieRulesDialog::fill(const QList<TieRule> &given)
{
    QList<TieRule> rules = given;
    for (const Criterion &c : m_rubric.criteria) {
        if (c.kind != QLatin1String("group") || c.parentId != 0)
            continue;
        bool present = false;
        for (const TieRule &r : std::as_const(rules))
            present = present || (r.kind == TieRule::GroupTotal && r.groupCode == c.code);
        if (!present)
            rules.append({TieRule::GroupTotal, false, c.code});
    }
    m_rules = rules;
    m_list->clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        const TieRule &rule = m_rules.at(i);
        auto *item = new QListWidgetItem(label(rule), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        item->setData(kRuleRole, i);
        item->setToolTip(tr("In the printed list: %1").arg(rule.vietnameseDescription()));
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

QList<TieRule> TieRulesDialog::rules() const
{
    QList<TieRule> result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        TieRule rule = m_rules.at(item->data(kRuleRole).toInt());
        rule.enabled = item->checkState() == Qt::Checked;
        result.append(rule);
    }
    return result;
}

void TieRulesDialog::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
}

void TieRulesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}
