#pragma once

#include "domain/annualreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class ChangeHub;
class Database;
struct ReminderLetter;

// The year's summary report to Sở GD&ĐT: its data read in one go, the figures worked
// out from it (never invented: a figure without data stays "chưa có số liệu"), the
// written sections (saved per year, audited, else drafted) and what is still missing.
class AnnualReportService
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportService)

public:
    // `changes`, when given, hears of every text saved (ChangeHub).
    explicit AnnualReportService(const Database &database, ChangeHub *changes = nullptr);

    // Today's date for timeliness and days left; tests pin it.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    AnnualReport load(int year) const;

    // Saves a section's text (saving the draft unchanged accepts it). An empty text
    // removes the saved one, so the section follows the data again. One transaction
    // and one audit entry; nothing is written when the text did not change. Refused with
    // StorageError::Kind::Conflict, naming who and when, when the section was saved
    // since `report` was loaded (its version, AnnualReport::versions).
    void saveText(const AnnualReport &report, ReportSection section, const QString &text);

    static QList<ReportSection> sections();
    static QString sectionKey(ReportSection section);   // stable: legal_bases, opening, ...
    static QString sectionTitle(ReportSection section); // translated, for the screen

    // What the report still lacks: units missing, units with indicators empty, units
    // not reviewed, sections still drafted or holding a bracketed note.
    static QList<ReportGap> gaps(const AnnualReport &report);
    static QString describe(const ReportGap &gap); // translated, one line
    // Days from today until the report deadline (negative once it has passed).
    static int daysLeft(const AnnualReport &report);

    // The reminder letter's contents for a letter dated `date`: the units with no report
    // received, asked to send it by `deadline` (invalid: defaultReminderDeadline).
    static ReminderLetter reminder(const AnnualReport &report, QDate date, QDate deadline = {});
    // Three working days (Monday to Friday) before the report deadline; when that is not
    // after the letter's date, three working days after the letter's date.
    static QDate defaultReminderDeadline(const AnnualReport &report, QDate date);
    // The day `days` working days (Monday to Friday) after `date`; before it when negative.
    static QDate addWorkingDays(QDate date, int days);

    // Works out figures, classes and review counts from the loaded rows (load() does).
    static void computeFigures(AnnualReport &report);

private:
    const Database &m_database;
    ChangeHub *m_changes;
    QDate m_today;
};
