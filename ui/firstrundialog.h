#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The first start, when no database exists where the program looks for it: the clerk
// chooses where the data will live instead of a file appearing silently in a folder
// never seen. Create one in the data folder (the default) or in a chosen file, open an
// existing file, or open the demo (sample data in a file of its own).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum Choice
    {
        CreateDefault,
        CreateElsewhere,
        OpenExisting,
        OpenDemo,
        ConnectToServer, // the office's shared database (ConnectDialog asks where)
    };

    // `defaultPath`: where the program looked (the data folder's xhht.sqlite, or --db).
    explicit FirstRunDialog(const QString &defaultPath, QWidget *parent = nullptr);

    Choice choice() const;
    // The database file to open or create.
    QString path() const;
    // True when the file does not exist yet and is to be made (every choice but open).
    bool creates() const { return choice() != OpenExisting && choice() != ConnectToServer; }
    // The demo's file, beside the default one.
    static QString demoPath(const QString &defaultPath);

    QRadioButton *option(Choice choice) const;
    QLineEdit *newFileEdit() const { return m_newFile; }
    QLineEdit *existingFileEdit() const { return m_existingFile; }
    QPushButton *continueButton() const;
    QLabel *problemLabel() const { return m_problem; }

private:
    void createLayout();
    void browseNewFile();
    void browseExistingFile();
    // Enables Continue when the choice can go ahead; says why not.
    void validate();

    QString m_defaultPath;
    QRadioButton *m_createDefault;
    QRadioButton *m_createElsewhere;
    QRadioButton *m_openExisting;
    QRadioButton *m_openDemo;
    QRadioButton *m_connectServer;
    QLineEdit *m_newFile;
    QLineEdit *m_existingFile;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
