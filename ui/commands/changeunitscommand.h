#pragma once

#include "domain/unitchange.h"
#include "serviceundocommand.h"

#include <QCoreApplication>

#include <functional>

class UnitLineageService;

// One lineage operation on the units (create, rename, merge, split, dissolve, move) as a
// step on the undo stack. Holds what the operation did (values and ids, no pointers) and
// goes through UnitLineageService::undo and ::redo, each one transaction, audited, with
// the same ids. The operation has already been applied when the command is pushed: the
// first redo() does nothing.
class ChangeUnitsCommand final : public ServiceUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeUnitsCommand)

public:
    using Callback = std::function<void(const QString &message)>;

    // `changed` is called after each undo and redo (empty message), and with a message for
    // the clerk when one is refused; the command then becomes obsolete.
    ChangeUnitsCommand(UnitLineageService &service, UnitChange change, Callback changed,
                       QUndoCommand *parent = nullptr);

    const UnitChange &change() const { return m_change; }
    // "Merge 2 units into TTVHTT", for the undo stack and the Edit menu.
    static QString describe(const UnitChange &change);

private:
    QString apply(bool undoing) override;

    UnitLineageService &m_service; // the window's: it outlives the undo stack
    UnitChange m_change;
    Callback m_changed;
};
