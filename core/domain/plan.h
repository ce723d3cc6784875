#pragma once

#include <QDate>
#include <QString>

struct Plan
{
    qint64 id = 0;
    QString code;
    QString symbol;
    QString number;
    QDate issuedOn;
    int issuedYear = 0;
    QString title;
    QString issuer;
    int periodFrom = 0;
    int periodTo = 0;
    QString basis;
    QString preamble;
    QString closing;
};
