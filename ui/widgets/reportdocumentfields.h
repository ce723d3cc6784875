#pragma once

#include "domain/organisationsettings.h"

#include <QDate>
#include <QGroupBox>

class OrganisationService;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// The details of the document exported from the Reports screen: its number (0 leaves it
// blank, to be written on the paper copy), its date and who signs it. The signer comes
// from the organisation settings and can be changed for this export only.
class ReportDocumentFields final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDocumentFields)

public:
    explicit ReportDocumentFields(QWidget *parent = nullptr);

    // Fills in the signer from the settings; a field the clerk changed keeps its text.
    void setOrganisation(const OrganisationSettings &organisation);
    // The settings as the document uses them: the signer as shown here.
    OrganisationSettings organisation() const;
    // Before an export: when the signer's name here is empty, asks for the signer
    // (SignerDialog, saved to the settings) and shows the answer. False: do not export.
    bool ensureSigner(OrganisationService &service);
    int number() const;
    QDate date() const;
    void setDate(QDate date);

    QSpinBox *numberBox() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *authorityEdit() const { return m_authority; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    OrganisationSettings m_organisation;
    QSpinBox *m_number;
    QDateEdit *m_date;
    QLineEdit *m_authority;
    QLineEdit *m_title;
    QLineEdit *m_name;
};
