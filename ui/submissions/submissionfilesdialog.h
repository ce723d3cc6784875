#pragma once

#include "imports/submissionfilesimport.h"

#include <QDialog>

class ImportFileDetails;
class QPushButton;
class QTreeWidget;

// The preview of the submissions files chosen to import (one file, several, the units'
// returned workbooks, a folder of them): one line per file, accepted (what it adds or
// changes), refused (how many problems) or skipped (imported before), so the clerk sees
// at a glance which units have to send theirs again; under it, the chosen file's problems
// or changes (ImportFileDetails), the first refused file's at first. Import writes every
// accepted file in one transaction, and only when no file is refused; imports are not on
// the undo stack.
class SubmissionFilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionFilesDialog)

public:
    enum Column
    {
        FileColumn,
        OutcomeColumn,
        DetailColumn,
    };

    SubmissionFilesDialog(SubmissionService &service, const SubmissionFilesImport::Result &result,
                          QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QTreeWidget *fileList() const { return m_files; }
    // The current file's problems or changes.
    ImportFileDetails *details() const { return m_details; }
    const SubmissionFilesImport::Result &result() const { return m_result; }

    void accept() override;

private:
    void addFile(const SubmissionFilesImport::File &file);

    SubmissionService &m_service;
    SubmissionFilesImport::Result m_result;
    QPushButton *m_import = nullptr;
    QTreeWidget *m_files = nullptr;
    ImportFileDetails *m_details = nullptr;
};
