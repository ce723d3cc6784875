#include "commendationcataloguedialog.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/commendationcatalogueservice.h"
#include "services/commendationservice.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QStringList kSubjects{QStringLiteral("tap_the"), QStringLiteral("ca_nhan"), QStringLiteral("ho_gia_dinh")};
const QStringList kOccasions{QStringLiteral("so_ket"), QStringLiteral("tong_ket"), QStringLiteral("hang_nam"),
                             QStringLiteral("dot_xuat")};
const QStringList kLevels{QStringLiteral("so"), QStringLiteral("tinh"), QStringLiteral("bo"),
                          QStringLiteral("nha_nuoc")};

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 currentId(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

// The entry of `list` with the id the list widget's current item carries, else `fallback`
// (a new one).
template <typename T> T currentOf(const QList<T> &list, const QListWidget *widget, T fallback = T())
{
    const qint64 id = currentId(widget);
    for (const T &candidate : list)
        if (candidate.id == id && id != 0)
            return candidate;
    return fallback;
}

void selectId(QListWidget *list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            list->setCurrentRow(i);
            return;
        }
    list->setCurrentRow(-1);
}

// A list on the left, the fields and New / Save / Remove on the right.
QWidget *editorPage(QListWidget *list, QLayout *fields, const QList<QPushButton *> &buttons)
{
    auto *page = new QWidget;
    // Long entries (a rule and the form it proposes) wrap instead of being cut on the right.
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QVBoxLayout;
    right->addLayout(fields);
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (QPushButton *button : buttons)
        row->addWidget(button);
    right->addLayout(row);
    right->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(list, 2);
    layout->addLayout(right, 3);
    return page;
}

} // namespace

CommendationCatalogueDialog::CommendationCatalogueDialog(CommendationCatalogueService &service,
                                                         const QList<qint64> &unitOrder,
                                                         const QHash<qint64, QString> &units,
                                                         const QList<RubricClass> &classes, QWidget *parent)
    : QDialog(parent), m_service(service), m_units(units), m_classes(classes), m_tabs(new QTabWidget(this)),
      m_message(new QLabel(this)), m_formList(new QListWidget), m_formName(new QLineEdit), m_formKind(new QComboBox),
      m_formLevel(new QComboBox), m_formActive(new QCheckBox(tr("In &use"))), m_personList(new QListWidget),
      m_personName(new QLineEdit), m_personPosition(new QLineEdit), m_personUnit(new QComboBox),
      m_ruleList(new QListWidget), m_ruleKind(new QComboBox), m_ruleClass(new QComboBox), m_ruleTop(new QSpinBox),
      m_ruleEveryYear(new QCheckBox(tr("In every &year of the phase"))), m_ruleForm(new QComboBox),
      m_ruleEnabled(new QCheckBox(tr("&Applied")))
{
    setWindowTitle(tr("Commendation catalogue"));
    for (qint64 id : unitOrder)
        m_personUnit->addItem(units.value(id), id);
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b"));
    m_tabs->addTab(buildFormsTab(), tr("&Forms and titles"));
    m_tabs->addTab(buildPeopleTab(), tr("&People"));
    m_tabs->addTab(buildRulesTab(), tr("&Suggestion rules"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(close);
    loadForms();
    loadPeople();
    loadRules();
    ScreenFit::resize(this, QSize(820, 460));
}

QWidget *CommendationCatalogueDialog::buildFormsTab()
{
    m_formKind->addItem(tr("Commendation form (hình thức khen thưởng)"), QStringLiteral("form"));
    m_formKind->addItem(tr("Emulation title (danh hiệu thi đua)"), QStringLiteral("title"));
    for (const QString &level : kLevels)
        m_formLevel->addItem(CommendationService::levelName(level), level);
    auto *subjects = new QHBoxLayout;
    for (const QString &subject : kSubjects) {
        auto *box = new QCheckBox(CommendationService::subjectName(subject));
        m_formSubjects.insert(subject, box);
        subjects->addWidget(box);
    }
    auto *occasions = new QHBoxLayout;
    for (const QString &occasion : kOccasions) {
        auto *box = new QCheckBox(CommendationService::occasionName(occasion));
        m_formOccasions.insert(occasion, box);
        occasions->addWidget(box);
    }
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_formName);
    fields->addRow(tr("&Kind:"), m_formKind);
    fields->addRow(tr("&Level:"), m_formLevel);
    fields->addRow(tr("For:"), subjects);
    fields->addRow(tr("On:"), occasions);
    fields->addRow(QString(), m_formActive);
    auto *add = new QPushButton(tr("Ne&w"));
    auto *save = new QPushButton(tr("Sa&ve"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_formList->setCurrentRow(-1);
        showForm();
        m_formName->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &CommendationCatalogueDialog::saveForm);
    connect(remove, &QPushButton::clicked, this, &CommendationCatalogueDialog::removeForm);
    connect(m_formList, &QListWidget::currentRowChanged, this, &CommendationCatalogueDialog::showForm);
    return editorPage(m_formList, fields, {add, save, remove});
}

QWidget *CommendationCatalogueDialog::buildPeopleTab()
{
    m_personPosition->setPlaceholderText(tr("e.g. Phó Trưởng phòng"));
    auto *fields = new QFormLayout;
    fields->addRow(tr("Full &name:"), m_personName);
    fields->addRow(tr("P&osition:"), m_personPosition);
    fields->addRow(tr("&Unit:"), m_personUnit);
    auto *add = new QPushButton(tr("Ne&w"));
    auto *save = new QPushButton(tr("Sa&ve"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_personList->setCurrentRow(-1);
        showPerson();
        m_personName->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &CommendationCatalogueDialog::savePerson);
    connect(remove, &QPushButton::clicked, this, &CommendationCatalogueDialog::removePerson);
    connect(m_personList, &QListWidget::currentRowChanged, this, &CommendationCatalogueDialog::showPerson);
    return editorPage(m_personList, fields, {add, save, remove});
}

QWidget *CommendationCatalogueDialog::buildRulesTab()
{
    m_ruleKind->addItem(tr("A class or better in every year"), QStringLiteral("class_every_year"));
    m_ruleKind->addItem(tr("Among the top N"), QStringLiteral("top_n"));
    for (const RubricClass &rubricClass : std::as_const(m_classes))
        m_ruleClass->addItem(rubricClass.name, rubricClass.code);
    m_ruleTop->setRange(1, 1000);
    auto *fields = new QFormLayout;
    fields->addRow(tr("R&ule:"), m_ruleKind);
    fields->addRow(tr("&Class or better:"), m_ruleClass);
    fields->addRow(tr("&Top:"), m_ruleTop);
    fields->addRow(QString(), m_ruleEveryYear);
    fields->addRow(tr("Pr&oposes:"), m_ruleForm);
    fields->addRow(QString(), m_ruleEnabled);
    auto *add = new QPushButton(tr("Ne&w"));
    auto *save = new QPushButton(tr("Sa&ve"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_ruleList->setCurrentRow(-1);
        showRule();
    });
    connect(save, &QPushButton::clicked, this, &CommendationCatalogueDialog::saveRule);
    connect(remove, &QPushButton::clicked, this, &CommendationCatalogueDialog::removeRule);
    connect(m_ruleList, &QListWidget::currentRowChanged, this, &CommendationCatalogueDialog::showRule);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this, &CommendationCatalogueDialog::enableRuleFields);
    return editorPage(m_ruleList, fields, {add, save, remove});
}

bool CommendationCatalogueDialog::attempt(const std::function<void()> &change)
{
    try {
        change();
        m_message->clear();
        return true;
    } catch (const ValidationError &error) {
        m_message->setText(error.message());
    } catch (const StorageError &error) {
        m_message->setText(error.message());
    }
    return false;
}

void CommendationCatalogueDialog::loadForms(qint64 select)
{
    m_forms = m_service.forms();
    const QSignalBlocker blocker(m_formList);
    m_formList->clear();
    m_ruleForm->clear();
    for (const CommendationForm &form : std::as_const(m_forms)) {
        QString text = form.kind == QLatin1String("title") ? tr("%1 (emulation title)").arg(form.name) : form.name;
        if (!form.active)
            text = tr("%1 (not in use)").arg(text);
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, form.id);
        m_formList->addItem(item);
        if (form.kind == QLatin1String("form") && form.active)
            m_ruleForm->addItem(form.name, form.id);
    }
    selectId(m_formList, select);
    showForm();
}

void CommendationCatalogueDialog::showForm()
{
    const CommendationForm form = currentOf(m_forms, m_formList);
    m_formName->setText(form.name);
    selectData(m_formKind, form.kind);
    selectData(m_formLevel, form.level);
    for (auto it = m_formSubjects.cbegin(); it != m_formSubjects.cend(); ++it)
        it.value()->setChecked(form.subjects.contains(it.key()));
    for (auto it = m_formOccasions.cbegin(); it != m_formOccasions.cend(); ++it)
        it.value()->setChecked(form.occasions.contains(it.key()));
    m_formActive->setChecked(form.active);
}

bool CommendationCatalogueDialog::saveForm()
{
    CommendationForm form = currentOf(m_forms, m_formList);
    form.name = m_formName->text().trimmed();
    form.kind = m_formKind->currentData().toString();
    form.level = m_formLevel->currentData().toString();
    form.subjects.clear();
    for (const QString &subject : kSubjects)
        if (m_formSubjects.value(subject)->isChecked())
            form.subjects.append(subject);
    form.occasions.clear();
    for (const QString &occasion : kOccasions)
        if (m_formOccasions.value(occasion)->isChecked())
            form.occasions.append(occasion);
    form.active = m_formActive->isChecked();
    CommendationForm saved;
    if (!attempt([&] { saved = m_service.saveForm(form); }))
        return false;
    loadForms(saved.id);
    return true;
}

bool CommendationCatalogueDialog::removeForm()
{
    const qint64 id = currentId(m_formList);
    if (!id || !attempt([&] { m_service.removeForm(id); }))
        return false;
    loadForms();
    return true;
}

void CommendationCatalogueDialog::loadPeople(qint64 select)
{
    m_people = m_service.individuals();
    const QSignalBlocker blocker(m_personList);
    m_personList->clear();
    for (const Individual &person : std::as_const(m_people)) {
        auto *item = new QListWidgetItem(tr("%1, %2").arg(person.fullName, m_units.value(person.unitId)));
        item->setData(Qt::UserRole, person.id);
        m_personList->addItem(item);
    }
    selectId(m_personList, select);
    showPerson();
}

void CommendationCatalogueDialog::showPerson()
{
    const Individual person = currentOf(m_people, m_personList);
    m_personName->setText(person.fullName);
    m_personPosition->setText(person.position);
    selectData(m_personUnit, person.unitId);
}

bool CommendationCatalogueDialog::savePerson()
{
    Individual person = currentOf(m_people, m_personList);
    person.fullName = m_personName->text().trimmed();
    person.position = m_personPosition->text().trimmed();
    person.unitId = m_personUnit->currentData().toLongLong();
    Individual saved;
    if (!attempt([&] { saved = m_service.saveIndividual(person); }))
        return false;
    loadPeople(saved.id);
    return true;
}

bool CommendationCatalogueDialog::removePerson()
{
    const qint64 id = currentId(m_personList);
    if (!id || !attempt([&] { m_service.removeIndividual(id); }))
        return false;
    loadPeople();
    return true;
}

QString CommendationCatalogueDialog::ruleText(const SuggestionRule &rule) const
{
    QString formName;
    for (const CommendationForm &form : std::as_const(m_forms))
        if (form.id == rule.formId)
            formName = form.name;
    QString condition;
    if (rule.kind == QLatin1String("top_n")) {
        condition =
            rule.everyYear ? tr("top %1 in every year").arg(rule.topN) : tr("top %1 in the last year").arg(rule.topN);
    } else {
        QString className = rule.classCode;
        for (const RubricClass &rubricClass : std::as_const(m_classes))
            if (rubricClass.code == rule.classCode)
                className = rubricClass.name;
        condition = tr("%1 or better in every year").arg(className);
    }
    const QString text = tr("%1 → %2").arg(condition, formName);
    return rule.enabled ? text : tr("%1 (not applied)").arg(text);
}

void CommendationCatalogueDialog::loadRules(qint64 select)
{
    m_rules = m_service.rules();
    const QSignalBlocker blocker(m_ruleList);
    m_ruleList->clear();
    for (const SuggestionRule &rule : std::as_const(m_rules)) {
        auto *item = new QListWidgetItem(ruleText(rule));
        item->setData(Qt::UserRole, rule.id);
        m_ruleList->addItem(item);
    }
    selectId(m_ruleList, select);
    showRule();
}

void CommendationCatalogueDialog::showRule()
{
    SuggestionRule fresh;
    fresh.kind = QStringLiteral("class_every_year");
    fresh.topN = 3;
    const SuggestionRule rule = currentOf(m_rules, m_ruleList, fresh);
    selectData(m_ruleKind, rule.kind);
    selectData(m_ruleClass, rule.classCode);
    m_ruleTop->setValue(rule.topN > 0 ? rule.topN : 3);
    m_ruleEveryYear->setChecked(rule.everyYear);
    selectData(m_ruleForm, rule.formId);
    m_ruleEnabled->setChecked(rule.enabled);
    enableRuleFields();
}

void CommendationCatalogueDialog::enableRuleFields()
{
    const bool top = m_ruleKind->currentData().toString() == QLatin1String("top_n");
    m_ruleClass->setEnabled(!top);
    m_ruleTop->setEnabled(top);
    m_ruleEveryYear->setEnabled(top);
}

bool CommendationCatalogueDialog::saveRule()
{
    SuggestionRule rule = currentOf(m_rules, m_ruleList);
    rule.kind = m_ruleKind->currentData().toString();
    const bool top = rule.kind == QLatin1String("top_n");
    rule.classCode = top ? QString() : m_ruleClass->currentData().toString();
    rule.topN = top ? m_ruleTop->value() : 0;
    rule.everyYear = top && m_ruleEveryYear->isChecked();
    rule.formId = m_ruleForm->currentData().toLongLong();
    rule.enabled = m_ruleEnabled->isChecked();
    SuggestionRule saved;
    if (!attempt([&] { saved = m_service.saveRule(rule); }))
        return false;
    loadRules(saved.id);
    return true;
}

bool CommendationCatalogueDialog::removeRule()
{
    const qint64 id = currentId(m_ruleList);
    if (!id || !attempt([&] { m_service.removeRule(id); }))
        return false;
    loadRules();
    return true;
}
