#pragma once

#include <QCoreApplication>

class QWidget;
struct Submission;
struct YearContext;

// A save refused because someone else changed the submission after it was opened:
// what they changed and what the clerk changed, side by side, and the choice of what
// to do. Nothing is lost whatever the answer: the editor stays open unless the clerk
// chooses to reload.
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

    static Choice ask(QWidget *parent, const QString &reason, const YearContext &context, const Submission &theirs,
                      const Submission &mine);
    // The fields that differ, one line each: "Field: theirs → yours".
    static QStringList differences(const YearContext &context, const Submission &theirs, const Submission &mine);
};
