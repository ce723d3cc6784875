#include "timeliness.h"

#include "submission.h"

Timeliness::Kind Timeliness::of(const QString &status, QDate received, QDate deadline)
{
    if (status == QLatin1String("not_received") || !received.isValid())
        return Missing;
    return deadline.isValid() && received > deadline ? Late : OnTime;
}

Timeliness::Kind Timeliness::of(const Submission *submission, QDate deadline)
{
    return submission ? of(submission->status, submission->receivedDate, deadline) : Missing;
}

QString Timeliness::code(Kind kind)
{
    switch (kind) {
    case OnTime:
        return QStringLiteral("on_time");
    case Late:
        return QStringLiteral("late");
    case Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString Timeliness::label(Kind kind)
{
    switch (kind) {
    case OnTime:
        return tr("On time");
    case Late:
        return tr("Late");
    case Missing:
        break;
    }
    return tr("Missing");
}

QString Timeliness::vietnameseLabel(Kind kind)
{
    switch (kind) {
    case OnTime:
        return QStringLiteral("Đúng hạn");
    case Late:
        return QStringLiteral("Trễ hạn");
    case Missing:
        break;
    }
    return QStringLiteral("Chưa nộp");
}
