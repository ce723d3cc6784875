#include "submissionvalidator.h"

#include "domain/criterion.h"
#include "domain/indicator.h"
#include "domain/submission.h"
#include "domain/submissionstatus.h"
#include "domain/yearcontext.h"

namespace {

// Digits only; false when empty or anything else is there.
bool readDigits(QStringView text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    qint64 n = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        n = n * 10 + (c.unicode() - '0');
    }
    *out = n;
    return true;
}

// Removes spaces a spreadsheet or a clerk may leave inside a number.
QString compact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            result.append(c);
    return result;
}

// A whole number, optionally grouped in thousands with '.' or ',' ("1.234", "12,345,678").
bool readWhole(QStringView text, qint64 *out)
{
    if (readDigits(text, out))
        return true;
    const QChar separator = text.contains(QLatin1Char('.')) ? QLatin1Char('.') : QLatin1Char(',');
    const QList<QStringView> groups = text.split(separator);
    if (groups.size() < 2 || groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    qint64 n = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        qint64 part = 0;
        if (!readDigits(groups.at(i), &part) || (i > 0 && groups.at(i).size() != 3))
            return false;
        n = i == 0 ? part : n * 1000 + part;
    }
    *out = n;
    return true;
}

QString folded(QStringView text)
{
    return text.trimmed().toString().toLower().normalized(QString::NormalizationForm_C);
}

bool isYes(const QString &t)
{
    static const QStringList yes = {QStringLiteral("có"),  QStringLiteral("co"),   QStringLiteral("c"),
                                    QStringLiteral("x"),   QStringLiteral("yes"),  QStringLiteral("y"),
                                    QStringLiteral("1"),   QStringLiteral("true"), QStringLiteral("đạt"),
                                    QStringLiteral("dat"), QStringLiteral("đ")};
    return yes.contains(t);
}

bool isNo(const QString &t)
{
    static const QStringList no = {QStringLiteral("không"), QStringLiteral("khong"),     QStringLiteral("k"),
                                   QStringLiteral("no"),    QStringLiteral("n"),         QStringLiteral("0"),
                                   QStringLiteral("false"), QStringLiteral("không đạt"), QStringLiteral("khong dat"),
                                   QStringLiteral("kđ")};
    return no.contains(t);
}

// 0..100 with up to two decimals, a trailing % allowed; in hundredths.
QString readPercent(QStringView text, qint64 *hundredths)
{
    QString t = compact(text);
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (t.startsWith(QLatin1Char('-')))
        return SubmissionValidator::tr("a percentage cannot be negative");
    const std::optional<Points> p = Points::parse(t);
    if (!p)
        return SubmissionValidator::tr("“%1” is not a percentage; write a number from 0 to 100, such as 95 or 92,5")
            .arg(text.trimmed());
    if (p->hundredths() > 10000)
        return SubmissionValidator::tr("%1 is more than 100%").arg(p->toString());
    *hundredths = p->hundredths();
    return {};
}

QDate lowerBound(const YearContext &context)
{
    return QDate(context.year, 1, 1);
}

QDate upperBound(const YearContext &context)
{
    const QDate endOfNextYear(context.year + 1, 12, 31);
    return context.today.isValid() && context.today < endOfNextYear ? context.today : endOfNextYear;
}

QString checkBounds(QDate date, const YearContext &context)
{
    if (!date.isValid())
        return {};
    if (context.today.isValid() && date > context.today)
        return SubmissionValidator::tr("%1 is in the future").arg(SubmissionValidator::formatDate(date));
    if (date < lowerBound(context) || date > upperBound(context))
        return SubmissionValidator::tr("%1 is outside the reporting period of %2 (%3 to %4)")
            .arg(SubmissionValidator::formatDate(date))
            .arg(context.year)
            .arg(SubmissionValidator::formatDate(lowerBound(context)),
                 SubmissionValidator::formatDate(upperBound(context)));
    return {};
}

QString fieldLabel(const QString &key, const YearContext &context)
{
    if (key == QLatin1String("document_number"))
        return SubmissionValidator::tr("Document number");
    if (key == QLatin1String("document_date"))
        return SubmissionValidator::tr("Document date");
    if (key == QLatin1String("received_date"))
        return SubmissionValidator::tr("Date received");
    if (key == QLatin1String("status"))
        return SubmissionValidator::tr("Status");
    if (key.startsWith(QLatin1String("ind:"))) {
        const QStringView code = QStringView(key).mid(4);
        for (const Indicator &i : context.indicators)
            if (i.code == code)
                return SubmissionValidator::tr("Indicator “%1”").arg(i.name);
        return SubmissionValidator::tr("Indicator %1").arg(code);
    }
    if (key.startsWith(QLatin1String("self:")))
        return SubmissionValidator::tr("Self-score %1").arg(QStringView(key).mid(5));
    if (key.startsWith(QLatin1String("rev:")))
        return SubmissionValidator::tr("Reviewed score %1").arg(QStringView(key).mid(4));
    return key;
}

void add(QList<ValidationIssue> &issues, const QString &key, const QString &message, const YearContext &context)
{
    if (!message.isEmpty())
        issues.append({key, SubmissionValidator::tr("%1: %2").arg(fieldLabel(key, context), message)});
}

// A stored score against its criterion, without going through text.
QString checkScoreValue(const Criterion &c, const std::optional<Points> &score)
{
    if (!score)
        return {};
    const qint64 h = score->hundredths();
    if (h < 0)
        return SubmissionValidator::tr("a score cannot be negative");
    if (c.kind == QLatin1String("passfail"))
        return h == 0 || h == 100 ? QString()
                                  : SubmissionValidator::tr("%1 is neither met nor not met").arg(score->toString());
    if (c.kind == QLatin1String("percent"))
        return h <= 10000 ? QString() : SubmissionValidator::tr("%1 is more than 100%").arg(score->toString());
    if (*score > c.maxPoints)
        return SubmissionValidator::tr("%1 is above the maximum of %2").arg(score->toString(), c.maxPoints.toString());
    const qint64 step = c.step.hundredths();
    if (step > 0 && h % step != 0)
        return SubmissionValidator::tr("%1 is not a multiple of the step %2").arg(score->toString(), c.step.toString());
    return {};
}

// A stored indicator value against the indicator's kind, without going through text.
QString checkIndicatorValue(const Indicator &indicator, const IndicatorValue &v)
{
    if (indicator.kind == QLatin1String("text"))
        return v.hasNumber ? SubmissionValidator::tr("the value does not fit the indicator's kind") : QString();
    if (!v.hasNumber)
        return v.text.isEmpty() ? QString() : SubmissionValidator::tr("the value does not fit the indicator's kind");
    const qint64 h = v.numberHundredths;
    if (h < 0)
        return indicator.kind == QLatin1String("count") ? SubmissionValidator::tr("a count cannot be negative")
                                                        : SubmissionValidator::tr("a percentage cannot be negative");
    if (indicator.kind == QLatin1String("count") && h % 100 != 0)
        return SubmissionValidator::tr("a count must be a whole number, not “%1”")
            .arg(Points::fromHundredths(h).toString());
    if (indicator.kind == QLatin1String("percent") && h > 10000)
        return SubmissionValidator::tr("%1 is more than 100%").arg(Points::fromHundredths(h).toString());
    if (indicator.kind == QLatin1String("yesno") && h != 0 && h != 100)
        return SubmissionValidator::tr("the value does not fit the indicator's kind");
    return {};
}

} // namespace

QString SubmissionValidator::parseDate(QStringView text, QDate *out)
{
    const QStringView t = text.trimmed();
    *out = QDate();
    if (t.isEmpty())
        return {};
    qint64 day = 0;
    qint64 month = 0;
    qint64 year = 0;
    bool shaped = false;
    if (t.size() == 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        shaped = readDigits(t.mid(0, 4), &year) && readDigits(t.mid(5, 2), &month) && readDigits(t.mid(8, 2), &day);
    } else {
        const QChar separator = t.contains(QLatin1Char('/')) ? QLatin1Char('/') : QLatin1Char('.');
        const QList<QStringView> parts = t.split(separator);
        shaped = parts.size() == 3 && parts.at(0).size() <= 2 && parts.at(1).size() <= 2 && parts.at(2).size() == 4 &&
                 readDigits(parts.at(0), &day) && readDigits(parts.at(1), &month) && readDigits(parts.at(2), &year);
    }
    if (!shaped)
        return tr("“%1” is not a date; write it as dd/mm/yyyy").arg(t);
    const QDate date{int(year), int(month), int(day)};
    if (!date.isValid())
        return tr("“%1” is not a real date").arg(t);
    *out = date;
    return {};
}

QString SubmissionValidator::parseIndicator(const Indicator &indicator, QStringView text, IndicatorValue *out)
{
    out->indicatorId = indicator.id;
    out->hasNumber = false;
    out->numberHundredths = 0;
    out->text.clear();
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (indicator.kind == QLatin1String("count")) {
        qint64 n = 0;
        if (readDigits(t, &n)) { // the usual case, without copying the text
            out->hasNumber = true;
            out->numberHundredths = n * 100;
            return {};
        }
        const QString c = compact(t);
        if (c.startsWith(QLatin1Char('-')))
            return tr("a count cannot be negative");
        if (!readWhole(c, &n)) {
            if (Points::parse(c))
                return tr("a count must be a whole number, not “%1”").arg(t);
            return tr("“%1” is not a number").arg(t);
        }
        out->hasNumber = true;
        out->numberHundredths = n * 100;
        return {};
    }
    if (indicator.kind == QLatin1String("percent")) {
        qint64 hundredths = 0;
        const QString message = readPercent(t, &hundredths);
        if (!message.isEmpty())
            return message;
        out->hasNumber = true;
        out->numberHundredths = hundredths;
        return {};
    }
    if (indicator.kind == QLatin1String("yesno")) {
        const QString f = folded(t);
        if (!isYes(f) && !isNo(f))
            return tr("“%1” is not yes or no; write có or không").arg(t);
        out->hasNumber = true;
        out->numberHundredths = isYes(f) ? 100 : 0;
        return {};
    }
    out->text = t.toString().normalized(QString::NormalizationForm_C);
    return {};
}

QString SubmissionValidator::parseScore(const Criterion &criterion, QStringView text, std::optional<Points> *out)
{
    out->reset();
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (criterion.kind == QLatin1String("passfail")) {
        const QString f = folded(t);
        if (!isYes(f) && !isNo(f))
            return tr("“%1” is neither met nor not met; write đạt or không đạt").arg(t);
        *out = Points::fromWhole(isYes(f) ? 1 : 0);
        return {};
    }
    if (criterion.kind == QLatin1String("percent")) {
        qint64 hundredths = 0;
        const QString message = readPercent(t, &hundredths);
        if (!message.isEmpty())
            return message;
        *out = Points::fromHundredths(hundredths);
        return {};
    }
    const QString c = compact(t);
    if (c.startsWith(QLatin1Char('-')))
        return tr("a score cannot be negative");
    const std::optional<Points> p = Points::parse(c);
    if (!p)
        return tr("“%1” is not a score; write a number such as 7 or 7,5").arg(t);
    if (*p > criterion.maxPoints)
        return tr("%1 is above the maximum of %2").arg(p->toString(), criterion.maxPoints.toString());
    const qint64 step = criterion.step.hundredths();
    if (step > 0 && p->hundredths() % step != 0)
        return tr("%1 is not a multiple of the step %2").arg(p->toString(), criterion.step.toString());
    *out = p;
    return {};
}

QString SubmissionValidator::formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    const int year = date.year();
    if (year < 1000 || year > 9999)
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    // By hand: QDate::toString parses its format each time, and an import formats
    // two dates for each of thousands of rows.
    const int day = date.day();
    const int month = date.month();
    const char16_t text[10] = {
        char16_t(u'0' + day / 10),    char16_t(u'0' + day % 10),        u'/',
        char16_t(u'0' + month / 10),  char16_t(u'0' + month % 10),      u'/',
        char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
        char16_t(u'0' + year % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString SubmissionValidator::formatIndicator(const Indicator &indicator, const IndicatorValue &value)
{
    if (!value.hasNumber)
        return value.text;
    if (indicator.kind == QLatin1String("yesno"))
        return value.numberHundredths != 0 ? QStringLiteral("có") : QStringLiteral("không");
    return Points::fromHundredths(value.numberHundredths).toString();
}

QString SubmissionValidator::formatScore(const Criterion &criterion, const std::optional<Points> &score)
{
    if (!score)
        return {};
    if (criterion.kind == QLatin1String("passfail"))
        return score->hundredths() != 0 ? QStringLiteral("đạt") : QStringLiteral("không đạt");
    return score->toString();
}

QString SubmissionValidator::checkDocumentDate(QDate documentDate, QDate receivedDate, const YearContext &context)
{
    const QString bounds = checkBounds(documentDate, context);
    if (!bounds.isEmpty())
        return bounds;
    if (documentDate.isValid() && receivedDate.isValid() && documentDate > receivedDate)
        return tr("the document is dated %1, after the date it was received (%2)")
            .arg(formatDate(documentDate), formatDate(receivedDate));
    return {};
}

QString SubmissionValidator::checkReceivedDate(QDate receivedDate, QDate documentDate, const YearContext &context)
{
    const QString bounds = checkBounds(receivedDate, context);
    if (!bounds.isEmpty())
        return bounds;
    if (documentDate.isValid() && receivedDate.isValid() && receivedDate < documentDate)
        return tr("received on %1, before the document's date (%2)")
            .arg(formatDate(receivedDate), formatDate(documentDate));
    return {};
}

QList<ValidationIssue> SubmissionValidator::validate(const Submission &s, const YearContext &context)
{
    QList<ValidationIssue> issues;
    if (s.year != context.year) {
        issues.append({QStringLiteral("year"), tr("The submission is for %1, not %2.").arg(s.year).arg(context.year)});
        return issues;
    }
    if (!context.unit(s.unitId)) {
        issues.append({QStringLiteral("unit_code"), tr("The unit was not active in %1.").arg(context.year)});
        return issues;
    }
    if (!SubmissionStatus::isValid(s.status))
        add(issues, QStringLiteral("status"), tr("“%1” is not a status").arg(s.status), context);
    else if (s.status != QLatin1String("not_received") && !s.receivedDate.isValid())
        add(issues, QStringLiteral("received_date"),
            tr("required when the status is “%1”").arg(SubmissionStatus::label(s.status)), context);
    add(issues, QStringLiteral("document_date"), checkDocumentDate(s.documentDate, s.receivedDate, context), context);
    add(issues, QStringLiteral("received_date"), checkBounds(s.receivedDate, context), context);

    for (const IndicatorValue &v : s.values) {
        const Indicator *indicator = nullptr;
        for (const Indicator &i : context.indicators)
            if (i.id == v.indicatorId)
                indicator = &i;
        if (!indicator) {
            issues.append({QStringLiteral("ind:%1").arg(v.indicatorId),
                           tr("Indicator %1 is not used in %2.").arg(v.indicatorId).arg(context.year)});
            continue;
        }
        // Keys are built only for an issue: an import checks every value of 10,000 rows.
        if (const QString message = checkIndicatorValue(*indicator, v); !message.isEmpty())
            add(issues, QStringLiteral("ind:") + indicator->code, message, context);
    }

    const QList<Criterion> criteria = context.scoredCriteria();
    for (const CriterionScore &score : s.scores) {
        const Criterion *criterion = nullptr;
        for (const Criterion &c : criteria)
            if (c.id == score.criterionId)
                criterion = &c;
        if (!criterion) {
            issues.append({QStringLiteral("self:%1").arg(score.criterionId),
                           tr("Criterion %1 is not in the rubric of %2.").arg(score.criterionId).arg(context.year)});
            continue;
        }
        if (const Unit *unit = context.unit(s.unitId);
            unit && !criterion->appliesToKind(unit->kind) && (score.self || score.reviewed)) {
            issues.append(
                {QStringLiteral("self:") + criterion->code,
                 tr("Item %1 does not apply to %2 (không áp dụng): leave it empty.").arg(criterion->code, unit->name)});
            continue;
        }
        if (const QString message = checkScoreValue(*criterion, score.self); !message.isEmpty())
            add(issues, QStringLiteral("self:") + criterion->code, message, context);
        if (const QString message = checkScoreValue(*criterion, score.reviewed); !message.isEmpty())
            add(issues, QStringLiteral("rev:") + criterion->code, message, context);
    }

    for (const Evidence &e : s.evidence) {
        if (e.name.trimmed().isEmpty())
            issues.append({QStringLiteral("evidence"), tr("An evidence file has no name.")});
        bool known = e.criterionId == 0;
        for (const Criterion &c : criteria)
            known = known || c.id == e.criterionId;
        if (!known)
            issues.append(
                {QStringLiteral("evidence"), tr("Evidence “%1” is tied to a criterion that is not in the rubric of %2.")
                                                 .arg(e.name)
                                                 .arg(context.year)});
    }
    return issues;
}
