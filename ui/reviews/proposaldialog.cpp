#include "proposaldialog.h"

#include "services/commendationservice.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ProposalDialog::ProposalDialog(const CommendationProposal &proposal, const QList<qint64> &unitOrder,
                               const QHash<qint64, QString> &units, const QList<Individual> &individuals,
                               const QList<CommendationForm> &forms, Save save, QWidget *parent)
    : QDialog(parent), m_proposal(proposal), m_individuals(individuals), m_forms(forms), m_save(std::move(save)),
      m_subject(new QComboBox(this)), m_unit(new QComboBox(this)), m_individual(new QComboBox(this)),
      m_form(new QComboBox(this)), m_reason(new QPlainTextEdit(this)), m_status(new QComboBox(this)),
      m_decisionNumber(new QLineEdit(this)), m_decided(new QCheckBox(tr("Decided o&n"), this)),
      m_decisionDate(new DateField(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(proposal.id ? tr("Edit proposal") : tr("New proposal"));
    m_subject->addItem(CommendationService::subjectName(QStringLiteral("tap_the")), QStringLiteral("tap_the"));
    m_subject->addItem(CommendationService::subjectName(QStringLiteral("ca_nhan")), QStringLiteral("ca_nhan"));
    for (qint64 id : unitOrder)
        m_unit->addItem(units.value(id), id);
    m_unit->setEditable(true); // type to find among a hundred units
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &status : CommendationService::statuses())
        m_status->addItem(CommendationService::statusName(status), status);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The achievement, as it will be printed"));
    m_decisionNumber->setPlaceholderText(tr("e.g. 123/QĐ-UBND"));
    m_decisionDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_decisionDate->setCalendarPopup(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("proposalMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b"));
    m_message->setVisible(false);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_decisionNumber, 1);
    decision->addWidget(m_decided);
    decision->addWidget(m_decisionDate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Collective or individual:"), m_subject);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Person:"), m_individual);
    form->addRow(tr("C&ommendation:"), m_form);
    form->addRow(tr("&Achievement:"), m_reason);
    form->addRow(tr("&Status:"), m_status);
    auto *decisionLabel = new QLabel(tr("&Decision number:"), this);
    decisionLabel->setBuddy(m_decisionNumber);
    form->addRow(decisionLabel, decision);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    selectData(m_subject, proposal.subject);
    selectData(m_unit, proposal.unitId);
    selectData(m_status, proposal.status);
    m_reason->setPlainText(proposal.reason);
    m_decisionNumber->setText(proposal.decisionNumber);
    m_decided->setChecked(proposal.decisionDate.isValid());
    m_decisionDate->setDate(proposal.decisionDate.isValid() ? proposal.decisionDate : QDate::currentDate());
    fillIndividuals();
    fillForms();
    selectData(m_individual, proposal.individualId);
    selectData(m_form, proposal.formId);
    updateFields();

    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        fillForms();
        updateFields();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProposalDialog::fillIndividuals);
    connect(m_decided, &QCheckBox::toggled, this, &ProposalDialog::updateFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProposalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProposalDialog::reject);
    resize(560, sizeHint().height());
}

void ProposalDialog::fillIndividuals()
{
    const QVariant current = m_individual->currentData();
    const qint64 unitId = m_unit->currentData().toLongLong();
    m_individual->clear();
    for (const Individual &individual : std::as_const(m_individuals))
        if (individual.unitId == unitId)
            m_individual->addItem(individual.position.isEmpty()
                                      ? individual.fullName
                                      : tr("%1, %2").arg(individual.fullName, individual.position),
                                  individual.id);
    selectData(m_individual, current);
}

void ProposalDialog::fillForms()
{
    const QVariant current = m_form->currentData();
    const QString subject = m_subject->currentData().toString();
    m_form->clear();
    for (const CommendationForm &form : std::as_const(m_forms))
        if (form.subjects.contains(subject))
            m_form->addItem(form.name, form.id);
    selectData(m_form, current);
}

void ProposalDialog::updateFields()
{
    const bool individual = m_subject->currentData().toString() == QLatin1String("ca_nhan");
    m_individual->setEnabled(individual);
    m_decisionDate->setEnabled(m_decided->isChecked());
}

CommendationProposal ProposalDialog::proposal() const
{
    CommendationProposal proposal = m_proposal;
    proposal.subject = m_subject->currentData().toString();
    proposal.unitId = m_unit->currentData().toLongLong();
    proposal.individualId = proposal.subject == QLatin1String("ca_nhan") ? m_individual->currentData().toLongLong() : 0;
    proposal.formId = m_form->currentData().toLongLong();
    proposal.reason = m_reason->toPlainText().trimmed();
    proposal.status = m_status->currentData().toString();
    proposal.decisionNumber = m_decisionNumber->text().trimmed();
    proposal.decisionDate = m_decided->isChecked() ? m_decisionDate->date() : QDate();
    return proposal;
}

void ProposalDialog::accept()
{
    QString refusal;
    if (m_unit->currentIndex() < 0 || m_unit->currentText() != m_unit->itemText(m_unit->currentIndex()))
        refusal = tr("Choose the unit from the list.");
    else if (m_subject->currentData().toString() == QLatin1String("ca_nhan") && m_individual->currentIndex() < 0)
        refusal = tr("Choose the person: add them under Catalogue… first if they are not listed.");
    else if (m_form->currentIndex() < 0)
        refusal = tr("Choose the commendation.");
    else if (m_save)
        refusal = m_save(proposal());
    m_message->setText(refusal);
    m_message->setVisible(!refusal.isEmpty());
    if (refusal.isEmpty())
        QDialog::accept();
}
