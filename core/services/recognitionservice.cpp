#include "recognitionservice.h"

#include "changehub.h"
#include "commendationrecords.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "rankingservice.h"
#include "storage/auditrepository.h"
#include "storage/recognitionrepository.h"
#include "storage/unitrepository.h"
#include "submissionservice.h"
#include "unitservice.h"

namespace {

const QString kDecision = QStringLiteral("recognition_decision");
const QString kDossier = QStringLiteral("recognition_dossier");

// The audit log's view of a decision (the record helpers are the commendations' own).
CommendationRecords::Fields fieldsOf(const RecognitionDecision &d)
{
    return {{QStringLiteral("unit_id"), CommendationRecords::idText(d.unitId)},
            {QStringLiteral("year"), QString::number(d.year)},
            {QStringLiteral("level"), QString::number(d.level)},
            {QStringLiteral("decision_number"), d.number},
            {QStringLiteral("decision_date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("signer"), d.signer},
            {QStringLiteral("carried_from_id"), CommendationRecords::idText(d.carriedFromId)},
            {QStringLiteral("note"), d.note}};
}

QString dmy(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QList<RecognitionDecision> RecognitionService::decisions(qint64 unitId) const
{
    return RecognitionRepository(m_database).decisions(unitId);
}

std::optional<RecognitionDecision> RecognitionService::decision(qint64 id) const
{
    return RecognitionRepository(m_database).decision(id);
}

void RecognitionService::check(RecognitionDecision &d) const
{
    d.number = d.number.trimmed();
    d.signer = d.signer.trimmed();
    d.note = d.note.trimmed();
    QList<ValidationIssue> issues;
    if (d.unitId <= 0 || !UnitRepository(m_database).byId(d.unitId))
        issues.append({QStringLiteral("unit"), tr("A decision needs the unit it recognises.")});
    if (d.year < 2000 || d.year > 2200)
        issues.append({QStringLiteral("year"), tr("A decision needs the year recognised.")});
    if (d.level < 0 || d.level > 2)
        issues.append({QStringLiteral("level"), tr("The level is 1, 2 or none (a refusal), not %1.").arg(d.level)});
    if (d.number.isEmpty())
        issues.append({QStringLiteral("decision_number"), tr("A decision needs its number.")});
    if (!d.date.isValid())
        issues.append({QStringLiteral("decision_date"), tr("A decision needs its date.")});
    else if (d.date > today())
        issues.append({QStringLiteral("decision_date"), tr("The decision date %1 is in the future.").arg(dmy(d.date))});
    else if (d.date.year() <= d.year)
        issues.append(
            {QStringLiteral("decision_date"),
             tr("A decision on the year %1 is taken after it ends, not on %2.").arg(d.year).arg(dmy(d.date))});
    if (d.carriedFromId > 0 && d.note.isEmpty())
        issues.append({QStringLiteral("note"), tr("A decision carried over from a former unit needs a note saying "
                                                  "why.")});
    if (issues.isEmpty()) {
        const qint64 other = RecognitionRepository(m_database).idFor(d.unitId, d.year);
        if (other > 0 && other != d.id)
            issues.append({QStringLiteral("year"), tr("This unit already has a decision for %1.").arg(d.year)});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

void RecognitionService::announce(qint64 unitId) const
{
    if (m_changes)
        m_changes->announce(DataChange::Kind::Recognition, 0, {unitId});
}

RecognitionDecision RecognitionService::save(const RecognitionDecision &edited)
{
    using namespace CommendationRecords;
    RecognitionRepository repository(m_database);
    RecognitionDecision d = edited;
    const std::optional<RecognitionDecision> before = d.id > 0 ? repository.decision(d.id) : std::nullopt;
    if (d.id > 0 && !before)
        throw ValidationError({{QStringLiteral("decision"), tr("There is no decision %1.").arg(d.id)}});
    check(d);
    if (!before) {
        Transaction transaction(m_database);
        d.id = repository.insert(d);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kDecision, d.id, fieldsOf(d)));
        transaction.commit();
    } else {
        const QList<AuditEntry> audit = changed(kDecision, d.id, fieldsOf(*before), fieldsOf(d));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] { repository.update(d); });
    }
    announce(d.unitId);
    return *repository.decision(d.id);
}

void RecognitionService::remove(qint64 id)
{
    RecognitionRepository repository(m_database);
    const std::optional<RecognitionDecision> before = repository.decision(id);
    if (!before)
        throw ValidationError({{QStringLiteral("decision"), tr("There is no decision %1.").arg(id)}});
    CommendationRecords::commit(m_database, CommendationRecords::removed(kDecision, id, fieldsOf(*before)),
                                [&] { repository.remove(id); });
    announce(before->unitId);
}

void RecognitionService::restore(const RecognitionDecision &removed)
{
    RecognitionRepository repository(m_database);
    RecognitionDecision d = removed;
    if (d.id <= 0 || repository.decision(d.id))
        throw ValidationError({{QStringLiteral("decision"), tr("Only a removed decision can be put back.")}});
    check(d);
    CommendationRecords::commit(m_database,
                                CommendationRecords::created(QStringLiteral("restore"), kDecision, d.id, fieldsOf(d)),
                                [&] { repository.insert(d); });
    announce(d.unitId);
}

RecognitionDecision RecognitionService::carryOver(qint64 decisionId, qint64 toUnitId, const QString &note)
{
    const std::optional<RecognitionDecision> source = decision(decisionId);
    if (!source)
        throw ValidationError({{QStringLiteral("decision"), tr("There is no decision %1.").arg(decisionId)}});
    const std::optional<Unit> target = UnitRepository(m_database).byId(toUnitId);
    if (!target)
        throw ValidationError({{QStringLiteral("unit"), tr("There is no unit %1.").arg(toUnitId)}});
    const QList<qint64> successors = UnitService(m_database).successorsOf(source->unitId, target->validFrom);
    if (toUnitId == source->unitId || !successors.contains(toUnitId))
        throw ValidationError({{QStringLiteral("unit"), tr("%1 is not a unit that the decision's unit was merged or "
                                                           "split into; only those may carry it over.")
                                                            .arg(target->name)}});
    RecognitionDecision carried = *source;
    carried.id = 0;
    carried.unitId = toUnitId;
    carried.carriedFromId = source->id;
    carried.note = note;
    return save(carried);
}

RecognitionStatus RecognitionService::statusOf(qint64 unitId, QDate day) const
{
    return RecognitionStatus::of(decisions(unitId), day);
}

QList<RecognitionRow> RecognitionService::statuses(QDate day) const
{
    QHash<qint64, QList<RecognitionDecision>> byUnit;
    for (const RecognitionDecision &d : decisions())
        byUnit[d.unitId].append(d);
    const UnitService units(m_database);
    QList<RecognitionRow> rows;
    QStringList names;
    for (const Unit &u : units.all()) {
        if (!u.isActiveOn(day))
            continue;
        RecognitionRow row;
        row.unit = u;
        row.name = units.nameOn(u.id, day);
        if (row.name.isEmpty())
            row.name = u.name;
        row.status = RecognitionStatus::of(byUnit.value(u.id), day);
        names.append(row.name);
        rows.append(row);
    }
    QList<RecognitionRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : VietnameseCollator().order(names))
        sorted.append(rows.at(i));
    return sorted;
}

QList<AuditEntry> RecognitionService::history(qint64 decisionId) const
{
    return AuditRepository(m_database).forEntity(kDecision, decisionId);
}

QList<Unit> RecognitionService::unitsOf(int year) const
{
    return SubmissionService(m_database).context(year).units;
}

RecognitionDossier RecognitionService::dossier(qint64 unitId, int year) const
{
    const YearContext context = SubmissionService(m_database).context(year);
    if (context.rubric.method != QLatin1String("levels"))
        throw ValidationError({{QStringLiteral("year"), tr("%1 is evaluated with %2, not by levels under Thông tư "
                                                           "24/2023: there is no recognition dossier for it.")
                                                            .arg(year)
                                                            .arg(context.rubric.name)}});
    if (!context.unit(unitId))
        throw ValidationError({{QStringLiteral("unit"), tr("The unit was not active in %1.").arg(year)}});
    return dossierIn(context, unitId);
}

RecognitionDossier RecognitionService::dossierIn(const YearContext &context, qint64 unitId) const
{
    const int year = context.year;
    const Unit *unit = context.unit(unitId);
    const Submission submission = SubmissionService(m_database).load(unitId, year);
    RecognitionDossier dossier;
    dossier.year = year;
    dossier.unit = *unit;
    dossier.unitName = UnitService(m_database).nameOn(unitId, QDate(year, 12, 31));
    if (dossier.unitName.isEmpty())
        dossier.unitName = unit->name;
    dossier.rubricName = context.rubric.name;
    dossier.inForce = RecognitionStatus::of(decisions(unitId), QDate(year, 12, 31)).current;

    // The department's review when it has one, else the unit's own assessment.
    QHash<qint64, Points> reviewed, self;
    for (const CriterionScore &score : submission.scores) {
        if (score.reviewed)
            reviewed.insert(score.criterionId, *score.reviewed);
        if (score.self)
            self.insert(score.criterionId, *score.self);
    }
    dossier.reviewed = !reviewed.isEmpty();
    const QHash<qint64, Points> &values = dossier.reviewed ? reviewed : self;
    for (const Criterion &c : context.rubric.criteria) {
        RecognitionDossier::Line line;
        line.code = c.code;
        line.title = c.title;
        line.group = c.kind == QLatin1String("group");
        line.level = c.level;
        line.note = c.note;
        for (const Evidence &e : submission.evidence)
            if (e.criterionId == c.id && !line.group)
                line.evidence.append(e.name);
        if (!line.group) {
            const auto it = values.constFind(c.id);
            if (!c.appliesToKind(unit->kind))
                line.result = RecognitionDossier::Result::NotApplicable;
            else if (it != values.cend()) {
                const bool met = c.kind == QLatin1String("percent") ? *it >= c.threshold : it->hundredths() > 0;
                line.result = met ? RecognitionDossier::Result::Met : RecognitionDossier::Result::NotMet;
                if (c.kind == QLatin1String("percent"))
                    line.value = it->toString() + QLatin1Char('%');
            }
        }
        dossier.lines.append(line);
    }
    RankingInput input;
    input.unit = *unit;
    input.reviewed = values;
    const Ranking ranking = RankingService::rank(context.rubric, {input}, {});
    dossier.complete = ranking.rows.first().isRanked();
    dossier.levelReached = dossier.complete ? ranking.rows.first().level : 0;
    return dossier;
}

RecognitionDossiers RecognitionService::dossiers(int year) const
{
    RecognitionDossiers result;
    result.year = year;
    result.due = QDate(year + 1, 1, 15);
    const YearContext context = SubmissionService(m_database).context(year);
    result.levels = context.rubric.method == QLatin1String("levels");
    if (!result.levels)
        return result;
    const QHash<qint64, QDate> sent = RecognitionRepository(m_database).dossiersSent(year);
    QStringList names;
    for (const Unit &unit : context.units) {
        const RecognitionDossier dossier = dossierIn(context, unit.id);
        RecognitionDossiers::Entry entry;
        entry.unitId = unit.id;
        entry.unitName = dossier.unitName;
        entry.levelReached = dossier.levelReached;
        entry.sentOn = sent.value(unit.id);
        for (const RecognitionDossier::Line &line : dossier.lines)
            entry.unassessed += !line.group && line.result == RecognitionDossier::Result::NotAssessed ? 1 : 0;
        using State = RecognitionDossiers::State;
        if (entry.sentOn.isValid())
            entry.state = State::Sent;
        else if (!dossier.complete)
            entry.state = State::Missing;
        else
            entry.state = dossier.levelReached > 0 ? State::Ready : State::NotQualifying;
        names.append(entry.unitName);
        result.entries.append(entry);
    }
    QList<RecognitionDossiers::Entry> sorted;
    sorted.reserve(result.entries.size());
    for (qsizetype i : VietnameseCollator().order(names))
        sorted.append(result.entries.at(i));
    result.entries = sorted;
    return result;
}

QDate RecognitionService::dossierSent(qint64 unitId, int year) const
{
    return RecognitionRepository(m_database).dossierSent(unitId, year).second;
}

void RecognitionService::setDossierSent(qint64 unitId, int year, QDate sentOn)
{
    const YearContext context = SubmissionService(m_database).context(year);
    QList<ValidationIssue> issues;
    if (!context.unit(unitId))
        issues.append({QStringLiteral("unit"), tr("The unit was not active in %1.").arg(year)});
    else if (context.rubric.method != QLatin1String("levels"))
        issues.append({QStringLiteral("year"), tr("%1 is evaluated with %2, not by levels under Thông tư 24/2023: "
                                                  "there is no recognition dossier for it.")
                                                   .arg(year)
                                                   .arg(context.rubric.name)});
    if (sentOn.isValid() && sentOn > today())
        issues.append(
            {QStringLiteral("sent_on"), tr("The day the dossier was sent, %1, is in the future.").arg(dmy(sentOn))});
    else if (sentOn.isValid() && sentOn.year() <= year)
        issues.append({QStringLiteral("sent_on"), tr("A dossier on the year %1 is sent after the year ends, not on "
                                                     "%2.")
                                                      .arg(year)
                                                      .arg(dmy(sentOn))});
    if (!issues.isEmpty())
        throw ValidationError(issues);
    RecognitionRepository repository(m_database);
    // Named, not a structured binding: clang 14 does not let a lambda capture one.
    const std::pair<qint64, QDate> stored = repository.dossierSent(unitId, year);
    const qint64 id = stored.first;
    const QDate before = stored.second;
    if (before == sentOn)
        return;
    using namespace CommendationRecords;
    const auto fields = [&](QDate day) {
        return Fields{{QStringLiteral("unit_id"), idText(unitId)},
                      {QStringLiteral("year"), QString::number(year)},
                      {QStringLiteral("sent_on"), day.isValid() ? day.toString(Qt::ISODate) : QString()}};
    };
    if (id == 0) {
        Transaction transaction(m_database);
        const qint64 newId = repository.insertDossierSent(unitId, year, sentOn);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kDossier, newId, fields(sentOn)));
        transaction.commit();
    } else if (!sentOn.isValid()) {
        commit(m_database, removed(kDossier, id, fields(before)), [&] { repository.removeDossierSent(id); });
    } else {
        commit(m_database, changed(kDossier, id, fields(before), fields(sentOn)),
               [&] { repository.updateDossierSent(id, sentOn); });
    }
    announce(unitId);
}
