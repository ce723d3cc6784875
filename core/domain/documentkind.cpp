#include "documentkind.h"

QList<DocumentKind::Kind> DocumentKind::all()
{
    return {RankedList, SummaryReport, PhaseReview, CommendationList, ReminderLetter};
}

QString DocumentKind::typeCode(Kind kind)
{
    switch (kind) {
    case RankedList:
    case CommendationList:
        return QStringLiteral("DS");
    case SummaryReport:
    case PhaseReview:
        return QStringLiteral("BC");
    case ReminderLetter:
        break;
    }
    return {};
}

QString DocumentKind::key(Kind kind)
{
    switch (kind) {
    case RankedList:
        return QStringLiteral("ranked_list");
    case SummaryReport:
        return QStringLiteral("summary_report");
    case PhaseReview:
        return QStringLiteral("phase_review");
    case CommendationList:
        return QStringLiteral("commendation_list");
    case ReminderLetter:
        break;
    }
    return QStringLiteral("reminder_letter");
}

QString DocumentKind::label(Kind kind)
{
    switch (kind) {
    case RankedList:
        return tr("Ranked list of learning units");
    case SummaryReport:
        return tr("Annual summary report");
    case PhaseReview:
        return tr("Phase review report");
    case CommendationList:
        return tr("Commendation proposal list");
    case ReminderLetter:
        break;
    }
    return tr("Reminder letter (official letter)");
}
