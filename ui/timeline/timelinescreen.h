#pragma once

#include "widgets/savefiledialog.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class Services;
class QLabel;
class QPushButton;
class TimelineView;

// The Timeline screen: the plan's years (TimelineView), the selected year's deadlines in
// words with its submission counts (read when the year is first selected, for years up to
// today's), a button to open that year, and exports of the drawing as PNG or PDF for a
// meeting. Activating a year (click, Enter, or the button) emits yearActivated.
class TimelineScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineScreen)

public:
    explicit TimelineScreen(Services &services, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QLabel *details() const { return m_details; }
    QPushButton *pngButton() const { return m_pngButton; }
    QPushButton *pdfButton() const { return m_pdfButton; }
    QPushButton *openButton() const { return m_openButton; }

    // Reads the timeline again (after a year was locked or its deadlines changed).
    void reload();
    // The day shown as today (tests); reloads and selects its year.
    void setToday(QDate today);
    // Stands in for the save-file dialog (tests).
    void setSaveFileProvider(const SaveFileDialog::Provider &provider) { m_provider = provider; }

    // Ask for a file and export to it; return the path written, empty when cancelled or
    // failed (the failure is shown in a message box).
    QString exportPngWithDialog();
    QString exportPdfWithDialog();

Q_SIGNALS:
    void yearActivated(int year);

private:
    void onSelectedYearChanged(int year);
    QString exportWithDialog(bool pdf);
    // "Submissions: 20 received (2 late), 5 missing", empty for a future year.
    QString submissionCounts(int year);

    Services &m_services;
    QDate m_today;
    SaveFileDialog::Provider m_provider;
    QHash<int, QString> m_counts; // by year, until the next reload
    TimelineView *m_view;
    QLabel *m_details;
    QPushButton *m_openButton;
    QPushButton *m_pngButton;
    QPushButton *m_pdfButton;
};
