#include "submissionservice.h"

#include "changedmeanwhile.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "domain/vietnamesecollator.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/yearsettingsrepository.h"
#include "submissionentries.h"
#include "submissionvalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <future>

namespace {

using namespace SubmissionEntries;

SubmissionOverviewRow rowFrom(const Unit &unit, const YearSettings &settings,
                              const SubmissionRepository::Summary *summary)
{
    SubmissionOverviewRow row;
    row.unit = unit;
    if (summary) {
        const Submission &h = summary->header;
        row.submissionId = h.id;
        row.status = h.status;
        row.documentNumber = h.documentNumber;
        row.documentDate = h.documentDate;
        row.receivedDate = h.receivedDate;
        row.note = h.note;
        row.indicatorsFilled = summary->valuesFilled;
        if (summary->selfCount > 0)
            row.selfTotal = Points::fromHundredths(summary->selfSum);
    }
    row.timeliness = Timeliness::of(row.status, row.receivedDate, settings.unitDeadline);
    return row;
}

Submission emptySubmission(qint64 unitId, int year)
{
    Submission empty;
    empty.unitId = unitId;
    empty.year = year;
    empty.status = QStringLiteral("not_received");
    return empty;
}

// Writes one audit entry per changed field of a stored submission.
struct FieldNotes
{
    const QString &action;
    qint64 submissionId;
    QList<AuditEntry> &audit;

    void operator()(const QString &field, const QString &oldValue, const QString &newValue) const
    {
        if (oldValue == newValue)
            return;
        AuditEntry e;
        e.action = action;
        e.entity = kEntity;
        e.entityId = submissionId;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        audit.append(e);
    }
};

void writeHeader(const Submission &before, const Submission &after, SubmissionRepository &repository,
                 const FieldNotes &note)
{
    if (before.documentNumber != after.documentNumber || before.documentDate != after.documentDate ||
        before.receivedDate != after.receivedDate || before.status != after.status || before.note != after.note) {
        repository.updateHeader(after);
    }
    note(QStringLiteral("status"), before.status, after.status);
    note(QStringLiteral("document_number"), before.documentNumber, after.documentNumber);
    note(QStringLiteral("document_date"), SubmissionValidator::formatDate(before.documentDate),
         SubmissionValidator::formatDate(after.documentDate));
    note(QStringLiteral("received_date"), SubmissionValidator::formatDate(before.receivedDate),
         SubmissionValidator::formatDate(after.receivedDate));
    note(QStringLiteral("note"), before.note, after.note);
}

// Indicator values; returns whether any row changed.
bool writeValues(const YearContext &context, const Submission &before, const Submission &after,
                 SubmissionRepository &repository, const FieldNotes &note)
{
    bool rowsChanged = false;
    QList<IndicatorValue> added;
    for (const IndicatorValue &v : after.values) {
        const IndicatorValue *old = before.value(v.indicatorId);
        if (!old)
            added.append(v);
        else if (!(*old == v)) {
            repository.updateValue(after.id, v);
            rowsChanged = true;
        }
        note(indicatorKey(context, v.indicatorId), indicatorText(context, old), indicatorText(context, &v));
    }
    repository.insertValues(after.id, added);
    rowsChanged = rowsChanged || !added.isEmpty();
    for (const IndicatorValue &v : before.values) {
        if (!after.value(v.indicatorId)) {
            repository.deleteValue(after.id, v.indicatorId);
            rowsChanged = true;
            note(indicatorKey(context, v.indicatorId), indicatorText(context, &v), {});
        }
    }
    return rowsChanged;
}

// Scores; returns whether any row changed.
bool writeScores(const YearContext &context, const Submission &before, const Submission &after,
                 SubmissionRepository &repository, const FieldNotes &note)
{
    bool rowsChanged = false;
    QList<CriterionScore> addedScores;
    for (const CriterionScore &c : after.scores) {
        const CriterionScore *old = before.score(c.criterionId);
        if (!old)
            addedScores.append(c);
        else if (old->self != c.self || old->reviewed != c.reviewed || old->note != c.note) {
            repository.updateScore(after.id, c);
            rowsChanged = true;
        }
        const QString k = criterionKey(context, c.criterionId);
        note(QStringLiteral("self:") + k, old ? scoreText(context, c.criterionId, old->self) : QString(),
             scoreText(context, c.criterionId, c.self));
        note(QStringLiteral("rev:") + k, old ? scoreText(context, c.criterionId, old->reviewed) : QString(),
             scoreText(context, c.criterionId, c.reviewed));
        note(QStringLiteral("note:") + k, old ? old->note : QString(), c.note);
    }
    repository.insertScores(after.id, addedScores);
    rowsChanged = rowsChanged || !addedScores.isEmpty();
    for (const CriterionScore &c : before.scores) {
        if (!after.score(c.criterionId)) {
            repository.deleteScore(after.id, c.criterionId);
            rowsChanged = true;
            const QString k = criterionKey(context, c.criterionId);
            note(QStringLiteral("self:") + k, scoreText(context, c.criterionId, c.self), {});
            note(QStringLiteral("rev:") + k, scoreText(context, c.criterionId, c.reviewed), {});
            note(QStringLiteral("note:") + k, c.note, {});
        }
    }
    return rowsChanged;
}

// Evidence: new files are added, missing ones marked removed, known ids restored.
void writeEvidence(const Submission &before, Submission &after, SubmissionRepository &repository,
                   const FieldNotes &note)
{
    QList<Evidence> stored;
    if (!(before.evidence.isEmpty() && after.evidence.isEmpty()))
        stored = repository.evidence(after.id, true);
    for (Evidence &e : after.evidence) {
        if (e.id == 0) {
            e.id = repository.insertEvidence(after.id, e);
            note(QStringLiteral("evidence"), {}, e.name);
            continue;
        }
        bool wasActive = false;
        for (const Evidence &b : before.evidence)
            wasActive = wasActive || b.id == e.id;
        bool known = false;
        for (const Evidence &s : std::as_const(stored))
            known = known || s.id == e.id;
        if (!known)
            throw ValidationError(
                {{QStringLiteral("evidence"),
                  SubmissionService::tr("The evidence file “%1” is not part of this submission.").arg(e.name)}});
        if (!wasActive) {
            repository.setEvidenceRemoved(e.id, false);
            note(QStringLiteral("evidence"), {}, e.name);
        }
    }
    for (const Evidence &b : before.evidence) {
        bool kept = false;
        for (const Evidence &e : std::as_const(after.evidence))
            kept = kept || e.id == b.id;
        if (!kept) {
            repository.setEvidenceRemoved(b.id, true);
            note(QStringLiteral("evidence"), b.name, {});
        }
    }
}

} // namespace

SubmissionService::SubmissionService(const Database &database, QObject *parent) : QObject(parent), m_database(database)
{}

SubmissionService::~SubmissionService() = default;

int SubmissionService::countForYear(int year) const
{
    return SubmissionRepository(m_database).countForYear(year);
}

QList<Unit> SubmissionService::allUnits() const
{
    return UnitRepository(m_database).all();
}

QString SubmissionService::currentActor()
{
    return AuditRepository::currentActor();
}
QDate SubmissionService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QList<int> SubmissionService::years() const
{
    QList<int> result;
    for (const YearSettings &s : YearSettingsRepository(m_database).all())
        result.append(s.year);
    std::sort(result.begin(), result.end());
    return result;
}

YearContext SubmissionService::context(int year) const
{
    return contextWithUnits(year, UnitRepository(m_database).activeIn(year));
}

YearContext SubmissionService::contextForUnit(int year, qint64 unitId) const
{
    QList<Unit> units;
    if (const std::optional<Unit> unit = UnitRepository(m_database).byId(unitId); unit && unit->isActiveIn(year))
        units.append(*unit);
    return contextWithUnits(year, units);
}

YearContext SubmissionService::contextWithUnits(int year, const QList<Unit> &units) const
{
    const std::optional<YearSettings> settings = YearSettingsRepository(m_database).forYear(year);
    if (!settings)
        throw ValidationError(
            {{QStringLiteral("year"), tr("The year %1 has no settings in this database.").arg(year)}});
    YearContext context;
    context.year = year;
    context.settings = *settings;
    context.rubric = RubricRepository(m_database).byId(settings->rubricId).value_or(Rubric());
    for (const Indicator &i : IndicatorRepository(m_database).all())
        if (i.active)
            context.indicators.append(i);
    context.units = units;
    context.unitIndex.reserve(context.units.size());
    for (qsizetype i = 0; i < context.units.size(); ++i)
        context.unitIndex.insert(context.units.at(i).id, i);
    context.today = today();
    return context;
}

SubmissionOverview SubmissionService::overview(int year) const
{
    const YearContext context = this->context(year);
    SubmissionOverview overview;
    overview.year = year;
    overview.settings = context.settings;
    overview.indicatorCount = int(context.indicators.size());

    const QList<SubmissionRepository::Summary> summaries = SubmissionRepository(m_database).summariesForYear(year);
    QHash<qint64, qsizetype> byUnit; // unit id -> index in summaries
    byUnit.reserve(summaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i)
        byUnit.insert(summaries.at(i).header.unitId, i);

    QStringList names;
    names.reserve(context.units.size());
    for (const Unit &u : context.units)
        names.append(u.name);
    const QList<qsizetype> order = VietnameseCollator().order(names);

    overview.rows.reserve(context.units.size());
    for (qsizetype index : order) {
        const Unit &unit = context.units.at(index);
        const auto it = byUnit.constFind(unit.id);
        overview.rows.append(rowFrom(unit, context.settings, it == byUnit.cend() ? nullptr : &summaries.at(*it)));
    }
    markCovered(overview);
    overview.recount();
    return overview;
}

void SubmissionService::markCovered(SubmissionOverview &overview) const
{
    const QDate firstDay(overview.year, 1, 1);
    const QDate lastDay(overview.year, 12, 31);
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < overview.rows.size(); ++i)
        rowOf.insert(overview.rows.at(i).unit.id, i);
    // The units formed in the year, each with the units it replaces.
    QHash<qint64, QList<qint64>> predecessors;
    for (const UnitEvent &event : UnitRepository(m_database).events())
        if ((event.type == QLatin1String("merged_into") || event.type == QLatin1String("split_into")) &&
            event.date > firstDay && event.date <= lastDay && rowOf.contains(event.relatedUnitId))
            predecessors[event.relatedUnitId].append(event.unitId);
    for (auto it = predecessors.cbegin(); it != predecessors.cend(); ++it) {
        SubmissionOverviewRow &row = overview.rows[rowOf.value(it.key())];
        if (row.timeliness != Timeliness::Missing || row.unit.validFrom <= firstDay)
            continue; // it sent its own, or it was there all year (a merge into it)
        QStringList names;
        for (const qint64 id : it.value()) {
            const auto at = rowOf.constFind(id);
            if (at == rowOf.cend() || overview.rows.at(*at).timeliness == Timeliness::Missing) {
                names.clear();
                break;
            }
            names.append(overview.rows.at(*at).unit.name);
        }
        row.coveredBy = names;
    }
}

SubmissionOverviewRow SubmissionService::overviewRow(const Unit &unit, const YearSettings &settings) const
{
    const std::optional<SubmissionRepository::Summary> summary =
        SubmissionRepository(m_database).summary(unit.id, settings.year);
    return rowFrom(unit, settings, summary ? &*summary : nullptr);
}

Submission SubmissionService::load(qint64 unitId, int year) const
{
    return SubmissionRepository(m_database).find(unitId, year).value_or(emptySubmission(unitId, year));
}

QHash<qint64, Submission> SubmissionService::loadYear(int year) const
{
    return SubmissionRepository(m_database).completeForYear(year);
}

void SubmissionService::checkBeforeWriting() const
{
    m_database.checkBeforeWriting();
}

QHash<qint64, Submission> SubmissionService::loadUnits(int year, const QList<qint64> &unitIds) const
{
    return SubmissionRepository(m_database).completeForUnits(year, unitIds);
}

void SubmissionService::checkUnlocked(const YearContext &context) const
{
    if (context.settings.locked)
        throw ValidationError(
            {{QStringLiteral("year"),
              tr("The year %1 is locked: its submissions and scores can no longer be changed.").arg(context.year)}});
}

StorageError SubmissionService::conflictWith(const Submission &current) const
{
    return ChangedMeanwhile::error(m_database, tr("this submission"), kEntity, current.id);
}

bool SubmissionService::differs(const Submission &before, const Submission &after)
{
    const Submission a = normalised(before);
    const Submission b = normalised(after);
    if (a.documentNumber != b.documentNumber || a.documentDate != b.documentDate || a.receivedDate != b.receivedDate ||
        a.status != b.status || a.note != b.note)
        return true;
    if (a.values.size() != b.values.size() || a.scores.size() != b.scores.size() ||
        a.evidence.size() != b.evidence.size())
        return true;
    for (const IndicatorValue &v : b.values) {
        const IndicatorValue *old = a.value(v.indicatorId);
        if (!old || !(*old == v))
            return true;
    }
    for (const CriterionScore &c : b.scores) {
        const CriterionScore *old = a.score(c.criterionId);
        if (!old || old->self != c.self || old->reviewed != c.reviewed || old->note != c.note)
            return true;
    }
    for (qsizetype i = 0; i < b.evidence.size(); ++i)
        if (!a.evidence.at(i).sameFileAs(b.evidence.at(i)))
            return true;
    return false;
}

Submission SubmissionService::save(const Submission &submission)
{
    const YearContext context = contextForUnit(submission.year, submission.unitId);
    checkUnlocked(context);
    const QList<ValidationIssue> issues = SubmissionValidator::validate(submission, context);
    if (!issues.isEmpty())
        throw ValidationError(issues);

    SubmissionRepository repository(m_database);
    AuditRepository auditRepository(m_database);
    Transaction transaction(m_database);
    const Submission before = repository.find(submission.unitId, submission.year)
                                  .value_or(emptySubmission(submission.unitId, submission.year));
    // Read before someone else's save: refused, naming them, rather than undoing it.
    if (before.id != 0 && (submission.id != before.id || submission.version != before.version))
        throw conflictWith(before);
    Submission after = submission;
    QList<AuditEntry> audit;
    write(context, before, after, QStringLiteral("update"), repository, audit);
    auditRepository.record(audit);
    transaction.commit();
    if (!audit.isEmpty())
        Q_EMIT submissionSaved(submission.unitId, submission.year);
    return load(submission.unitId, submission.year);
}

Submission SubmissionService::saveReview(const Submission &submission, qint64 criterionId, const CriterionScore &seen)
{
    const Submission stored = load(submission.unitId, submission.year);
    const CriterionScore *now = stored.score(criterionId);
    const std::optional<Points> reviewed = now ? now->reviewed : std::nullopt;
    const QString note = now ? now->note : QString();
    if (reviewed != seen.reviewed || note != seen.note) {
        const YearContext context = contextForUnit(submission.year, submission.unitId);
        QString code;
        for (const Criterion &c : context.rubric.criteria)
            if (c.id == criterionId)
                code = c.code;
        const Unit unit = UnitRepository(m_database).byId(submission.unitId).value_or(Unit{});
        throw ChangedMeanwhile::error(m_database, tr("the review of %1 of %2").arg(code, unit.name), kEntity,
                                      stored.id);
    }
    return save(submission);
}

void SubmissionService::saveAll(const YearContext &context, const QList<Change> &changes, const QString &auditAction,
                                const ImportedFile *file)
{
    Batch batch(*this, context, auditAction);
    batch.write(changes);
    batch.finish(file);
}

SubmissionService::Batch::Batch(SubmissionService &service, const YearContext &context, const QString &auditAction)
    : m_service(service), m_context(&context), m_action(auditAction)
{
    m_repository = std::make_unique<SubmissionRepository>(service.m_database);
    m_auditRepository = std::make_unique<AuditRepository>(service.m_database);
    m_transaction = std::make_unique<Transaction>(service.m_database);
    switchTo(context);
}

void SubmissionService::Batch::switchTo(const YearContext &context)
{
    YearContext current = context;
    current.settings = YearSettingsRepository(m_service.m_database).forYear(context.year).value_or(context.settings);
    m_service.checkUnlocked(current);
    m_context = &context;
    if (!m_years.contains(context.year))
        m_years.append(context.year);
}

void SubmissionService::Batch::record(const ImportedFile &file)
{
    const qint64 id = m_repository->insertImportedFile(file);
    m_repository->linkImportedFile(id, m_context->year, m_unitsSinceFile);
    m_unitsSinceFile.clear();
}

SubmissionService::Batch::~Batch() = default;

void SubmissionService::Batch::recordSome()
{
    if (m_audit.size() > 2000) {
        m_auditRepository->record(m_audit);
        m_audit.clear();
    }
}

void SubmissionService::Batch::write(const QList<Change> &changes)
{
    const YearContext &context = *m_context;
    QList<ValidationIssue> issues;
    for (const Change &change : changes) {
        issues += SubmissionValidator::validate(change.after, context);
        m_unitsSinceFile.append(change.after.unitId);
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);

    for (const Change &change : changes) {
        if (change.before.id == 0 && change.after.evidence.isEmpty())
            continue; // below, with the other new ones
        Submission after = change.after;
        m_service.write(context, change.before, after, m_action, *m_repository, m_audit);
        recordSome();
    }
    // New submissions without evidence (an import's) go in blocks, many rows per
    // statement, in the order of their units: a statement then changes few pages of the
    // (unit, year) index, which SQLite must keep a copy of until the statement ends.
    QList<const Change *> fresh;
    for (const Change &change : changes)
        if (change.before.id == 0 && change.after.evidence.isEmpty())
            fresh.append(&change);
    std::sort(fresh.begin(), fresh.end(),
              [](const Change *a, const Change *b) { return a->after.unitId < b->after.unitId; });
    QList<Submission> block;
    auto writeBlock = [&] {
        // Their audit entries are worded on the other core while SQLite stores the rows.
        // The wording reads a copy of the block: insertAll writes the ids into the block.
        auto entries = std::async(std::launch::async, [this, &context, copy = block] {
            QList<AuditEntry> worded;
            worded.reserve(copy.size());
            for (const Submission &s : copy)
                worded.append(creationEntry(context, s, m_action));
            return worded;
        });
        try {
            m_repository->insertAll(block);
        } catch (const StorageError &error) {
            entries.wait();
            // The rows were read before this write took the lock: another import or
            // person added some of the same units' submissions meanwhile.
            if (error.kind() == StorageError::Kind::Constraint &&
                error.message().contains(QLatin1String("submission.unit_id")))
                throw StorageError(StorageError::Kind::Conflict,
                                   SubmissionService::tr("Another program or person recorded submissions of %1 while "
                                                         "this import was running; nothing was imported. Import the "
                                                         "file again: it is then compared with what they recorded.")
                                       .arg(context.year));
            throw;
        }
        QList<AuditEntry> worded = entries.get();
        for (qsizetype i = 0; i < worded.size(); ++i) {
            worded[i].entityId = block.at(i).id;
            m_audit.append(std::move(worded[i]));
        }
        block.clear();
        recordSome();
    };
    for (const Change *change : std::as_const(fresh)) {
        Submission after = normalised(change->after);
        after.id = 0;
        if (!isBlank(after))
            block.append(std::move(after));
        if (block.size() == 256)
            writeBlock();
    }
    writeBlock();
}

void SubmissionService::Batch::finish(const ImportedFile *file)
{
    if (file)
        record(*file);
    m_auditRepository->record(m_audit);
    m_audit.clear();
    m_transaction->commit();
    for (const int year : std::as_const(m_years))
        Q_EMIT m_service.yearChanged(year);
}

ImportedFile SubmissionService::importedFile(const QString &sha256) const
{
    return SubmissionRepository(m_database).importedFileBySha256(sha256);
}

QList<ImportedFile> SubmissionService::importedFilesOfUnit(qint64 unitId) const
{
    return SubmissionRepository(m_database).importedFilesOfUnit(unitId);
}

QByteArray SubmissionService::importedFileContent(qint64 fileId) const
{
    return SubmissionRepository(m_database).importedFileContent(fileId);
}

void SubmissionService::write(const YearContext &context, const Submission &storedBefore, Submission &after,
                              const QString &action, SubmissionRepository &repository, QList<AuditEntry> &audit) const
{
    const Submission before = normalised(storedBefore);
    after = normalised(after);
    after.unitId = storedBefore.unitId ? storedBefore.unitId : after.unitId;
    after.id = before.id;

    if (before.id == 0) {
        // A new submission: one audit entry lists every value it starts with.
        if (isBlank(after))
            return;
        QList<Submission> one{after};
        repository.insertAll(one);
        after.id = one.first().id;
        for (Evidence &e : after.evidence)
            e.id = repository.insertEvidence(after.id, e);
        audit.append(creationEntry(context, after, action));
        return;
    }

    // One audit entry per changed field.
    const qsizetype entriesBefore = audit.size();
    const FieldNotes note{action, after.id, audit};
    writeHeader(before, after, repository, note);
    // A submission whose rows change has its tally counted again.
    const bool valuesChanged = writeValues(context, before, after, repository, note);
    const bool scoresChanged = writeScores(context, before, after, repository, note);
    if (valuesChanged || scoresChanged)
        repository.recount(after.id);
    writeEvidence(before, after, repository, note);
    if (audit.size() > entriesBefore) {
        repository.bumpVersion(after.id);
        after.version = before.version + 1;
    }
}

QList<AuditEntry> SubmissionService::history(qint64 submissionId) const
{
    if (submissionId <= 0)
        return {};
    return AuditRepository(m_database).forEntity(kEntity, submissionId);
}

QByteArray SubmissionService::evidenceContent(qint64 evidenceId) const
{
    return SubmissionRepository(m_database).evidenceContent(evidenceId);
}

Evidence SubmissionService::evidenceFromFile(const QString &path, qint64 criterionId)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > kMaxEvidenceBytes)
        throw ValidationError({{QStringLiteral("evidence"), tr("%1 is larger than %2 MB; attach a smaller file.")
                                                                .arg(info.fileName())
                                                                .arg(kMaxEvidenceBytes / (1024 * 1024))}});
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError({{QStringLiteral("evidence"),
                                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())}});
    Evidence e;
    e.criterionId = criterionId;
    e.name = info.fileName().normalized(QString::NormalizationForm_C);
    e.content = file.readAll();
    e.size = e.content.size();
    e.sha256 = QString::fromLatin1(QCryptographicHash::hash(e.content, QCryptographicHash::Sha256).toHex());
    e.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, e.content).name();
    e.addedAt = QDateTime::currentDateTimeUtc();
    return e;
}
