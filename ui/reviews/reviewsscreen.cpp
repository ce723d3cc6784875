#include "reviewsscreen.h"

#include "commands/changeproposalcommand.h"
#include "commands/undofailurenotice.h"
#include "commendationcataloguedialog.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "io/xlsxtablewriter.h"
#include "phasereviewmodel.h"
#include "proposalconflict.h"
#include "proposaldialog.h"
#include "proposaltablemodel.h"
#include "reports/commendationlistdocument.h"
#include "reports/phasereviewdocument.h"
#include "services/changehub.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "services/organisationservice.h"
#include "services/phasereviewservice.h"
#include "services/planservice.h"
#include "services/services.h"
#include "widgets/reportdocumentfields.h"
#include "widgets/savefiledialog.h"
#include "widgets/screenrefresh.h"
#include "widgets/tablesearch.h"
#include "widgets/waitcursor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kProblemStyle = QStringLiteral("color: #a61b1b");

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReviewsScreen::ReviewsScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_commendations(services.commendations()), m_undoStack(undoStack),
      m_exporter(std::make_unique<ReportExporter>(this)), m_phaseBox(new QComboBox(this)), m_counts(new QLabel(this)),
      m_message(new QLabel(this)), m_tabs(new QTabWidget(this)), m_reviewModel(new PhaseReviewModel(this)),
      m_suggestions(new QListWidget(this)), m_proposalModel(new ProposalTableModel(this)),
      m_accept(new QPushButton(tr("A&ccept"), this)), m_add(new QPushButton(tr("New &proposal…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_fields(new ReportDocumentFields(this)), m_rollUp(new QCheckBox(tr("Count former units und&er today's"), this))
{
    m_phaseBox->setObjectName(QStringLiteral("reviewPhase"));
    m_add->setObjectName(QStringLiteral("newProposal"));
    auto *phaseLabel = new QLabel(tr("P&hase:"), this);
    phaseLabel->setBuddy(m_phaseBox);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(kProblemStyle);
    m_message->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(phaseLabel);
    header->addWidget(m_phaseBox);
    header->addSpacing(16);
    header->addWidget(m_counts, 1);

    m_tabs->addTab(buildReviewTab(), tr("Phase &review"));
    m_tabs->addTab(buildCommendationsTab(), tr("Commendat&ion proposals"));
    m_fields->setDate(QDate::currentDate());

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 70, em * 24});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_phaseBox, &QComboBox::currentIndexChanged, this, [this] { setPhase(m_phaseBox->currentData().toInt()); });
    connect(&m_commendations, &CommendationService::proposalsChanged, this, [this] { reloadProposals(); });
    connect(&m_services.organisation(), &OrganisationService::organisationChanged, this, [this] {
        try {
            m_fields->setOrganisation(m_services.organisation().settings());
        } catch (const StorageError &) {
            // The fields keep what they had; making a document will tell what is wrong.
        }
    });
    connect(&m_services.catalogue(), &CommendationCatalogueService::catalogueChanged, this,
            [this] { reloadProposals(); });
    connect(this, &ReviewsScreen::undoFailed, this,
            [this](const QString &message) { UndoFailureNotice::show(this, message); });
    fillPhases();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    auto *refresh = new ScreenRefresh(
        this, m_services.changes(),
        [](const DataChange &c) {
            return c.kind == DataChange::Kind::Units || c.kind == DataChange::Kind::Submissions ||
                   c.kind == DataChange::Kind::YearSettings || c.kind == DataChange::Kind::Rubrics ||
                   c.kind == DataChange::Kind::Tasks;
        },
        [this] { reload(); });
    refresh->keepScrollOf(m_reviewView);
}

ReviewsScreen::~ReviewsScreen() = default;

ProposalDialog *ReviewsScreen::proposalDialog() const
{
    return m_dialog;
}

QWidget *ReviewsScreen::buildReviewTab()
{
    auto *page = new QWidget(this);
    m_reviewView = tableView(m_reviewModel, page);
    m_reviewView->setObjectName(QStringLiteral("reviewTable"));
    m_reviewView->horizontalHeader()->setStretchLastSection(false);
    auto *preview = new QPushButton(tr("Pre&view and print…"), page);
    auto *pdf = new QPushButton(tr("Export &PDF…"), page);
    auto *odt = new QPushButton(tr("Export &ODT…"), page);
    connect(preview, &QPushButton::clicked, this, &ReviewsScreen::previewReview);
    connect(pdf, &QPushButton::clicked, this, [this] { exportReview(QStringLiteral(".pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { exportReview(QStringLiteral(".odt")); });
    m_rollUp->setObjectName(QStringLiteral("reviewRollUp"));
    m_rollUp->setChecked(true);
    m_rollUp->setToolTip(tr("Count the results of merged or split units under the units they became (quy đổi theo "
                            "đơn vị hiện nay); unticked, each former unit keeps a row of its own"));
    connect(m_rollUp, &QCheckBox::toggled, this, &ReviewsScreen::reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rollUp);
    buttons->addSpacing(16);
    buttons->addWidget(new QLabel(tr("The review report:"), page));
    buttons->addWidget(preview);
    buttons->addWidget(pdf);
    buttons->addWidget(odt);
    buttons->addStretch(1);
    m_reviewSearch = new TableSearch(m_reviewView, 0, -1, page); // column 0: the unit
    m_reviewSearch->setObjectName(QStringLiteral("reviewSearch"));
    auto *findLabel = new QLabel(tr("&Find:"), page);
    findLabel->setBuddy(m_reviewSearch);
    auto *find = new QHBoxLayout;
    find->addWidget(findLabel);
    find->addWidget(m_reviewSearch, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(find);
    layout->addWidget(m_reviewView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *ReviewsScreen::buildCommendationsTab()
{
    auto *page = new QWidget(this);
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    auto *suggestionLabel = new QLabel(tr("&Suggested by the rules (tick those to propose):"), page);
    suggestionLabel->setBuddy(m_suggestions);
    m_proposalView = tableView(m_proposalModel, page);
    m_proposalView->setObjectName(QStringLiteral("proposalTable"));
    m_proposalView->horizontalHeader()->setStretchLastSection(false);
    auto *proposalLabel = new QLabel(tr("Proposals:"), page);
    proposalLabel->setBuddy(m_proposalView);
    auto *catalogue = new QPushButton(tr("Ca&talogue…"), page);
    auto *preview = m_listPreview = new QPushButton(tr("Pre&view list…"), page);
    auto *pdf = m_listPdf = new QPushButton(tr("List as PD&F…"), page);
    auto *xlsx = m_listXlsx = new QPushButton(tr("List as &XLSX…"), page);
    preview->setObjectName(QStringLiteral("previewProposalList"));
    pdf->setObjectName(QStringLiteral("proposalListPdf"));
    xlsx->setObjectName(QStringLiteral("proposalListXlsx"));

    connect(m_accept, &QPushButton::clicked, this, &ReviewsScreen::acceptSuggestions);
    connect(m_add, &QPushButton::clicked, this, &ReviewsScreen::addProposal);
    connect(m_edit, &QPushButton::clicked, this, &ReviewsScreen::editCurrentProposal);
    connect(m_remove, &QPushButton::clicked, this, &ReviewsScreen::removeCurrentProposal);
    connect(catalogue, &QPushButton::clicked, this, &ReviewsScreen::openCatalogue);
    connect(preview, &QPushButton::clicked, this, &ReviewsScreen::previewList);
    connect(pdf, &QPushButton::clicked, this, [this] { exportList(QStringLiteral(".pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportList(QStringLiteral(".xlsx")); });
    connect(m_proposalView, &QTableView::activated, this, &ReviewsScreen::editCurrentProposal);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsScreen::updateActions);
    connect(m_suggestions, &QListWidget::itemChanged, this, &ReviewsScreen::updateActions);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, &ReviewsScreen::updateActions);

    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(m_accept);
    suggestionButtons->addStretch(1);
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(m_add);
    proposalButtons->addWidget(m_edit);
    proposalButtons->addWidget(m_remove);
    proposalButtons->addWidget(catalogue);
    proposalButtons->addStretch(1);
    proposalButtons->addWidget(preview);
    proposalButtons->addWidget(pdf);
    proposalButtons->addWidget(xlsx);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(suggestionLabel);
    layout->addWidget(m_suggestions, 1);
    layout->addLayout(suggestionButtons);
    layout->addWidget(proposalLabel);
    layout->addWidget(m_proposalView, 2);
    layout->addLayout(proposalButtons);
    return page;
}

void ReviewsScreen::setToday(QDate today)
{
    m_today = today;
    m_fields->setDate(today);
    reload();
}

void ReviewsScreen::fillPhases()
{
    QList<Phase> phases;
    try {
        phases = m_services.phaseReviews().phases();
    } catch (const StorageError &error) {
        m_message->setText(error.message());
        m_message->show();
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    int wanted = phases.isEmpty() ? 0 : phases.first().number;
    {
        const QSignalBlocker blocker(m_phaseBox);
        m_phaseBox->clear();
        for (const Phase &phase : std::as_const(phases)) {
            m_phaseBox->addItem(tr("%1 (%2–%3): %4")
                                    .arg(phase.name)
                                    .arg(phase.yearFrom)
                                    .arg(phase.yearTo)
                                    .arg(phase.reviewName.isEmpty() ? phase.reviewKind : phase.reviewName),
                                phase.number);
            if (phase.contains(today.year()))
                wanted = phase.number;
        }
    }
    const int index = m_phaseBox->findData(m_phase ? m_phase : wanted);
    m_phaseBox->setCurrentIndex(index >= 0 ? index : 0);
    setPhase(m_phaseBox->currentData().toInt());
}

void ReviewsScreen::setPhase(int number)
{
    if (number <= 0)
        return;
    m_phase = number;
    const int index = m_phaseBox->findData(number);
    if (index >= 0 && index != m_phaseBox->currentIndex()) {
        const QSignalBlocker blocker(m_phaseBox);
        m_phaseBox->setCurrentIndex(index);
    }
    reload();
}

void ReviewsScreen::reload()
{
    if (m_phase <= 0)
        return;
    QString problem;
    try {
        const WaitCursor wait;
        PhaseReviewService &service = m_services.phaseReviews();
        if (m_today.isValid())
            service.setToday(m_today);
        service.setRollUp(m_rollUp->isChecked());
        m_review = service.load(m_phase);
    } catch (const ValidationError &error) {
        problem = error.message();
    } catch (const StorageError &error) {
        problem = error.message();
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_review = PhaseReview();
    m_unitOrder.clear();
    m_unitNames.clear();
    int ended = 0;
    for (const PhaseUnitRow &row : std::as_const(m_review.rows)) {
        m_unitNames.insert(row.unit.id, row.unit.name);
        if (row.ended)
            ++ended;
        else
            m_unitOrder.append(row.unit.id);
    }
    m_reviewModel->setReview(m_review);
    m_reviewView->resizeColumnsToContents();
    m_reviewView->resizeRowsToContents();
    try {
        m_fields->setOrganisation(m_services.plan().organisation());
    } catch (const StorageError &) {
        // The fields keep what they had; making a document will tell what is wrong.
    }
    if (m_review.years.isEmpty())
        m_counts->setText(problem.isEmpty() ? tr("No year of this phase has data yet.") : QString());
    else
        m_counts->setText((m_review.years.size() == 1
                               ? tr("%n unit(s) at the end of the phase, year %1", nullptr, int(m_unitOrder.size()))
                                     .arg(m_review.years.first())
                               : tr("%n unit(s) at the end of the phase, years %1–%2", nullptr, int(m_unitOrder.size()))
                                     .arg(m_review.years.first())
                                     .arg(m_review.years.last())) +
                          (ended ? tr("; %n unit(s) ended during the phase", nullptr, ended) : QString()));
    reloadProposals();
}

void ReviewsScreen::reloadProposals(qint64 select)
{
    if (m_batch)
        return;
    if (!select)
        select = currentProposalId();
    QList<CommendationProposal> proposals;
    QList<Individual> individuals;
    QList<CommendationForm> forms;
    QList<SuggestionRule> rules;
    try {
        proposals = m_commendations.proposals(m_phase);
        individuals = m_services.catalogue().individuals();
        forms = m_services.catalogue().forms();
        rules = m_services.catalogue().rules();
    } catch (const StorageError &error) {
        m_message->setText(error.message());
        m_message->show();
    }
    QHash<qint64, QString> names = m_unitNames;
    m_proposalModel->setNames(names, individuals, forms);
    m_proposalModel->setProposals(proposals);
    m_proposalView->resizeColumnsToContents();
    // The achievement takes what room is left; long names wrap instead of scrolling.
    m_proposalView->horizontalHeader()->setSectionResizeMode(ProposalTableModel::ReasonColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (m_proposalView->columnWidth(ProposalTableModel::NameColumn) > em * 22)
        m_proposalView->setColumnWidth(ProposalTableModel::NameColumn, em * 22);
    m_proposalView->resizeRowsToContents();
    if (const int row = m_proposalModel->rowOf(select); row >= 0)
        m_proposalView->selectRow(row);

    m_suggested = CommendationService::suggest(m_review, rules, proposals);
    const QSignalBlocker blocker(m_suggestions);
    m_suggestions->clear();
    for (const CommendationSuggestion &suggestion : std::as_const(m_suggested)) {
        const QString text =
            tr("%1: %2 (%3)").arg(suggestion.unitName, m_proposalModel->formName(suggestion.formId), suggestion.reason);
        auto *item = new QListWidgetItem(suggestion.alreadyProposed ? tr("%1, already proposed").arg(text) : text);
        item->setFlags(suggestion.alreadyProposed ? Qt::ItemIsEnabled
                                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        if (!suggestion.alreadyProposed)
            item->setCheckState(Qt::Unchecked);
        m_suggestions->addItem(item);
    }
    if (m_suggested.isEmpty())
        explainNoSuggestion(rules.isEmpty());
    updateActions();
}

// An empty list says why: no rules, or a year of the phase not fully scored yet.
void ReviewsScreen::explainNoSuggestion(bool noRules)
{
    QStringList unscored;
    for (const PhaseYearFigures &year : std::as_const(m_review.perYear))
        if (year.reviewed < year.received || year.received == 0)
            unscored.append(QString::number(year.year));
    for (int y = m_review.phase.yearFrom; y <= m_review.phase.yearTo; ++y)
        if (!m_review.years.contains(y))
            unscored.append(QString::number(y));
    const QString why = noRules ? tr("No suggestion: there are no rules yet (Catalogue…, Suggestion rules).")
                        : !unscored.isEmpty()
                            ? tr("No suggestion yet: %1 not fully scored; the rules look at every year of the phase.")
                                  .arg(unscored.join(QStringLiteral(", ")))
                            : tr("No unit meets the rules.");
    auto *item = new QListWidgetItem(why, m_suggestions);
    item->setFlags(Qt::ItemIsEnabled);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
}

void ReviewsScreen::updateActions()
{
    bool any = false;
    for (int i = 0; i < m_suggestions->count(); ++i)
        if (m_suggestions->item(i)->flags().testFlag(Qt::ItemIsUserCheckable))
            any = true;
    // Proposals are the council's work (and none on a read-only database).
    const QString refusal = m_services.changeRefusal(ChangeArea::Commendations);
    const bool may = refusal.isEmpty();
    m_accept->setEnabled(may && any);
    const bool hasProposal = currentProposalId() != 0;
    m_edit->setEnabled(may && hasProposal);
    m_remove->setEnabled(may && hasProposal);
    m_add->setEnabled(may && m_phase > 0 && !m_unitOrder.isEmpty());
    for (QPushButton *button : {m_accept, m_edit, m_remove, m_add})
        button->setToolTip(refusal);
    // An empty list is not a document to send: nothing to preview or export.
    const bool proposals = !m_proposalModel->proposals().isEmpty();
    const QString why = proposals ? QString() : tr("The phase has no commendation proposals yet: propose units first");
    for (QPushButton *button : {m_listPreview, m_listPdf, m_listXlsx}) {
        if (button == nullptr)
            continue;
        button->setEnabled(proposals);
        button->setToolTip(why);
    }
}

qint64 ReviewsScreen::currentProposalId() const
{
    const QModelIndex index = m_proposalView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ProposalTableModel::IdRole).toLongLong() : 0;
}

bool ReviewsScreen::push(const std::optional<CommendationProposal> &before,
                         const std::optional<CommendationProposal> &after, const QString &text)
{
    if (!m_undoStack)
        return true;
    m_undoStack->push(new ChangeProposalCommand(m_commendations, before, after, text,
                                                [this](const QString &message) { Q_EMIT undoFailed(message); }));
    return true;
}

bool ReviewsScreen::acceptSuggestions()
{
    QList<int> chosen;
    for (int i = 0; i < m_suggestions->count(); ++i)
        if (m_suggestions->item(i)->flags().testFlag(Qt::ItemIsUserCheckable) &&
            m_suggestions->item(i)->checkState() == Qt::Checked)
            chosen.append(i);
    if (chosen.isEmpty() && m_suggestions->currentItem() &&
        m_suggestions->currentItem()->flags().testFlag(Qt::ItemIsUserCheckable))
        chosen.append(m_suggestions->currentRow());
    if (chosen.isEmpty())
        return false;
    const QList<CommendationSuggestion> suggested = m_suggested;
    QList<CommendationProposal> saved;
    QString failure;
    m_batch = true; // one reload after the batch, not one per proposal saved
    for (int i : std::as_const(chosen)) {
        const CommendationSuggestion &suggestion = suggested.at(i);
        CommendationProposal proposal;
        proposal.phaseNumber = m_phase;
        proposal.year = m_review.phase.reviewYear;
        proposal.formId = suggestion.formId;
        proposal.unitId = suggestion.unitId;
        proposal.reason = suggestion.reason;
        proposal.ruleKey = suggestion.ruleKey;
        try {
            saved.append(m_commendations.saveProposal(proposal));
        } catch (const ValidationError &error) {
            failure = tr("%1: %2").arg(suggestion.unitName, error.message());
            break;
        } catch (const StorageError &error) {
            failure = error.message();
            break;
        }
    }
    m_batch = false;
    reloadProposals();
    if (m_undoStack && !saved.isEmpty()) {
        m_undoStack->beginMacro(tr("Accept %n suggestion(s)", nullptr, int(saved.size())));
        for (const CommendationProposal &proposal : std::as_const(saved))
            push(std::nullopt, proposal, tr("Propose %1").arg(m_unitNames.value(proposal.unitId)));
        m_undoStack->endMacro();
    }
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Accept suggestions"), failure);
    if (!saved.isEmpty())
        Q_EMIT statusMessage(tr("%n proposal(s) added", nullptr, int(saved.size())));
    return !saved.isEmpty();
}

void ReviewsScreen::addProposal()
{
    CommendationProposal proposal;
    proposal.phaseNumber = m_phase;
    proposal.year = m_review.phase.reviewYear;
    if (const QModelIndex index = m_reviewView->currentIndex(); index.isValid())
        proposal.unitId = index.data(PhaseReviewModel::UnitIdRole).toLongLong();
    openDialog(proposal);
}

void ReviewsScreen::editCurrentProposal()
{
    const int row = m_proposalModel->rowOf(currentProposalId());
    if (row >= 0)
        openDialog(m_proposalModel->proposals().at(row));
}

void ReviewsScreen::openDialog(const CommendationProposal &proposal)
{
    QList<CommendationForm> forms;
    const QString occasion = m_review.phase.reviewKind;
    try {
        for (const CommendationForm &form : m_services.catalogue().forms(true))
            if (form.kind == QLatin1String("form") &&
                (occasion.isEmpty() || form.occasions.contains(occasion) || form.id == proposal.formId))
                forms.append(form);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Commendation proposal"), error.message());
        return;
    }
    const std::optional<CommendationProposal> before =
        proposal.id ? std::optional<CommendationProposal>(proposal) : std::nullopt;
    auto save = [this, before, forms](const CommendationProposal &edited) -> QString {
        if (before && edited == *before)
            return {};
        std::optional<CommendationProposal> base = before;
        CommendationProposal mine = edited;
        for (;;) {
            try {
                const CommendationProposal saved = m_commendations.saveProposal(mine);
                push(base, saved,
                     base ? tr("Edit the proposal for %1").arg(m_proposalModel->nameOf(saved))
                          : tr("Propose %1").arg(m_proposalModel->nameOf(saved)));
                // proposalsChanged has reloaded the list: show the proposal saved.
                if (const int row = m_proposalModel->rowOf(saved.id); row >= 0)
                    m_proposalView->selectRow(row);
                Q_EMIT statusMessage(tr("Proposal saved"));
                return {};
            } catch (const ValidationError &error) {
                return error.message();
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Conflict)
                    return error.message();
                const ProposalConflict::Answer answer =
                    ProposalConflict::ask(m_dialog, m_commendations, mine, error.message(), forms);
                if (answer.reload)
                    reloadProposals(mine.id);
                if (!answer.overwrite)
                    return answer.refusal;
                mine = *answer.overwrite;
                base = answer.theirs;
            }
        }
    };
    m_dialog =
        new ProposalDialog(proposal, m_unitOrder, m_unitNames, m_proposalModel->individuals(), forms, save, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

bool ReviewsScreen::removeCurrentProposal()
{
    const int row = m_proposalModel->rowOf(currentProposalId());
    if (row < 0)
        return false;
    const CommendationProposal proposal = m_proposalModel->proposals().at(row);
    try {
        m_commendations.removeProposal(proposal);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Remove the proposal"), error.message());
        return false;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Remove the proposal"), error.message());
        return false;
    }
    push(proposal, std::nullopt, tr("Remove the proposal for %1").arg(m_proposalModel->nameOf(proposal)));
    Q_EMIT statusMessage(tr("Proposal removed (Ctrl+Z puts it back)"));
    return true;
}

void ReviewsScreen::openCatalogue()
{
    QList<RubricClass> classes;
    if (!m_review.perYear.isEmpty())
        classes = m_review.perYear.last().rubricClasses;
    auto *dialog = new CommendationCatalogueDialog(m_services.catalogue(), m_unitOrder, m_unitNames, classes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList ReviewsScreen::commendationLines() const
{
    return CommendationListDocument::summaryLines(m_commendations.list(m_phase, m_review.phase.reviewYear));
}

OfficialDocument ReviewsScreen::reviewDocument() const
{
    return PhaseReviewDocument::build(m_review, m_fields->organisation(), m_fields->date(), m_fields->number(),
                                      commendationLines());
}

OfficialDocument ReviewsScreen::listDocument() const
{
    return CommendationListDocument::build(m_commendations.list(m_phase, m_review.phase.reviewYear),
                                           m_fields->organisation(), m_fields->date(), m_fields->number());
}

QString ReviewsScreen::phaseFileStem() const
{
    return m_review.phase.reviewKind == QLatin1String("tong_ket")
               ? QStringLiteral("tong-ket-%1").arg(m_review.phase.reviewYear)
               : QStringLiteral("so-ket-%1").arg(m_review.phase.reviewYear);
}

void ReviewsScreen::setSaveFileNameProvider(ReportExporter::SaveFileNameProvider provider)
{
    m_fileNames = provider;
    m_exporter->setSaveFileNameProvider(std::move(provider));
}

void ReviewsScreen::previewReview()
{
    // Printing from the preview makes the document: it asks for the signer as an export does.
    if (!m_review.years.isEmpty() && m_fields->ensureSigner(m_services.organisation()))
        m_exporter->preview([this] { return reviewDocument(); });
}

void ReviewsScreen::exportReview(const QString &suffix)
{
    if (m_review.years.isEmpty() || !m_fields->ensureSigner(m_services.organisation()))
        return;
    const bool odt = suffix == QLatin1String(".odt");
    const QString path =
        m_exporter->askSaveFileName(odt ? tr("Export the review report to ODT") : tr("Export the review report to PDF"),
                                    QStringLiteral("bao-cao-%1%2").arg(phaseFileStem(), suffix),
                                    odt ? tr("ODF text documents (*.odt)") : tr("PDF documents (*.pdf)"), suffix);
    if (!path.isEmpty() && m_exporter->write([this] { return reviewDocument(); }, path))
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReviewsScreen::previewList()
{
    if (!m_proposalModel->proposals().isEmpty() && m_fields->ensureSigner(m_services.organisation()))
        m_exporter->preview([this] { return listDocument(); });
}

void ReviewsScreen::exportList(const QString &suffix)
{
    const bool xlsx = suffix == QLatin1String(".xlsx");
    const QString name = QStringLiteral("de-nghi-khen-thuong-%1%2").arg(phaseFileStem(), suffix);
    if (m_proposalModel->proposals().isEmpty())
        return;
    if (!xlsx) {
        if (!m_fields->ensureSigner(m_services.organisation()))
            return;
        const QString path = m_exporter->askSaveFileName(tr("Export the proposal list to PDF"), name,
                                                         tr("PDF documents (*.pdf)"), suffix);
        if (!path.isEmpty() && m_exporter->write([this] { return listDocument(); }, path))
            Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString path =
        SaveFileDialog::ask(this, tr("Export the proposal list to XLSX"), QStringLiteral("reviews/lastDirectory"), name,
                            {{tr("Excel workbooks (*.xlsx)"), suffix}}, m_fileNames);
    if (path.isEmpty())
        return;
    QString error;
    bool written = false;
    try {
        const WaitCursor wait;
        written =
            CommendationListDocument::writeXlsx(m_commendations.list(m_phase, m_review.phase.reviewYear), path, &error);
    } catch (const StorageError &failure) {
        error = failure.message();
    }
    if (!written) {
        QMessageBox::warning(this, tr("Export the proposal list"),
                             tr("The list could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}
