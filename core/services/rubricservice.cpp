#include "rubricservice.h"

#include "changehub.h"
#include "storage/auditrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "submissionvalidator.h"

namespace {

bool isGroup(const Criterion &c)
{
    return c.kind == QLatin1String("group");
}

AuditEntry entry(const QString &action, qint64 rubricId, const QString &field, const QString &oldValue,
                 const QString &newValue)
{
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("rubric");
    e.entityId = rubricId;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return e;
}

} // namespace

QList<Rubric> RubricService::all() const
{
    return RubricRepository(m_database).all();
}

Rubric RubricService::forYear(int year) const
{
    const std::optional<YearSettings> settings = YearSettingsRepository(m_database).forYear(year);
    if (!settings)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The year %1 has no settings in this database.").arg(year)}});
    return RubricRepository(m_database).byId(settings->rubricId).value_or(Rubric());
}

QList<int> RubricService::yearsUsing(qint64 rubricId) const
{
    QList<int> years;
    for (const YearSettings &s : YearSettingsRepository(m_database).all())
        if (s.rubricId == rubricId)
            years.append(s.year);
    return years;
}

void RubricService::checkUnlocked(int year) const
{
    const std::optional<YearSettings> settings = YearSettingsRepository(m_database).forYear(year);
    if (!settings)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The year %1 has no settings in this database.").arg(year)}});
    if (settings->locked)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The year %1 is locked: its rubric can no longer be changed.").arg(year)}});
}

Rubric RubricService::copyForYear(int year, qint64 sourceRubricId)
{
    checkUnlocked(year);
    RubricRepository rubrics(m_database);
    const std::optional<Rubric> source = rubrics.byId(sourceRubricId);
    if (!source)
        throw ValidationError({{QStringLiteral("rubric"), tr("The rubric %1 does not exist.").arg(sourceRubricId)}});
    if (SubmissionRepository(m_database).scoreCount(year) > 0 && forYear(year).id != sourceRubricId)
        throw ValidationError({{QStringLiteral("rubric"),
                                tr("%1 already has scores against its rubric; copy that rubric instead.").arg(year)}});

    Rubric copy = *source;
    copy.id = 0;
    copy.isPreset = false;
    copy.basedOnId = source->id;
    QString code = QStringLiteral("%1-%2").arg(source->code).arg(year);
    for (int n = 2; rubrics.byCode(code); ++n)
        code = QStringLiteral("%1-%2-%3").arg(source->code).arg(year).arg(n);
    copy.code = code;
    copy.name = tr("%1 (edited for %2)").arg(source->name).arg(year);
    // The repository takes parents by position in the list.
    QHash<qint64, int> positionOf;
    for (const Criterion &c : copy.criteria)
        positionOf.insert(c.id, c.position);
    for (Criterion &c : copy.criteria) {
        c.parentId = c.parentId ? positionOf.value(c.parentId) : 0;
        c.id = 0;
    }
    for (RubricClass &k : copy.classes)
        k.id = 0;

    Transaction transaction(m_database);
    const qint64 id = rubrics.insert(copy);
    YearSettingsRepository years(m_database);
    YearSettings settings = *years.forYear(year);
    const qint64 previous = settings.rubricId;
    // Scores already given against the year's rubric move to the copy's items with the
    // same codes: the year keeps them.
    if (previous == sourceRubricId) {
        const Rubric created = rubrics.byId(id).value();
        SubmissionRepository submissions(m_database);
        for (const Criterion &old : source->criteria)
            for (const Criterion &now : created.criteria)
                if (now.code == old.code && !isGroup(now))
                    submissions.moveScores(year, old.id, now.id);
    }
    settings.rubricId = id;
    years.save(settings);
    AuditRepository audit(m_database);
    audit.record(entry(QStringLiteral("insert"), id, QStringLiteral("based_on"), {}, source->code));
    AuditEntry assigned =
        entry(QStringLiteral("update"), year, QStringLiteral("rubric"), QString::number(previous), QString::number(id));
    assigned.entity = QStringLiteral("year");
    audit.record(assigned);
    transaction.commit();
    if (m_changes)
        m_changes->announce(DataChange::Kind::YearSettings, year);
    return rubrics.byId(id).value();
}

void RubricService::assign(int year, qint64 rubricId)
{
    checkUnlocked(year);
    if (!RubricRepository(m_database).byId(rubricId))
        throw ValidationError({{QStringLiteral("rubric"), tr("The rubric %1 does not exist.").arg(rubricId)}});
    YearSettingsRepository years(m_database);
    YearSettings settings = *years.forYear(year);
    if (settings.rubricId == rubricId)
        return;
    if (const int scores = SubmissionRepository(m_database).scoreCount(year); scores > 0)
        throw ValidationError({{QStringLiteral("rubric"),
                                tr("%1 already has %2 scores against its current rubric; they would no longer count. "
                                   "Clear them first, or edit a copy of the current rubric.")
                                    .arg(year)
                                    .arg(scores)}});
    Transaction transaction(m_database);
    const qint64 previous = settings.rubricId;
    settings.rubricId = rubricId;
    years.save(settings);
    AuditEntry e = entry(QStringLiteral("update"), year, QStringLiteral("rubric"), QString::number(previous),
                         QString::number(rubricId));
    e.entity = QStringLiteral("year");
    AuditRepository(m_database).record(e);
    transaction.commit();
    if (m_changes)
        m_changes->announce(DataChange::Kind::YearSettings, year);
}

QList<ValidationIssue> RubricService::validate(const Rubric &rubric)
{
    QList<ValidationIssue> issues;
    Points total;
    for (const Criterion &c : rubric.criteria) {
        const QString key = QStringLiteral("criterion:") + c.code;
        if (c.title.trimmed().isEmpty())
            issues.append({key, tr("Item %1 has no title.").arg(c.code)});
        if (c.kind == QLatin1String("points")) {
            if (c.maxPoints.hundredths() <= 0)
                issues.append({key, tr("Item %1: the maximum must be more than 0.").arg(c.code)});
            if (c.step.hundredths() <= 0)
                issues.append({key, tr("Item %1: the step must be more than 0.").arg(c.code)});
            else if (c.maxPoints.hundredths() % c.step.hundredths() != 0)
                issues.append({key, tr("Item %1: the maximum %2 is not a multiple of the step %3.")
                                        .arg(c.code, c.maxPoints.toString(), c.step.toString())});
            total += c.maxPoints;
        } else if (c.kind == QLatin1String("percent")) {
            if (c.threshold.hundredths() <= 0 || c.threshold.hundredths() > 10000)
                issues.append({key, tr("Item %1: the threshold must be a percentage from 0 to 100.").arg(c.code)});
        }
        if (rubric.method == QLatin1String("levels") && !isGroup(c) && c.level < 1)
            issues.append({key, tr("Item %1 needs a level (1 or 2).").arg(c.code)});
    }
    if (rubric.method != QLatin1String("levels")) {
        for (qsizetype i = 1; i < rubric.classes.size(); ++i)
            if (rubric.classes.at(i).minPoints >= rubric.classes.at(i - 1).minPoints)
                issues.append({QStringLiteral("class:") + rubric.classes.at(i).code,
                               tr("The tier “%1” must need fewer points than “%2”.")
                                   .arg(rubric.classes.at(i).name, rubric.classes.at(i - 1).name)});
        for (const RubricClass &k : rubric.classes)
            if (k.minPoints > total)
                issues.append(
                    {QStringLiteral("class:") + k.code, tr("The tier “%1” needs %2 points, more than the rubric's %3.")
                                                            .arg(k.name, k.minPoints.toString(), total.toString())});
    }
    return issues;
}

void RubricService::update(const Rubric &input)
{
    RubricRepository rubrics(m_database);
    const std::optional<Rubric> stored = rubrics.byId(input.id);
    if (!stored)
        throw ValidationError({{QStringLiteral("rubric"), tr("The rubric %1 does not exist.").arg(input.id)}});
    if (stored->isPreset)
        throw ValidationError(
            {{QStringLiteral("rubric"),
              tr("%1 is a preset and stays as published; copy it for a year to change it.").arg(stored->name)}});
    for (int year : yearsUsing(input.id))
        checkUnlocked(year);

    // Only the editable fields of items and tiers that exist are taken; groups' maxima
    // follow their items.
    Rubric edited = *stored;
    edited.name = input.name.trimmed().isEmpty() ? stored->name : input.name.trimmed();
    for (Criterion &c : edited.criteria) {
        for (const Criterion &in : input.criteria) {
            if (in.id != c.id)
                continue;
            c.title = in.title.trimmed();
            c.maxPoints = in.maxPoints;
            c.step = in.step;
            c.threshold = in.threshold;
            c.level = in.level;
            c.note = in.note.trimmed();
        }
    }
    for (Criterion &g : edited.criteria) {
        if (!isGroup(g))
            continue;
        Points sum;
        for (const Criterion &c : std::as_const(edited.criteria))
            if (c.parentId == g.id)
                sum += c.maxPoints;
        g.maxPoints = sum;
    }
    for (RubricClass &k : edited.classes)
        for (const RubricClass &in : input.classes)
            if (in.id == k.id) {
                k.name = in.name.trimmed().isEmpty() ? k.name : in.name.trimmed();
                k.minPoints = in.minPoints;
            }
    QList<ValidationIssue> issues = validate(edited);
    if (!issues.isEmpty())
        throw ValidationError(issues);

    // No stored score may fall outside the new rules.
    QHash<qint64, const Criterion *> byId;
    for (const Criterion &c : std::as_const(edited.criteria))
        byId.insert(c.id, &c);
    UnitRepository units(m_database);
    for (const SubmissionRepository::StoredScore &s : SubmissionRepository(m_database).scoresOfRubric(edited.id)) {
        const Criterion *c = byId.value(s.criterionId);
        if (!c)
            continue;
        for (const std::optional<Points> &score : {s.self, s.reviewed}) {
            std::optional<Points> reparsed;
            const QString message =
                SubmissionValidator::parseScore(*c, SubmissionValidator::formatScore(*c, score), &reparsed);
            if (!message.isEmpty() || reparsed != score) {
                const QString unit = units.byId(s.unitId).value_or(Unit()).name;
                issues.append({QStringLiteral("criterion:") + c->code,
                               tr("Item %1: %2's score %3 for %4 would no longer fit (%5).")
                                   .arg(c->code, unit, score ? score->toString() : QString())
                                   .arg(s.year)
                                   .arg(message.isEmpty() ? tr("not on the step") : message)});
            }
        }
        if (issues.size() >= 20)
            break;
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);

    Transaction transaction(m_database);
    rubrics.update(edited);
    QList<AuditEntry> audit;
    if (stored->name != edited.name)
        audit.append(entry(QStringLiteral("update"), edited.id, QStringLiteral("name"), stored->name, edited.name));
    for (qsizetype i = 0; i < edited.criteria.size(); ++i) {
        const Criterion &a = stored->criteria.at(i);
        const Criterion &b = edited.criteria.at(i);
        const QString prefix = b.code + QLatin1Char(':');
        if (a.title != b.title)
            audit.append(
                entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("title"), a.title, b.title));
        if (a.maxPoints != b.maxPoints)
            audit.append(entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("max"),
                               a.maxPoints.toString(), b.maxPoints.toString()));
        if (a.step != b.step)
            audit.append(entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("step"), a.step.toString(),
                               b.step.toString()));
        if (a.threshold != b.threshold)
            audit.append(entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("threshold"),
                               a.threshold.toString(), b.threshold.toString()));
        if (a.level != b.level)
            audit.append(entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("level"),
                               QString::number(a.level), QString::number(b.level)));
        if (a.note != b.note)
            audit.append(entry(QStringLiteral("update"), edited.id, prefix + QStringLiteral("note"), a.note, b.note));
    }
    for (qsizetype i = 0; i < edited.classes.size(); ++i) {
        const RubricClass &a = stored->classes.at(i);
        const RubricClass &b = edited.classes.at(i);
        if (a.minPoints != b.minPoints)
            audit.append(entry(QStringLiteral("update"), edited.id, QStringLiteral("class:%1:min").arg(b.code),
                               a.minPoints.toString(), b.minPoints.toString()));
        if (a.name != b.name)
            audit.append(entry(QStringLiteral("update"), edited.id, QStringLiteral("class:%1:name").arg(b.code), a.name,
                               b.name));
    }
    AuditRepository(m_database).record(audit);
    transaction.commit();
    if (m_changes)
        m_changes->announce(DataChange::Kind::Rubrics);
}
