#include "changeunitscommand.h"

#include "services/validationissue.h"
#include "storage/storageerror.h"
#include "undofailurenotice.h"

ChangeUnitsCommand::ChangeUnitsCommand(const Database &database, UnitChange change, Callback changed,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_service(database), m_change(std::move(change)), m_changed(std::move(changed))
{
    setText(describe(m_change));
}

QString ChangeUnitsCommand::describe(const UnitChange &change)
{
    const QString first = change.after.isEmpty() ? QString() : change.after.first().code;
    if (change.action == QLatin1String("create"))
        return tr("New unit %1").arg(first);
    if (change.action == QLatin1String("rename"))
        return tr("Rename %1").arg(first);
    if (change.action == QLatin1String("merge")) {
        // The merged_into events name the target's code.
        const QString target = change.events.isEmpty() ? QString() : change.events.last().newValue;
        return tr("Merge %n unit(s) into %1", nullptr, int(change.before.size())).arg(target);
    }
    if (change.action == QLatin1String("split"))
        return tr("Split %1").arg(change.before.isEmpty() ? QString() : change.before.first().code);
    if (change.action == QLatin1String("dissolve"))
        return tr("Dissolve %1").arg(first);
    return tr("Move %1").arg(first);
}

void ChangeUnitsCommand::undo()
{
    run(true);
}

void ChangeUnitsCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(false);
}

void ChangeUnitsCommand::run(bool undoing)
{
    QString failure;
    try {
        if (undoing)
            m_service.undo(m_change);
        else
            m_service.redo(m_change);
        if (m_changed)
            m_changed({});
        return;
    } catch (const ValidationError &error) {
        failure = error.message();
    } catch (const StorageError &error) {
        failure = error.message();
    }
    setObsolete(true);
    if (m_changed)
        m_changed(UndoFailureNotice::message(undoing, text(), failure));
}
