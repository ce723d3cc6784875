#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;
class SubmissionFilesDialog;
class SubmissionService;

// The Submissions screen's part for the units' own workbooks: the "Workbooks for the
// units…" action (one workbook per unit active in the year, into a folder), and the one
// way files are imported: those chosen with Import… and the files or folder dropped on
// the screen are read and checked, then previewed file by file (SubmissionFilesDialog)
// before they are imported together.
class SubmissionWorkbooks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionWorkbooks)

public:
    // Takes drops on `screen`, which it belongs to.
    SubmissionWorkbooks(SubmissionService &service, QWidget *screen);

    QAction *writeAction() const { return m_writeAction; }
    // The year the workbooks are for and the files imported into (when a file has no
    // [year]); whether imports may write (`importReason`: why not, else empty).
    void setYear(int year, const QString &importReason);

    // What the action does once the folder is chosen; false (after telling the clerk)
    // when it failed.
    bool writeTo(const QString &folder);
    // Reads and checks the files and folders, then shows the preview.
    void importPaths(const QStringList &paths);
    SubmissionFilesDialog *dialog() const;

Q_SIGNALS:
    // Files were imported (the screen reloads and starts a new undo history); `year`:
    // the one year all of them were for, else 0.
    void imported(int year);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onWriteClicked();

    SubmissionService &m_service;
    QWidget *m_screen;
    QAction *m_writeAction;
    int m_year = 0;
    QString m_importReason;
    QPointer<SubmissionFilesDialog> m_dialog;
};
