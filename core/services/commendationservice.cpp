#include "commendationservice.h"

#include "commendationlistbuilder.h"
#include "commendationsuggester.h"
#include "reports/commendationlistdocument.h"
#include "storage/auditrepository.h"
#include "storage/commendationrepository.h"
#include "storage/planrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "validationissue.h"
#include "vietnamesecollator.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <utility>

namespace {

const QString kForm = QStringLiteral("commendation_form");
const QString kIndividual = QStringLiteral("individual");
const QString kRule = QStringLiteral("suggestion_rule");
const QString kProposal = QStringLiteral("commendation_proposal");

const QStringList kKinds = {QStringLiteral("form"), QStringLiteral("title")};
const QStringList kLevels = {QStringLiteral("so"), QStringLiteral("tinh"), QStringLiteral("bo"),
                             QStringLiteral("nha_nuoc")};
const QStringList kSubjects = {QStringLiteral("tap_the"), QStringLiteral("ca_nhan"), QStringLiteral("ho_gia_dinh")};
const QStringList kOccasions = {QStringLiteral("so_ket"), QStringLiteral("tong_ket"), QStringLiteral("hang_nam"),
                                QStringLiteral("dot_xuat")};
const QString kClassEveryYear = QStringLiteral("class_every_year");
const QString kTopN = QStringLiteral("top_n");

// An entity's fields as the audit log records them, in a fixed order.
using Fields = QList<std::pair<QString, QString>>;

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

Fields fieldsOf(const CommendationForm &f)
{
    return {{QStringLiteral("kind"), f.kind},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("level"), f.level},
            {QStringLiteral("subjects"), f.subjects.join(QLatin1Char(','))},
            {QStringLiteral("occasions"), f.occasions.join(QLatin1Char(','))},
            {QStringLiteral("active"), flag(f.active)},
            {QStringLiteral("position"), QString::number(f.position)}};
}

Fields fieldsOf(const Individual &i)
{
    return {{QStringLiteral("full_name"), i.fullName},
            {QStringLiteral("position"), i.position},
            {QStringLiteral("unit_id"), idText(i.unitId)},
            {QStringLiteral("note"), i.note}};
}

Fields fieldsOf(const SuggestionRule &r)
{
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("class_code"), r.classCode},
            {QStringLiteral("top_n"), QString::number(r.topN)},
            {QStringLiteral("every_year"), flag(r.everyYear)},
            {QStringLiteral("form_id"), idText(r.formId)},
            {QStringLiteral("enabled"), flag(r.enabled)}};
}

Fields fieldsOf(const CommendationProposal &p)
{
    return {
        {QStringLiteral("phase_number"), QString::number(p.phaseNumber)},
        {QStringLiteral("year"), QString::number(p.year)},
        {QStringLiteral("form_id"), idText(p.formId)},
        {QStringLiteral("subject"), p.subject},
        {QStringLiteral("unit_id"), idText(p.unitId)},
        {QStringLiteral("individual_id"), idText(p.individualId)},
        {QStringLiteral("reason"), p.reason},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("decision_number"), p.decisionNumber},
        {QStringLiteral("decision_date"), p.decisionDate.isValid() ? p.decisionDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("rule_key"), p.ruleKey}};
}

QString listed(const Fields &fields)
{
    QStringList lines;
    for (const auto &[field, value] : fields)
        if (!value.isEmpty())
            lines.append(field + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

AuditEntry entry(const QString &action, const QString &entity, qint64 id)
{
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    return e;
}

// A new (or restored) entity: one entry listing its values.
QList<AuditEntry> created(const QString &action, const QString &entity, qint64 id, const Fields &fields)
{
    AuditEntry e = entry(action, entity, id);
    e.newValue = listed(fields);
    return {e};
}

QList<AuditEntry> removed(const QString &entity, qint64 id, const Fields &fields)
{
    AuditEntry e = entry(QStringLiteral("delete"), entity, id);
    e.oldValue = listed(fields);
    return {e};
}

// One entry per changed field.
QList<AuditEntry> changed(const QString &entity, qint64 id, const Fields &before, const Fields &after)
{
    QList<AuditEntry> entries;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second == after.at(i).second)
            continue;
        AuditEntry e = entry(QStringLiteral("update"), entity, id);
        e.field = before.at(i).first;
        e.oldValue = before.at(i).second;
        e.newValue = after.at(i).second;
        entries.append(e);
    }
    return entries;
}

void commit(const Database &database, const QList<AuditEntry> &audit, const std::function<void()> &write)
{
    Transaction transaction(database);
    write();
    AuditRepository(database).record(audit);
    transaction.commit();
}

QStringList trimmedCodes(const QStringList &codes, const QStringList &order)
{
    QStringList result;
    for (const QString &code : order)
        if (codes.contains(code))
            result.append(code);
    return result;
}

} // namespace

CommendationService::CommendationService(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

QDate CommendationService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

// Catalogue --------------------------------------------------------------------------

QList<CommendationForm> CommendationService::forms(bool activeOnly) const
{
    QList<CommendationForm> result = CommendationRepository(m_database).forms();
    if (activeOnly)
        result.removeIf([](const CommendationForm &f) { return !f.active; });
    return result;
}

std::optional<CommendationForm> CommendationService::form(qint64 id) const
{
    return CommendationRepository(m_database).form(id);
}

CommendationForm CommendationService::saveForm(const CommendationForm &edited)
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

void CommendationService::removeForm(qint64 id)
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

// Individuals ------------------------------------------------------------------------

QList<Individual> CommendationService::individuals() const
{
    QList<Individual> result = CommendationRepository(m_database).individuals();
    const VietnameseCollator collator;
    std::stable_sort(result.begin(), result.end(), [&collator](const Individual &a, const Individual &b) {
        return collator(a.fullName, b.fullName);
    });
    return result;
}

Individual CommendationService::saveIndividual(const Individual &edited)
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

void CommendationService::removeIndividual(qint64 id)
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

// Rules ------------------------------------------------------------------------------

QList<SuggestionRule> CommendationService::rules() const
{
    return CommendationRepository(m_database).rules();
}

SuggestionRule CommendationService::saveRule(const SuggestionRule &edited)
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

void CommendationService::removeRule(qint64 id)
{
    CommendationRepository repository(m_database);
    const std::optional<SuggestionRule> before = repository.rule(id);
    if (!before)
        throw ValidationError({{QStringLiteral("rule"), tr("There is no suggestion rule %1.").arg(id)}});
    commit(m_database, removed(kRule, id, fieldsOf(*before)), [&] { repository.removeRule(id); });
    Q_EMIT catalogueChanged();
}

// Proposals --------------------------------------------------------------------------

QList<CommendationProposal> CommendationService::proposals(int phaseNumber, int year) const
{
    return CommendationRepository(m_database).proposals(phaseNumber, year);
}

QList<CommendationProposal> CommendationService::proposalsForYear(int year) const
{
    return CommendationRepository(m_database).proposalsForYear(year);
}

std::optional<CommendationProposal> CommendationService::proposal(qint64 id) const
{
    return CommendationRepository(m_database).proposal(id);
}

void CommendationService::checkProposal(CommendationProposal &p,
                                        const std::optional<CommendationProposal> &before) const
{
    CommendationRepository repository(m_database);
    p.reason = p.reason.trimmed();
    p.decisionNumber = p.decisionNumber.trimmed();
    p.ruleKey = p.ruleKey.trimmed();
    QList<ValidationIssue> issues;
    if (p.phaseNumber < 0) {
        issues.append({QStringLiteral("phase"), tr("Unknown phase %1.").arg(p.phaseNumber)});
    } else if (p.phaseNumber > 0) {
        const QList<Phase> phases = PlanRepository(m_database).phases();
        const auto phase = std::find_if(phases.cbegin(), phases.cend(),
                                        [&p](const Phase &candidate) { return candidate.number == p.phaseNumber; });
        if (phase == phases.cend())
            issues.append({QStringLiteral("phase"), tr("The plan has no phase %1.").arg(p.phaseNumber)});
        else if (p.year == 0)
            p.year = phase->reviewYear;
    }
    if (p.year < 1900 || p.year > 9999)
        issues.append({QStringLiteral("year"), tr("A proposal needs its year.")});

    const std::optional<CommendationForm> form = p.formId > 0 ? repository.form(p.formId) : std::nullopt;
    if (p.subject != QLatin1String("tap_the") && p.subject != QLatin1String("ca_nhan")) {
        issues.append({QStringLiteral("subject"), tr("Unknown subject “%1”; use tap_the or ca_nhan.").arg(p.subject)});
    } else if (!form) {
        issues.append({QStringLiteral("form"), tr("A proposal needs a commendation form of the catalogue.")});
    } else if (!form->subjects.contains(p.subject)) {
        issues.append({QStringLiteral("form"),
                       tr("“%1” is not given to the chosen subject (%2).").arg(form->name, subjectName(p.subject))});
    } else if (!form->active && (!before || before->formId != p.formId)) {
        issues.append({QStringLiteral("form"), tr("“%1” is no longer in use.").arg(form->name)});
    }

    if (p.subject == QLatin1String("ca_nhan")) {
        const std::optional<Individual> person =
            p.individualId > 0 ? repository.individual(p.individualId) : std::nullopt;
        if (!person)
            issues.append({QStringLiteral("individual"), tr("A proposal for an individual needs the person.")});
        else if (p.unitId <= 0)
            p.unitId = person->unitId;
    } else {
        p.individualId = 0;
    }
    if (p.unitId <= 0 || !UnitRepository(m_database).byId(p.unitId))
        issues.append({QStringLiteral("unit"), tr("A proposal needs the unit it concerns.")});

    if (!statuses().contains(p.status))
        issues.append({QStringLiteral("status"), tr("Unknown status “%1”.").arg(p.status)});
    if (p.decisionDate.isValid() && p.decisionDate > today())
        issues.append(
            {QStringLiteral("decision_date"),
             tr("The decision date %1 is in the future.").arg(p.decisionDate.toString(QStringLiteral("dd/MM/yyyy")))});
    if (issues.isEmpty() && repository.duplicateOf(p) > 0) {
        if (p.individualId > 0)
            issues.append(
                {QStringLiteral("individual"),
                 tr("This individual is already proposed for “%1” in the same phase or year.").arg(form->name)});
        else
            issues.append({QStringLiteral("unit"),
                           tr("This unit is already proposed for “%1” in the same phase or year.").arg(form->name)});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

CommendationProposal CommendationService::saveProposal(const CommendationProposal &edited)
{
    CommendationRepository repository(m_database);
    CommendationProposal p = edited;
    const std::optional<CommendationProposal> before = p.id > 0 ? repository.proposal(p.id) : std::nullopt;
    if (p.id > 0 && !before)
        throw ValidationError({{QStringLiteral("proposal"), tr("There is no proposal %1.").arg(p.id)}});
    checkProposal(p, before);
    if (!before) {
        Transaction transaction(m_database);
        p.id = repository.insertProposal(p);
        AuditRepository(m_database).record(created(QStringLiteral("insert"), kProposal, p.id, fieldsOf(p)));
        transaction.commit();
    } else {
        const QList<AuditEntry> audit = changed(kProposal, p.id, fieldsOf(*before), fieldsOf(p));
        if (audit.isEmpty())
            return *before;
        commit(m_database, audit, [&] { repository.updateProposal(p); });
    }
    Q_EMIT proposalsChanged();
    return *repository.proposal(p.id);
}

void CommendationService::removeProposal(qint64 id)
{
    CommendationRepository repository(m_database);
    const std::optional<CommendationProposal> before = repository.proposal(id);
    if (!before)
        throw ValidationError({{QStringLiteral("proposal"), tr("There is no proposal %1.").arg(id)}});
    commit(m_database, removed(kProposal, id, fieldsOf(*before)), [&] { repository.removeProposal(id); });
    Q_EMIT proposalsChanged();
}

void CommendationService::restoreProposal(const CommendationProposal &removedProposal)
{
    CommendationRepository repository(m_database);
    CommendationProposal p = removedProposal;
    if (p.id <= 0)
        throw ValidationError({{QStringLiteral("proposal"), tr("Only a removed proposal with its number can be "
                                                               "put back.")}});
    if (repository.proposal(p.id))
        throw ValidationError({{QStringLiteral("proposal"), tr("Proposal %1 is already there.").arg(p.id)}});
    checkProposal(p, p); // as it was: a form made inactive since does not stop the undo
    Transaction transaction(m_database);
    repository.insertProposal(p);
    AuditRepository(m_database).record(created(QStringLiteral("restore"), kProposal, p.id, fieldsOf(p)));
    transaction.commit();
    Q_EMIT proposalsChanged();
}

QList<AuditEntry> CommendationService::history(qint64 proposalId) const
{
    return AuditRepository(m_database).forEntity(kProposal, proposalId);
}

QList<CommendationSuggestion> CommendationService::suggest(const PhaseReview &review,
                                                           const QList<SuggestionRule> &rules,
                                                           const QList<CommendationProposal> &existing)
{
    return CommendationSuggester::suggest(review, rules, existing);
}

// The printed list -------------------------------------------------------------------

CommendationList CommendationService::list(int phaseNumber, int year) const
{
    return CommendationListBuilder::build(m_database, phaseNumber, year);
}

CommendationList CommendationService::listForYear(int year) const
{
    return CommendationListBuilder::buildForYear(m_database, year);
}

// Names ------------------------------------------------------------------------------

QStringList CommendationService::statuses()
{
    return {QStringLiteral("de_xuat"), QStringLiteral("da_trinh"), QStringLiteral("duoc_khen"),
            QStringLiteral("khong_duoc_khen")};
}

QString CommendationService::statusName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("de_xuat"), QStringLiteral("Đề xuất")},
        {QStringLiteral("da_trinh"), QStringLiteral("Đã trình")},
        {QStringLiteral("duoc_khen"), QStringLiteral("Được khen thưởng")},
        {QStringLiteral("khong_duoc_khen"), QStringLiteral("Không được khen thưởng")}};
    return names.value(key, key);
}

QString CommendationService::subjectName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("tap_the"), QStringLiteral("Tập thể")},
                                                  {QStringLiteral("ca_nhan"), QStringLiteral("Cá nhân")},
                                                  {QStringLiteral("ho_gia_dinh"), QStringLiteral("Hộ gia đình")}};
    return names.value(key, key);
}

QString CommendationService::levelName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("so"), QStringLiteral("Cấp Sở")},
                                                  {QStringLiteral("tinh"), QStringLiteral("Cấp tỉnh")},
                                                  {QStringLiteral("bo"), QStringLiteral("Cấp Bộ")},
                                                  {QStringLiteral("nha_nuoc"), QStringLiteral("Cấp Nhà nước")}};
    return names.value(key, key);
}

QString CommendationService::occasionName(const QString &key)
{
    static const QHash<QString, QString> names = {{QStringLiteral("so_ket"), QStringLiteral("Sơ kết")},
                                                  {QStringLiteral("tong_ket"), QStringLiteral("Tổng kết")},
                                                  {QStringLiteral("hang_nam"), QStringLiteral("Hằng năm")},
                                                  {QStringLiteral("dot_xuat"), QStringLiteral("Đột xuất")}};
    return names.value(key, key);
}
