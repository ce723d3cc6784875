#include "screenrefresh.h"

#include "services/changehub.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWidget>

ScreenRefresh::ScreenRefresh(QWidget *screen, ChangeHub &changes, Concerns concerns, std::function<void()> reload)
    : QObject(screen), m_screen(screen), m_concerns(std::move(concerns)), m_reload(std::move(reload))
{
    connect(&changes, &ChangeHub::changed, this, &ScreenRefresh::onChanged);
    screen->installEventFilter(this);
}

void ScreenRefresh::keepScrollOf(QAbstractScrollArea *view)
{
    m_views.append(view);
}

void ScreenRefresh::onChanged(const DataChange &change)
{
    if (!m_concerns(change))
        return;
    m_pending = true;
    if (!m_screen->isVisible() || m_scheduled)
        return; // shown later: reloaded then
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_pending && m_screen->isVisible())
            reloadNow();
    });
}

bool ScreenRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_screen && event->type() == QEvent::Show && m_pending)
        reloadNow();
    return QObject::eventFilter(watched, event);
}

void ScreenRefresh::reloadNow()
{
    m_pending = false;
    QList<std::pair<int, int>> positions;
    for (const QPointer<QAbstractScrollArea> &view : std::as_const(m_views))
        positions.append(view ? std::pair(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value())
                              : std::pair(0, 0));
    m_reload();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (QAbstractScrollArea *view = m_views.at(i)) {
            // An item view lays its rows out later; the scroll range must be there now.
            if (auto *items = qobject_cast<QAbstractItemView *>(view))
                items->doItemsLayout();
            view->horizontalScrollBar()->setValue(positions.at(i).first);
            view->verticalScrollBar()->setValue(positions.at(i).second);
        }
    }
}
