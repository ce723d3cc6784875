#include "reportexporter.h"

#include "documentprinter.h"
#include "reports/documentrenderer.h"
#include "reports/odtwriter.h"
#include "savefiledialog.h"
#include "services/annualreportservice.h"
#include "waitcursor.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

ReportExporter::ReportExporter(QWidget *parent) : m_parent(parent) {}

QString ReportExporter::askSaveFileName(const QString &caption, const QString &suggestedName, const QString &filter,
                                        const QString &suffix) const
{
    return SaveFileDialog::ask(m_parent, caption, DocumentPrinter::documentsFolderKey(), suggestedName,
                               {{filter, suffix}}, m_fileNames);
}

bool ReportExporter::write(const std::function<OfficialDocument()> &build, const QString &path) const
{
    QString error;
    {
        const WaitCursor wait;
        const OfficialDocument document = build();
        error = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? OdtWriter::write(document, path)
                                                                          : DocumentRenderer::writePdf(document, path);
    }
    if (error.isEmpty())
        return true;
    QMessageBox::warning(m_parent, tr("Export failed"),
                         tr("Cannot write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void ReportExporter::preview(const std::function<OfficialDocument()> &build) const
{
    OfficialDocument document;
    {
        const WaitCursor wait;
        document = build();
    }
    DocumentPrinter::preview(document, m_parent);
}

bool ReportExporter::confirmGaps(int year, const QList<ReportGap> &gaps) const
{
    if (gaps.isEmpty())
        return true;
    QStringList lines;
    for (const ReportGap &gap : gaps)
        lines.append(QStringLiteral("• ") + AnnualReportService::describe(gap));
    constexpr int shown = 6;
    QString summary = lines.mid(0, shown).join(QLatin1Char('\n'));
    if (lines.size() > shown)
        summary += QLatin1Char('\n') + tr("… and %1 more (Show Details…)").arg(lines.size() - shown);
    QMessageBox box(QMessageBox::Warning, tr("The report is not complete"),
                    tr("The %1 report is not complete yet (gaps left: %2). Make it anyway?").arg(year).arg(gaps.size()),
                    QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("reportGapsConfirmation"));
    box.setInformativeText(summary);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.button(QMessageBox::Yes)->setText(tr("&Make it anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}
