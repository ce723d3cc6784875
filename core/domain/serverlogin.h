#pragma once

#include <QString>

// A person's login on a shared office database, and the xhht role it holds there.
struct ServerLogin
{
    QString name;
    QString role;     // clerk, council, leader or unit
    QString unitCode; // a unit's login: the unit it speaks for
};
