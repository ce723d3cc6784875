#pragma once

#include <QDateEdit>

// A date typed as it is written, "01/07/2026" or "1/7/2026" (dd/mm/yyyy). Qt's date
// edit moves to the next part by itself once a part is complete ("01", "07"), and the
// "/" typed next then skips the month or the year: "01/07/2026" became 01/12/0000 (issue
// 18 §3). Here a separator right after such a move is taken as the move itself.
class DateField final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_movedByItself = false; // the last digit typed completed its part
};
