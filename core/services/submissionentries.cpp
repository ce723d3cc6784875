// What a submission's audit entries say: the wording of values, scores and a new
// submission's entry, shared by single saves and imports (SubmissionService).
#include "submissionentries.h"

#include "submissionvalidator.h"

namespace SubmissionEntries {

const QString kEntity = QStringLiteral("submission");

// Values and scores that hold nothing are not stored.
Submission normalised(Submission s)
{
    s.values.removeIf([](const IndicatorValue &v) { return v.isEmpty(); });
    s.scores.removeIf([](const CriterionScore &c) { return !c.self && !c.reviewed && c.note.isEmpty(); });
    s.documentNumber = s.documentNumber.trimmed();
    s.note = s.note.trimmed();
    return s;
}

bool isBlank(const Submission &s)
{
    return s.status == QLatin1String("not_received") && s.documentNumber.isEmpty() && !s.documentDate.isValid() &&
           !s.receivedDate.isValid() && s.note.isEmpty() && s.values.isEmpty() && s.scores.isEmpty() &&
           s.evidence.isEmpty();
}

QString indicatorText(const YearContext &context, const IndicatorValue *v)
{
    if (!v || v->isEmpty())
        return {};
    for (const Indicator &i : context.indicators) {
        if (i.id == v->indicatorId) {
            const QString text = SubmissionValidator::formatIndicator(i, *v);
            return v->estimate ? text + QStringLiteral(" (ước)") : text;
        }
    }
    return QString::number(v->numberHundredths);
}

const Criterion *criterionOf(const YearContext &context, qint64 id)
{
    for (const Criterion &c : context.rubric.criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString indicatorKey(const YearContext &context, qint64 id)
{
    for (const Indicator &i : context.indicators)
        if (i.id == id)
            return QStringLiteral("ind:") + i.code;
    return QStringLiteral("ind:%1").arg(id);
}

QString criterionKey(const YearContext &context, qint64 id)
{
    const Criterion *c = criterionOf(context, id);
    return c ? c->code : QString::number(id);
}

QString scoreText(const YearContext &context, qint64 id, const std::optional<Points> &p)
{
    const Criterion *c = criterionOf(context, id);
    return c ? SubmissionValidator::formatScore(*c, p) : (p ? p->toString() : QString());
}

// The one audit entry of a new submission: every value it starts with, a line each
// ("ind:TT-BUOI: 12"), as its fields had no earlier value to keep. Built piece by piece:
// an import makes thousands of these.
AuditEntry creationEntry(const YearContext &context, const Submission &s, const QString &action)
{
    QString lines;
    lines.reserve(96 + 32 * (s.values.size() + s.scores.size()));
    auto add = [&lines](QStringView prefix, QStringView field, const QString &value) {
        if (value.isEmpty())
            return;
        if (!lines.isEmpty())
            lines += QLatin1Char('\n');
        lines += prefix;
        lines += field;
        lines += QLatin1String(": ");
        lines += value;
    };
    add({}, u"status", s.status);
    add({}, u"document_number", s.documentNumber);
    add({}, u"document_date", SubmissionValidator::formatDate(s.documentDate));
    add({}, u"received_date", SubmissionValidator::formatDate(s.receivedDate));
    add({}, u"note", s.note);
    for (const IndicatorValue &v : s.values) {
        const Indicator *indicator = nullptr;
        for (const Indicator &i : context.indicators)
            if (i.id == v.indicatorId)
                indicator = &i;
        add(u"ind:", indicator ? indicator->code : QString::number(v.indicatorId), indicatorText(context, &v));
    }
    for (const CriterionScore &c : s.scores) {
        const Criterion *criterion = criterionOf(context, c.criterionId);
        const QString code = criterion ? criterion->code : QString::number(c.criterionId);
        add(u"self:", code, scoreText(context, c.criterionId, c.self));
        add(u"rev:", code, scoreText(context, c.criterionId, c.reviewed));
        add(u"note:", code, c.note);
    }
    for (const Evidence &e : s.evidence)
        add({}, u"evidence", e.name);
    AuditEntry e;
    e.action = action == QLatin1String("update") ? QStringLiteral("insert") : action;
    e.entity = kEntity;
    e.entityId = s.id;
    e.newValue = lines;
    return e;
}

} // namespace SubmissionEntries
