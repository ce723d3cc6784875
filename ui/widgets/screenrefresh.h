#pragma once

#include "domain/datachange.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ChangeHub;
class QAbstractScrollArea;
class QWidget;

// Keeps a screen current: when data it shows changes (a service announces it on the
// ChangeHub), the screen reloads soon if it is visible (changes made together are
// reloaded once) or when it is next shown, keeping the scroll position of its views.
// Screens keep their selection in their own reload().
class ScreenRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenRefresh)

public:
    using Concerns = std::function<bool(const DataChange &change)>;

    ScreenRefresh(QWidget *screen, ChangeHub &changes, Concerns concerns, std::function<void()> reload);

    // Views whose scroll position survives a reload.
    void keepScrollOf(QAbstractScrollArea *view);
    // True while a change waits for the screen to be shown or for the reload to run.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(const DataChange &change);
    void reloadNow();

    QWidget *m_screen;
    Concerns m_concerns;
    std::function<void()> m_reload;
    QList<QPointer<QAbstractScrollArea>> m_views;
    bool m_pending = false;
    bool m_scheduled = false;
};
