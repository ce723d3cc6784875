#pragma once

#include "domain/annualreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct OfficialDocument;
class QWidget;

// How the Reports screen hands its documents out: a save-file dialog that remembers the
// folder of the official documents, PDF or ODT written with a wait cursor and failures
// told in a message box, the print preview, and the question asked before a report with
// gaps is made.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    // Asks for the path to save to, as QFileDialog::getSaveFileName does (the default);
    // tests set their own. An empty result cancels.
    using SaveFileNameProvider = std::function<QString(QWidget *parent, const QString &caption,
                                                       const QString &suggestedPath, const QString &filter)>;
    // (the same as SaveFileDialog::Provider)

    explicit ReportExporter(QWidget *parent);

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_fileNames = std::move(provider); }

    // Asks for a file in the folder used last (DocumentPrinter's), adds `suffix` (".pdf")
    // when the name lacks it; empty when cancelled.
    QString askSaveFileName(const QString &caption, const QString &suggestedName, const QString &filter,
                            const QString &suffix) const;
    // Writes the document as ODT when `path` ends in .odt, else as PDF; false after
    // telling the clerk why not.
    bool write(const std::function<OfficialDocument()> &build, const QString &path) const;
    void preview(const std::function<OfficialDocument()> &build) const;

    // Lists the gaps and asks whether to make the year's report anyway (Cancel is the
    // default); true when there is none.
    bool confirmGaps(int year, const QList<ReportGap> &gaps) const;

private:
    QWidget *m_parent;
    SaveFileNameProvider m_fileNames;
};
