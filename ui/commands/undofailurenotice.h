#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Tells the clerk that an undo or redo could not be carried out (the data changed
// since): a warning box that does not block, the same on every screen.
class UndoFailureNotice
{
    Q_DECLARE_TR_FUNCTIONS(UndoFailureNotice)

public:
    static void show(QWidget *parent, const QString &message);
    // "Cannot undo “step”: reason" (or redo), the same wording for every undoable edit.
    static QString message(bool undoing, const QString &step, const QString &reason);
};
