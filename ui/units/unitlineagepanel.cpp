#include "unitlineagepanel.h"

#include <QHeaderView>

UnitLineagePanel::UnitLineagePanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("unitHistory"));
    setColumnCount(4);
    setHeaderLabels({tr("Date"), tr("Event"), tr("Unit"), tr("Details")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

QString UnitLineagePanel::eventLabel(const QString &type)
{
    if (type == QLatin1String("created"))
        return tr("Created");
    if (type == QLatin1String("renamed"))
        return tr("Renamed");
    if (type == QLatin1String("merged_into"))
        return tr("Merged into");
    if (type == QLatin1String("split_into"))
        return tr("Split into");
    if (type == QLatin1String("dissolved"))
        return tr("Dissolved");
    if (type == QLatin1String("moved"))
        return tr("Moved");
    return type;
}

void UnitLineagePanel::setEntries(qint64 unitId, const QList<UnitHistoryEntry> &entries)
{
    clear();
    for (const UnitHistoryEntry &e : entries) {
        QString details;
        if (e.event.type == QLatin1String("renamed"))
            details = tr("“%1” → “%2”").arg(e.event.oldValue, e.event.newValue);
        else if (e.event.type == QLatin1String("moved"))
            details = tr("%1 → %2").arg(e.event.oldValue, e.event.newValue);
        else if (e.related.id != 0)
            details = QStringLiteral("%1 (%2)").arg(e.related.name, e.related.code);
        if (!e.event.note.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("; ")) + e.event.note;
        auto *item =
            new QTreeWidgetItem(this, {e.event.date.toString(QStringLiteral("dd/MM/yyyy")), eventLabel(e.event.type),
                                       QStringLiteral("%1 (%2)").arg(e.unit.name, e.unit.code), details});
        if (e.unit.id != unitId) { // an event of another unit that names this one
            QFont font = item->font(0);
            font.setItalic(true);
            for (int c = 0; c < columnCount(); ++c)
                item->setFont(c, font);
        }
    }
}
