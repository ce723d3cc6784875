#include "savereporttextcommand.h"

#include "services/annualreportservice.h"
#include "services/validationissue.h"
#include "storage/storageerror.h"
#include "undofailurenotice.h"

SaveReportTextCommand::SaveReportTextCommand(const Database &database, int year, ReportSection section,
                                             const QString &before, const QString &after, ChangeReporter reportChange,
                                             FailureReporter reportFailure, QUndoCommand *parent)
    : QUndoCommand(parent), m_database(database), m_year(year), m_section(section), m_before(before), m_after(after),
      m_reportChange(std::move(reportChange)), m_reportFailure(std::move(reportFailure))
{
    const QString title = AnnualReportService::sectionTitle(section);
    setText(after.isEmpty() ? tr("Return “%1” of the %2 report to the draft").arg(title).arg(year)
                            : tr("Edit “%1” of the %2 report").arg(title).arg(year));
}

void SaveReportTextCommand::undo()
{
    restore(m_after, m_before, true);
}

void SaveReportTextCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    restore(m_before, m_after, false);
}

bool SaveReportTextCommand::restore(const QString &expected, const QString &target, bool undoing)
{
    QString failure;
    try {
        AnnualReportService service(m_database);
        const AnnualReport report = service.load(m_year);
        // Another computer on a shared server may have saved the section since: writing
        // over its text would silently lose it.
        if (report.saved.value(m_section) != expected) {
            failure = tr("the text was changed after this step (on another computer).");
        } else {
            service.saveText(report, m_section, target);
            if (m_reportChange)
                m_reportChange(m_year, m_section);
            return true;
        }
    } catch (const ValidationError &error) {
        failure = error.message();
    } catch (const StorageError &error) {
        failure = error.message();
    }
    setObsolete(true);
    if (m_reportFailure)
        m_reportFailure(UndoFailureNotice::message(undoing, text(), failure));
    return false;
}
