#include "tasksscreen.h"

#include "commands/setobligationstatuscommand.h"
#include "commands/undofailurenotice.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "obligationevidencedialog.h"
#include "obligationfiltermodel.h"
#include "obligationtablemodel.h"
#include "services/changehub.h"
#include "services/obligationservice.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/unitservice.h"
#include "taskeditordialog.h"
#include "widgets/datefield.h"
#include "widgets/screenrefresh.h"
#include "widgets/yearcombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

TasksScreen::TasksScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_service(services.obligations()), m_undoStack(undoStack),
      m_model(new ObligationTableModel(this)), m_proxy(new ObligationFilterModel(this)), m_yearBox(new QComboBox(this)),
      m_counts(new QLabel(this)), m_unit(new QComboBox(this)), m_task(new QComboBox(this)),
      m_status(new QComboBox(this)), m_view(new QTreeView(this)),
      m_notStarted(new QPushButton(tr("&Not started"), this)), m_inProgress(new QPushButton(tr("In &progress"), this)),
      m_done(new QPushButton(tr("&Done on"), this)), m_completedOn(new DateField(this)),
      m_note(new QPushButton(tr("No&te…"), this)), m_evidence(new QPushButton(tr("E&vidence…"), this)),
      m_addTask(new QPushButton(tr("&Add task…"), this)), m_editTask(new QPushButton(tr("&Edit task…"), this))
{
    QHBoxLayout *header = createHeader();
    QHBoxLayout *actions = createStatusActions();
    QHBoxLayout *filters = createFilters();
    setUpView();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    connectSignals();
    setFocusProxy(m_view);

    fillYears();
    setInitialColumnWidths();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    auto *refresh = new ScreenRefresh(
        this, m_services.changes(), [this](const DataChange &c) { return c.concerns(DataChange::Kind::Units, m_year); },
        [this] { reload(); });
    refresh->keepScrollOf(m_view);
}

TasksScreen::~TasksScreen() = default;

// The year box, the counts and the buttons that add and edit tasks.
QHBoxLayout *TasksScreen::createHeader()
{
    m_yearBox->setObjectName(QStringLiteral("tasksYear"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_counts->setObjectName(QStringLiteral("tasksCounts"));
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);
    auto *header = new QHBoxLayout;
    header->addWidget(yearLabel);
    header->addWidget(m_yearBox);
    header->addSpacing(16);
    header->addWidget(m_counts, 1);
    header->addWidget(m_addTask);
    header->addWidget(m_editTask);
    return header;
}

// The buttons that set the selected obligation's status, its note and its evidence.
QHBoxLayout *TasksScreen::createStatusActions()
{
    m_notStarted->setObjectName(QStringLiteral("taskNotStarted"));
    m_inProgress->setObjectName(QStringLiteral("taskInProgress"));
    m_done->setObjectName(QStringLiteral("taskDone"));
    m_note->setObjectName(QStringLiteral("taskNote"));
    m_evidence->setObjectName(QStringLiteral("taskEvidence"));
    m_evidence->setToolTip(tr("The files that show the task was carried out: minutes, photos, the report sent"));
    m_addTask->setObjectName(QStringLiteral("addTask"));
    m_editTask->setObjectName(QStringLiteral("editTask"));
    m_completedOn->setObjectName(QStringLiteral("taskCompletedOn"));
    m_completedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_completedOn->setCalendarPopup(true);
    m_completedOn->setDate(m_service.today());
    m_completedOn->setMaximumDate(m_service.today());
    auto *statusLabel = new QLabel(tr("Set status:"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(statusLabel);
    actions->addWidget(m_notStarted);
    actions->addWidget(m_inProgress);
    actions->addWidget(m_done);
    actions->addWidget(m_completedOn);
    actions->addSpacing(8);
    actions->addWidget(m_note);
    actions->addWidget(m_evidence);
    actions->addStretch();
    return actions;
}

// The unit, task and status filters.
QHBoxLayout *TasksScreen::createFilters()
{
    m_unit->setObjectName(QStringLiteral("tasksUnitFilter"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(24);
    m_task->setObjectName(QStringLiteral("tasksTaskFilter"));
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_task->setMinimumContentsLength(24);
    m_status->setObjectName(QStringLiteral("tasksStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : ObligationService::statusCodes(true))
        m_status->addItem(ObligationTableModel::statusText(code), code);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *taskLabel = new QLabel(tr("&Task:"), this);
    taskLabel->setBuddy(m_task);
    auto *statusFilterLabel = new QLabel(tr("&Status:"), this);
    statusFilterLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit, 1);
    filters->addSpacing(8);
    filters->addWidget(taskLabel);
    filters->addWidget(m_task, 1);
    filters->addSpacing(8);
    filters->addWidget(statusFilterLabel);
    filters->addWidget(m_status);
    return filters;
}

void TasksScreen::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("tasksView"));
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the service's order: task, then unit
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ObligationTableModel::TitleColumn, QHeaderView::Interactive);
}

void TasksScreen::connectSignals()
{
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearBox->currentIndex() >= 0)
            setYear(m_yearBox->currentData().toInt());
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUnit(m_unit->currentData().toLongLong());
        updateCounts();
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTask(m_task->currentData().toLongLong());
        updateCounts();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toString());
        updateCounts();
    });
    connect(m_notStarted, &QPushButton::clicked, this, [this] { setCurrentStatus(QStringLiteral("not_started")); });
    connect(m_inProgress, &QPushButton::clicked, this, [this] { setCurrentStatus(QStringLiteral("in_progress")); });
    connect(m_done, &QPushButton::clicked, this, [this] { setCurrentStatus(QStringLiteral("done")); });
    connect(m_note, &QPushButton::clicked, this, &TasksScreen::onNoteClicked);
    connect(m_evidence, &QPushButton::clicked, this, &TasksScreen::openEvidence);
    connect(m_addTask, &QPushButton::clicked, this, &TasksScreen::addTask);
    connect(m_editTask, &QPushButton::clicked, this, &TasksScreen::editCurrentTask);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksScreen::updateActions);
    connect(&m_service, &ObligationService::obligationChanged, this, &TasksScreen::onObligationChanged);
    connect(&m_service, &ObligationService::tasksChanged, this, &TasksScreen::onTasksChanged);
    connect(
        this, &TasksScreen::undoFailed, this,
        [this](const QString &message) {
            Q_EMIT statusMessage(message);
            UndoFailureNotice::show(this, message);
        },
        Qt::QueuedConnection);
}

// Fills the year box with the years that have obligations and shows the chosen one.
void TasksScreen::fillYears()
{
    QList<int> years;
    try {
        years = m_service.years();
    } catch (const ValidationError &error) {
        m_counts->setText(error.message());
    }
    setYear(YearCombo::fill(m_yearBox, years, 0));
}

void TasksScreen::setInitialColumnWidths()
{
    m_view->setColumnWidth(ObligationTableModel::TaskColumn, fontMetrics().horizontalAdvance(QStringLiteral("T00000")));
    m_view->setColumnWidth(ObligationTableModel::TitleColumn, fontMetrics().averageCharWidth() * 40);
    m_view->setColumnWidth(ObligationTableModel::UnitColumn, fontMetrics().averageCharWidth() * 44);
    m_view->setColumnWidth(ObligationTableModel::DueColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")));
    m_view->setColumnWidth(ObligationTableModel::StatusColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("In progress000")));
    m_view->setColumnWidth(ObligationTableModel::CompletedColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")));
}

TaskEditorDialog *TasksScreen::taskEditor() const
{
    return m_editor;
}

void TasksScreen::setYear(int year)
{
    m_year = year;
    if (m_yearBox->currentData().toInt() != year) {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    }
    reload();
}

void TasksScreen::reload()
{
    const qint64 current = currentId();
    QList<Obligation> list;
    if (m_year > 0) {
        try {
            list = m_service.forYearGenerated(m_year);
        } catch (const ValidationError &error) {
            Q_EMIT statusMessage(error.message());
        } catch (const StorageError &error) {
            Q_EMIT statusMessage(error.message());
        }
    }
    m_model->setObligations(list, m_service.today());
    fillFilters();
    updateCounts();
    if (current > 0)
        selectObligation(current);
    updateActions();
}

void TasksScreen::fillFilters()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const qint64 task = m_task->currentData().toLongLong();
    const QSignalBlocker unitBlocker(m_unit);
    const QSignalBlocker taskBlocker(m_task);
    m_unit->clear();
    m_task->clear();
    m_unit->addItem(tr("All units"), qint64(0));
    m_task->addItem(tr("All tasks"), qint64(0));
    QStringList names;
    QList<qint64> unitIds;
    for (const Obligation &o : m_model->obligations()) {
        if (!unitIds.contains(o.unitId)) {
            unitIds.append(o.unitId);
            names.append(o.unitName);
        }
        if (m_task->findData(o.taskId) < 0)
            m_task->addItem(o.taskCode + QStringLiteral(" – ") + o.taskTitle, o.taskId);
    }
    for (const qsizetype i : VietnameseCollator().order(names))
        m_unit->addItem(names.at(i), unitIds.at(i));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_task->setCurrentIndex(std::max(0, m_task->findData(task)));
    m_proxy->setUnit(m_unit->currentData().toLongLong());
    m_proxy->setTask(m_task->currentData().toLongLong());
}

void TasksScreen::updateCounts()
{
    const QDate today = m_service.today();
    int done = 0;
    int overdue = 0;
    for (const Obligation &o : m_model->obligations()) {
        done += o.isDone() ? 1 : 0;
        overdue += o.isOverdue(today) ? 1 : 0;
    }
    const int total = m_model->rowCount();
    QString text = tr("%1 tasks: %2 done, %3 overdue").arg(total).arg(done).arg(overdue);
    if (m_proxy->rowCount() != total)
        text += tr(" (%1 shown)").arg(m_proxy->rowCount());
    m_counts->setText(text);
}

void TasksScreen::updateActions()
{
    // Changing tasks is the clerk's work (and none on a read-only database).
    const bool may = m_services.mayChange(ChangeArea::Tasks);
    const Obligation *selected = m_model->byId(currentId());
    const Obligation *o = may ? selected : nullptr;
    m_notStarted->setEnabled(o && o->status != QLatin1String("not_started"));
    m_inProgress->setEnabled(o && o->status != QLatin1String("in_progress"));
    m_done->setEnabled(o != nullptr);
    m_completedOn->setEnabled(o != nullptr);
    m_note->setEnabled(o != nullptr);
    m_evidence->setEnabled(selected && selected->id > 0); // to read; not on a read-only database's worked-out tasks
    m_editTask->setEnabled(o != nullptr);
    m_addTask->setEnabled(may);
    m_addTask->setToolTip(m_services.changeRefusal(ChangeArea::Tasks));
    if (o && o->completedOn.isValid())
        m_completedOn->setDate(o->completedOn);
    else
        m_completedOn->setDate(m_service.today());
}

qint64 TasksScreen::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ObligationTableModel::IdRole).toLongLong() : 0;
}

void TasksScreen::selectObligation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool TasksScreen::setCurrentStatus(const QString &status)
{
    const Obligation *current = m_model->byId(currentId());
    if (!current)
        return false;
    const QDate completedOn = status == QLatin1String("done") ? m_completedOn->date() : QDate();
    return apply(*current, status, completedOn, current->note);
}

bool TasksScreen::apply(const Obligation &before, const QString &status, QDate completedOn, const QString &note)
{
    const Obligation copy = before; // `before` may be the model's row, which the change updates
    Obligation after;
    try {
        after = m_service.setStatus(copy.id, status, completedOn, note);
    } catch (const ValidationError &error) {
        QMessageBox::warning(this, tr("Task"), error.message());
        return false;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Task"), error.message());
        return false;
    }
    if (after.status == copy.status && after.completedOn == copy.completedOn && after.note == copy.note)
        return true;
    Q_EMIT statusMessage(
        tr("%1 – %2: %3").arg(copy.taskCode, copy.unitName, ObligationTableModel::statusText(after.status)));
    if (m_undoStack) {
        m_undoStack->push(new SetObligationStatusCommand(
            m_service, copy, after, [this](const QString &message) { Q_EMIT undoFailed(message); }));
    }
    return true;
}

void TasksScreen::onNoteClicked()
{
    const Obligation *current = m_model->byId(currentId());
    if (!current)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"), tr("Note on %1 for %2:").arg(current->taskCode, current->unitName), current->note, &ok);
    if (ok)
        apply(*current, current->status, current->completedOn, note);
}

ObligationEvidenceDialog *TasksScreen::evidenceDialog() const
{
    return m_evidenceDialog;
}

void TasksScreen::openEvidence()
{
    const Obligation *current = m_model->byId(currentId());
    if (!current || current->id <= 0)
        return;
    m_evidenceDialog = new ObligationEvidenceDialog(m_service, *current, this);
    m_evidenceDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_evidenceDialog->open();
}

void TasksScreen::onObligationChanged(qint64 id, int year)
{
    if (year != m_year)
        return;
    try {
        m_model->updateObligation(m_service.obligation(id));
    } catch (const ValidationError &) {
        reload();
        return;
    }
    m_proxy->invalidate();
    updateCounts();
    updateActions();
}

void TasksScreen::onTasksChanged()
{
    if (m_year > 0) {
        try {
            m_service.generate(m_year);
        } catch (const ValidationError &error) {
            Q_EMIT statusMessage(error.message());
        }
    }
    reload();
}

void TasksScreen::addTask()
{
    openTaskEditor(0);
}

void TasksScreen::editCurrentTask()
{
    const Obligation *current = m_model->byId(currentId());
    if (current)
        openTaskEditor(current->taskId);
}

void TasksScreen::openTaskEditor(qint64 taskId)
{
    if (m_editor)
        return;
    Task task;
    task.recurrence = QStringLiteral("yearly");
    const QList<Task> tasks = m_service.tasks();
    if (taskId > 0) {
        for (const Task &t : tasks)
            if (t.id == taskId)
                task = t;
    } else {
        // The next free code after the last T-number.
        int next = 1;
        for (const Task &t : tasks)
            if (t.code.startsWith(QLatin1Char('T')))
                next = std::max(next, t.code.mid(1).toInt() + 1);
        task.code = QStringLiteral("T%1").arg(next, 2, 10, QLatin1Char('0'));
    }
    const PlanService &plan = m_services.plan();
    m_editor = new TaskEditorDialog(task, plan.sections(), plan.phases(), m_services.units().all(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, [this] {
        TaskEditorDialog *dialog = m_editor;
        try {
            m_service.saveTask(dialog->task());
            Q_EMIT statusMessage(tr("Task %1 saved.").arg(dialog->task().code));
        } catch (const ValidationError &error) {
            // Keep what was typed: show the dialog again with the reason.
            dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            dialog->showError(error.message());
            dialog->open();
            dialog->setAttribute(Qt::WA_DeleteOnClose, true);
        } catch (const StorageError &error) {
            QMessageBox::warning(this, tr("Task"), error.message());
        }
    });
    m_editor->open();
}
