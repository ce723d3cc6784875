#include "savereporttextcommand.h"

#include "services/annualreportservice.h"

SaveReportTextCommand::SaveReportTextCommand(AnnualReportService &service, int year, ReportSection section,
                                             const QString &before, const QString &after, ChangeReporter reportChange,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : ServiceUndoCommand(std::move(reportFailure), parent), m_service(service), m_year(year), m_section(section),
      m_before(before), m_after(after), m_reportChange(std::move(reportChange))
{
    const QString title = AnnualReportService::sectionTitle(section);
    setText(after.isEmpty() ? tr("Return “%1” of the %2 report to the draft").arg(title).arg(year)
                            : tr("Edit “%1” of the %2 report").arg(title).arg(year));
}

QString SaveReportTextCommand::apply(bool undoing)
{
    const QString &expected = undoing ? m_after : m_before;
    const QString &target = undoing ? m_before : m_after;
    const AnnualReport report = m_service.load(m_year);
    // Another computer on a shared server may have saved the section since: writing over
    // its text would silently lose it.
    if (report.saved.value(m_section) != expected)
        return tr("the text was changed after this step (on another computer).");
    m_service.saveText(report, m_section, target);
    if (m_reportChange)
        m_reportChange(m_year, m_section);
    return {};
}
