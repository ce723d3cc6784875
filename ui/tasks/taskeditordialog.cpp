#include "taskeditordialog.h"

#include "domain/unitkind.h"
#include "domain/vietnamesecollator.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kUnitRole = Qt::UserRole + 2;
constexpr int kLabelRole = Qt::UserRole + 3;       // the text without the role
constexpr int kCoordinatesRole = Qt::UserRole + 4; // true: phối hợp, false: chủ trì
} // namespace

TaskEditorDialog::TaskEditorDialog(const Task &task, const QList<PlanSection> &sections, const QList<Phase> &phases,
                                   const QList<Unit> &units, QWidget *parent)
    : QDialog(parent), m_task(task), m_code(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_detail(new QPlainTextEdit(this)), m_section(new QComboBox(this)), m_recurrence(new QComboBox(this)),
      m_phase(new QComboBox(this)), m_hasDue(new QCheckBox(tr("Fixed &due date:"), this)), m_dueDay(new QSpinBox(this)),
      m_dueMonth(new QSpinBox(this)), m_assignees(new QListWidget(this)), m_role(new QComboBox(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(task.id > 0 ? tr("Edit task %1").arg(task.code) : tr("Add task"));
    fillFields(task, sections, phases);
    fillAssignees(task, units);
    createLayout();
    connectSignals();
    updateRoleBox();
    ScreenFit::resize(this, QSize(640, 560));
    validate();
}

// The code, text, section, recurrence, phase and due date, from the task.
void TaskEditorDialog::fillFields(const Task &task, const QList<PlanSection> &sections, const QList<Phase> &phases)
{
    m_code->setObjectName(QStringLiteral("taskCode"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_code->setText(task.code);
    m_title->setText(task.title);
    m_detail->setPlainText(task.detail);
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(fontMetrics().height() * 5);

    m_section->addItem(tr("(none)"), qint64(0));
    for (const PlanSection &s : sections) {
        if (s.depth() > 1)
            continue;
        const QString text = s.title.isEmpty() ? s.body.left(60) : s.title;
        m_section->addItem(s.path + QStringLiteral("  ") + text, s.id);
    }
    m_section->setCurrentIndex(std::max(0, m_section->findData(task.sectionId)));

    m_recurrence->addItem(tr("Every year"), QStringLiteral("yearly"));
    m_recurrence->addItem(tr("Once, in the plan's first year"), QStringLiteral("once"));
    m_recurrence->addItem(tr("At a phase's review"), QStringLiteral("review"));
    m_recurrence->setCurrentIndex(std::max(0, m_recurrence->findData(task.recurrence)));
    for (const Phase &p : phases)
        m_phase->addItem(QStringLiteral("%1 (%2)").arg(p.reviewName).arg(p.reviewYear), p.number);
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(task.phaseNumber)));

    m_dueDay->setRange(1, 31);
    m_dueMonth->setRange(1, 12);
    m_dueDay->setValue(task.hasDueDate() ? task.dueDay : 10);
    m_dueMonth->setValue(task.hasDueDate() ? task.dueMonth : 12);
    m_hasDue->setChecked(task.hasDueDate());
}

// One checkable item per kind of unit, then per unit, checked as the task's assignees.
void TaskEditorDialog::fillAssignees(const Task &task, const QList<Unit> &units)
{
    // Kinds first, then the units in Vietnamese order.
    QHash<QString, TaskAssignee::Role> kindsChecked;
    QHash<qint64, TaskAssignee::Role> unitsChecked;
    for (const TaskAssignee &a : task.assignees) {
        if (a.unitId > 0)
            unitsChecked.insert(a.unitId, a.role);
        else
            kindsChecked.insert(a.unitKind, a.role);
    }
    QStringList kinds;
    for (const Unit &u : units)
        if (!kinds.contains(u.kind))
            kinds.append(u.kind);
    for (const QString &kind : std::as_const(kinds)) {
        auto *item = new QListWidgetItem(m_assignees);
        item->setData(kKindRole, kind);
        item->setData(kLabelRole, tr("Every unit of kind: %1").arg(UnitKind::label(kind)));
        item->setData(kCoordinatesRole, kindsChecked.value(kind) == TaskAssignee::Role::Coordinate);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(kindsChecked.contains(kind) ? Qt::Checked : Qt::Unchecked);
        showRole(item);
    }
    QStringList names;
    for (const Unit &u : units)
        names.append(u.name);
    for (const qsizetype i : VietnameseCollator().order(names)) {
        const Unit &u = units.at(i);
        QString text = u.name;
        if (u.validTo.isValid())
            text += tr(" (until %1)").arg(u.validTo.toString(QStringLiteral("dd/MM/yyyy")));
        auto *item = new QListWidgetItem(m_assignees);
        item->setData(kUnitRole, u.id);
        item->setData(kLabelRole, text);
        item->setData(kCoordinatesRole, unitsChecked.value(u.id) == TaskAssignee::Role::Coordinate);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(unitsChecked.contains(u.id) ? Qt::Checked : Qt::Unchecked);
        showRole(item);
    }
}

void TaskEditorDialog::createLayout()
{
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(new QLabel(tr("day"), this));
    due->addWidget(m_dueDay);
    due->addWidget(new QLabel(tr("month"), this));
    due->addWidget(m_dueMonth);
    due->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Text:"), m_title);
    form->addRow(tr("De&tail:"), m_detail);
    form->addRow(tr("Plan &section:"), m_section);
    form->addRow(tr("&Recurrence:"), m_recurrence);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(due);
    form->addRow(tr("&Carried out by:"), m_assignees);
    m_role->addItem(tr("Leads (chủ trì)"), false);
    m_role->addItem(tr("Coordinates (phối hợp)"), true);
    m_role->setObjectName(QStringLiteral("assigneeRole"));
    m_role->setToolTip(tr("Whether the selected unit or kind leads the task or takes part in it"));
    form->addRow(tr("The selected one takes part &as:"), m_role);

    m_message->setObjectName(QStringLiteral("taskMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

void TaskEditorDialog::connectSignals()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &TaskEditorDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &TaskEditorDialog::validate);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &TaskEditorDialog::validate);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskEditorDialog::validate);
    connect(m_dueDay, &QSpinBox::valueChanged, this, &TaskEditorDialog::validate);
    connect(m_dueMonth, &QSpinBox::valueChanged, this, &TaskEditorDialog::validate);
    connect(m_assignees, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        showRole(item);
        updateRoleBox();
        validate();
    });
    connect(m_assignees, &QListWidget::currentItemChanged, this, &TaskEditorDialog::updateRoleBox);
    connect(m_role, &QComboBox::activated, this, [this] {
        if (QListWidgetItem *item = m_assignees->currentItem(); item && item->checkState() == Qt::Checked) {
            item->setData(kCoordinatesRole, m_role->currentData().toBool());
            showRole(item);
        }
    });
}

Task TaskEditorDialog::task() const
{
    Task t = m_task;
    t.code = m_code->text().trimmed();
    t.title = m_title->text().trimmed();
    t.detail = m_detail->toPlainText().trimmed();
    t.sectionId = m_section->currentData().toLongLong();
    t.recurrence = m_recurrence->currentData().toString();
    t.phaseNumber = t.recurrence == QLatin1String("review") ? m_phase->currentData().toInt() : 0;
    t.dueDay = m_hasDue->isChecked() ? m_dueDay->value() : 0;
    t.dueMonth = m_hasDue->isChecked() ? m_dueMonth->value() : 0;
    QList<TaskAssignee> assignees;
    for (int i = 0; i < m_assignees->count(); ++i) {
        const QListWidgetItem *item = m_assignees->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        TaskAssignee a;
        a.unitId = item->data(kUnitRole).toLongLong();
        a.unitKind = a.unitId > 0 ? QString() : item->data(kKindRole).toString();
        a.role = item->data(kCoordinatesRole).toBool() ? TaskAssignee::Role::Coordinate : TaskAssignee::Role::Lead;
        assignees.append(a);
    }
    t.assignees = assignees;
    return t;
}

void TaskEditorDialog::showRole(QListWidgetItem *item)
{
    const QString label = item->data(kLabelRole).toString();
    const QSignalBlocker blocker(m_assignees); // the text is not a change to validate
    if (item->checkState() != Qt::Checked)
        item->setText(label);
    else if (item->data(kCoordinatesRole).toBool())
        item->setText(tr("%1 (coordinates)").arg(label));
    else
        item->setText(tr("%1 (leads)").arg(label));
}

void TaskEditorDialog::updateRoleBox()
{
    const QListWidgetItem *item = m_assignees->currentItem();
    const bool checked = item && item->checkState() == Qt::Checked;
    m_role->setEnabled(checked);
    m_role->setCurrentIndex(checked && item->data(kCoordinatesRole).toBool() ? 1 : 0);
}

void TaskEditorDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void TaskEditorDialog::validate()
{
    const Task t = task();
    QStringList problems;
    const QString bad = QStringLiteral("border: 1px solid #a61b1b");
    m_code->setStyleSheet(t.code.isEmpty() ? bad : QString());
    m_title->setStyleSheet(t.title.isEmpty() ? bad : QString());
    if (t.code.isEmpty())
        problems.append(tr("A task needs a code, such as T15."));
    if (t.title.isEmpty())
        problems.append(tr("A task needs its text."));
    m_phase->setEnabled(t.recurrence == QLatin1String("review"));
    m_dueDay->setEnabled(m_hasDue->isChecked());
    m_dueMonth->setEnabled(m_hasDue->isChecked());
    if (m_hasDue->isChecked() && !QDate(2024, t.dueMonth, t.dueDay).isValid())
        problems.append(tr("The due date %1/%2 is not a day of the year.").arg(t.dueDay).arg(t.dueMonth));
    if (t.assignees.isEmpty())
        problems.append(tr("Tick at least one unit or kind of unit."));
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
