#pragma once

#include "domain/criterionscore.h"
#include "domain/indicatorvalue.h"
#include "domain/points.h"
#include "domain/validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringView>

#include <optional>

struct Criterion;
struct Indicator;
struct Submission;
struct YearContext;

// The rules a submission must meet before it is stored, and the parsing of the values a
// clerk types or a spreadsheet holds. Every message names the field it is about.
class SubmissionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionValidator)

public:
    // All problems of a submission for a unit in the context's year; empty when valid.
    static QList<ValidationIssue> validate(const Submission &submission, const YearContext &context);

    // Field parsers: each returns an empty message on success and fills *out; an empty
    // text means "no value" and is valid.
    // Dates as dd/mm/yyyy (d/m/yyyy too) or ISO yyyy-mm-dd.
    static QString parseDate(QStringView text, QDate *out);
    // count: whole, not negative ("1.234" grouping allowed); percent: 0..100 with a
    // decimal comma or point; yesno: có/không, x, 1/0, yes/no; text: anything.
    static QString parseIndicator(const Indicator &indicator, QStringView text, IndicatorValue *out);
    // points: 0..max on the item's step; passfail: đạt/không đạt, có/không, 1/0;
    // percent: 0..100.
    static QString parseScore(const Criterion &criterion, QStringView text, std::optional<Points> *out);

    // The text a value is shown and exported as (the inverse of the parsers above).
    static QString formatDate(QDate date); // dd/mm/yyyy, empty for a null date
    static QString formatIndicator(const Indicator &indicator, const IndicatorValue &value);
    static QString formatScore(const Criterion &criterion, const std::optional<Points> &score);

    // Checks of one field against the rest of the submission and the year, for showing
    // a problem where it is as the clerk types.
    static QString checkDocumentDate(QDate documentDate, QDate receivedDate, const YearContext &context);
    static QString checkReceivedDate(QDate receivedDate, QDate documentDate, const YearContext &context);
};
