#pragma once

#include <QCoreApplication>
#include <QDate>

class QLabel;

// The line saying how long remains until the report to the Department of Education and
// Training is due ("9 days left until 10/12/2026 …", "Due today", "The deadline passed
// 3 days ago"), styled calm, soon (a week or less) or late; the Reports screen and the
// Dashboard show the same.
class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)

public:
    static void show(QLabel *label, QDate today, QDate deadline);
};
