#pragma once

#include "domain/unithistoryentry.h"

#include <QTreeWidget>

// A unit's history on the Units screen: its lineage events (created, renamed, merged,
// split, dissolved, moved) with their dates and the units they name, oldest first.
class UnitLineagePanel final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitLineagePanel)

public:
    explicit UnitLineagePanel(QWidget *parent = nullptr);

    // Shows the events of `unitId` (as the unit or the related one); empty: nothing chosen.
    void setEntries(qint64 unitId, const QList<UnitHistoryEntry> &entries);
    // "Merged into", "Renamed", ... for an event type.
    static QString eventLabel(const QString &type);
};
