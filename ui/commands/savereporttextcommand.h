#pragma once

#include "domain/annualreport.h"
#include "serviceundocommand.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class AnnualReportService;

// Saving one written section of a year's summary report (or returning it to the
// program's draft, an empty text), as one step on the undo stack. Holds the year, the
// section and the saved text before and after (empty: the draft), and goes through
// AnnualReportService::saveText both ways, so each undo and redo is one transaction with
// its own audit entry. The edit itself has already been saved when the command is
// pushed: the first redo() does nothing.
class SaveReportTextCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveReportTextCommand)

public:
    // Called after an undo or redo wrote the text, so the screen shows it.
    using ChangeReporter = std::function<void(int year, ReportSection section)>;

    SaveReportTextCommand(AnnualReportService &service, int year, ReportSection section, const QString &before,
                          const QString &after, ChangeReporter reportChange, FailureReporter reportFailure,
                          QUndoCommand *parent = nullptr);

    int year() const { return m_year; }
    ReportSection section() const { return m_section; }
    const QString &before() const { return m_before; }
    const QString &after() const { return m_after; }

private:
    // Saves `target` when the saved text is still `expected`; false (reported) otherwise.
    QString apply(bool undoing) override;

    AnnualReportService &m_service;
    int m_year;
    ReportSection m_section;
    QString m_before;
    QString m_after;
    ChangeReporter m_reportChange;
};
