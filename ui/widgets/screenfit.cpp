#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {
constexpr int kFrameWidth = 16;  // the borders
constexpr int kFrameHeight = 40; // the title bar and borders
} // namespace

QSize ScreenFit::room(const QWidget *widget)
{
    const QWidget *window = widget ? widget->window() : nullptr;
    const QScreen *screen = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    return {available.width() - kFrameWidth, available.height() - kFrameHeight};
}

void ScreenFit::resize(QWidget *window, QSize wanted)
{
    const QWidget *parent = window->parentWidget();
    window->resize(wanted.boundedTo(room(parent ? parent : window)));
}
