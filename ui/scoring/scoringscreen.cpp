#include "scoringscreen.h"

#include "chartspanel.h"
#include "commands/undofailurenotice.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "rankingpanel.h"
#include "reviewwriter.h"
#include "rubriceditordialog.h"
#include "scoredelegate.h"
#include "scoringgridmodel.h"
#include "services/changehub.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/yearlockservice.h"
#include "widgets/evidenceopener.h"
#include "widgets/mutedtext.h"
#include "widgets/screenrefresh.h"
#include "widgets/tablesearch.h"
#include "widgets/waitcursor.h"
#include "widgets/yearcombo.h"
#include "yearlocktoggle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QString lockLabelHtml(int iconSize, const QString &text)
{
    return QStringLiteral("<img src=\":/icons/lock.svg\" width=\"%1\" height=\"%1\" style=\"vertical-align: "
                          "middle\"> %2")
        .arg(iconSize)
        .arg(text.toHtmlEscaped());
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

ScoringScreen::ScoringScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_service(services.submissions()), m_yearLock(services.yearLock()),
      m_evidenceOpener(std::make_unique<EvidenceOpener>(services.submissions())),
      m_writer(std::make_unique<ReviewWriter>(services.submissions(), undoStack,
                                              [screen = QPointer<ScoringScreen>(this)](const QString &message) {
                                                  if (screen)
                                                      Q_EMIT screen->undoFailed(message);
                                              })),
      m_lockToggle(new YearLockToggle(services.yearLock(), services.changeRefusal(ChangeArea::YearLock), this)),
      m_model(new ScoringGridModel(this)), m_delegate(new ScoreDelegate(m_model, this)), m_yearBox(new QComboBox(this)),
      m_counts(new QLabel(this)), m_lock(new QLabel(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_ranking(new RankingPanel(services, this)), m_charts(new ChartsPanel(services, this))
{
    m_writer->setConflictAsker([this](const QString &reason, const QStringList &differences) {
        return SaveConflict::ask(this, reason, differences);
    });
    m_yearBox->setObjectName(QStringLiteral("scoringYear"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_counts->setObjectName(QStringLiteral("scoringCounts"));
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);
    const int iconSize = fontMetrics().height();
    m_lock->setObjectName(QStringLiteral("scoringLock"));
    m_lock->setTextFormat(Qt::RichText);
    m_lock->setText(lockLabelHtml(iconSize, tr("Year locked")));
    m_lock->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(yearLabel);
    header->addWidget(m_yearBox);
    header->addSpacing(16);
    header->addWidget(m_counts, 1);
    header->addWidget(m_lock);

    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(iconSize, iconSize));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_noteAction);
    toolBar->addAction(m_evidenceAction);
    toolBar->addSeparator();
    QAction *rubric =
        toolBar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("R&ubric…"), this, &ScoringScreen::editRubric);
    rubric->setObjectName(QStringLiteral("editRubric"));
    rubric->setToolTip(tr("The year's rubric: its items, maxima, steps and tiers; copy a preset to change them"));
    toolBar->addAction(m_lockToggle->action());

    m_message->setObjectName(QStringLiteral("scoringMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #f5c2c0; "
                                            "border-radius: 3px; padding: 4px 8px; }"));
    m_message->hide();

    m_tabs->setObjectName(QStringLiteral("scoringTabs"));
    m_tabs->addTab(createGridTab(), tr("&Scores"));
    m_tabs->addTab(m_ranking, tr("&Ranked list"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    connect(m_charts, &ChartsPanel::statusMessage, this, &ScoringScreen::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearBox->currentIndex() >= 0)
            setYear(m_yearBox->currentData().toInt());
    });
    connect(m_delegate, &ScoreDelegate::scoreEntered, this, &ScoringScreen::onScoreEntered);
    connect(m_delegate, &ScoreDelegate::inputRefused, this, &ScoringScreen::onInputRefused);
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) { onEditorClosed(int(hint)); });
    connect(m_view, &QTableView::activated, this, &ScoringScreen::onActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ScoringScreen::onContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScoringScreen::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_charts->setUnit(current.data(ScoringGridModel::UnitIdRole).toLongLong());
    });
    connect(m_ranking, &RankingPanel::statusMessage, this, &ScoringScreen::statusMessage);
    connect(&m_service, &SubmissionService::submissionSaved, this, &ScoringScreen::onSubmissionSaved);
    connect(&m_service, &SubmissionService::yearChanged, this, &ScoringScreen::onYearChanged);
    connect(&m_yearLock, &YearLockService::lockChanged, this, &ScoringScreen::onLockChanged);
    connect(
        this, &ScoringScreen::undoFailed, this,
        [this](const QString &message) {
            showProblem(message);
            UndoFailureNotice::show(this, message);
        },
        Qt::QueuedConnection);
    setFocusProxy(m_view);

    if (!m_services.mayChange(ChangeArea::ReviewedScores))
        m_ranking->setReadOnlyReason(readOnlyReason());
    fillYears();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    auto *refresh = new ScreenRefresh(
        this, m_services.changes(),
        [this](const DataChange &c) {
            return c.concerns(DataChange::Kind::Units, m_year) || c.concerns(DataChange::Kind::YearSettings, m_year) ||
                   c.concerns(DataChange::Kind::Rubrics, m_year);
        },
        [this] { reload(); });
    refresh->keepScrollOf(m_view);
}

ScoringScreen::~ScoringScreen() = default;

QWidget *ScoringScreen::createGridTab()
{
    auto *page = new QWidget(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("scoringView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2 + 6);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->horizontalHeader()->setMinimumSectionSize(24);
    m_view->addAction(m_noteAction);
    m_view->addAction(m_clearAction);

    auto *legend = new QLabel(tr("In each cell: the unit's self-score (small, grey) and the reviewed score. "
                                 "Amber: the reviewed score differs from the self-score. Blue corner: a note. "
                                 "Type a score and press Enter to go down to the next unit; Shift+F2 edits the note, "
                                 "Delete clears the reviewed score."),
                              page);
    legend->setObjectName(QStringLiteral("scoringLegend"));
    legend->setWordWrap(true);
    QPalette palette = legend->palette();
    palette.setColor(QPalette::WindowText, MutedText::colour(palette));
    legend->setPalette(palette);

    m_search = new TableSearch(m_view, ScoringGridModel::UnitColumn, -1, page);
    m_search->setObjectName(QStringLiteral("scoringSearch"));
    auto *findLabel = new QLabel(tr("&Find:"), page);
    findLabel->setBuddy(m_search);
    auto *find = new QHBoxLayout;
    find->addWidget(findLabel);
    find->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(find);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);
    return page;
}

void ScoringScreen::createActions()
{
    m_noteAction = new QAction(QIcon(QStringLiteral(":/icons/note.svg")), tr("&Note…"), this);
    m_noteAction->setObjectName(QStringLiteral("editScoreNote"));
    m_noteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_noteAction, &QAction::triggered, this, &ScoringScreen::editNote);
    m_evidenceAction = new QAction(QIcon(QStringLiteral(":/icons/evidence.svg")), tr("Open &evidence"), this);
    m_evidenceAction->setObjectName(QStringLiteral("openScoreEvidence"));
    m_evidenceAction->setToolTip(tr("The files the unit sent as evidence for the selected item"));
    connect(m_evidenceAction, &QAction::triggered, this, &ScoringScreen::showEvidenceMenu);
    m_clearAction = new QAction(tr("&Clear reviewed score"), this);
    m_clearAction->setObjectName(QStringLiteral("clearReviewedScore"));
    m_clearAction->setShortcut(QKeySequence::Delete);
    m_clearAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        qint64 unitId = 0;
        qint64 criterionId = 0;
        if (currentCell(&unitId, &criterionId) && (m_view->currentIndex().flags() & Qt::ItemIsEditable))
            setReviewedScore(unitId, criterionId, QString());
    });
}

QAction *ScoringScreen::lockAction() const
{
    return m_lockToggle->action();
}

void ScoringScreen::toggleLock()
{
    m_lockToggle->toggle();
}

QInputDialog *ScoringScreen::noteDialog() const
{
    return m_noteDialog;
}

void ScoringScreen::fillYears()
{
    const int year = YearCombo::fill(m_yearBox, m_service.years(), m_year);
    if (year == 0) {
        m_year = 0;
        m_counts->setText(tr("No year has settings yet"));
        updateLockState();
        updateActions();
        return;
    }
    m_year = 0; // reload even when the year stays
    setYear(year);
}

void ScoringScreen::editRubric()
{
    RubricEditorDialog dialog(m_services, m_year, this);
    connect(&dialog, &RubricEditorDialog::rubricChanged, this, [this](int year) {
        if (year == m_year)
            reload();
    });
    dialog.exec();
}

void ScoringScreen::setYear(int year)
{
    if (year == m_year && m_model->year() == year)
        return;
    m_year = year;
    if (m_yearBox->currentData().toInt() != year) {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    }
    clearProblem();
    reload();
}

void ScoringScreen::reload()
{
    if (m_year <= 0)
        return;
    qint64 unitId = 0;
    qint64 criterionId = 0;
    const bool hadCell = currentCell(&unitId, &criterionId);
    try {
        const WaitCursor wait;
        const YearContext context = m_service.context(m_year);
        m_model->setYear(context, m_service.loadYear(m_year));
        m_locked = context.settings.locked;
    } catch (const ValidationError &error) {
        showProblem(error.message());
    } catch (const StorageError &error) {
        showProblem(error.message());
    }
    m_model->setEditable(readOnlyReason().isEmpty());
    setColumnWidths();
    updateCounts();
    updateLockState();
    if (hadCell)
        selectCell(unitId, criterionId);
    updateActions();
    m_ranking->setYear(m_year);
    m_ranking->refresh();
    m_charts->setYear(m_year);
    m_charts->invalidate();
}

QString ScoringScreen::readOnlyReason() const
{
    if (const QString why = m_services.changeRefusal(ChangeArea::ReviewedScores); !why.isEmpty())
        return why;
    if (m_locked)
        return tr("The year %1 is locked: its scores cannot be changed until it is unlocked.").arg(m_year);
    return QString();
}

void ScoringScreen::updateCounts()
{
    if (m_year <= 0)
        return;
    const int received = m_model->receivedCount();
    m_counts->setText(tr("Reviewed in full: %1 of %2 received · Not received: %3")
                          .arg(m_model->completeCount())
                          .arg(received)
                          .arg(m_model->rowCount() - received));
    m_counts->setToolTip(tr("A unit is reviewed in full when every item of the rubric has a reviewed score; only "
                            "then does it get a total, a classification and a rank."));
}

void ScoringScreen::updateLockState()
{
    m_lock->setVisible(m_locked);
    m_lock->setToolTip(m_locked ? readOnlyReason() : QString());
    m_lockToggle->setYear(m_year, m_locked);
}

void ScoringScreen::updateActions()
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    const bool onCell = currentCell(&unitId, &criterionId);
    const int row = onCell ? m_model->rowOfUnit(unitId) : -1;
    const bool received = row >= 0 && m_model->isReceived(row);
    const QString readOnly = readOnlyReason();
    m_noteAction->setEnabled(received && readOnly.isEmpty());
    m_clearAction->setEnabled(received && readOnly.isEmpty());
    if (!readOnly.isEmpty())
        m_noteAction->setToolTip(readOnly);
    else
        m_noteAction->setToolTip(tr("Write a note on the selected item of the unit's review (Shift+F2)"));
    m_evidenceAction->setEnabled(received);
}

void ScoringScreen::setColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_view->horizontalHeader();
    // The unit's name as wide as the widest short name (within reason), so that a narrow
    // window scrolls sideways instead of cutting names to a few letters.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(ScoringGridModel::UnitColumn, QHeaderView::Interactive);
    int unitWidth =
        metrics.horizontalAdvance(m_model->headerData(ScoringGridModel::UnitColumn, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        unitWidth = std::max(
            unitWidth, metrics.horizontalAdvance(m_model->index(row, ScoringGridModel::UnitColumn).data().toString()));
    m_view->setColumnWidth(ScoringGridModel::UnitColumn, std::min(unitWidth + em * 2, em * 24));
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    for (int column = ScoringGridModel::FirstCriterionColumn; column < m_model->totalColumn(); ++column) {
        const int cell = ScoreDelegate::cellWidth(*m_model->criterionAt(column), option);
        // The header's widest line (the code over the title's first words).
        const int title =
            header->fontMetrics().size(0, m_model->headerData(column, Qt::Horizontal).toString()).width() + em * 2;
        m_view->setColumnWidth(column, std::max(cell, title));
    }
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(
        m_model->totalColumn(),
        std::max(QFontMetrics(bold).horizontalAdvance(QStringLiteral("100,00")),
                 metrics.horizontalAdvance(m_model->headerData(m_model->totalColumn(), Qt::Horizontal).toString())) +
            em * 2);
    int classification = metrics.horizontalAdvance(tr("%1 of %2 reviewed").arg(10).arg(10));
    for (const RubricClass &k : m_model->rubric().classes)
        classification = std::max(classification, metrics.horizontalAdvance(k.name));
    m_view->setColumnWidth(m_model->classificationColumn(), classification + em * 2);
}

void ScoringScreen::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT statusMessage(message);
}

void ScoringScreen::clearProblem()
{
    m_message->clear();
    m_message->hide();
}

const Criterion *ScoringScreen::criterionById(qint64 criterionId) const
{
    return m_model->criterionAt(m_model->columnOfCriterion(criterionId));
}

bool ScoringScreen::setReviewedScore(qint64 unitId, qint64 criterionId, const QString &text)
{
    const Criterion *criterion = criterionById(criterionId);
    const int row = m_model->rowOfUnit(unitId);
    if (!criterion || row < 0)
        return false;
    if (const QString reason = readOnlyReason(); !reason.isEmpty()) {
        showProblem(tr("Not saved: %1").arg(reason));
        return false;
    }
    return report(
        m_writer->setReviewed(m_model->unitAt(row), m_year, *criterion, text, m_model->scoreAt(row, criterionId)));
}

bool ScoringScreen::setNote(qint64 unitId, qint64 criterionId, const QString &note)
{
    const Criterion *criterion = criterionById(criterionId);
    const int row = m_model->rowOfUnit(unitId);
    if (!criterion || row < 0)
        return false;
    if (const QString reason = readOnlyReason(); !reason.isEmpty()) {
        showProblem(tr("Not saved: %1").arg(reason));
        return false;
    }
    return report(
        m_writer->setNote(m_model->unitAt(row), m_year, *criterion, note, m_model->scoreAt(row, criterionId)));
}

bool ScoringScreen::report(const ReviewWriter::Result &result)
{
    if (result.theirs)
        m_model->updateSubmission(*result.theirs);
    if (!result.saved) {
        showProblem(result.message);
        return false;
    }
    clearProblem();
    if (!result.message.isEmpty())
        Q_EMIT statusMessage(result.message);
    return true;
}

QList<Evidence> ScoringScreen::evidenceFor(qint64 unitId, qint64 criterionId) const
{
    QList<Evidence> files;
    for (const Evidence &e : m_service.load(unitId, m_year).evidence)
        if (e.criterionId == criterionId)
            files.append(e);
    return files;
}

bool ScoringScreen::currentCell(qint64 *unitId, qint64 *criterionId) const
{
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    if (!current.isValid() || !m_model->isCriterionColumn(current.column()))
        return false;
    *unitId = current.data(ScoringGridModel::UnitIdRole).toLongLong();
    *criterionId = current.data(ScoringGridModel::CriterionIdRole).toLongLong();
    return true;
}

void ScoringScreen::selectCell(qint64 unitId, qint64 criterionId)
{
    const int row = m_model->rowOfUnit(unitId);
    const int column = m_model->columnOfCriterion(criterionId);
    if (row >= 0 && column >= 0)
        m_view->setCurrentIndex(m_model->index(row, column));
}

void ScoringScreen::selectUnit(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0 || m_model->criterionCount() == 0)
        return;
    m_tabs->setCurrentIndex(GridTab);
    QModelIndex target = m_model->index(row, ScoringGridModel::FirstCriterionColumn);
    for (int column = ScoringGridModel::FirstCriterionColumn; column < m_model->totalColumn(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        if (index.data(ScoringGridModel::ReviewedTextRole).toString().isEmpty()) {
            target = index;
            break;
        }
    }
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ScoringScreen::onScoreEntered(const QModelIndex &index, const QString &text)
{
    m_lastEditFailed = !setReviewedScore(index.data(ScoringGridModel::UnitIdRole).toLongLong(),
                                         index.data(ScoringGridModel::CriterionIdRole).toLongLong(), text);
}

void ScoringScreen::onInputRefused(const QString &criterionCode, const QString &text, const QString &problem)
{
    Q_UNUSED(text)
    showProblem(tr("Score %1 not saved: %2").arg(criterionCode, problem));
}

void ScoringScreen::onEditorClosed(int hint)
{
    // Enter: on to the next unit, for typing a whole column.
    if (hint == QAbstractItemDelegate::SubmitModelCache && !m_lastEditFailed)
        moveDown();
    m_lastEditFailed = false;
}

void ScoringScreen::moveDown()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    for (int row = current.row() + 1; row < m_model->rowCount(); ++row) {
        const QModelIndex next = m_model->index(row, current.column());
        if ((next.flags() & Qt::ItemIsEditable) && !m_view->isRowHidden(row)) {
            m_view->setCurrentIndex(next);
            m_view->scrollTo(next);
            return;
        }
    }
}

void ScoringScreen::onActivated(const QModelIndex &index)
{
    if (!m_model->isCriterionColumn(index.column()))
        return;
    if (index.flags() & Qt::ItemIsEditable) {
        m_view->edit(index);
        return;
    }
    // Say why the cell does not open.
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        showProblem(reason);
    else if (!m_model->isReceived(index.row()))
        showProblem(tr("Nothing was received from %1 for %2: record its submission first.")
                        .arg(m_model->unitAt(index.row()).name)
                        .arg(m_year));
}

void ScoringScreen::onContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || !m_model->isCriterionColumn(index.column()))
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *edit = menu->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit reviewed score"), this,
                                    [this, index] { m_view->edit(index); });
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setEnabled(index.flags() & Qt::ItemIsEditable);
    menu->addAction(m_noteAction);
    menu->addAction(m_clearAction);
    QMenu *evidence = menu->addMenu(QIcon(QStringLiteral(":/icons/evidence.svg")), tr("Open &evidence"));
    evidence->setEnabled(m_model->isReceived(index.row()));
    if (m_model->isReceived(index.row()))
        fillEvidenceMenu(evidence, index.data(ScoringGridModel::UnitIdRole).toLongLong(),
                         index.data(ScoringGridModel::CriterionIdRole).toLongLong());
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void ScoringScreen::fillEvidenceMenu(QMenu *menu, qint64 unitId, qint64 criterionId)
{
    QList<Evidence> files;
    try {
        files = evidenceFor(unitId, criterionId);
    } catch (const StorageError &error) {
        menu->addAction(error.message())->setEnabled(false);
        return;
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No file is tied to this item"))->setEnabled(false);
        return;
    }
    for (const Evidence &file : std::as_const(files)) {
        menu->addAction(QStringLiteral("%1 (%2)").arg(file.name, fileSize(file.size)), this, [this, file] {
            if (const QString problem = m_evidenceOpener->open(file); !problem.isEmpty())
                showProblem(problem);
        });
    }
}

void ScoringScreen::showEvidenceMenu()
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    if (!currentCell(&unitId, &criterionId))
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("evidenceMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillEvidenceMenu(menu, unitId, criterionId);
    const QRect cell = m_view->visualRect(m_view->currentIndex());
    menu->popup(m_view->viewport()->mapToGlobal(cell.bottomLeft()));
}

void ScoringScreen::editNote()
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    if (m_noteDialog || !currentCell(&unitId, &criterionId))
        return;
    const Criterion *criterion = criterionById(criterionId);
    const int row = m_model->rowOfUnit(unitId);
    if (!criterion || row < 0 || !m_model->isReceived(row))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("scoreNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(tr("Note on %1").arg(criterion->code));
    dialog->setLabelText(
        tr("Note on item %1 (%2) of %3:").arg(criterion->code, criterion->title, m_model->unitAt(row).name));
    dialog->setTextValue(m_view->currentIndex().data(ScoringGridModel::NoteRole).toString());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, unitId, criterionId](const QString &text) { setNote(unitId, criterionId, text); });
    m_noteDialog = dialog;
    dialog->open();
}

void ScoringScreen::onSubmissionSaved(qint64 unitId, int year)
{
    if (year != m_year)
        return;
    try {
        m_model->updateSubmission(m_service.load(unitId, year));
    } catch (const StorageError &error) {
        showProblem(error.message());
        return;
    }
    updateCounts();
    updateActions();
    m_ranking->refresh();
    m_charts->invalidate();
}

void ScoringScreen::onYearChanged(int year)
{
    if (m_service.years().size() != m_yearBox->count()) {
        fillYears();
        return;
    }
    if (year == m_year)
        reload();
}

void ScoringScreen::onLockChanged(int year, bool locked)
{
    if (year != m_year)
        return;
    m_locked = locked;
    m_model->setEditable(readOnlyReason().isEmpty());
    updateLockState();
    updateActions();
    clearProblem();
    Q_EMIT statusMessage(locked ? tr("The year %1 is locked.").arg(year) : tr("The year %1 is unlocked.").arg(year));
}
