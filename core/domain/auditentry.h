#pragma once

#include <QDateTime>
#include <QString>

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // insert, update, delete, lock, unlock, ...
    QString entity;
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};
