#include "commendationcatalogueservice.h"

#include "commendationrecords.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "storage/commendationrepository.h"
#include "storage/unitrepository.h"

#include <algorithm>

using namespace CommendationRecords;

CommendationCatalogueService::CommendationCatalogueService(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

QList<CommendationForm> CommendationCatalogueService::forms(bool activeOnly) const
{
    QList<CommendationForm> result = CommendationRepository(m_database).forms();
    if (activeOnly)
        result.removeIf([](const CommendationForm &f) { return !f.active; });
    return result;
}

std::optional<CommendationForm> CommendationCatalogueService::form(qint64 id) const
{
    return CommendationRepository(m_database).form(id);
}

CommendationForm CommendationCatalogueService::saveForm(const CommendationForm &edited)
{
    CommendationRepository repository(m_database);
    CommendationForm form = edited;
    form.name = form.name.simplified().normalized(QString::NormalizationForm_C);
    QList<ValidationIssue> issues;
    const std::optional<CommendationForm> before = form.id > 0 ? repository.form(form.id) : std::nullopt;
    if (form.id > 0 && !before)
        issues.append({QStringLiteral("form"), tr("There is no commendation form %1.").arg(form.id)});
    if (!kKinds.contains(form.kind))
        issues.append({QStringLiteral("kind"), tr("Unknown kind “%1”; use form or title.").arg(form.kind)});
    if (form.name.isEmpty())
        issues.append({QStringLiteral("name"), tr("A commendation form needs its name, as printed.")});
    for (const CommendationForm &other : repository.forms())
        if (other.id != form.id && other.name.compare(form.name, Qt::CaseInsensitive) == 0 && !form.name.isEmpty())
            issues.append({QStringLiteral("name"), tr("The catalogue already has “%1”.").arg(form.name)});
    if (!kLevels.contains(form.level))
        issues.append(
            {QStringLiteral("level"), tr("Unknown level “%1”; use so, tinh, bo or nha_nuoc.").arg(form.level)});
    for (const QString &subject : std::as_const(form.subjects))
        if (!kSubjects.contains(subject))
            issues.append({QStringLiteral("subjects"), tr("Unknown subject “%1”.").arg(subject)});
    if (form.subjects.isEmpty())
        issues.append({QStringLiteral("subjects"), tr("A commendation form needs at least one subject.")});
    for (const QString &occasion : std::as_const(form.occasions))
        if (!kOccasions.contains(occasion))
            issues.append({QStringLiteral("occasions"), tr("Unknown occasion “%1”.").arg(occasion)});
    if (form.occasions.isEmpty())
        issues.append({QStringLiteral("occasions"), tr("A commendation form needs at least one occasion.")});
    if (!issues.isEmpty())
        throw ValidationError(issues);

    form.subjects = trimmedCodes(form.subjects, kSubjects);
    form.occasions = trimmedCodes(form.occasions, kOccasions);
    if (!before) {
        if (form.position <= 0)
            form.position = repository.nextFormPosition();
        Transaction transaction(m_database);
        form.id = repository.insertForm(form);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kForm, form.id, fieldsOf(form)));
        transaction.commit();
    } else {
        if (form.position <= 0)
            form.position = before->position;
        const QList<AuditEntry> audit = changed(kForm, form.id, fieldsOf(*before), fieldsOf(form));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] { repository.updateForm(form); });
    }
    Q_EMIT catalogueChanged();
    return *repository.form(form.id);
}

void CommendationCatalogueService::removeForm(qint64 id)
{
    CommendationRepository repository(m_database);
    const std::optional<CommendationForm> before = repository.form(id);
    if (!before)
        throw ValidationError({{QStringLiteral("form"), tr("There is no commendation form %1.").arg(id)}});
    if (const int used = repository.countProposalsWithForm(id); used > 0)
        throw ValidationError(
            {{QStringLiteral("form"),
              tr("%n proposal(s) use “%1”; mark the form inactive instead of removing it.", nullptr, used)
                  .arg(before->name)}});
    if (const int used = int(repository.rulesUsingForm(id).size()); used > 0)
        throw ValidationError({{QStringLiteral("form"),
                                tr("%n suggestion rule(s) propose “%1”; change or remove them first.", nullptr, used)
                                    .arg(before->name)}});
    commit(m_database, removed(kForm, id, fieldsOf(*before)), [&] { repository.removeForm(id); });
    Q_EMIT catalogueChanged();
}

QList<Individual> CommendationCatalogueService::individuals() const
{
    QList<Individual> result = CommendationRepository(m_database).individuals();
    const VietnameseCollator collator;
    std::stable_sort(result.begin(), result.end(), [&collator](const Individual &a, const Individual &b) {
        return collator(a.fullName, b.fullName);
    });
    return result;
}

Individual CommendationCatalogueService::saveIndividual(const Individual &edited)
{
    CommendationRepository repository(m_database);
    Individual person = edited;
    person.fullName = person.fullName.simplified();
    person.position = person.position.trimmed();
    person.note = person.note.trimmed();
    QList<ValidationIssue> issues;
    const std::optional<Individual> before = person.id > 0 ? repository.individual(person.id) : std::nullopt;
    if (person.id > 0 && !before)
        issues.append({QStringLiteral("individual"), tr("There is no individual %1.").arg(person.id)});
    if (person.fullName.isEmpty())
        issues.append({QStringLiteral("full_name"), tr("An individual needs a full name.")});
    if (person.unitId <= 0 || !UnitRepository(m_database).byId(person.unitId))
        issues.append({QStringLiteral("unit"), tr("An individual needs the unit they work in.")});
    if (!issues.isEmpty())
        throw ValidationError(issues);

    if (!before) {
        Transaction transaction(m_database);
        person.id = repository.insertIndividual(person);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kIndividual, person.id, fieldsOf(person)));
        transaction.commit();
    } else {
        const QList<AuditEntry> audit = changed(kIndividual, person.id, fieldsOf(*before), fieldsOf(person));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] { repository.updateIndividual(person); });
    }
    Q_EMIT catalogueChanged();
    return *repository.individual(person.id);
}

void CommendationCatalogueService::removeIndividual(qint64 id)
{
    CommendationRepository repository(m_database);
    const std::optional<Individual> before = repository.individual(id);
    if (!before)
        throw ValidationError({{QStringLiteral("individual"), tr("There is no individual %1.").arg(id)}});
    if (const int used = repository.countProposalsOfIndividual(id); used > 0)
        throw ValidationError(
            {{QStringLiteral("individual"),
              tr("%1 is in %n proposal(s); remove those proposals first.", nullptr, used).arg(before->fullName)}});
    commit(m_database, removed(kIndividual, id, fieldsOf(*before)), [&] { repository.removeIndividual(id); });
    Q_EMIT catalogueChanged();
}

QList<SuggestionRule> CommendationCatalogueService::rules() const
{
    return CommendationRepository(m_database).rules();
}

SuggestionRule CommendationCatalogueService::saveRule(const SuggestionRule &edited)
{
    CommendationRepository repository(m_database);
    SuggestionRule rule = edited;
    rule.classCode = rule.classCode.trimmed();
    QList<ValidationIssue> issues;
    const std::optional<SuggestionRule> before = rule.id > 0 ? repository.rule(rule.id) : std::nullopt;
    if (rule.id > 0 && !before)
        issues.append({QStringLiteral("rule"), tr("There is no suggestion rule %1.").arg(rule.id)});
    if (rule.kind == kClassEveryYear) {
        rule.topN = 0;
        rule.everyYear = false;
        if (rule.classCode.isEmpty())
            issues.append({QStringLiteral("class_code"), tr("The rule needs the class to reach in every year.")});
    } else if (rule.kind == kTopN) {
        rule.classCode.clear();
        if (rule.topN < 1)
            issues.append({QStringLiteral("top_n"), tr("The rule needs how many of the best units, 1 or more.")});
    } else {
        issues.append({QStringLiteral("kind"), tr("Unknown rule “%1”; use class_every_year or top_n.").arg(rule.kind)});
    }
    if (rule.formId <= 0 || !repository.form(rule.formId))
        issues.append({QStringLiteral("form"), tr("The rule needs the commendation form it proposes.")});
    if (!issues.isEmpty())
        throw ValidationError(issues);

    if (!before) {
        Transaction transaction(m_database);
        rule.id = repository.insertRule(rule, repository.nextRulePosition());
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kRule, rule.id, fieldsOf(rule)));
        transaction.commit();
    } else {
        const QList<AuditEntry> audit = changed(kRule, rule.id, fieldsOf(*before), fieldsOf(rule));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] { repository.updateRule(rule); });
    }
    Q_EMIT catalogueChanged();
    return *repository.rule(rule.id);
}

void CommendationCatalogueService::removeRule(qint64 id)
{
    CommendationRepository repository(m_database);
    const std::optional<SuggestionRule> before = repository.rule(id);
    if (!before)
        throw ValidationError({{QStringLiteral("rule"), tr("There is no suggestion rule %1.").arg(id)}});
    commit(m_database, removed(kRule, id, fieldsOf(*before)), [&] { repository.removeRule(id); });
    Q_EMIT catalogueChanged();
}
