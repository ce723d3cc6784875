#pragma once

#include <QCoreApplication>

class QWidget;
struct Submission;
struct YearContext;

// A save refused because someone else changed the record after it was opened (a
// submission, a reviewed score, a section of the annual report, a commendation
// proposal): the refusal naming who and when, what they changed and what the clerk
// changed side by side, and the choice of what to do. Nothing is lost whatever the
// answer: the editor keeps the clerk's edits unless the clerk chooses to reload.
class SaveConflict
{
    Q_DECLARE_TR_FUNCTIONS(SaveConflict)

public:
    enum class Choice
    {
        KeepEditing, // back to the editor, the edits in it
        Reload,      // their version in the editor, these edits dropped
        Overwrite,   // these edits saved over theirs
    };

    // `differences`: one line per field that differs, "Field: theirs … → yours …".
    static Choice ask(QWidget *parent, const QString &reason, const QStringList &differences);
    static Choice ask(QWidget *parent, const QString &reason, const YearContext &context, const Submission &theirs,
                      const Submission &mine);
    // "Field: theirs a → yours b", or nothing when a and b are the same.
    static QStringList difference(const QString &field, const QString &theirs, const QString &mine);
    // The fields that differ, one line each: "Field: theirs → yours".
    static QStringList differences(const YearContext &context, const Submission &theirs, const Submission &mine);
};
