#pragma once

#include "domain/organisationsettings.h"

#include <QDialog>

class OrganisationService;
class QDialogButtonBox;
class QLineEdit;

// Asked at the first export of an official document when no signer's name is set: who
// signs (the form and the head's title, "KT. GIÁM ĐỐC"; the signer's title; the name),
// saved to the document settings so that it is asked once. The name is required.
class SignerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignerDialog)

public:
    explicit SignerDialog(const OrganisationSettings &settings, QWidget *parent = nullptr);

    QLineEdit *authorityEdit() const { return m_authority; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *nameEdit() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // When `name` (the signer the document would carry) is empty, asks for the signer
    // and saves the answer through the service (its organisationChanged follows). True
    // when the export may go on: a name was there or has been given; false when the
    // clerk cancelled or the save failed (after saying why).
    static bool ensureSigner(OrganisationService &service, const QString &name, QWidget *parent);

private:
    QLineEdit *m_authority;
    QLineEdit *m_title;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};
