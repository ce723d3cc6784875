#pragma once

#include "imports/submissionimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The preview of a submissions file before it is imported: how many rows were read and
// what they would add or change, or every problem found (then nothing can be
// imported). Import writes everything in one transaction; it is not on the undo stack.
class SubmissionImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionImportDialog)

public:
    SubmissionImportDialog(SubmissionService &service, const SubmissionImport::Result &result,
                           QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QTreeWidget *issueList() const { return m_issues; }
    // Under the problems: the row of the one clicked, with its unit and columns.
    QLabel *rowSummary() const { return m_rowSummary; }

    void accept() override;

private:
    QWidget *createSummary();
    QWidget *createIssueList();
    // A click on a problem selects every problem of its spreadsheet row.
    void selectRowOf(QTreeWidgetItem *clicked);

    SubmissionService &m_service;
    SubmissionImport::Result m_result;
    QPushButton *m_import = nullptr;
    QTreeWidget *m_issues = nullptr;
    QLabel *m_rowSummary = nullptr;
};
