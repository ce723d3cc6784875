#pragma once

#include <QSize>

class QWidget;

// Sizes a window as wished, but never larger than the screen it opens on: a laptop's
// 1366×768 less its task bar, less the title bar and borders the window manager adds.
class ScreenFit
{
public:
    static void resize(QWidget *window, QSize wanted);
    // The room a window's content has on the screen of `widget` (or the primary one).
    static QSize room(const QWidget *widget);
};
