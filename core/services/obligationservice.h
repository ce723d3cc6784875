#pragma once

#include "domain/auditentry.h"
#include "domain/evidence.h"
#include "domain/obligation.h"
#include "domain/phase.h"
#include "domain/plan.h"
#include "domain/task.h"
#include "domain/unit.h"

#include <QList>
#include <QObject>

class Database;

// The plan's tasks per year: each task applicable in a year becomes one obligation per
// unit responsible that year (an assignee unit active in the year, or every unit of an
// assignee kind active in the year). A yearly task applies every year of the plan, a
// one-off task in the plan's first year, a review task in its phase's review year.
// Generation is idempotent and derived; status changes are audited, one transaction
// each. Throws ValidationError for refused edits (nothing changed) and StorageError for
// database failures.
class ObligationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObligationService)

public:
    explicit ObligationService(const Database &database, QObject *parent = nullptr);

    // The date overdue and completion dates compare against; today unless set (tests).
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    struct Generated
    {
        int added = 0;
        int removed = 0;
        int kept = 0;
    };
    // Creates the year's missing obligations, updates due dates that follow a changed
    // rule, and removes obligations not started (and without a note) whose task or unit
    // no longer applies; statuses, dates and notes of the others stay. One transaction.
    // Throws ValidationError for a year outside the plan's period.
    Generated generate(int year);
    // The same for every year from..to, reading the tasks and units once.
    Generated generate(int yearFrom, int yearTo);

    // The year's obligations in task code order, units in Vietnamese order within a task.
    QList<Obligation> forYear(int year) const;
    // The same, generating the year's obligations first when it has none (on a database
    // opened read-only, they are worked out without being stored: ids 0, not started).
    QList<Obligation> forYearGenerated(int year);
    QList<int> years() const; // the plan's years

    // The stored status codes, and "overdue" (derived).
    static QStringList statusCodes(bool withOverdue);
    // chưa thực hiện, đang thực hiện, hoàn thành, quá hạn.
    static QString statusLabel(const QString &code);

    // Sets an obligation's status, completion date and note. "done" without a date is
    // completed today; a completion date before the obligation's year or after today, a
    // date on a task not done, an unknown status are refused. Writes one audit entry per
    // changed field; returns the obligation as stored. Changing nothing writes nothing.
    Obligation setStatus(qint64 obligationId, const QString &status, QDate completedOn, const QString &note);
    Obligation obligation(qint64 id) const; // throws ValidationError when unknown
    QList<AuditEntry> history(qint64 obligationId) const;

    // Evidence files of an obligation (minutes, photos, the report sent), kept in the
    // database. A removed file is kept, so that it can be restored (undo).
    QList<Evidence> evidence(qint64 obligationId) const;
    QByteArray evidenceContent(qint64 evidenceId) const;
    // Adds files (read with SubmissionService::evidenceFromFile), removes and restores
    // others, all or none in one transaction with an audit entry per file; returns the
    // files added, as stored (without contents). A file of another obligation is refused.
    QList<Evidence> changeEvidence(qint64 obligationId, const QList<Evidence> &added, const QList<qint64> &removed = {},
                                   const QList<qint64> &restored = {});

    // Tasks: the plan's tasks with assignees; saving adds (id 0) or edits one, checked
    // (code, title, recurrence, phase of a review task, due day, assignees), audited.
    QList<Task> tasks() const;
    qint64 saveTask(const Task &task);

    // Which obligations `tasks` and `units` call for in `year`, without touching the
    // database.
    struct Required
    {
        qint64 taskId = 0;
        qint64 unitId = 0;
        QDate dueDate;
    };
    static QList<Required> required(int year, const Plan &plan, const QList<Phase> &phases, const QList<Task> &tasks,
                                    const QList<Unit> &units);
    static bool appliesIn(const Task &task, int year, const Plan &plan, const QList<Phase> &phases);
    static QDate dueDate(const Task &task, int year);

Q_SIGNALS:
    void obligationChanged(qint64 obligationId, int year);
    void yearGenerated(int year);
    void tasksChanged();

private:
    Plan loadPlan() const;
    static void sortForDisplay(QList<Obligation> &list);
    static void checkInPeriod(const Plan &plan, int yearFrom, int yearTo); // throws ValidationError

    const Database &m_database;
    QDate m_today;
};
