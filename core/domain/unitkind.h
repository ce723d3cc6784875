#pragma once

#include <QCoreApplication>
#include <QString>

// The kinds of unit and their names for people.
class UnitKind
{
    Q_DECLARE_TR_FUNCTIONS(UnitKind)

public:
    static QString label(const QString &kind);
};
