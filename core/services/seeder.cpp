#include "seeder.h"

#include "domain/storageerror.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/organisationrepository.h"
#include "storage/planrepository.h"
#include "storage/rubricrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonDocument readSeed(const QString &name)
{
    QFile file(QStringLiteral(":/seed/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Sql, Seeder::tr("The seed file %1 is missing.").arg(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw StorageError(StorageError::Kind::Sql,
                           Seeder::tr("The seed file %1 is not valid JSON: %2").arg(name, error.errorString()));
    return doc;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

Points points(const QJsonValue &v)
{
    return Points::fromHundredths(qRound64(v.toDouble() * 100));
}

void insertSections(PlanRepository &plans, qint64 planId, const QJsonArray &nodes, qint64 parentId,
                    const QString &parentPath, QHash<QString, qint64> &idByPath)
{
    int position = 0;
    int dashes = 0;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        PlanSection section;
        section.parentId = parentId;
        section.position = ++position;
        section.label = str(node, "label");
        const QString segment =
            section.label == QLatin1String("-") ? QStringLiteral("-%1").arg(++dashes) : section.label;
        section.path = parentPath.isEmpty() ? segment : parentPath + QLatin1Char('.') + segment;
        section.title = str(node, "title");
        section.body = str(node, "body");
        const qint64 id = plans.insertSection(planId, section);
        idByPath.insert(section.path, id);
        insertSections(plans, planId, node.value(QLatin1String("children")).toArray(), id, section.path, idByPath);
    }
}

QList<TaskAssignee> assigneesOf(const QJsonArray &entries, TaskAssignee::Role role,
                                const QHash<QString, qint64> &unitIds)
{
    QList<TaskAssignee> result;
    for (const QJsonValue &value : entries) {
        const QString entry = value.toString();
        TaskAssignee a;
        a.role = role;
        if (entry.startsWith(QLatin1String("kind:"))) {
            a.unitKind = entry.mid(5);
        } else {
            a.unitId = unitIds.value(entry);
            if (a.unitId == 0)
                throw StorageError(StorageError::Kind::Sql,
                                   Seeder::tr("The seed names an unknown unit code %1.").arg(entry));
        }
        result.append(a);
    }
    return result;
}

Rubric rubricFrom(const QJsonObject &o)
{
    Rubric r;
    r.code = str(o, "code");
    r.name = str(o, "name");
    r.method = str(o, "method");
    r.basis = str(o, "basis");
    r.isPreset = true;
    const bool byPoints = r.method == QLatin1String("points");
    int position = 0;
    for (const QJsonValue &groupValue : o.value(QLatin1String("criteria")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        Criterion g;
        g.code = str(group, "code");
        g.title = str(group, "title");
        g.kind = QStringLiteral("group");
        g.maxPoints = points(group.value(QLatin1String("max")));
        g.note = str(group, "note");
        g.position = ++position;
        r.criteria.append(g);
        for (const QJsonValue &itemValue : group.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            Criterion c;
            c.parentId = g.position; // resolved to an id by RubricRepository::insert
            c.code = str(item, "code");
            c.title = str(item, "title");
            c.kind = byPoints ? QStringLiteral("points") : str(item, "kind");
            c.maxPoints = points(item.value(QLatin1String("max")));
            c.step = points(item.value(QLatin1String("step")));
            c.threshold = points(item.value(QLatin1String("threshold")));
            c.level = integer(item, "level");
            c.appliesTo = str(item, "applies_to");
            c.note = str(item, "note");
            c.position = ++position;
            r.criteria.append(c);
        }
    }
    const QJsonArray classes = o.value(QLatin1String(byPoints ? "tiers" : "levels")).toArray();
    int classPosition = 0;
    for (const QJsonValue &value : classes) {
        const QJsonObject k = value.toObject();
        RubricClass rc;
        rc.code = str(k, "code");
        rc.name = str(k, "name");
        rc.minPoints = points(k.value(QLatin1String("min")));
        rc.level = integer(k, "level");
        rc.position = ++classPosition;
        r.classes.append(rc);
    }
    return r;
}

// Every unit of units.json with its created (and dissolved) event; returns their ids by code.
QHash<QString, qint64> insertUnits(UnitRepository &units)
{
    QHash<QString, qint64> unitIds;
    for (const QJsonValue &value : readSeed(QStringLiteral("units.json")).array()) {
        const QJsonObject o = value.toObject();
        Unit u;
        u.code = str(o, "code");
        u.name = str(o, "name");
        u.shortName = str(o, "short_name");
        u.kind = str(o, "kind");
        u.parentId = unitIds.value(str(o, "parent"));
        u.group = str(o, "group");
        u.validFrom = QDate::fromString(str(o, "valid_from"), Qt::ISODate);
        u.validTo = QDate::fromString(str(o, "valid_to"), Qt::ISODate);
        u.note = str(o, "note");
        const qint64 id = units.insert(u);
        unitIds.insert(u.code, id);
        UnitEvent created;
        created.unitId = id;
        created.date = u.validFrom;
        created.type = QStringLiteral("created");
        created.newValue = u.name;
        units.insertEvent(created);
        if (u.validTo.isValid()) {
            UnitEvent dissolved;
            dissolved.unitId = id;
            dissolved.date = u.validTo.addDays(1);
            dissolved.type = QStringLiteral("dissolved");
            dissolved.note = u.note;
            units.insertEvent(dissolved);
        }
    }
    return unitIds;
}

Plan planFrom(const QJsonObject &planDoc)
{
    const QJsonObject p = planDoc.value(QLatin1String("plan")).toObject();
    Plan plan;
    plan.code = str(p, "code");
    plan.symbol = str(p, "symbol");
    plan.number = str(p, "number");
    plan.issuedOn = QDate::fromString(str(p, "issued_on"), Qt::ISODate);
    plan.issuedYear = integer(p, "issued_year");
    plan.title = str(p, "title");
    plan.issuer = str(p, "issuer");
    plan.periodFrom = integer(p, "period_from");
    plan.periodTo = integer(p, "period_to");
    plan.basis = str(p, "basis");
    plan.preamble = str(p, "preamble");
    plan.closing = str(planDoc, "closing");
    return plan;
}

void insertPhases(PlanRepository &plans, qint64 planId, const QJsonArray &phases)
{
    for (const QJsonValue &value : phases) {
        const QJsonObject o = value.toObject();
        Phase ph;
        ph.number = integer(o, "number");
        ph.name = str(o, "name");
        ph.yearFrom = integer(o, "year_from");
        ph.yearTo = integer(o, "year_to");
        ph.reviewKind = str(o, "review_kind");
        ph.reviewYear = integer(o, "review_year");
        ph.reviewName = str(o, "review_name");
        ph.description = str(o, "description");
        plans.insertPhase(planId, ph);
    }
}

void insertTasks(TaskRepository &tasks, qint64 planId, const QJsonArray &taskArray,
                 const QHash<QString, qint64> &sectionIds, const QHash<QString, qint64> &unitIds)
{
    for (const QJsonValue &value : taskArray) {
        const QJsonObject o = value.toObject();
        Task t;
        t.code = str(o, "code");
        t.sectionId = sectionIds.value(str(o, "section"));
        t.title = str(o, "title");
        t.detail = str(o, "detail");
        t.recurrence = str(o, "recurrence");
        const QString due = str(o, "due");
        if (!due.isEmpty()) {
            t.dueMonth = due.left(2).toInt();
            t.dueDay = due.mid(3, 2).toInt();
        }
        t.phaseNumber = integer(o, "phase");
        t.assignees =
            assigneesOf(o.value(QLatin1String("lead")).toArray(), TaskAssignee::Role::Lead, unitIds) +
            assigneesOf(o.value(QLatin1String("coordinate")).toArray(), TaskAssignee::Role::Coordinate, unitIds);
        tasks.insert(planId, t);
    }
}

void insertIndicators(IndicatorRepository &indicators)
{
    for (const QJsonValue &value : readSeed(QStringLiteral("indicators.json")).array()) {
        const QJsonObject o = value.toObject();
        Indicator i;
        i.code = str(o, "code");
        i.name = str(o, "name");
        i.unitOfMeasure = str(o, "unit_of_measure");
        i.kind = str(o, "kind");
        i.contentArea = integer(o, "area");
        i.sortOrder = integer(o, "sort_order");
        indicators.insert(i);
    }
}

// Both rubric presets; returns the id of the default one, TT22-2020 (0 when missing).
qint64 insertRubrics(RubricRepository &rubrics)
{
    qint64 defaultRubric = 0;
    const QJsonArray rubricArray =
        readSeed(QStringLiteral("rubrics.json")).object().value(QLatin1String("rubrics")).toArray();
    for (const QJsonValue &value : rubricArray) {
        const Rubric r = rubricFrom(value.toObject());
        const qint64 id = rubrics.insert(r);
        if (r.code == QLatin1String("TT22-2020"))
            defaultRubric = id;
    }
    return defaultRubric;
}

OrganisationSettings organisationFrom(const QJsonObject &org)
{
    OrganisationSettings settings;
    settings.parentBody = str(org, "parent_body");
    settings.department = str(org, "department");
    settings.departmentShort = str(org, "department_short");
    settings.place = str(org, "place");
    settings.draftingUnit = str(org, "drafting_unit");
    settings.signerAuthority = str(org, "signer_authority");
    settings.signerTitle = str(org, "signer_title");
    settings.signerName = str(org, "signer_name");
    settings.reportRecipient = str(org, "report_recipient");
    for (const QJsonValue &value : org.value(QLatin1String("recipients")).toArray())
        settings.recipients.append(value.toString());
    return settings;
}

// Every year starts on the TT22-2020 preset (DESIGN.md, Data); units report by 30/11,
// the department reports to Sở GD&ĐT by 10/12 (plan VI.3).
void saveYears(YearSettingsRepository &years, const Plan &plan, qint64 defaultRubric)
{
    for (int year = plan.periodFrom; year <= plan.periodTo; ++year) {
        YearSettings ys;
        ys.year = year;
        ys.rubricId = defaultRubric;
        ys.unitDeadline = QDate(year, 11, 30);
        ys.reportDeadline = QDate(year, 12, 10);
        years.save(ys);
    }
}

} // namespace

bool Seeder::isSeeded() const
{
    return PlanRepository(m_database).plan().has_value();
}

void Seeder::seed()
{
    Transaction transaction(m_database);
    // Two programs starting on a new database at once: the second finds the plan there.
    m_database.serialiseSetUp();
    if (isSeeded())
        return;
    PlanRepository plans(m_database);
    UnitRepository units(m_database);

    // Units first: tasks refer to them.
    const QHash<QString, qint64> unitIds = insertUnits(units);

    const QJsonObject planDoc = readSeed(QStringLiteral("plan.json")).object();
    const Plan plan = planFrom(planDoc);
    const qint64 planId = plans.insertPlan(plan);

    QHash<QString, qint64> sectionIds;
    insertSections(plans, planId, planDoc.value(QLatin1String("sections")).toArray(), 0, QString(), sectionIds);
    insertPhases(plans, planId, planDoc.value(QLatin1String("phases")).toArray());

    TaskRepository tasks(m_database);
    insertTasks(tasks, planId, planDoc.value(QLatin1String("tasks")).toArray(), sectionIds, unitIds);

    IndicatorRepository indicators(m_database);
    insertIndicators(indicators);

    RubricRepository rubrics(m_database);
    const qint64 defaultRubric = insertRubrics(rubrics);

    const OrganisationSettings settings = organisationFrom(readSeed(QStringLiteral("organisation.json")).object());
    OrganisationRepository(m_database).save(settings);

    YearSettingsRepository years(m_database);
    saveYears(years, plan, defaultRubric);

    AuditEntry entry;
    entry.action = QStringLiteral("seed");
    entry.entity = QStringLiteral("plan");
    entry.entityId = planId;
    entry.newValue = plan.code;
    AuditRepository(m_database).record(entry);
    transaction.commit();
}
