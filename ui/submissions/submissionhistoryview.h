#pragma once

#include "domain/auditentry.h"

#include <QTreeWidget>

struct YearContext;

// The audit entries of one submission, newest first: when, by whom, which field, the
// old and the new value.
class SubmissionHistoryView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionHistoryView)

public:
    SubmissionHistoryView(const YearContext &context, const QList<AuditEntry> &history, QWidget *parent = nullptr);

    // The name of a field key (document_number, ind:CODE, self:CODE, ...) for the clerk.
    static QString fieldLabel(const YearContext &context, const QString &key);
};
