#include "unsavedquestion.h"

#include <QPushButton>

void UnsavedQuestion::wordButtons(QMessageBox &box)
{
    if (QAbstractButton *save = box.button(QMessageBox::Save))
        save->setText(tr("&Save"));
    if (QAbstractButton *discard = box.button(QMessageBox::Discard))
        discard->setText(tr("&Discard changes"));
    if (QAbstractButton *keep = box.button(QMessageBox::Cancel))
        keep->setText(tr("&Keep editing"));
}

QMessageBox::StandardButton UnsavedQuestion::ask(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &informative, Offer offer)
{
    QMessageBox::StandardButtons buttons = QMessageBox::Discard | QMessageBox::Cancel;
    if (offer == Offer::SaveOrDiscard)
        buttons |= QMessageBox::Save;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    if (!informative.isEmpty())
        box.setInformativeText(informative);
    wordButtons(box);
    box.setDefaultButton(offer == Offer::SaveOrDiscard ? QMessageBox::Save : QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save || answer == QMessageBox::Discard)
        return QMessageBox::StandardButton(answer);
    return QMessageBox::Cancel;
}
