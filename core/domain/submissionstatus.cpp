#include "submissionstatus.h"

QStringList SubmissionStatus::codes()
{
    return {QStringLiteral("not_received"), QStringLiteral("received"), QStringLiteral("returned"),
            QStringLiteral("verified")};
}

QString SubmissionStatus::label(const QString &code)
{
    if (code == QLatin1String("received"))
        return tr("Received");
    if (code == QLatin1String("returned"))
        return tr("Returned for completion");
    if (code == QLatin1String("verified"))
        return tr("Verified");
    return tr("Not received");
}

QString SubmissionStatus::vietnameseLabel(const QString &code)
{
    if (code == QLatin1String("received"))
        return QStringLiteral("Đã nhận");
    if (code == QLatin1String("returned"))
        return QStringLiteral("Trả lại để bổ sung");
    if (code == QLatin1String("verified"))
        return QStringLiteral("Đã thẩm định");
    return QStringLiteral("Chưa nộp");
}
