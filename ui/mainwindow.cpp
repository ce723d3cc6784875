#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "connectdialog.h"
#include "dashboard/dashboardscreen.h"
#include "databasemenu.h"
#include "domain/rolescreens.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "helpdialog.h"
#include "plan/planscreen.h"
#include "recognition/recognitionscreen.h"
#include "reports/reportsscreen.h"
#include "reviews/reviewsscreen.h"
#include "scoring/rankingpanel.h"
#include "scoring/scoringscreen.h"
#include "services/serverservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "services/yearlockservice.h"
#include "settingsdialog.h"
#include "submissions/submissionsscreen.h"
#include "tasks/tasksscreen.h"
#include "timeline/timelinescreen.h"
#include "units/unitsscreen.h"
#include "widgets/serverroles.h"
#include "widgets/waitcursor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastOpenedKey = QStringLiteral("dashboard/lastOpened");
} // namespace

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_undoStack(new QUndoStack(this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_screens(ScreenCount, nullptr)
{
    setWindowTitle(tr("xhht – Learning society movement 2024-2030"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/xhht.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    // The screens this login works in: a unit's login gets its own (RoleScreens).
    const QString role = m_services.server().role();
    for (const WindowScreen screen : RoleScreens::forRole(role))
        m_offered.append(int(screen));
    const QList<std::pair<QString, QString>> items = {
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("units"), tr("Units")},
        {QStringLiteral("submissions"), RoleScreens::isOwnUnitOnly(role) ? tr("Our submission") : tr("Submissions")},
        {QStringLiteral("scoring"), tr("Scoring")},
        {QStringLiteral("report"), tr("Reports")},
        {QStringLiteral("tasks"), tr("Tasks")},
        {QStringLiteral("timeline"), tr("Timeline")},
        {QStringLiteral("xhht"), tr("Dashboard")},
        {QStringLiteral("reviews"), tr("Reviews")},
        {QStringLiteral("recognition"), tr("Recognition")}};
    static_assert(int(WindowScreen::Recognition) == RecognitionScreenIndex &&
                  int(WindowScreen::Plan) == PlanScreenIndex);
    for (const int screen : std::as_const(m_offered)) {
        const auto &[icon, name] = items.at(screen);
        m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), name));
    }
    // The navigation keeps the width its names need: a wide screen beside it never
    // squeezes it to a few letters and a scroll bar.
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    const int em = m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_navigation->setMinimumWidth(widest + m_navigation->iconSize().width() + 2 * m_navigation->frameWidth() + em * 2);
    m_navigation->setMaximumWidth(std::max(240, m_navigation->minimumWidth()));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < ScreenCount; ++i)
        m_stack->addWidget(new QWidget(m_stack)); // placeholders until first shown

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({m_navigation->minimumWidth(), 930});
    setCentralWidget(splitter);
    m_backups = new BackupController(m_services, this);
    connect(m_backups, &BackupController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_backups, &BackupController::restored, this, &MainWindow::onRestored);
    createMenus();

    showWhereTheDataIs();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_offered.size())
            showScreen(m_offered.at(row));
    });

    QSettings settings;
    // The first time the window opens maximised (a laptop's 1366×768 has no room to
    // spare); then where the clerk left it.
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 700);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    // The program opens on the Dashboard: where the year stands, and what is new since
    // it was last opened; a unit's login on its own submissions.
    m_lastOpened = settings.value(kLastOpenedKey).toDate();
    settings.setValue(kLastOpenedKey, QDate::currentDate());
    showScreen(int(RoleScreens::firstScreen(role)));
    // A backup when the last one is a day old, once the window is up.
    QTimer::singleShot(0, m_backups, [this] { m_backups->backUpIfDue(false); });
}

MainWindow::~MainWindow()
{
    // The commands refer to the services: they go first.
    m_undoStack->clear();
}

SubmissionService &MainWindow::submissionService() const
{
    return m_services.submissions();
}

YearLockService &MainWindow::yearLockService() const
{
    return m_services.yearLock();
}

std::unique_ptr<Services> MainWindow::takeNextServices()
{
    return std::move(m_nextServices);
}

// The title and the status bar say where the data is: the file, or the server, the
// database and the login's role there.
void MainWindow::showWhereTheDataIs()
{
    const ServerService &server = m_services.server();
    QString where = m_services.location();
    if (server.isServer()) {
        const ServerAddress shown = [&] {
            ServerAddress a;
            QString ignored;
            a.parse(m_services.location(), &ignored);
            return a;
        }();
        const QString unit = unitShown();
        if (unit.isEmpty())
            setWindowTitle(tr("xhht – %1 (%2)").arg(shown.shortName(), ServerRoles::label(server.role())));
        else // a unit's login: whose submission this window edits, and as whom
            setWindowTitle(tr("xhht – %1, signed in as %2 – %3").arg(unit, server.login(), shown.shortName()));
        where = tr("%1, signed in as %2 (%3)").arg(where, server.login(), ServerRoles::label(server.role()));
        if (!unit.isEmpty())
            where += QStringLiteral(" — ") + tr("unit %1").arg(unit);
    }
    if (m_services.isReadOnly())
        where += QStringLiteral(" — ") + tr("read-only: changes cannot be saved");
    auto *databaseLabel = new QLabel(tr("Database: %1").arg(where), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);
    if (m_services.isServer())
        watchConnection();
}

void MainWindow::watchConnection()
{
    // A session the server ended (a restart, an administrator) is noticed without waiting
    // for the next save: a warning stays in the status bar, with the way back, until the
    // window is connected again. The check asks nothing of the network.
    m_connectionLost = new QWidget(this);
    m_connectionLost->setObjectName(QStringLiteral("connectionLost"));
    auto *layout = new QHBoxLayout(m_connectionLost);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(tr("The connection to the server was lost."), m_connectionLost);
    text->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
    m_connectionLost->setToolTip(tr("The server ended this window's session. Your unsaved edits stay in their "
                                    "editors; reconnect to save them."));
    auto *button = new QPushButton(tr("Reconnect (%1)").arg(m_reconnect->shortcut().toString(QKeySequence::NativeText)),
                                   m_connectionLost);
    button->setObjectName(QStringLiteral("connectionLostReconnect"));
    connect(button, &QPushButton::clicked, this, &MainWindow::reconnect);
    layout->addWidget(text);
    layout->addWidget(button);
    statusBar()->insertPermanentWidget(0, m_connectionLost);
    m_connectionLost->hide();
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &MainWindow::checkConnection);
    timer->start();
}

void MainWindow::checkConnection()
{
    if (!m_connectionLost)
        return;
    // Beside the permanent address, a passing message would be cut: the warning stays,
    // its tooltip says what it means.
    m_connectionLost->setVisible(m_services.server().connectionLost());
}

QString MainWindow::unitShown() const
{
    const QString code = m_services.server().unitCode();
    if (code.isEmpty())
        return QString();
    try {
        // The server shows a unit's login its own unit only.
        for (const Unit &unit : m_services.units().all())
            if (unit.code == code)
                return tr("%1 (%2)").arg(unit.name, code);
    } catch (const StorageError &) {
        // the code alone, then
    }
    return code;
}

void MainWindow::onConnectToServer()
{
    QSettings settings;
    ConnectDialog dialog(settings.value(QStringLiteral("server/lastAddress")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("server/lastAddress"), dialog.address());
    if (!leaveThisDatabase())
        return;
    m_nextServices = dialog.takeServices();
    QCoreApplication::exit(ReopenExitCode);
}

bool MainWindow::reconnect()
{
    try {
        const WaitCursor wait;
        m_services.reconnect();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Reconnect to the server"), error.message());
        return false;
    }
    checkConnection();
    statusBar()->showMessage(tr("Connected again to %1").arg(m_services.location()), 8000);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_databases = new DatabaseMenu(m_services.location(), this);
    connect(m_databases, &DatabaseMenu::databaseChosen, this, &MainWindow::onDatabaseChosen);
    file->addAction(m_databases->newAction());
    file->addAction(m_databases->openAction());
    file->addMenu(m_databases->recentMenu());
    QAction *connectAction = file->addAction(tr("Connect to &server…"), this, &MainWindow::onConnectToServer);
    connectAction->setObjectName(QStringLiteral("connectToServer"));
    connectAction->setStatusTip(tr("Work on the office's shared database on a PostgreSQL server"));
    m_reconnect = file->addAction(tr("&Reconnect to the server"), this, &MainWindow::reconnect);
    m_reconnect->setObjectName(QStringLiteral("reconnectToServer"));
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconnect->setStatusTip(tr("After the connection to the server was lost: connect again, keeping your edits"));
    m_reconnect->setVisible(m_services.isServer());
    file->addSeparator();
    m_print = file->addAction(tr("&Print…"), this, &MainWindow::onPrint);
    m_print->setObjectName(QStringLiteral("filePrint"));
    m_print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    file->addAction(m_backups->backUpNowAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    // Both usual keys, whatever the platform's own binding is.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Plan"),
                               tr("&Units"),
                               RoleScreens::isOwnUnitOnly(m_services.server().role()) ? tr("&Our submission")
                                                                                      : tr("&Submissions"),
                               tr("S&coring"),
                               tr("&Reports"),
                               tr("&Tasks"),
                               tr("Time&line"),
                               tr("&Dashboard"),
                               tr("Re&views"),
                               tr("Rec&ognition")};
    for (int row = 0; row < m_offered.size(); ++row) {
        const int screen = m_offered.at(row);
        QAction *action = view->addAction(names.at(screen), this, [this, screen] { showScreen(screen); });
        // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth, in the navigation's order.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(row < 9 ? Qt::Key_1 + row : Qt::Key_0)));
    }

    // The settings and the year lock are the offices' work: a unit's window has no Tools.
    if (!RoleScreens::isOwnUnitOnly(m_services.server().role()))
        createToolsMenu();
    createHelpMenu();
}

void MainWindow::createToolsMenu()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::onSettings);
    settings->setObjectName(QStringLiteral("toolsSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    tools->addSeparator();
    m_lockYear = tools->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock or unlock the year…"), this,
                                  &MainWindow::onLockYear);
    m_lockYear->setObjectName(QStringLiteral("toolsLockYear"));
    connect(tools, &QMenu::aboutToShow, this, &MainWindow::updateLockYearAction);
    updateLockYearAction();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_guide = help->addAction(tr("&User guide"), this, &MainWindow::onGuide);
    m_guide->setObjectName(QStringLiteral("helpGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About xhht"), this, &MainWindow::onAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::ensureScreen(int index)
{
    if (m_screens.at(index))
        return m_screens.at(index);
    QWidget *widget = nullptr;
    switch (index) {
    case PlanScreenIndex:
        widget = new PlanScreen(m_services, m_stack);
        break;
    case UnitsScreenIndex:
        widget = new UnitsScreen(m_services, m_undoStack, m_stack);
        break;
    case SubmissionsScreenIndex: {
        auto *submissions = new SubmissionsScreen(m_services, m_undoStack, m_stack);
        connect(submissions, &SubmissionsScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        widget = submissions;
        break;
    }
    case ScoringScreenIndex: {
        auto *scoring = new ScoringScreen(m_services, m_undoStack, m_stack);
        connect(scoring, &ScoringScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        widget = scoring;
        break;
    }
    case ReportsScreenIndex: {
        auto *reports = new ReportsScreen(m_services, m_undoStack, m_stack);
        connect(reports, &ReportsScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(reports, &ReportsScreen::submissionRequested, this, &MainWindow::openSubmission);
        connect(reports, &ReportsScreen::reviewRequested, this, &MainWindow::openReview);
        widget = reports;
        break;
    }
    case TasksScreenIndex:
        widget = new TasksScreen(m_services, m_undoStack, m_stack);
        break;
    case DashboardScreenIndex: {
        auto *dashboard = new DashboardScreen(m_services, m_lastOpened, m_stack);
        connect(dashboard, &DashboardScreen::jobRequested, this, &MainWindow::openJob);
        widget = dashboard;
        break;
    }
    case ReviewsScreenIndex: {
        auto *reviews = new ReviewsScreen(m_services, m_undoStack, m_stack);
        connect(reviews, &ReviewsScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        widget = reviews;
        break;
    }
    case RecognitionScreenIndex: {
        auto *recognition = new RecognitionScreen(m_services, m_undoStack, m_stack);
        connect(recognition, &RecognitionScreen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        widget = recognition;
        break;
    }
    case TimelineScreenIndex: {
        auto *timeline = new TimelineScreen(m_services, m_stack);
        connect(timeline, &TimelineScreen::yearActivated, this, &MainWindow::openYear);
        widget = timeline;
        break;
    }
    }
    QWidget *placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_screens[index] = widget;
    return widget;
}

void MainWindow::showScreen(int index)
{
    if (!offers(index))
        return;
    if (index != currentScreen() && !canLeaveCurrentScreen()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(int(m_offered.indexOf(currentScreen())));
        return;
    }
    QWidget *widget = ensureScreen(index);
    m_stack->setCurrentIndex(index);
    if (const int row = int(m_offered.indexOf(index)); m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    widget->setFocus();
    updatePrintAction();
}

int MainWindow::currentScreen() const
{
    return m_stack->currentIndex();
}

QWidget *MainWindow::screen(int index) const
{
    return m_screens.value(index);
}

bool MainWindow::canLeaveCurrentScreen()
{
    auto *reports = qobject_cast<ReportsScreen *>(m_screens.at(ReportsScreenIndex));
    return !reports || currentScreen() != ReportsScreenIndex || reports->confirmLeave();
}

void MainWindow::openSubmission(int year, qint64 unitId, int page)
{
    showScreen(SubmissionsScreenIndex);
    auto *submissions = qobject_cast<SubmissionsScreen *>(m_screens.at(SubmissionsScreenIndex));
    if (!submissions || currentScreen() != SubmissionsScreenIndex)
        return;
    submissions->setYear(year);
    submissions->showUnit(unitId);
    submissions->editUnit(unitId, page);
}

void MainWindow::openYear(int year)
{
    showScreen(SubmissionsScreenIndex);
    if (auto *submissions = qobject_cast<SubmissionsScreen *>(m_screens.at(SubmissionsScreenIndex));
        submissions && currentScreen() == SubmissionsScreenIndex)
        submissions->setYear(year);
}

void MainWindow::openJob(int job, int year)
{
    switch (job) {
    case DashboardScreen::RecordSubmissions:
        openYear(year);
        break;
    case DashboardScreen::ScoreUnits:
        showScreen(ScoringScreenIndex);
        if (auto *scoring = qobject_cast<ScoringScreen *>(m_screens.at(ScoringScreenIndex));
            scoring && currentScreen() == ScoringScreenIndex)
            scoring->setYear(year);
        break;
    case DashboardScreen::WriteReport:
        showScreen(ReportsScreenIndex);
        break;
    case DashboardScreen::FollowTasks:
        showScreen(TasksScreenIndex);
        if (auto *tasks = qobject_cast<TasksScreen *>(m_screens.at(TasksScreenIndex));
            tasks && currentScreen() == TasksScreenIndex)
            tasks->setYear(year);
        break;
    }
}

void MainWindow::openReview(int year, qint64 unitId)
{
    showScreen(ScoringScreenIndex);
    auto *scoring = qobject_cast<ScoringScreen *>(m_screens.at(ScoringScreenIndex));
    if (!scoring || currentScreen() != ScoringScreenIndex)
        return;
    scoring->setYear(year);
    scoring->selectUnit(unitId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (auto *reports = qobject_cast<ReportsScreen *>(m_screens.at(ReportsScreenIndex));
        reports && reports->hasUnsavedEdits()) {
        // Wherever the window is, the Reports screen's unsaved text is not lost silently.
        showScreen(ReportsScreenIndex);
        if (!reports->confirmLeave()) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_backups->backUpIfDue(true);
}

bool MainWindow::leaveThisDatabase()
{
    // As when the window closes: unsaved report text is not lost silently.
    if (auto *reports = qobject_cast<ReportsScreen *>(m_screens.at(ReportsScreenIndex));
        reports && reports->hasUnsavedEdits()) {
        showScreen(ReportsScreenIndex);
        if (!reports->confirmLeave())
            return false;
    }
    saveWindowState();
    m_undoStack->clear();
    return true;
}

void MainWindow::onDatabaseChosen(const QString &path)
{
    if (!leaveThisDatabase())
        return;
    m_nextDatabase = path;
    QCoreApplication::exit(ReopenExitCode);
}

void MainWindow::updatePrintAction()
{
    if (!m_print)
        return;
    const int current = currentScreen();
    const bool printable =
        current == ScoringScreenIndex || current == ReportsScreenIndex || current == ReviewsScreenIndex;
    m_print->setEnabled(printable);
    m_print->setToolTip(printable ? tr("Print the document of this screen, with a preview")
                                  : tr("This screen has no document to print"));
}

void MainWindow::onPrint()
{
    switch (currentScreen()) {
    case ScoringScreenIndex:
        if (auto *scoring = qobject_cast<ScoringScreen *>(m_screens.at(ScoringScreenIndex))) {
            // The ranked list, the screen's document.
            scoring->tabs()->setCurrentIndex(ScoringScreen::RankingTab);
            QMenu *menu = scoring->rankingPanel()->printButton()->menu();
            auto *preview = menu ? menu->findChild<QAction *>(QStringLiteral("previewRanking")) : nullptr;
            if (preview && scoring->rankingPanel()->printButton()->isEnabled())
                preview->trigger();
            else
                statusBar()->showMessage(tr("Nothing to print: no unit is ranked in this year yet."), 8000);
        }
        break;
    case ReportsScreenIndex:
        if (auto *reports = qobject_cast<ReportsScreen *>(m_screens.at(ReportsScreenIndex)))
            reports->previewSummary();
        break;
    case ReviewsScreenIndex:
        if (auto *reviews = qobject_cast<ReviewsScreen *>(m_screens.at(ReviewsScreenIndex)))
            reviews->previewReview();
        break;
    default:
        break;
    }
}

void MainWindow::onGuide()
{
    auto *dialog = findChild<HelpDialog *>();
    if (!dialog) {
        dialog = new HelpDialog(this);
        connect(dialog, &HelpDialog::aboutRequested, this, &MainWindow::onAbout);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About xhht"),
                       tr("<h3>xhht %1</h3>"
                          "<p>Follows the plan of the Department of Culture, Sports and Tourism of Tây Ninh for the "
                          "movement “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn "
                          "2024 - 2030”: unit submissions, evaluation, reports and reviews.</p>"
                          "<p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_services.location()).toHtmlEscaped()));
}

void MainWindow::updateLockYearAction()
{
    if (!m_lockYear)
        return; // a unit's window: the lock is the council's
    if (m_services.isReadOnly()) {
        m_lockYear->setEnabled(false);
        m_lockYear->setToolTip(tr("The database is open read-only: the year cannot be locked or unlocked."));
        return;
    }
    const auto *scoring = qobject_cast<ScoringScreen *>(m_screens.at(ScoringScreenIndex));
    if (!scoring || scoring->year() <= 0) {
        m_lockYear->setText(tr("&Lock or unlock the year…"));
        return;
    }
    m_lockYear->setText(scoring->isLocked() ? tr("Un&lock %1…").arg(scoring->year())
                                            : tr("&Lock %1…").arg(scoring->year()));
}

void MainWindow::onLockYear()
{
    showScreen(ScoringScreenIndex);
    if (auto *scoring = qobject_cast<ScoringScreen *>(m_screens.at(ScoringScreenIndex)))
        scoring->toggleLock();
}

void MainWindow::onRestored()
{
    // Every screen shows the old content: the window is opened again on the new one.
    m_undoStack->clear();
    QCoreApplication::exit(ReopenExitCode);
}

void MainWindow::onSettings()
{
    SettingsDialog dialog(m_services, this);
    dialog.exec();
}
