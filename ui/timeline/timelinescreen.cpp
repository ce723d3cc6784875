#include "timelinescreen.h"

#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/changehub.h"
#include "services/planservice.h"
#include "services/services.h"
#include "services/submissionservice.h"
#include "timelinepainter.h"
#include "timelineview.h"
#include "widgets/screenrefresh.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kLastDirectoryKey = QStringLiteral("timeline/lastDirectory");
} // namespace

TimelineScreen::TimelineScreen(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_view(new TimelineView(this)), m_details(new QLabel(this)),
      m_openButton(new QPushButton(tr("&Open the year"), this)),
      m_pngButton(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export as &PNG…"), this)),
      m_pdfButton(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export as P&DF…"), this))
{
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_details->setObjectName(QStringLiteral("timelineDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_openButton->setObjectName(QStringLiteral("timelineOpenYear"));
    m_pngButton->setObjectName(QStringLiteral("timelineExportPng"));
    m_pdfButton->setObjectName(QStringLiteral("timelineExportPdf"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusProxy(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_pngButton);
    buttons->addWidget(m_pdfButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_view, &TimelineView::selectedYearChanged, this, &TimelineScreen::onSelectedYearChanged);
    connect(m_view, &TimelineView::yearActivated, this, &TimelineScreen::yearActivated);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_view->selectedYear() != 0)
            Q_EMIT yearActivated(m_view->selectedYear());
    });
    connect(m_pngButton, &QPushButton::clicked, this, &TimelineScreen::exportPngWithDialog);
    connect(m_pdfButton, &QPushButton::clicked, this, &TimelineScreen::exportPdfWithDialog);
    reload();
    // Data this screen shows, changed elsewhere (another screen, an import, an undo):
    // reloaded at once when visible, else when shown.
    new ScreenRefresh(
        this, m_services.changes(),
        [](const DataChange &c) {
            return c.kind == DataChange::Kind::YearSettings || c.kind == DataChange::Kind::Tasks;
        },
        [this] { reload(); });
}

void TimelineScreen::reload()
{
    m_counts.clear();
    try {
        m_view->setTimeline(m_services.plan().timeline(m_today.isValid() ? m_today : QDate::currentDate()));
    } catch (const StorageError &error) {
        m_view->setTimeline(Timeline());
        m_details->setText(error.message().toHtmlEscaped());
        return;
    }
    onSelectedYearChanged(m_view->selectedYear());
}

void TimelineScreen::setToday(QDate today)
{
    m_today = today;
    reload();
    if (m_view->timeline().currentYear() != 0)
        m_view->setSelectedYear(m_view->timeline().currentYear());
}

void TimelineScreen::onSelectedYearChanged(int year)
{
    const QString html = TimelinePainter::toolTip(m_view->timeline(), year);
    m_details->setText(html);
    // The counts read every unit's submission of the year: after the screen is drawn, and
    // only for the year still selected then.
    QTimer::singleShot(0, this, [this, year, html] {
        if (m_view->selectedYear() != year)
            return;
        if (const QString counts = submissionCounts(year); !counts.isEmpty())
            m_details->setText(html + QStringLiteral("<br>") + counts.toHtmlEscaped());
    });
    m_openButton->setEnabled(year != 0);
    m_openButton->setText(year != 0 ? tr("&Open %1").arg(year) : tr("&Open the year"));
}

QString TimelineScreen::submissionCounts(int year)
{
    const auto y = m_view->timeline().year(year);
    const QDate today = m_view->timeline().today();
    if (!y || !y->hasSettings || !today.isValid() || year > today.year())
        return {};
    if (const auto found = m_counts.constFind(year); found != m_counts.constEnd())
        return *found;
    QString text;
    try {
        const SubmissionOverview overview = m_services.submissions().overview(year);
        text = tr("Submissions: %1 received (%2 late), %3 missing")
                   .arg(overview.received)
                   .arg(overview.late)
                   .arg(overview.missing);
    } catch (const StorageError &error) {
        text = error.message();
    } catch (const ValidationError &error) {
        text = error.message();
    }
    m_counts.insert(year, text);
    return text;
}

QString TimelineScreen::exportPngWithDialog()
{
    return exportWithDialog(false);
}

QString TimelineScreen::exportPdfWithDialog()
{
    return exportWithDialog(true);
}

QString TimelineScreen::exportWithDialog(bool pdf)
{
    const Timeline &timeline = m_view->timeline();
    const QString name = QStringLiteral("tien-do-ke-hoach-%1-%2").arg(timeline.firstYear()).arg(timeline.lastYear());
    const SaveFileDialog::Format format =
        pdf ? SaveFileDialog::Format{tr("PDF documents (*.pdf)"), QStringLiteral(".pdf")}
            : SaveFileDialog::Format{tr("PNG images (*.png)"), QStringLiteral(".png")};
    const QString path =
        SaveFileDialog::ask(this, pdf ? tr("Export the timeline as PDF") : tr("Export the timeline as PNG"),
                            kLastDirectoryKey, name + format.suffix, {format}, m_provider);
    if (path.isEmpty())
        return {};
    QString error;
    const bool ok = pdf ? m_view->exportPdf(path, &error) : m_view->exportPng(path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return {};
    }
    return path;
}
