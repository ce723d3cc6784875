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
                                               const QString &text)
{
    std::optional<Points> score;
    if (const QString problem = SubmissionValidator::parseScore(criterion, text, &score); !problem.isEmpty())
        return {false, tr("Score %1 not saved: %2").arg(criterion.code, problem)};
    return write(
        unit, year, criterion, [score](CriterionScore &s) { s.reviewed = score; },
        tr("Reviewed score %1 of %2").arg(criterion.code, unit.name),
        tr("Saved the reviewed score %1 of %2").arg(criterion.code, unit.name));
}

ReviewWriter::Result ReviewWriter::setNote(const Unit &unit, int year, const Criterion &criterion, const QString &note)
{
    const QString trimmed = note.trimmed();
    return write(
        unit, year, criterion, [trimmed](CriterionScore &s) { s.note = trimmed; },
        tr("Note on %1 of %2").arg(criterion.code, unit.name),
        tr("Saved the note on %1 of %2").arg(criterion.code, unit.name));
}

ReviewWriter::Result ReviewWriter::write(const Unit &unit, int year, const Criterion &criterion,
                                         const std::function<void(CriterionScore &)> &change,
                                         const QString &commandText, const QString &savedText)
{
    Submission before;
    Submission stored;
    try {
        before = m_service.load(unit.id, year);
        if (before.id == 0 || before.status == QLatin1String("not_received"))
            return {false,
                    tr("Nothing was received from %1 for %2: record its submission first.").arg(unit.name).arg(year)};
        Submission edited = before;
        CriterionScore *score = nullptr;
        for (CriterionScore &s : edited.scores)
            if (s.criterionId == criterion.id)
                score = &s;
        if (!score) {
            CriterionScore added;
            added.criterionId = criterion.id;
            edited.scores.append(added);
            score = &edited.scores.last();
        }
        change(*score);
        if (!SubmissionService::differs(before, edited))
            return {true, QString()};
        stored = m_service.save(edited);
    } catch (const ValidationError &error) {
        return {false, tr("Not saved: %1").arg(error.message())};
    } catch (const StorageError &error) {
        return {false, tr("Not saved: %1").arg(error.message())};
    }
    if (m_undoStack && SubmissionService::differs(before, stored)) {
        auto *command = new SaveSubmissionCommand(m_service, before, stored, unit.name, m_reportUndoFailure);
        command->setText(commandText);
        m_undoStack->push(command);
    }
    return {true, savedText};
}
