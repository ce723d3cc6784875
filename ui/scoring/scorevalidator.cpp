#include "scorevalidator.h"

#include "services/submissionvalidator.h"

ScoreValidator::ScoreValidator(const Criterion &criterion, QObject *parent) : QValidator(parent), m_criterion(criterion)
{}

QValidator::State ScoreValidator::validate(QString &input, int &position) const
{
    Q_UNUSED(position)
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString ScoreValidator::problem(const QString &text) const
{
    std::optional<Points> score;
    return SubmissionValidator::parseScore(m_criterion, text, &score);
}
