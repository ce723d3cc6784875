#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The statuses of a submission: chưa nộp, đã nhận, trả lại để bổ sung, đã thẩm định.
class SubmissionStatus
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStatus)

public:
    static QStringList codes();                // not_received, received, returned, verified
    static QString label(const QString &code); // translated
    static QString vietnameseLabel(const QString &code);
    static bool isValid(const QString &code) { return codes().contains(code); }
};
