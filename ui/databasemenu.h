#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

// File ▸ New database…, Open…, Open recent: choosing the file the program works on. The
// last five databases opened are kept in the settings. A choice is announced with
// databaseChosen(path); the window then closes its screens and opens again on that file
// (a new file is created and seeded with the plan as at the first run).
class DatabaseMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseMenu)

public:
    // Asks for a file: a new one to create (`create`) or an existing one. Empty: cancelled.
    using FileChooser = std::function<QString(QWidget *parent, bool create, const QString &folder)>;
    static constexpr int kRecentCount = 5;

    // `current`: the database open now (put first in the recent list).
    DatabaseMenu(const QString &current, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    static QStringList recentFiles();

    void chooseNew();
    void chooseExisting();

Q_SIGNALS:
    void databaseChosen(const QString &path);

private:
    void fillRecent();
    void openRecent(const QString &path);
    static QString defaultChooser(QWidget *parent, bool create, const QString &folder);

    QString m_current;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recent;
    FileChooser m_chooser;
};
