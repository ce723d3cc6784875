#include "submissionrepository.h"

#include "batchinsert.h"
#include "evidencestore.h"
#include "sqlquery.h"

#include <QScopeGuard>

#include <algorithm>
#include <limits>

namespace {

const char kHeaderColumns[] = "id, unit_id, year, document_number, document_date, received_date, status, note, version";

Submission headerFrom(const SqlQuery &q)
{
    Submission s;
    s.id = q.number(0);
    s.unitId = q.number(1);
    s.year = int(q.number(2));
    s.documentNumber = q.text(3);
    s.documentDate = q.date(4);
    s.receivedDate = q.date(5);
    s.status = q.recurringText(6);
    s.note = q.text(7);
    s.version = q.number(8);
    return s;
}

void bindValue(SqlQuery &q, const IndicatorValue &v)
{
    q.bindOptional(v.numberHundredths, v.hasNumber);
    if (v.text.isEmpty())
        q.bindNull();
    else
        q.bind(v.text);
    q.bind(v.estimate);
}

void bindScore(SqlQuery &q, const CriterionScore &c)
{
    q.bindOptional(c.self.value_or(Points()).hundredths(), c.self.has_value());
    q.bindOptional(c.reviewed.value_or(Points()).hundredths(), c.reviewed.has_value());
    q.bind(c.note);
}

// A submission row with the tally of its own lists (see insertAll in the header).
void addHeader(BatchInsert::Row &row, const Submission &s)
{
    qint64 selfTotal = 0;
    int selfCount = 0;
    for (const CriterionScore &c : s.scores) {
        if (c.self) {
            selfTotal += c.self->hundredths();
            ++selfCount;
        }
    }
    row.add(s.unitId).add(s.year).add(s.documentNumber).add(s.documentDate).add(s.receivedDate).add(s.status);
    row.add(s.note).add(int(s.values.size())).add(selfTotal).add(selfCount);
}

void addValue(BatchInsert::Row &row, qint64 submissionId, const IndicatorValue &v)
{
    row.add(submissionId).add(v.indicatorId).addOptional(v.numberHundredths, v.hasNumber);
    if (v.text.isEmpty())
        row.addNull();
    else
        row.add(v.text);
    row.add(v.estimate);
}

void addScore(BatchInsert::Row &row, qint64 submissionId, const CriterionScore &c)
{
    row.add(submissionId).add(c.criterionId);
    row.addOptional(c.self.value_or(Points()).hundredths(), c.self.has_value());
    row.addOptional(c.reviewed.value_or(Points()).hundredths(), c.reviewed.has_value());
    row.add(c.note);
}

} // namespace

SubmissionRepository::SubmissionRepository(const Database &database) : m_database(database) {}

SubmissionRepository::~SubmissionRepository() = default;

SqlQuery &SubmissionRepository::prepared(std::unique_ptr<SqlQuery> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_database, QString::fromLatin1(sql));
    return *slot;
}

qint64 SubmissionRepository::insert(const Submission &s)
{
    QList<Submission> one{s};
    insertAll(one);
    return one.first().id;
}

void SubmissionRepository::insertAll(QList<Submission> &submissions)
{
    // Headers first, so that the values' and scores' foreign keys find them. Each header
    // comes back with its id; a unit has one submission a year.
    QHash<std::pair<qint64, int>, Submission *> byUnit;
    byUnit.reserve(submissions.size());
    BatchInsert &headers = headerInsert();
    headers.onReturned([&byUnit](const SqlQuery &q) {
        if (Submission *s = byUnit.value({q.number(1), int(q.number(2))}))
            s->id = q.number(0);
    });
    const auto forget = qScopeGuard([&headers] { headers.onReturned({}); });
    for (Submission &s : submissions) {
        byUnit.insert({s.unitId, s.year}, &s);
        addHeader(headers.append(), s);
    }
    headers.flush();
    BatchInsert &values = valueInsert();
    for (const Submission &s : std::as_const(submissions))
        for (const IndicatorValue &v : s.values)
            addValue(values.append(), s.id, v);
    values.flush();
    BatchInsert &scores = scoreInsert();
    for (const Submission &s : std::as_const(submissions))
        for (const CriterionScore &c : s.scores)
            addScore(scores.append(), s.id, c);
    scores.flush();
}

BatchInsert &SubmissionRepository::batch(std::unique_ptr<BatchInsert> &slot, const char *table, const char *columns,
                                         const char *returning)
{
    if (!slot)
        slot = std::make_unique<BatchInsert>(m_database, QString::fromLatin1(table),
                                             QString::fromLatin1(columns).split(QStringLiteral(", ")),
                                             QString::fromLatin1(returning));
    return *slot;
}

BatchInsert &SubmissionRepository::headerInsert()
{
    return batch(m_insertHeader, "submission",
                 "unit_id, year, document_number, document_date, received_date, status, note, values_filled, "
                 "self_total, self_count",
                 "id, unit_id, year");
}

BatchInsert &SubmissionRepository::valueInsert()
{
    return batch(m_insertValues, "submission_value",
                 "submission_id, indicator_id, value_number, value_text, is_estimate");
}

BatchInsert &SubmissionRepository::scoreInsert()
{
    return batch(m_insertScores, "submission_score", "submission_id, criterion_id, self_score, reviewed_score, note");
}

void SubmissionRepository::updateHeader(const Submission &s)
{
    SqlQuery &q = prepared(m_updateHeader, "UPDATE submission SET document_number = ?, document_date = ?, "
                                           "received_date = ?, status = ?, note = ? WHERE id = ?");
    q.bind(s.documentNumber).bind(s.documentDate).bind(s.receivedDate).bind(s.status).bind(s.note).bind(s.id);
    q.exec();
}

void SubmissionRepository::bumpVersion(qint64 submissionId)
{
    SqlQuery &q = prepared(m_bumpVersion, "UPDATE submission SET version = version + 1 WHERE id = ?");
    q.bind(submissionId);
    q.exec();
}

void SubmissionRepository::recount(qint64 submissionId)
{
    SqlQuery &q = prepared(
        m_recount,
        "UPDATE submission SET "
        "values_filled = (SELECT COUNT(*) FROM submission_value v WHERE v.submission_id = submission.id), "
        "self_total = COALESCE((SELECT SUM(c.self_score) FROM submission_score c "
        "WHERE c.submission_id = submission.id), 0), "
        "self_count = (SELECT COUNT(c.self_score) FROM submission_score c WHERE c.submission_id = submission.id) "
        "WHERE id = ?");
    q.bind(submissionId);
    q.exec();
}

void SubmissionRepository::insertValues(qint64 submissionId, const QList<IndicatorValue> &values)
{
    valueInsert().insert(
        values, [submissionId](BatchInsert::Row &row, const IndicatorValue &v) { addValue(row, submissionId, v); });
}

void SubmissionRepository::insertScores(qint64 submissionId, const QList<CriterionScore> &scores)
{
    scoreInsert().insert(
        scores, [submissionId](BatchInsert::Row &row, const CriterionScore &c) { addScore(row, submissionId, c); });
}

void SubmissionRepository::updateValue(qint64 submissionId, const IndicatorValue &v)
{
    SqlQuery &q = prepared(m_updateValue, "UPDATE submission_value SET value_number = ?, value_text = ?, "
                                          "is_estimate = ? WHERE submission_id = ? AND indicator_id = ?");
    bindValue(q, v);
    q.bind(submissionId).bind(v.indicatorId);
    q.exec();
}

void SubmissionRepository::deleteValue(qint64 submissionId, qint64 indicatorId)
{
    SqlQuery &q = prepared(m_deleteValue, "DELETE FROM submission_value WHERE submission_id = ? AND indicator_id = ?");
    q.bind(submissionId).bind(indicatorId);
    q.exec();
}

void SubmissionRepository::updateScore(qint64 submissionId, const CriterionScore &c)
{
    SqlQuery &q = prepared(m_updateScore, "UPDATE submission_score SET self_score = ?, reviewed_score = ?, note = ? "
                                          "WHERE submission_id = ? AND criterion_id = ?");
    bindScore(q, c);
    q.bind(submissionId).bind(c.criterionId);
    q.exec();
}

void SubmissionRepository::deleteScore(qint64 submissionId, qint64 criterionId)
{
    SqlQuery &q = prepared(m_deleteScore, "DELETE FROM submission_score WHERE submission_id = ? AND criterion_id = ?");
    q.bind(submissionId).bind(criterionId);
    q.exec();
}

int SubmissionRepository::countForYear(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM submission WHERE year = ?"));
    q.bind(year);
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}

QList<Submission> SubmissionRepository::forYear(int year) const
{
    SqlQuery q(
        m_database,
        QStringLiteral("SELECT %1 FROM submission WHERE year = ? ORDER BY id").arg(QLatin1String(kHeaderColumns)));
    q.bind(year);
    q.exec();
    QList<Submission> result;
    while (q.next())
        result.append(headerFrom(q));
    return result;
}

void SubmissionRepository::readValuesAndScores(const QString &where, const QList<qint64> &keys,
                                               const std::function<Submission *(qint64)> &find) const
{
    SqlQuery values(m_database, QStringLiteral("SELECT v.submission_id, v.indicator_id, v.value_number, "
                                               "v.value_text, v.is_estimate FROM submission_value v "
                                               "JOIN submission s ON s.id = v.submission_id WHERE %1 "
                                               "ORDER BY v.submission_id, v.indicator_id")
                                    .arg(where));
    for (const qint64 key : keys)
        values.bind(key);
    values.exec();
    while (values.next()) {
        Submission *s = find(values.number(0));
        if (!s)
            continue;
        IndicatorValue v;
        v.indicatorId = values.number(1);
        v.hasNumber = !values.isNull(2);
        v.numberHundredths = values.number(2);
        v.text = values.text(3);
        v.estimate = values.number(4) != 0;
        s->values.append(v);
    }
    SqlQuery scores(m_database, QStringLiteral("SELECT c.submission_id, c.criterion_id, c.self_score, "
                                               "c.reviewed_score, c.note FROM submission_score c "
                                               "JOIN submission s ON s.id = c.submission_id WHERE %1 "
                                               "ORDER BY c.submission_id, c.criterion_id")
                                    .arg(where));
    for (const qint64 key : keys)
        scores.bind(key);
    scores.exec();
    while (scores.next()) {
        Submission *s = find(scores.number(0));
        if (!s)
            continue;
        CriterionScore c;
        c.criterionId = scores.number(1);
        if (!scores.isNull(2))
            c.self = Points::fromHundredths(scores.number(2));
        if (!scores.isNull(3))
            c.reviewed = Points::fromHundredths(scores.number(3));
        c.note = scores.text(4);
        s->scores.append(c);
    }
    SqlQuery evidence(m_database, QStringLiteral("SELECT e.id, e.criterion_id, e.name, e.mime_type, e.size, e.sha256, "
                                                 "e.added_utc, e.submission_id FROM submission_evidence e "
                                                 "JOIN submission s ON s.id = e.submission_id "
                                                 "WHERE e.removed_utc IS NULL AND %1 ORDER BY e.id")
                                      .arg(where));
    for (const qint64 key : keys)
        evidence.bind(key);
    evidence.exec();
    while (evidence.next()) {
        if (Submission *s = find(evidence.number(7)))
            s->evidence.append(EvidenceStore::fromRow(evidence));
    }
}

std::optional<Submission> SubmissionRepository::find(qint64 unitId, int year) const
{
    SqlQuery q(
        m_database,
        QStringLiteral("SELECT %1 FROM submission WHERE unit_id = ? AND year = ?").arg(QLatin1String(kHeaderColumns)));
    q.bind(unitId).bind(year);
    q.exec();
    if (!q.next())
        return std::nullopt;
    Submission s = headerFrom(q);
    readValuesAndScores(QStringLiteral("s.id = ?"), {s.id}, [&s](qint64 id) { return id == s.id ? &s : nullptr; });
    return s;
}

QHash<qint64, Submission> SubmissionRepository::completeForYear(int year) const
{
    QHash<qint64, Submission> byUnit;
    QHash<qint64, qint64> unitOfSubmission;
    SqlQuery q(m_database,
               QStringLiteral("SELECT %1 FROM submission WHERE year = ?").arg(QLatin1String(kHeaderColumns)));
    q.bind(year);
    q.exec();
    while (q.next()) {
        Submission s = headerFrom(q);
        unitOfSubmission.insert(s.id, s.unitId);
        byUnit.insert(s.unitId, std::move(s));
    }
    readValuesAndScores(QStringLiteral("s.year = ?"), {year}, [&](qint64 submissionId) -> Submission * {
        const auto unit = unitOfSubmission.constFind(submissionId);
        if (unit == unitOfSubmission.cend())
            return nullptr;
        const auto it = byUnit.find(*unit);
        return it == byUnit.end() ? nullptr : &*it;
    });
    return byUnit;
}

QHash<qint64, Submission> SubmissionRepository::completeForUnits(int year, const QList<qint64> &unitIds) const
{
    // A few hundred units a statement: far under SQLite's and the server's limits on
    // values, and few round trips to a server.
    constexpr qsizetype kUnitsPerStatement = 500;
    QHash<qint64, Submission> byUnit;
    for (qsizetype from = 0; from < unitIds.size(); from += kUnitsPerStatement) {
        const QList<qint64> units = unitIds.mid(from, kUnitsPerStatement);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < units.size(); ++i)
            placeholders += QStringLiteral(", ?");
        SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM submission WHERE year = ? AND unit_id IN (%2)")
                                   .arg(QLatin1String(kHeaderColumns), placeholders));
        q.bind(year);
        for (const qint64 unit : units)
            q.bind(unit);
        q.exec();
        QHash<qint64, Submission *> bySubmission;
        QList<qint64> submissionIds;
        QList<Submission> found;
        while (q.next())
            found.append(headerFrom(q));
        if (found.isEmpty())
            continue;
        for (Submission &s : found) {
            bySubmission.insert(s.id, &s);
            submissionIds.append(s.id);
        }
        QString ids = QStringLiteral("?");
        for (qsizetype i = 1; i < submissionIds.size(); ++i)
            ids += QStringLiteral(", ?");
        readValuesAndScores(QStringLiteral("s.id IN (%1)").arg(ids), submissionIds,
                            [&bySubmission](qint64 id) { return bySubmission.value(id); });
        for (Submission &s : found)
            byUnit.insert(s.unitId, std::move(s));
    }
    return byUnit;
}

namespace {

// The tallies kept on each submission row (migration 0008): no row of values or scores is read.
const char kSummarySelect[] =
    "SELECT s.id, s.unit_id, s.year, s.document_number, s.document_date, s.received_date, s.status, s.note, "
    "s.version, s.values_filled, s.self_total, s.self_count FROM submission s ";

SubmissionRepository::Summary summaryFrom(const SqlQuery &q)
{
    SubmissionRepository::Summary summary;
    summary.header = headerFrom(q);
    summary.valuesFilled = int(q.number(9));
    summary.selfSum = q.number(10);
    summary.selfCount = int(q.number(11));
    return summary;
}

} // namespace

QList<SubmissionRepository::Summary> SubmissionRepository::summariesForYear(int year) const
{
    SqlQuery q(m_database, QLatin1String(kSummarySelect) + QStringLiteral("WHERE s.year = ?"));
    q.bind(year);
    q.exec();
    QList<Summary> result;
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

std::optional<SubmissionRepository::Summary> SubmissionRepository::summary(qint64 unitId, int year) const
{
    SqlQuery q(m_database, QLatin1String(kSummarySelect) + QStringLiteral("WHERE s.unit_id = ? AND s.year = ?"));
    q.bind(unitId).bind(year);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return summaryFrom(q);
}

QList<SubmissionRepository::StoredScore> SubmissionRepository::scoresOfRubric(qint64 rubricId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT s.unit_id, s.year, c.criterion_id, c.self_score, c.reviewed_score "
                                          "FROM submission_score c JOIN submission s ON s.id = c.submission_id "
                                          "JOIN rubric_criterion r ON r.id = c.criterion_id WHERE r.rubric_id = ?"));
    q.bind(rubricId);
    q.exec();
    QList<StoredScore> result;
    while (q.next()) {
        StoredScore score;
        score.unitId = q.number(0);
        score.year = int(q.number(1));
        score.criterionId = q.number(2);
        if (!q.isNull(3))
            score.self = Points::fromHundredths(q.number(3));
        if (!q.isNull(4))
            score.reviewed = Points::fromHundredths(q.number(4));
        result.append(score);
    }
    return result;
}

void SubmissionRepository::moveScores(int year, qint64 fromCriterionId, qint64 toCriterionId)
{
    SqlQuery scores(m_database, QStringLiteral("UPDATE submission_score SET criterion_id = ? WHERE criterion_id = ? "
                                               "AND submission_id IN (SELECT id FROM submission WHERE year = ?)"));
    scores.bind(toCriterionId).bind(fromCriterionId).bind(year);
    scores.exec();
    SqlQuery evidence(m_database,
                      QStringLiteral("UPDATE submission_evidence SET criterion_id = ? WHERE criterion_id = ? "
                                     "AND submission_id IN (SELECT id FROM submission WHERE year = ?)"));
    evidence.bind(toCriterionId).bind(fromCriterionId).bind(year);
    evidence.exec();
}

int SubmissionRepository::scoreCount(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT COUNT(*) FROM submission_score c JOIN submission s "
                                          "ON s.id = c.submission_id WHERE s.year = ?"));
    q.bind(year);
    q.exec();
    return q.next() ? int(q.number(0)) : 0;
}

QHash<qint64, int> SubmissionRepository::reviewedCounts(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT s.unit_id, COUNT(*) FROM submission_score c "
                                          "JOIN submission s ON s.id = c.submission_id "
                                          "WHERE s.year = ? AND c.reviewed_score IS NOT NULL GROUP BY s.unit_id"));
    q.bind(year);
    q.exec();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.number(0), int(q.number(1)));
    return counts;
}

QList<SubmissionRepository::Reviewed> SubmissionRepository::reviewedForYear(int year) const
{
    SqlQuery headers(m_database,
                     QStringLiteral("SELECT id, unit_id, status, received_date FROM submission WHERE year = ?"));
    headers.bind(year);
    headers.exec();
    QList<Reviewed> result;
    QHash<qint64, qsizetype> indexOf; // submission id -> index in result
    qint64 firstId = std::numeric_limits<qint64>::max();
    qint64 lastId = std::numeric_limits<qint64>::min();
    while (headers.next()) {
        const qint64 id = headers.number(0);
        indexOf.insert(id, result.size());
        firstId = std::min(firstId, id);
        lastId = std::max(lastId, id);
        Reviewed reviewed;
        reviewed.unitId = headers.number(1);
        reviewed.status = headers.recurringText(2);
        reviewed.receivedDate = headers.date(3);
        result.append(std::move(reviewed));
    }
    if (result.isEmpty())
        return result;
    // A year's submissions are recorded or imported in their own time, so their ids lie
    // close together. Bounding the scores by them lets a server read that stretch of the
    // score table's key: for the join alone, PostgreSQL scanned every year's scores (seven
    // years: 700,000 rows for 100,000), three times slower. The year stays the condition:
    // when years' ids interleave, the stretch is only wider, the rows the same.
    SqlQuery scores(m_database, QStringLiteral("SELECT c.submission_id, c.criterion_id, c.reviewed_score "
                                               "FROM submission_score c JOIN submission s ON s.id = c.submission_id "
                                               "WHERE s.year = ? AND c.submission_id BETWEEN ? AND ? "
                                               "AND c.reviewed_score IS NOT NULL"));
    scores.bind(year).bind(firstId).bind(lastId);
    scores.exec();
    while (scores.next()) {
        const auto it = indexOf.constFind(scores.number(0));
        if (it != indexOf.cend())
            result[*it].scores.insert(scores.number(1), Points::fromHundredths(scores.number(2)));
    }
    return result;
}

qint64 SubmissionRepository::insertEvidence(qint64 submissionId, const Evidence &e)
{
    return EvidenceStore(m_database, EvidenceStore::Owner::Submission).insert(submissionId, e);
}

void SubmissionRepository::setEvidenceRemoved(qint64 evidenceId, bool removed)
{
    EvidenceStore(m_database, EvidenceStore::Owner::Submission).setRemoved(evidenceId, removed);
}

QList<Evidence> SubmissionRepository::evidence(qint64 submissionId, bool includeRemoved) const
{
    return EvidenceStore(m_database, EvidenceStore::Owner::Submission).list(submissionId, includeRemoved);
}

QByteArray SubmissionRepository::evidenceContent(qint64 evidenceId) const
{
    return EvidenceStore(m_database, EvidenceStore::Owner::Submission).content(evidenceId);
}

qint64 SubmissionRepository::insertImportedFile(const ImportedFile &f)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO imported_file (kind, year, name, sha256, size, row_count, "
                                          "content, imported_utc, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = f.importedAt.isValid() ? f.importedAt.toUTC() : QDateTime::currentDateTimeUtc();
    q.bind(f.kind).bindId(f.year).bind(f.name).bind(f.sha256).bind(f.size).bind(f.rows).bindBlob(f.content);
    q.bind(at.toString(Qt::ISODateWithMs)).bind(f.actor);
    q.exec();
    return q.lastInsertId();
}

namespace {

const char *const importedFileColumns = "f.id, f.kind, f.year, f.name, f.sha256, f.size, f.row_count, "
                                        "f.imported_utc, f.actor";

QList<ImportedFile> readImportedFiles(SqlQuery &q)
{
    QList<ImportedFile> result;
    while (q.next()) {
        ImportedFile f;
        f.id = q.number(0);
        f.kind = q.text(1);
        f.year = int(q.number(2));
        f.name = q.text(3);
        f.sha256 = q.text(4);
        f.size = q.number(5);
        f.rows = int(q.number(6));
        f.importedAt = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
        f.actor = q.text(8);
        result.append(f);
    }
    return result;
}

} // namespace

QList<ImportedFile> SubmissionRepository::importedFiles() const
{
    SqlQuery q(
        m_database,
        QStringLiteral("SELECT %1 FROM imported_file f ORDER BY f.id DESC").arg(QLatin1String(importedFileColumns)));
    q.exec();
    return readImportedFiles(q);
}

void SubmissionRepository::linkImportedFile(qint64 fileId, int year, const QList<qint64> &unitIds)
{
    // Many rows per statement: a file of 10,000 rows links 10,000 units.
    BatchInsert insert(m_database, QStringLiteral("imported_file_unit"),
                       {QStringLiteral("imported_file_id"), QStringLiteral("unit_id"), QStringLiteral("year")});
    insert.insert(unitIds,
                  [fileId, year](BatchInsert::Row &row, qint64 unitId) { row.add(fileId).add(unitId).add(year); });
}

ImportedFile SubmissionRepository::importedFileBySha256(const QString &sha256) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM imported_file f WHERE f.sha256 = ? ORDER BY f.id")
                               .arg(QLatin1String(importedFileColumns)));
    q.bind(sha256);
    q.exec();
    return readImportedFiles(q).value(0);
}

QList<ImportedFile> SubmissionRepository::importedFilesOfUnit(qint64 unitId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM imported_file f JOIN imported_file_unit u ON "
                                          "u.imported_file_id = f.id WHERE u.unit_id = ? ORDER BY f.id DESC")
                               .arg(QLatin1String(importedFileColumns)));
    q.bind(unitId);
    q.exec();
    return readImportedFiles(q);
}

QByteArray SubmissionRepository::importedFileContent(qint64 fileId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT content FROM imported_file WHERE id = ?"));
    q.bind(fileId);
    q.exec();
    return q.next() ? q.blob(0) : QByteArray();
}
