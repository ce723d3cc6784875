#include "undofailurenotice.h"

#include <QMessageBox>

void UndoFailureNotice::show(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo or redo"), message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
