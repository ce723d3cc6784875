#pragma once

#include "domain/criterion.h"

#include <QValidator>

// Accepts what SubmissionValidator::parseScore accepts for one rubric item (points on
// the item's step up to its maximum, đạt/không đạt, a percentage); anything else is
// Intermediate, so it can be typed and corrected but not committed.
class ScoreValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreValidator)

public:
    explicit ScoreValidator(const Criterion &criterion, QObject *parent = nullptr);

    State validate(QString &input, int &position) const override;
    // Why `text` is not a score for the item; empty when it is (or is empty).
    QString problem(const QString &text) const;
    const Criterion &criterion() const { return m_criterion; }

private:
    Criterion m_criterion;
};
