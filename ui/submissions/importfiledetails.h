#pragma once

#include "imports/submissionfilesimport.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Under the import preview's list of files, what the chosen file holds: a refused file's
// problems (row, the column's letter and header, the row's unit, the problem; a click
// on one selects every problem of its spreadsheet row), an accepted file's changes (the
// unit, new or changed) with its row counts, or why a file is skipped.
class ImportFileDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFileDetails)

public:
    enum IssueColumn
    {
        RowColumn,
        ColumnColumn,
        UnitColumn,
        ProblemColumn,
    };

    explicit ImportFileDetails(QWidget *parent = nullptr);

    void showFile(const SubmissionFilesImport::File &file);

    // The file's problems, or its changes when it has none.
    QTreeWidget *list() const { return m_list; }
    // Above the list: the file's counts, or a click's row with its unit and columns.
    QLabel *summary() const { return m_summary; }

private:
    void showIssues(const SubmissionImport::Result &result);
    void showChanges(const SubmissionImport::Result &result);
    // A click on a problem selects every problem of its spreadsheet row.
    void selectRowOf(QTreeWidgetItem *clicked);

    QLabel *m_summary;
    QTreeWidget *m_list;
    bool m_issues = false;
};
