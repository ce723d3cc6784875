#pragma once

#include "domain/submission.h"

#include <QList>

#include <memory>

class Database;
class SqlQuery;

class SubmissionRepository
{
public:
    explicit SubmissionRepository(const Database &database);
    ~SubmissionRepository();
    Q_DISABLE_COPY_MOVE(SubmissionRepository)

    // Inserts a submission with its values and scores; returns its id. Statements are
    // prepared once per repository, so a batch inside one transaction stays fast.
    qint64 insert(const Submission &submission);
    int countForYear(int year) const;
    QList<Submission> forYear(int year) const; // headers only (no values or scores)

private:
    const Database &m_database;
    std::unique_ptr<SqlQuery> m_insertSubmission;
    std::unique_ptr<SqlQuery> m_insertValue;
    std::unique_ptr<SqlQuery> m_insertScore;
};
