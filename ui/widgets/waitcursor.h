#pragma once

#include <QCursor>
#include <QGuiApplication>

// Shows the wait cursor for the lifetime of the object: around work done in the GUI
// thread that takes a moment (reading or writing a file through the database).
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};
