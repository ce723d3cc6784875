#pragma once

#include "domain/datachange.h"

#include <QObject>

// The one path by which screens learn that data changed: each service of the bundle
// (Services) announces what it wrote here, and every open screen that shows that data
// refreshes. A shared database's notifications from other people's changes come the
// same way.
class ChangeHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHub)

public:
    explicit ChangeHub(QObject *parent = nullptr) : QObject(parent) {}

    void announce(const DataChange &change) { Q_EMIT changed(change); }
    void announce(DataChange::Kind kind, int year = 0, const QList<qint64> &unitIds = {})
    {
        announce(DataChange{kind, year, unitIds});
    }

Q_SIGNALS:
    void changed(const DataChange &change);
};
