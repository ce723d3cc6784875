#include "datefield.h"

#include <QKeyEvent>

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool separator = text == QLatin1String("/") || text == QLatin1String(".") || text == QLatin1String("-");
    if (separator && m_movedByItself) {
        m_movedByItself = false;
        event->accept(); // already in the next part
        return;
    }
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_movedByItself = digit && currentSection() != before;
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_movedByItself = false;
    QDateEdit::focusInEvent(event);
}
