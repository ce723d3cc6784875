#pragma once

#include "domain/auditentry.h"
#include "domain/importedfile.h"

#include <QTreeWidget>

struct YearContext;

// The audit entries of one submission, newest first: when, by whom, which field, the
// old and the new value; among them the files it was imported from, each opened by a
// double-click (or Enter).
class SubmissionHistoryView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionHistoryView)

public:
    SubmissionHistoryView(const YearContext &context, const QList<AuditEntry> &history, QWidget *parent = nullptr);

    // The name of a field key (document_number, ind:CODE, self:CODE, ...) for the clerk.
    static QString fieldLabel(const YearContext &context, const QString &key);

    // Lists the files the submission was imported from, each at its time.
    void addImportedFiles(const QList<ImportedFile> &files);
    // The imported file an item shows; id 0 for an audit entry.
    ImportedFile importedFileAt(const QTreeWidgetItem *item) const;

Q_SIGNALS:
    void importedFileOpenRequested(const ImportedFile &file);

private:
    QList<ImportedFile> m_files;
};
