#include "unitlineagedialog.h"

#include "domain/storageerror.h"
#include "domain/unitkind.h"
#include "domain/vietnamesecollator.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

UnitLineageDialog::UnitLineageDialog(Mode mode, UnitLineageService &service, const QList<Unit> &units,
                                     const QList<qint64> &selected, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_service(service), m_units(units), m_selected(selected),
      m_date(new DateField(this)), m_note(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Units in Vietnamese order, for every list of the dialog.
    const VietnameseCollator collator;
    std::stable_sort(m_units.begin(), m_units.end(),
                     [&collator](const Unit &a, const Unit &b) { return collator(a.name, b.name); });

    static const QStringList titles = {tr("New unit"),   tr("Rename unit"),   tr("Merge units"),
                                       tr("Split unit"), tr("Dissolve unit"), tr("Move unit")};
    setWindowTitle(titles.at(int(mode)));
    setObjectName(QStringLiteral("unitLineageDialog"));

    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("effectiveDate"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    const QDate start = m_service.periodStart();
    const QDate end = m_service.periodEnd();
    m_date->setDate(std::clamp(QDate::currentDate(), start, end));
    m_note->setObjectName(QStringLiteral("lineageNote"));
    m_note->setPlaceholderText(tr("Decision or resolution, e.g. NQ 1682/NQ-UBTVQH15"));
    m_message->setObjectName(QStringLiteral("lineageMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setMinimumWidth(420);

    buildFields();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitLineageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnitLineageDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &UnitLineageDialog::validate);
    validate();
}

const Unit *UnitLineageDialog::unitById(qint64 id) const
{
    for (const Unit &u : m_units)
        if (u.id == id)
            return &u;
    return nullptr;
}

QPushButton *UnitLineageDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void UnitLineageDialog::fillUnitCombo(QComboBox *combo, const QString &noneText, qint64 current) const
{
    combo->addItem(noneText, qint64(0));
    for (const Unit &u : m_units)
        if (u.validTo.isNull() || u.id == current)
            combo->addItem(QStringLiteral("%1 (%2)").arg(u.name, u.code), u.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

// The row that names the unit the operation is about.
void UnitLineageDialog::addSubjectRow(QFormLayout *form, const Unit *subject)
{
    auto *label = new QLabel(subject ? QStringLiteral("%1 (%2)").arg(subject->name, subject->code) : QString(), this);
    label->setWordWrap(true);
    form->addRow(tr("Unit:"), label);
}

QLineEdit *UnitLineageDialog::makeLineEdit(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    connect(edit, &QLineEdit::textChanged, this, &UnitLineageDialog::validate);
    return edit;
}

// An editable list of the emulation groups the units already have.
QComboBox *UnitLineageDialog::makeGroupCombo(const QString &current)
{
    auto *combo = new QComboBox(this);
    combo->setEditable(true);
    combo->setObjectName(QStringLiteral("unitGroup"));
    QStringList groups;
    for (const Unit &u : m_units)
        if (!u.group.isEmpty() && !groups.contains(u.group))
            groups.append(u.group);
    combo->addItems(groups);
    combo->setCurrentText(current);
    connect(combo, &QComboBox::currentTextChanged, this, &UnitLineageDialog::validate);
    return combo;
}

// Code, name, kind and group of a new unit, the kind and group taken from `like`.
void UnitLineageDialog::addNewUnitFields(QFormLayout *form, const Unit &like)
{
    m_code = makeLineEdit(QStringLiteral("unitCode"));
    m_name = makeLineEdit(QStringLiteral("unitName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("unitKind"));
    for (const QString &kind : UnitService::kinds())
        m_kind->addItem(UnitKind::label(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(like.kind.isEmpty() ? QStringLiteral("commune") : like.kind)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnitLineageDialog::validate);
    m_group = makeGroupCombo(like.group);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Emulation &group:"), m_group);
}

// The units to merge, the unit they merge into and, when that is a new one, its fields.
void UnitLineageDialog::addMergeFields(QFormLayout *form, const Unit *subject)
{
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("mergeSources"));
    for (const Unit &u : m_units) {
        if (!u.validTo.isNull() && !m_selected.contains(u.id))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(u.name, u.code), m_sources);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_selected.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_sources, &QListWidget::itemChanged, this, &UnitLineageDialog::validate);
    form->addRow(tr("&Units to merge:"), m_sources);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("mergeTarget"));
    fillUnitCombo(m_target, tr("A new unit…"), 0);
    form->addRow(tr("&Into:"), m_target);
    addNewUnitFields(form, subject ? *subject : Unit());
    auto showNew = [this, form] {
        const bool isNew = m_target->currentData().toLongLong() == 0;
        for (QWidget *w : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_group)}) {
            w->setEnabled(isNew);
            form->setRowVisible(w, isNew);
        }
        validate();
    };
    connect(m_target, &QComboBox::currentIndexChanged, this, showNew);
    form->addRow(tr("&From:"), m_date);
}

// The unit to split, the table of its new units (code, name) and the button that adds a row to it.
void UnitLineageDialog::addSplitFields(QFormLayout *form, const Unit *subject)
{
    addSubjectRow(form, subject);
    m_parts = new QTableWidget(2, 2, this);
    m_parts->setObjectName(QStringLiteral("splitParts"));
    m_parts->setHorizontalHeaderLabels({tr("Code"), tr("Name")});
    m_parts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parts->verticalHeader()->setVisible(false);
    connect(m_parts, &QTableWidget::itemChanged, this, &UnitLineageDialog::validate);
    auto *add = new QPushButton(tr("&Add a part"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_parts->insertRow(m_parts->rowCount());
        validate();
    });
    form->addRow(tr("&New units:"), m_parts);
    form->addRow(QString(), add);
    form->addRow(tr("&From:"), m_date);
}

void UnitLineageDialog::buildFields()
{
    auto *form = new QFormLayout;
    const Unit *subject = m_selected.isEmpty() ? nullptr : unitById(m_selected.first());

    switch (m_mode) {
    case Mode::Create:
        addNewUnitFields(form, Unit());
        m_parent = new QComboBox(this);
        m_parent->setObjectName(QStringLiteral("unitParent"));
        fillUnitCombo(m_parent, tr("(none)"), 0);
        connect(m_parent, &QComboBox::currentIndexChanged, this, &UnitLineageDialog::validate);
        form->addRow(tr("&Parent unit:"), m_parent);
        form->addRow(tr("Valid &from:"), m_date);
        break;
    case Mode::Rename:
        addSubjectRow(form, subject);
        m_name = makeLineEdit(QStringLiteral("unitName"));
        if (subject)
            m_name->setText(subject->name);
        form->addRow(tr("New &name:"), m_name);
        form->addRow(tr("&From:"), m_date);
        break;
    case Mode::Merge:
        addMergeFields(form, subject);
        break;
    case Mode::Split:
        addSplitFields(form, subject);
        break;
    case Mode::Dissolve:
        addSubjectRow(form, subject);
        form->addRow(tr("Ends &on:"), m_date);
        form->addRow(QString(),
                     new QLabel(tr("The unit's last day is the day before. Its submissions stay with it."), this));
        break;
    case Mode::Move:
        addSubjectRow(form, subject);
        m_parent = new QComboBox(this);
        m_parent->setObjectName(QStringLiteral("unitParent"));
        fillUnitCombo(m_parent, tr("(none)"), subject ? subject->parentId : 0);
        connect(m_parent, &QComboBox::currentIndexChanged, this, &UnitLineageDialog::validate);
        m_group = makeGroupCombo(subject ? subject->group : QString());
        form->addRow(tr("&Parent unit:"), m_parent);
        form->addRow(tr("Emulation &group:"), m_group);
        form->addRow(tr("&From:"), m_date);
        break;
    }
    form->addRow(tr("N&ote:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

Unit UnitLineageDialog::newUnitFromFields() const
{
    Unit u;
    if (m_code)
        u.code = m_code->text().trimmed();
    if (m_name)
        u.name = m_name->text().simplified();
    u.shortName = u.name;
    if (m_kind)
        u.kind = m_kind->currentData().toString();
    if (m_group)
        u.group = m_group->currentText().trimmed();
    if (m_parent)
        u.parentId = m_parent->currentData().toLongLong();
    u.validFrom = m_date->date();
    return u;
}

QList<qint64> UnitLineageDialog::checkedSources() const
{
    QList<qint64> ids;
    for (int i = 0; m_sources && i < m_sources->count(); ++i)
        if (m_sources->item(i)->checkState() == Qt::Checked)
            ids.append(m_sources->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

QList<Unit> UnitLineageDialog::parts() const
{
    QList<Unit> result;
    const Unit *source = m_selected.isEmpty() ? nullptr : unitById(m_selected.first());
    for (int r = 0; m_parts && r < m_parts->rowCount(); ++r) {
        const QString code = m_parts->item(r, 0) ? m_parts->item(r, 0)->text().trimmed() : QString();
        const QString name = m_parts->item(r, 1) ? m_parts->item(r, 1)->text().simplified() : QString();
        if (code.isEmpty() && name.isEmpty())
            continue;
        Unit u = source ? *source : Unit();
        u.id = 0;
        u.code = code;
        u.name = name;
        u.shortName = name;
        u.validFrom = m_date->date();
        u.validTo = QDate();
        result.append(u);
    }
    return result;
}

QList<ValidationIssue> UnitLineageDialog::issues() const
{
    const QDate date = m_date->date();
    const qint64 subject = m_selected.value(0);
    switch (m_mode) {
    case Mode::Create:
        return m_service.checkCreate(newUnitFromFields());
    case Mode::Rename:
        return m_service.checkRename(subject, m_name->text(), date);
    case Mode::Merge: {
        const qint64 target = m_target->currentData().toLongLong();
        return m_service.checkMerge(checkedSources(), target, newUnitFromFields(), date);
    }
    case Mode::Split:
        return m_service.checkSplit(subject, parts(), date);
    case Mode::Dissolve:
        return m_service.checkDissolve(subject, date);
    case Mode::Move:
        return m_service.checkMove(subject, m_parent->currentData().toLongLong(), m_group->currentText(), date);
    }
    return {};
}

void UnitLineageDialog::validate()
{
    QList<ValidationIssue> found;
    try {
        found = issues();
    } catch (const StorageError &error) {
        found = {{QString(), error.message()}};
    }
    QStringList lines;
    for (const ValidationIssue &issue : std::as_const(found))
        if (!lines.contains(issue.message))
            lines.append(issue.message);
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    okButton()->setEnabled(lines.isEmpty());
}

UnitLineageDialog::Plan UnitLineageDialog::plan() const
{
    Plan plan;
    plan.mode = m_mode;
    plan.date = m_date->date();
    switch (m_mode) {
    case Mode::Merge:
        plan.ending = checkedSources();
        plan.successorId = m_target->currentData().toLongLong();
        if (plan.successorId == 0)
            plan.newUnitNames.append(newUnitFromFields().name);
        break;
    case Mode::Split:
        plan.ending = {m_selected.value(0)};
        for (const Unit &part : parts())
            plan.newUnitNames.append(part.name);
        break;
    case Mode::Dissolve:
        plan.ending = {m_selected.value(0)};
        break;
    default:
        break;
    }
    return plan;
}

void UnitLineageDialog::accept()
{
    const QDate date = m_date->date();
    // A merge, a split or a dissolution says what it will do first.
    if (m_confirmation && (m_mode == Mode::Merge || m_mode == Mode::Split || m_mode == Mode::Dissolve) &&
        !m_confirmation(plan()))
        return;
    const qint64 subject = m_selected.value(0);
    const QString note = m_note->text().trimmed();
    try {
        switch (m_mode) {
        case Mode::Create:
            m_change = m_service.create(newUnitFromFields(), note);
            break;
        case Mode::Rename:
            m_change = m_service.rename(subject, m_name->text(), date, note);
            break;
        case Mode::Merge:
            m_change = m_service.merge(checkedSources(), m_target->currentData().toLongLong(), newUnitFromFields(),
                                       date, note);
            break;
        case Mode::Split:
            m_change = m_service.split(subject, parts(), date, note);
            break;
        case Mode::Dissolve:
            m_change = m_service.dissolve(subject, date, note);
            break;
        case Mode::Move:
            m_change =
                m_service.move(subject, m_parent->currentData().toLongLong(), m_group->currentText(), date, note);
            break;
        }
    } catch (const ValidationError &error) {
        m_message->setText(error.message());
        m_message->setVisible(true);
        return;
    } catch (const StorageError &error) {
        m_message->setText(error.message());
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}
