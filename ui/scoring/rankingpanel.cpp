#include "rankingpanel.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "imports/submissiontemplate.h"
#include "rankingtablemodel.h"
#include "reports/rankedlistdocument.h"
#include "reports/rankingtable.h"
#include "services/organisationservice.h"
#include "services/planservice.h"
#include "services/rankingservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "tierulesdialog.h"
#include "widgets/documentprinter.h"
#include "widgets/savefiledialog.h"
#include "widgets/signerdialog.h"
#include "widgets/waitcursor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kLastDirectoryKey = QStringLiteral("scoring/lastDirectory");
} // namespace

RankingPanel::RankingPanel(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_ranking(services.ranking()), m_model(new RankingTableModel(this)),
      m_group(new QComboBox(this)), m_view(new QTableView(this)), m_method(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this)),
      m_tieRules(new QPushButton(tr("&Tie rules…"), this)), m_print(new QPushButton(tr("&Print / PDF…"), this)),
      m_rollUp(new QCheckBox(tr("To&day's units"), this))
{
    m_rollUp->setObjectName(QStringLiteral("rankingRollUp"));
    m_rollUp->setToolTip(tr("Name on each row the unit it has become today, for a year before units were merged "
                            "or split (quy đổi theo đơn vị hiện nay); the ranks stay the year's"));
    m_group->setObjectName(QStringLiteral("rankingGroup"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    m_summary->setObjectName(QStringLiteral("rankingSummary"));
    // On a line of its own, wrapped: beside the buttons it made the window wider than a
    // laptop's screen.
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportRanking"));
    m_export->setToolTip(tr("Save the list shown as a spreadsheet (XLSX or CSV), in Vietnamese as printed"));
    m_tieRules->setObjectName(QStringLiteral("tieRules"));
    m_tieRules->setToolTip(tr("Choose and order the rules that separate units with the same total"));
    m_print->setObjectName(QStringLiteral("printRanking"));
    m_print->setEnabled(false);
    m_print->setToolTip(tr("The list as an official document (Decree 30/2020): print preview or PDF"));
    auto *printMenu = new QMenu(m_print);
    QAction *preview = printMenu->addAction(tr("Print pre&view…"));
    preview->setObjectName(QStringLiteral("previewRanking"));
    QAction *pdf = printMenu->addAction(tr("Export to P&DF…"));
    pdf->setObjectName(QStringLiteral("pdfRanking"));
    m_print->setMenu(printMenu);
    // Printing from the preview makes the document: it asks for the signer as an export does.
    connect(preview, &QAction::triggered, this, [this] {
        if (SignerDialog::ensureSigner(m_services.organisation(), m_services.plan().organisation().signerName, this))
            DocumentPrinter::preview(document(), this);
    });
    connect(pdf, &QAction::triggered, this, [this] {
        if (!SignerDialog::ensureSigner(m_services.organisation(), m_services.plan().organisation().signerName, this))
            return;
        const QString path = DocumentPrinter::exportPdf(
            document(), QStringLiteral("danh-sach-xep-hang-%1.pdf").arg(m_model->ranking().year), this);
        if (!path.isEmpty())
            Q_EMIT statusMessage(tr("Wrote the ranked list to %1").arg(QDir::toNativeSeparators(path)));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(groupLabel);
    top->addWidget(m_group);
    top->addStretch(1);
    top->addWidget(m_rollUp);
    top->addWidget(m_tieRules);
    top->addWidget(m_export);
    top->addWidget(m_print);

    m_view->setObjectName(QStringLiteral("rankingView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(RankingTableModel::UnitColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(RankingTableModel::RankColumn, metrics.horizontalAdvance(tr("Rank")) + em * 2);
    m_view->setColumnWidth(RankingTableModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("TTVHTT-DMC")) + em);
    // As wide as its header ("Tổng điểm") or its widest value, whichever is wider.
    m_view->setColumnWidth(RankingTableModel::TotalColumn,
                           std::max(metrics.horizontalAdvance(
                                        m_model->headerData(RankingTableModel::TotalColumn, Qt::Horizontal).toString()),
                                    metrics.horizontalAdvance(QStringLiteral("100,00"))) +
                               em * 2);
    m_view->setColumnWidth(RankingTableModel::ClassificationColumn,
                           metrics.horizontalAdvance(QStringLiteral("Trung bình · Mức độ 2")) + em);
    m_view->setColumnWidth(RankingTableModel::NoteColumn,
                           metrics.horizontalAdvance(QStringLiteral("Thẩm định chưa đủ (10/10)")) + em * 2);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + em / 2 + 4);

    m_method->setObjectName(QStringLiteral("rankingMethod"));
    m_method->setWordWrap(true);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_method->setToolTip(tr("Printed under the ranked list"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_method);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { rankNow(); });
    connect(m_rollUp, &QCheckBox::toggled, this, [this] { rankNow(); });
    connect(m_export, &QPushButton::clicked, this, &RankingPanel::onExportClicked);
    connect(m_tieRules, &QPushButton::clicked, this, &RankingPanel::editTieRules);
    setFocusProxy(m_view);
}

TieRulesDialog *RankingPanel::tieRulesDialog() const
{
    return m_dialog;
}

void RankingPanel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void RankingPanel::refresh()
{
    m_stale = true;
    if (isVisible())
        rankNow();
}

void RankingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rankNow();
}

void RankingPanel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    m_tieRules->setEnabled(reason.isEmpty());
    m_tieRules->setToolTip(reason.isEmpty() ? tr("Choose and order the rules that separate units with the same total")
                                            : reason);
}

void RankingPanel::rankNow()
{
    m_stale = false;
    if (m_year <= 0)
        return;
    Ranking ranking;
    QString problem;
    try {
        const WaitCursor wait;
        const Ranking all = m_ranking.rankYear(m_year);
        fillGroups(all);
        const QString group = m_group->currentData().toString();
        ranking = group.isEmpty() ? all : m_ranking.rankYear(m_year, group);
        if (m_rollUp->isChecked())
            m_ranking.rollUp(ranking, QDate::currentDate());
    } catch (const ValidationError &error) {
        problem = error.message();
    } catch (const StorageError &error) {
        problem = error.message();
    }
    m_model->setRanking(ranking);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnHidden(column, !m_model->isColumnShown(column));
    if (ranking.isRolledUp()) // the column comes back at the default width after each reset
        m_view->setColumnWidth(RankingTableModel::CurrentUnitColumn,
                               fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_export->setEnabled(problem.isEmpty() && !ranking.rows.isEmpty());
    m_print->setEnabled(problem.isEmpty() && !ranking.rows.isEmpty());
    if (!problem.isEmpty()) {
        m_method->setText(problem);
        m_summary->clear();
        return;
    }
    m_method->setText(RankingTable::vietnameseMethod(ranking));
    int ranked = 0;
    for (const RankedUnit &row : std::as_const(ranking.rows))
        ranked += row.isRanked();
    m_summary->setText(
        tr("Ranked %1 of %2 units; a unit is ranked once every item is reviewed").arg(ranked).arg(ranking.rows.size()));
}

OfficialDocument RankingPanel::document() const
{
    Ranking ranking = m_model->ranking();
    if (ranking.year == 0)
        ranking.year = m_year;
    return RankedListDocument::build(ranking, m_services.plan().organisation(), QDate::currentDate());
}

void RankingPanel::fillGroups(const Ranking &all)
{
    QStringList groups;
    for (const RankedUnit &row : all.rows)
        if (!row.unit.group.isEmpty() && !groups.contains(row.unit.group))
            groups.append(row.unit.group);
    std::sort(groups.begin(), groups.end(), VietnameseCollator());
    const QString chosen = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All units"), QString());
    for (const QString &group : std::as_const(groups))
        m_group->addItem(group, group);
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
}

void RankingPanel::onExportClicked()
{
    const QString path = SaveFileDialog::ask(
        this, tr("Export the ranked list"), kLastDirectoryKey, QStringLiteral("xhht-xep-hang-%1.xlsx").arg(m_year),
        {{tr("Excel workbook (*.xlsx)"), QStringLiteral(".xlsx")}, {tr("CSV, UTF-8 (*.csv)"), QStringLiteral(".csv")}});
    if (!path.isEmpty())
        exportTo(path);
}

bool RankingPanel::exportTo(const QString &path)
{
    const Ranking &ranking = m_model->ranking();
    QList<int> numeric{RankingTableModel::RankColumn};
    if (!ranking.byLevels)
        numeric.append(RankingTableModel::TotalColumn);
    QString error;
    {
        const WaitCursor wait;
        error = SubmissionTemplate::writeTable(path, QStringLiteral("Xep hang %1").arg(m_year),
                                               RankingTable::vietnameseHeaders(ranking),
                                               RankingTable::vietnameseRows(ranking), numeric);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Cannot write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the ranked list of %1 to %2").arg(m_year).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RankingPanel::editTieRules()
{
    if (m_dialog || m_year <= 0 || !m_readOnlyReason.isEmpty())
        return;
    TieRulesDialog *dialog = nullptr;
    try {
        const Rubric rubric = m_services.submissions().context(m_year).rubric;
        dialog = new TieRulesDialog(m_ranking.rules(rubric), rubric, this);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Tie rules"), error.message());
        return;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Tie rules"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RankingPanel::onTieRulesAccepted);
    m_dialog = dialog;
    dialog->open();
}

void RankingPanel::onTieRulesAccepted()
{
    if (!m_dialog)
        return;
    QList<TieRule> rules = m_dialog->rules();
    try {
        // The saved rules serve every year: a rule naming a group that this year's rubric
        // lacks (another rubric's) was not shown, and is kept at the end.
        const Rubric rubric = m_services.submissions().context(m_year).rubric;
        const QString saved = m_services.plan().organisation().rankingRules;
        for (const TieRule &rule : TieRule::listFromText(saved)) {
            bool known = rule.kind != TieRule::GroupTotal;
            for (const Criterion &c : rubric.criteria)
                known = known || (c.kind == QLatin1String("group") && c.code == rule.groupCode);
            if (!known)
                rules.append(rule);
        }
        m_ranking.saveRules(rules);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Tie rules not saved"), error.message());
        return;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Tie rules not saved"), error.message());
        return;
    }
    Q_EMIT statusMessage(tr("Saved the tie rules"));
    refresh();
}
