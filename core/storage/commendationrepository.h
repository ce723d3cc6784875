#pragma once

#include "domain/commendation.h"

#include <QList>

#include <optional>

class Database;

// The tables of migration 0006: commendation_form, individual, suggestion_rule and
// commendation_proposal. SQL only; the rules are CommendationService's.
class CommendationRepository
{
public:
    explicit CommendationRepository(const Database &database) : m_database(database) {}

    // Forms and titles in position order.
    QList<CommendationForm> forms() const;
    std::optional<CommendationForm> form(qint64 id) const;
    qint64 insertForm(const CommendationForm &form);
    void updateForm(const CommendationForm &form);
    void removeForm(qint64 id);
    int nextFormPosition() const;

    // Individuals in id order (the service sorts them by name).
    QList<Individual> individuals() const;
    std::optional<Individual> individual(qint64 id) const;
    qint64 insertIndividual(const Individual &individual);
    void updateIndividual(const Individual &individual);
    void removeIndividual(qint64 id);

    // Rules in position order.
    QList<SuggestionRule> rules() const;
    std::optional<SuggestionRule> rule(qint64 id) const;
    qint64 insertRule(const SuggestionRule &rule, int position);
    void updateRule(const SuggestionRule &rule);
    void removeRule(qint64 id);
    int nextRulePosition() const;
    QList<qint64> rulesUsingForm(qint64 formId) const;

    // Proposals in id order: of a phase (year 0: any year), or of a year (phase 0).
    QList<CommendationProposal> proposals(int phaseNumber, int year) const;
    // Every proposal whose year is `year`, yearly or of a phase.
    QList<CommendationProposal> proposalsForYear(int year) const;
    std::optional<CommendationProposal> proposal(qint64 id) const;
    // Inserts with the proposal's id when it is set (a restored proposal), else a new one.
    qint64 insertProposal(const CommendationProposal &proposal);
    // Writes the proposal and raises its version, only while the stored version is still
    // the proposal's; false, with nothing written, when another save came first.
    bool updateProposal(const CommendationProposal &proposal);
    // Removes the proposal while it is still at `version`; false: changed meanwhile.
    bool removeProposal(qint64 id, int version);
    int countProposalsWithForm(qint64 formId) const;
    int countProposalsOfIndividual(qint64 individualId) const;
    // The id of another proposal with the same phase, year, form and collective (or
    // individual), 0 when there is none.
    qint64 duplicateOf(const CommendationProposal &proposal) const;

private:
    const Database &m_database;
};
