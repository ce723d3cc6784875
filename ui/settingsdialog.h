#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Program settings: the interface language (Vietnamese by default) and the folder of the
// automatic backups (a USB stick or a network folder).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }

private:
    QComboBox *m_language;
    QLineEdit *m_backupFolder;
};
