#pragma once

#include "domain/commendation.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class Database;

// The commendation catalogue (forms and emulation titles, preloaded by migration 0006
// from domain.md §4), the individuals who can be proposed and the clerk's suggestion
// rules. Every change is one transaction with its audit entries; a refused change writes
// nothing and throws ValidationError with a message naming the field.
class CommendationCatalogueService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommendationCatalogueService)

public:
    explicit CommendationCatalogueService(const Database &database, QObject *parent = nullptr);

    // Forms and titles.
    QList<CommendationForm> forms(bool activeOnly = false) const;
    std::optional<CommendationForm> form(qint64 id) const;
    CommendationForm saveForm(const CommendationForm &form); // id 0 inserts
    void removeForm(qint64 id);                              // refused while a proposal uses it (deactivate instead)

    // Individuals.
    QList<Individual> individuals() const;
    Individual saveIndividual(const Individual &individual); // id 0 inserts
    void removeIndividual(qint64 id);                        // refused while proposed

    // Suggestion rules.
    QList<SuggestionRule> rules() const;
    SuggestionRule saveRule(const SuggestionRule &rule);
    void removeRule(qint64 id);

Q_SIGNALS:
    void catalogueChanged();

private:
    const Database &m_database;
};
