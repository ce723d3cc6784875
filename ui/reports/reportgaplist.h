#pragma once

#include "domain/annualreport.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// The readiness list of the Reports screen: what the year's summary report still lacks
// (AnnualReportService::gaps), grouped by kind under a heading with its count. Activating
// a line (double-click or Enter) asks to go to it; an empty list says the report is
// complete.
class ReportGapList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportGapList)

public:
    enum Role
    {
        GapIndexRole = Qt::UserRole + 1, // the line's index in gaps(); -1 on a heading
        KindRole,                        // int(ReportGap::Kind), on headings and lines
    };

    explicit ReportGapList(QWidget *parent = nullptr);

    // Replaces the lines, keeping the current line and the collapsed headings. Units are
    // shown by their short names when `shortNames` (unit id -> short name) has one; the
    // full line (AnnualReportService::describe) is the tooltip.
    void setGaps(const QList<ReportGap> &gaps, const QHash<qint64, QString> &shortNames = {});
    const QList<ReportGap> &gaps() const { return m_gaps; }

    QTreeWidget *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *completeLabel() const { return m_complete; }
    // The line of a gap (the first of its kind for that unit or section), null when none.
    QTreeWidgetItem *itemFor(ReportGap::Kind kind, qint64 unitId, ReportSection section = {}) const;

    static QString kindTitle(ReportGap::Kind kind);

Q_SIGNALS:
    void gapActivated(const ReportGap &gap);

private:
    void onItemActivated(QTreeWidgetItem *item);
    static bool sameGap(const ReportGap &a, const ReportGap &b);

    QList<ReportGap> m_gaps;
    QLabel *m_title;
    QTreeWidget *m_view;
    QLabel *m_complete;
};
