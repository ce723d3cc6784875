#include "deadlinetext.h"

#include <QLabel>

namespace {

const QString kLateStyle = QStringLiteral("QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #f5c2c0; "
                                          "border-radius: 3px; padding: 2px 8px; font-weight: bold; }");
const QString kSoonStyle = QStringLiteral("QLabel { color: #7a4a00; background: #fff4e0; border: 1px solid #f3cf8e; "
                                          "border-radius: 3px; padding: 2px 8px; font-weight: bold; }");
const QString kAheadStyle = QStringLiteral("QLabel { font-weight: bold; padding: 2px 0px; }");

} // namespace

void DeadlineText::show(QLabel *label, QDate today, QDate deadline)
{
    const int days = int(today.daysTo(deadline));
    const QString due = deadline.toString(QStringLiteral("dd/MM/yyyy"));
    if (days > 1)
        label->setText(tr("%1 days left until %2 to send the report to the Department of Education and Training")
                           .arg(days)
                           .arg(due));
    else if (days == 1)
        label->setText(
            tr("1 day left until %1 to send the report to the Department of Education and Training").arg(due));
    else if (days == 0)
        label->setText(tr("Due today (%1): send the report to the Department of Education and Training").arg(due));
    else if (days == -1)
        label->setText(tr("The deadline passed 1 day ago (%1)").arg(due));
    else
        label->setText(tr("The deadline passed %1 days ago (%2)").arg(-days).arg(due));
    label->setStyleSheet(days < 0 ? kLateStyle : days <= 7 ? kSoonStyle : kAheadStyle);
    label->setToolTip(tr("Today is %1; the report to the Department of Education and Training is due on %2")
                          .arg(today.toString(QStringLiteral("dd/MM/yyyy")), due));
}
