#pragma once

#include <QList>
#include <QString>

// The main window's screens, in the order of its navigation (MainWindow::Screen).
enum class WindowScreen
{
    Plan,
    Units,
    Submissions,
    Scoring,
    Reports,
    Tasks,
    Timeline,
    Dashboard,
    Reviews,
    Recognition,
};

// Which screens a login's window offers. The department's offices (and a file on one PC)
// get every screen, and each changes its own part there (ChangeArea); a unit's login
// (role "unit") gets what a unit works on: the plan, to read, and its own submission for
// each year, with its workbook. What a login may read or write stays the server's to
// enforce (resources/server/access.sql).
namespace RoleScreens {

// The screens of a `role`'s window, in the navigation's order.
QList<WindowScreen> forRole(const QString &role);
// The screen the window opens on: the Dashboard, or a unit's submissions.
WindowScreen firstScreen(const QString &role);
// Whether the login works on its own unit's data only (the server shows it nothing else).
bool isOwnUnitOnly(const QString &role);

} // namespace RoleScreens
