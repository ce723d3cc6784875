#pragma once

#include <QDate>
#include <QMainWindow>

#include <memory>

class BackupController;
class DatabaseMenu;
class QAction;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class Services;
class SubmissionService;
class YearLockService;

// The main window: a navigation pane with the screens that work, menus, the undo stack
// of the edits made in them, and the window's state kept between runs. Screens are
// built the first time they are shown, each from the same bundle of services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Screen
    {
        PlanScreenIndex,
        UnitsScreenIndex,
        SubmissionsScreenIndex,
        ScoringScreenIndex,
        ReportsScreenIndex,
        TasksScreenIndex,
        TimelineScreenIndex,
        DashboardScreenIndex,
        ReviewsScreenIndex,
        RecognitionScreenIndex,
        ScreenCount
    };

    // The exit code of the event loop after a restore, a new connection, or when File ▸
    // New or Open chose another database (nextDatabase(), takeNextServices()): main()
    // opens the window again.
    static constexpr int ReopenExitCode = 75;
    // The database the clerk connected to through File ▸ Connect to server….
    std::unique_ptr<Services> takeNextServices();

    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `screen` when this login's window offers it (RoleScreens), else nothing.
    void showScreen(int screen);
    int currentScreen() const;
    // The screens this login's window offers, in the navigation's order: every screen
    // for the offices; the plan and its own submissions for a unit's login.
    QList<int> offeredScreens() const { return m_offered; }
    bool offers(int screen) const { return m_offered.contains(screen); }
    QWidget *screen(int screen) const;
    QListWidget *navigation() const { return m_navigation; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SubmissionService &submissionService() const;
    YearLockService &yearLockService() const;
    // Tools ▸ Lock year: asks, then locks or unlocks the year of the Scoring screen.
    QAction *lockYearAction() const { return m_lockYear; }
    // File ▸ Back up now, File ▸ Restore from a backup… and the automatic backups.
    BackupController *backups() const { return m_backups; }
    // File ▸ New database…, Open…, Open recent.
    DatabaseMenu *databases() const { return m_databases; }
    // The database File ▸ New or Open chose; empty when the window reopens on its own.
    QString nextDatabase() const { return m_nextDatabase; }
    // File ▸ Print…: the current screen's document; disabled where a screen has none.
    QAction *printAction() const { return m_print; }
    // Help ▸ User guide (F1).
    QAction *guideAction() const { return m_guide; }
    // File ▸ Reconnect to the server (Ctrl+Shift+R): on a server database only.
    QAction *reconnectAction() const { return m_reconnect; }
    // Connects again to the same server with the same login; screens keep their unsaved
    // edits and read their data again. False (said in a message) when it cannot.
    bool reconnect();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolsMenu();
    void createHelpMenu();
    void onConnectToServer();
    void showWhereTheDataIs();
    // On a server: notices a session the server ended, and shows how to get it back.
    void watchConnection();
    void checkConnection();
    // The unit a unit's login works for, as "name (code)"; empty for other logins.
    QString unitShown() const;
    QWidget *ensureScreen(int screen);
    void onAbout();
    void onGuide();
    void onPrint();
    void updatePrintAction();
    void onDatabaseChosen(const QString &path);
    // Before the window reopens on another database: unsaved report text asked about,
    // the window's state kept. False when the clerk chose to stay.
    bool leaveThisDatabase();
    void saveWindowState();
    void onSettings();
    void onLockYear();
    void onRestored();
    void updateLockYearAction();
    // The Reports screen's readiness list leads to a unit's submission or review.
    void openSubmission(int year, qint64 unitId, int page);
    void openReview(int year, qint64 unitId);
    // The timeline's year opens that year's submissions.
    void openYear(int year);
    // The Dashboard's buttons: the three main jobs and the tasks, for its year.
    void openJob(int job, int year);
    // False when the screen shown has unsaved text the clerk chose to keep editing.
    bool canLeaveCurrentScreen();

    Services &m_services;
    std::unique_ptr<Services> m_nextServices; // shared by every screen and the undo commands
    QUndoStack *m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<QWidget *> m_screens;
    QList<int> m_offered; // the screens of the navigation, row by row
    QAction *m_lockYear = nullptr;
    BackupController *m_backups = nullptr;
    DatabaseMenu *m_databases = nullptr;
    QAction *m_print = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_reconnect = nullptr;
    QWidget *m_connectionLost = nullptr; // on a server: shown while the connection is gone
    QString m_nextDatabase;
    QDate m_lastOpened; // the day xhht was last opened before this run
};
