#pragma once

#include "imports/submissionfilesimport.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// The preview of many submissions files (the units' returned workbooks, a folder of
// them): one line per file, accepted (what it adds or changes), refused (with its
// problems, row and column, below it) or skipped (imported before); the clerk sees at a
// glance which units have to send theirs again. Import writes every accepted file in
// one transaction, and only when no file is refused.
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
    const SubmissionFilesImport::Result &result() const { return m_result; }

    void accept() override;

private:
    void addFile(const SubmissionFilesImport::File &file);

    SubmissionService &m_service;
    SubmissionFilesImport::Result m_result;
    QPushButton *m_import = nullptr;
    QTreeWidget *m_files = nullptr;
};
