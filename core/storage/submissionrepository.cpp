#include "submissionrepository.h"

#include "sqlquery.h"

SubmissionRepository::SubmissionRepository(const Database &database) : m_database(database) {}

SubmissionRepository::~SubmissionRepository() = default;

qint64 SubmissionRepository::insert(const Submission &s)
{
    if (!m_insertSubmission) {
        m_insertSubmission =
            std::make_unique<SqlQuery>(m_database, QStringLiteral("INSERT INTO submission (unit_id, year, "
                                                                  "document_number, document_date, received_date, "
                                                                  "status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m_insertValue =
            std::make_unique<SqlQuery>(m_database, QStringLiteral("INSERT INTO submission_value (submission_id, "
                                                                  "indicator_id, value_number, value_text, "
                                                                  "is_estimate) VALUES (?, ?, ?, ?, ?)"));
        m_insertScore =
            std::make_unique<SqlQuery>(m_database, QStringLiteral("INSERT INTO submission_score (submission_id, "
                                                                  "criterion_id, self_score, reviewed_score, note) "
                                                                  "VALUES (?, ?, ?, ?, ?)"));
    }
    SqlQuery &q = *m_insertSubmission;
    q.bind(s.unitId).bind(s.year).bind(s.documentNumber).bind(s.documentDate).bind(s.receivedDate).bind(s.status);
    q.bind(s.note);
    q.exec();
    const qint64 id = q.lastInsertId();
    for (const IndicatorValue &v : s.values) {
        m_insertValue->bind(id).bind(v.indicatorId).bindOptional(v.numberHundredths, v.hasNumber);
        if (v.text.isEmpty())
            m_insertValue->bindNull();
        else
            m_insertValue->bind(v.text);
        m_insertValue->bind(v.estimate);
        m_insertValue->exec();
    }
    for (const CriterionScore &c : s.scores) {
        m_insertScore->bind(id).bind(c.criterionId);
        m_insertScore->bindOptional(c.self.value_or(Points()).hundredths(), c.self.has_value());
        m_insertScore->bindOptional(c.reviewed.value_or(Points()).hundredths(), c.reviewed.has_value());
        m_insertScore->bind(c.note.isNull() ? QStringLiteral("") : c.note);
        m_insertScore->exec();
    }
    return id;
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
    SqlQuery q(m_database, QStringLiteral("SELECT id, unit_id, year, document_number, document_date, received_date, "
                                          "status, note FROM submission WHERE year = ? ORDER BY id"));
    q.bind(year);
    q.exec();
    QList<Submission> result;
    while (q.next()) {
        Submission s;
        s.id = q.number(0);
        s.unitId = q.number(1);
        s.year = int(q.number(2));
        s.documentNumber = q.text(3);
        s.documentDate = q.date(4);
        s.receivedDate = q.date(5);
        s.status = q.text(6);
        s.note = q.text(7);
        result.append(s);
    }
    return result;
}
