#pragma once

#include "domain/auditentry.h"
#include "domain/commendation.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class Database;
class StorageError;
struct CommendationList;
struct PhaseReview;

// A suggested proposal: who, which form, and why (the reason as it will be printed).
struct CommendationSuggestion
{
    qint64 unitId = 0;
    QString unitName;
    qint64 formId = 0;
    QString ruleKey;              // "rule:<id>"
    QString reason;               // Vietnamese: "Xếp loại Tốt 2 năm liền (2024, 2025)"
    bool alreadyProposed = false; // a proposal with the same phase, unit and form exists
};

// The proposals for commendation (domain.md §4), the suggestions the clerk's rules make
// from a review, and the lists printed from them; the catalogue they draw on is
// CommendationCatalogueService's.
// Every change is one transaction with its audit entries; a refused change writes
// nothing and throws ValidationError with a message naming the field.
class CommendationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommendationService)

public:
    explicit CommendationService(const Database &database, QObject *parent = nullptr);

    // The date decision dates compare against; today unless set (tests).
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    // Proposals of a phase (phaseNumber > 0) or of a year (phaseNumber 0, year).
    QList<CommendationProposal> proposals(int phaseNumber, int year = 0) const;
    // Every proposal whose decision or status falls in `year` (for the annual report's
    // section IV): yearly proposals of the year and phase proposals whose year is it.
    QList<CommendationProposal> proposalsForYear(int year) const;
    std::optional<CommendationProposal> proposal(qint64 id) const;
    // Inserts (id 0) or updates; returns the stored proposal. Checks: the form exists
    // and suits the subject, the unit exists, an individual for ca_nhan, status known,
    // a decision number and date when the status is duoc_khen or khong_duoc_khen is
    // optional but a decision date must not be in the future, no duplicate (same
    // phase/year, form, unit or individual).
    // Refused with StorageError::Kind::Conflict, naming who and when, when the stored
    // proposal changed since `proposal` was read (its version).
    CommendationProposal saveProposal(const CommendationProposal &proposal);
    // Removes the proposal `seen` (its id and version); refused like a save when someone
    // changed it since it was read.
    void removeProposal(const CommendationProposal &seen);
    // Puts back a removed proposal with its former id (undo of a removal).
    void restoreProposal(const CommendationProposal &proposal);

    // The rules applied to a review (pure: no database).
    static QList<CommendationSuggestion> suggest(const PhaseReview &review, const QList<SuggestionRule> &rules,
                                                 const QList<CommendationProposal> &existing);

    QList<AuditEntry> history(qint64 proposalId) const;

    // The proposals of a phase (or of a year, phaseNumber 0) with their names resolved,
    // for the printed list and its XLSX copy: grouped by form in catalogue order,
    // collectives before individuals, names in Vietnamese order.
    CommendationList list(int phaseNumber, int year = 0) const;
    // The same for every proposal of a year (proposalsForYear), for the annual report.
    CommendationList listForYear(int year) const;

    static QStringList statuses();                 // de_xuat, da_trinh, duoc_khen, khong_duoc_khen
    static QString statusName(const QString &key); // Vietnamese, as printed and shown
    static QString subjectName(const QString &key);
    static QString levelName(const QString &key);
    static QString occasionName(const QString &key);

Q_SIGNALS:
    void proposalsChanged();

private:
    void checkProposal(CommendationProposal &proposal, const std::optional<CommendationProposal> &before) const;
    StorageError conflictWith(const CommendationProposal &current) const;

    const Database &m_database;
    QDate m_today;
};
