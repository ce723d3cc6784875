#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct Submission;

// Whether a unit's submission came in by the year's unit deadline. Always derived from
// the date received and the deadline, never stored.
class Timeliness
{
    Q_DECLARE_TR_FUNCTIONS(Timeliness)

public:
    enum Kind
    {
        Missing,
        OnTime,
        Late,
    };

    // A submission counts as received when it has a date received and is not in status
    // not_received; `submission` may be null (nothing recorded).
    static Kind of(const Submission *submission, QDate deadline);
    static Kind of(const QString &status, QDate received, QDate deadline);
    static QString code(Kind kind);  // missing, on_time, late (stable, for machines)
    static QString label(Kind kind); // translated
    // The label in Vietnamese whatever the UI language: for printed documents.
    static QString vietnameseLabel(Kind kind);
};
