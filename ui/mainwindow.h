#pragma once

#include <QMainWindow>

class Database;
class QListWidget;
class QStackedWidget;

// The main window: a navigation pane with the screens that work, menus, and the
// window's state kept between runs. Screens are built the first time they are shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Screen
    {
        PlanScreenIndex,
        UnitsScreenIndex,
        ScreenCount
    };

    explicit MainWindow(const Database &database, QWidget *parent = nullptr);

    void showScreen(int screen);
    int currentScreen() const;
    QWidget *screen(int screen) const;
    QListWidget *navigation() const { return m_navigation; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *ensureScreen(int screen);
    void onAbout();
    void onSettings();

    const Database &m_database;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<QWidget *> m_screens;
};
