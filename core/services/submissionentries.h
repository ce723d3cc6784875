#pragma once

#include "domain/auditentry.h"
#include "domain/submission.h"
#include "domain/yearcontext.h"

#include <QString>

#include <optional>

// The wording of a submission's audit entries and what counts as "nothing stored",
// shared by SubmissionService's single saves and its import batches.
namespace SubmissionEntries {

// The audit log's entity name for submissions.
extern const QString kEntity;

// Values and scores that hold nothing are not stored.
Submission normalised(Submission s);
// Nothing received and nothing recorded: no row is needed.
bool isBlank(const Submission &s);
QString indicatorText(const YearContext &context, const IndicatorValue *v);
const Criterion *criterionOf(const YearContext &context, qint64 id);
QString indicatorKey(const YearContext &context, qint64 id);
QString criterionKey(const YearContext &context, qint64 id);
QString scoreText(const YearContext &context, qint64 id, const std::optional<Points> &p);
// The one audit entry of a new submission: every value it starts with, a line each.
AuditEntry creationEntry(const YearContext &context, const Submission &s, const QString &action);

} // namespace SubmissionEntries
