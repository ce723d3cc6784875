#include "rolescreens.h"

namespace RoleScreens {

bool isOwnUnitOnly(const QString &role)
{
    return role == QLatin1String("unit");
}

QList<WindowScreen> forRole(const QString &role)
{
    if (isOwnUnitOnly(role))
        return {WindowScreen::Plan, WindowScreen::Submissions};
    return {WindowScreen::Plan,    WindowScreen::Units,      WindowScreen::Submissions, WindowScreen::Scoring,
            WindowScreen::Reports, WindowScreen::Tasks,      WindowScreen::Timeline,    WindowScreen::Dashboard,
            WindowScreen::Reviews, WindowScreen::Recognition};
}

WindowScreen firstScreen(const QString &role)
{
    return isOwnUnitOnly(role) ? WindowScreen::Submissions : WindowScreen::Dashboard;
}

} // namespace RoleScreens
