#include "reportdocumentfields.h"

#include "datefield.h"
#include "services/organisationservice.h"
#include "signerdialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace {

// Replaces the text of a field the clerk has not changed (it still shows the old value).
void follow(QLineEdit *edit, const QString &oldValue, const QString &newValue)
{
    if (edit->text() == oldValue)
        edit->setText(newValue);
}

} // namespace

ReportDocumentFields::ReportDocumentFields(QWidget *parent)
    : QGroupBox(tr("Document"), parent), m_number(new QSpinBox(this)), m_date(new DateField(this)),
      m_authority(new QLineEdit(this)), m_title(new QLineEdit(this)), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reportDocumentFields"));
    setToolTip(tr("Used for the document exported from this screen; the organisation settings are not changed"));
    m_number->setObjectName(QStringLiteral("reportNumber"));
    m_number->setRange(0, 9999);
    m_number->setSpecialValueText(tr("blank"));
    m_number->setToolTip(tr("The document number; blank leaves room to write it on the paper copy"));
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_authority->setObjectName(QStringLiteral("reportSignerAuthority"));
    m_authority->setPlaceholderText(QStringLiteral("KT. GIÁM ĐỐC"));
    m_title->setObjectName(QStringLiteral("reportSignerTitle"));
    m_title->setPlaceholderText(QStringLiteral("PHÓ GIÁM ĐỐC"));
    m_name->setObjectName(QStringLiteral("reportSignerName"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Signing &authority:"), m_authority);
    form->addRow(tr("Signer's tit&le:"), m_title);
    form->addRow(tr("Signed &by:"), m_name);
}

void ReportDocumentFields::setOrganisation(const OrganisationSettings &organisation)
{
    follow(m_authority, m_organisation.signerAuthority, organisation.signerAuthority);
    follow(m_title, m_organisation.signerTitle, organisation.signerTitle);
    follow(m_name, m_organisation.signerName, organisation.signerName);
    m_organisation = organisation;
}

OrganisationSettings ReportDocumentFields::organisation() const
{
    OrganisationSettings settings = m_organisation;
    settings.signerAuthority = m_authority->text().trimmed();
    settings.signerTitle = m_title->text().trimmed();
    settings.signerName = m_name->text().trimmed();
    return settings;
}

bool ReportDocumentFields::ensureSigner(OrganisationService &service)
{
    if (!SignerDialog::ensureSigner(service, m_name->text(), window()))
        return false;
    if (m_name->text().trimmed().isEmpty())
        setOrganisation(service.settings());
    return true;
}

int ReportDocumentFields::number() const
{
    return m_number->value();
}

QDate ReportDocumentFields::date() const
{
    return m_date->date();
}

void ReportDocumentFields::setDate(QDate date)
{
    m_date->setDate(date);
}
