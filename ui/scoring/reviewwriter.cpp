#include "reviewwriter.h"

#include "domain/criterion.h"
#include "domain/storageerror.h"
#include "domain/unit.h"
#include "domain/validationissue.h"
#include "services/submissionservice.h"
#include "services/submissionvalidator.h"

#include <QUndoStack>

ReviewWriter::ReviewWriter(SubmissionService &service, QUndoStack *undoStack,
                           SaveSubmissionCommand::FailureReporter reportUndoFailure)
    : m_service(service), m_undoStack(undoStack), m_reportUndoFailure(std::move(reportUndoFailure))
{}

ReviewWriter::Result ReviewWriter::setReviewed(const Unit &unit, int year, const Criterion &criterion,
                                               const QString &text, const CriterionScore &seen)
{
    std::optional<Points> score;
    if (const QString problem = SubmissionValidator::parseScore(criterion, text, &score); !problem.isEmpty())
        return {false, tr("Score %1 not saved: %2").arg(criterion.code, problem), {}};
    return write(
        unit, year, criterion, [score](CriterionScore &s) { s.reviewed = score; }, seen,
        tr("Reviewed score %1 of %2").arg(criterion.code, unit.name),
        tr("Saved the reviewed score %1 of %2").arg(criterion.code, unit.name));
}

ReviewWriter::Result ReviewWriter::setNote(const Unit &unit, int year, const Criterion &criterion, const QString &note,
                                           const CriterionScore &seen)
{
    const QString trimmed = note.trimmed();
    return write(
        unit, year, criterion, [trimmed](CriterionScore &s) { s.note = trimmed; }, seen,
        tr("Note on %1 of %2").arg(criterion.code, unit.name),
        tr("Saved the note on %1 of %2").arg(criterion.code, unit.name));
}

ReviewWriter::Result ReviewWriter::write(const Unit &unit, int year, const Criterion &criterion,
                                         const std::function<void(CriterionScore &)> &change,
                                         const CriterionScore &seen, const QString &commandText,
                                         const QString &savedText)
{
    Submission before;
    Submission stored;
    CriterionScore expected = seen;
    try {
        before = m_service.load(unit.id, year);
        if (before.id == 0 || before.status == QLatin1String("not_received"))
            return {false,
                    tr("Nothing was received from %1 for %2: record its submission first.").arg(unit.name).arg(year),
                    {}};
        for (;;) {
            Submission edited = before;
            change(edited.scoreToChange(criterion.id));
            if (!SubmissionService::differs(before, edited))
                return {true, QString(), {}};
            try {
                stored = m_service.saveReview(edited, criterion.id, expected);
                break;
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Conflict)
                    throw;
                before = m_service.load(unit.id, year);
                if (std::optional<Result> answer = resolve(unit, criterion, error.message(), before, edited))
                    return *answer;
                expected = before.scoreToChange(criterion.id); // save mine over theirs
            }
        }
    } catch (const ValidationError &error) {
        return {false, tr("Not saved: %1").arg(error.message()), {}};
    } catch (const StorageError &error) {
        return {false, tr("Not saved: %1").arg(error.message()), {}};
    }
    if (m_undoStack && SubmissionService::differs(before, stored)) {
        auto *command = new SaveSubmissionCommand(m_service, before, stored, unit.name, m_reportUndoFailure);
        command->setText(commandText);
        m_undoStack->push(command);
    }
    return {true, savedText, {}};
}

std::optional<ReviewWriter::Result> ReviewWriter::resolve(const Unit &unit, const Criterion &criterion,
                                                          const QString &reason, const Submission &theirs,
                                                          const Submission &mine)
{
    if (!m_askConflict)
        return Result{false, tr("Not saved: %1").arg(reason), {}};
    const CriterionScore *a = theirs.score(criterion.id);
    const CriterionScore *b = mine.score(criterion.id);
    const auto points = [](const CriterionScore *s) { return s && s->reviewed ? s->reviewed->toString() : QString(); };
    QStringList lines = SaveConflict::difference(tr("%1 (reviewed)").arg(criterion.code), points(a), points(b));
    lines << SaveConflict::difference(tr("Note on %1").arg(criterion.code), a ? a->note : QString(),
                                      b ? b->note : QString());
    switch (m_askConflict(reason, lines)) {
    case SaveConflict::Choice::KeepEditing:
        return Result{false, tr("Not saved: %1").arg(reason), {}};
    case SaveConflict::Choice::Reload:
        return Result{false,
                      tr("Showing the review of %1 of %2 as saved by someone else").arg(criterion.code, unit.name),
                      theirs};
    case SaveConflict::Choice::Overwrite:
        break;
    }
    return std::nullopt;
}
