#include "undofailurenotice.h"

#include <QMessageBox>

void UndoFailureNotice::show(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo or redo"), message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString UndoFailureNotice::message(bool undoing, const QString &step, const QString &reason)
{
    return (undoing ? tr("Cannot undo “%1”: %2") : tr("Cannot redo “%1”: %2")).arg(step, reason);
}
