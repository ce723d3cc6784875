#pragma once

#include <QDialog>

class DocumentSettingsPage;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTabWidget;
class Services;

// Program settings: the interface language (Vietnamese by default), the folder of the
// automatic backups (a USB stick or a network folder), and the department's document
// details (DocumentSettingsPage), saved through the OrganisationService on OK in one
// audited transaction.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Services &services, QWidget *parent = nullptr);

    void accept() override;
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QTabWidget *tabs() const { return m_tabs; }
    // Null when the settings could not be read (the tab says why).
    DocumentSettingsPage *documentsPage() const { return m_documents; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    Services &m_services;
    QComboBox *m_language;
    QLineEdit *m_backupFolder;
    QTabWidget *m_tabs;
    DocumentSettingsPage *m_documents = nullptr;
    QDialogButtonBox *m_buttons;
};
