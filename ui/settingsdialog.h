#pragma once

#include <QDialog>

class QComboBox;

// Program settings: for now the interface language (Vietnamese by default).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
};
