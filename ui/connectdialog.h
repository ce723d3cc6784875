#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Services;
struct ServerAddress;

// "Connect to server…": where the office's shared database is (server, port, database,
// user, password, security), tried at once; the reason in plain words when it fails,
// the fields kept for another try. The password is remembered only when asked, in the
// desktop keyring (PasswordStore), never in the settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString &address, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The address of the connection made, without the password.
    QString address() const;
    // The open database, once accepted.
    std::unique_ptr<Services> takeServices();
    // Shows why the last attempt failed (the dialog opened after a failed start).
    void setProblem(const QString &message);

    // Opens the server database at `uri`: with the password from the address, libpq's
    // own places or the keyring; when the server still asks for one, or cannot be
    // reached, this dialog. Null when the clerk gives up.
    static std::unique_ptr<Services> open(const QString &uri, QWidget *parent = nullptr);

    void accept() override;

private:
    ServerAddress enteredAddress() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_security;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QString m_options; // the address's other settings, kept as they were
    std::unique_ptr<Services> m_services;
};
