#pragma once

#include <QCoreApplication>
#include <QMessageBox>

class QWidget;

// The question before unsaved changes are left: "Save", "Discard changes", "Keep
// editing" (Lưu / Bỏ thay đổi / Tiếp tục sửa). Qt's own "Discard" and "Cancel" read as
// "Không lưu / Hủy" in Vietnamese, and an editor's own "Hủy" means discard, where the
// question's means go back: the buttons say what they do. The buttons keep their
// standard roles (Save, Discard, Cancel), Escape keeps editing.
class UnsavedQuestion
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedQuestion)

public:
    enum class Offer
    {
        SaveOrDiscard, // Save / Discard changes / Keep editing
        DiscardOnly,   // Discard changes / Keep editing
    };

    // Returns QMessageBox::Save, QMessageBox::Discard or QMessageBox::Cancel (keep editing).
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           const QString &informative, Offer offer);
    // Sets the buttons' texts of a box already made with Save, Discard and Cancel.
    static void wordButtons(QMessageBox &box);
};
