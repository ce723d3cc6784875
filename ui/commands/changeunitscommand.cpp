#include "changeunitscommand.h"

#include "services/unitlineageservice.h"

ChangeUnitsCommand::ChangeUnitsCommand(UnitLineageService &service, UnitChange change, Callback changed,
                                       QUndoCommand *parent)
    : ServiceUndoCommand(changed, parent), m_service(service), m_change(std::move(change)),
      m_changed(std::move(changed))
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

QString ChangeUnitsCommand::apply(bool undoing)
{
    if (undoing)
        m_service.undo(m_change);
    else
        m_service.redo(m_change);
    if (m_changed)
        m_changed({});
    return {};
}
