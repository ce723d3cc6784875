#include "planscreen.h"

#include "domain/tasktext.h"
#include "planoutlinemodel.h"
#include "services/planservice.h"
#include "services/services.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style='text-align: justify'>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}
} // namespace

PlanScreen::PlanScreen(Services &services, QWidget *parent)
    : QWidget(parent), m_model(new PlanOutlineModel(this)), m_outline(new QTreeView(this)),
      m_text(new QTextBrowser(this))
{
    const PlanService &plans = services.plan();
    m_plan = plans.plan();
    m_phases = plans.phases();
    m_tasks = plans.tasks();
    m_model->setSections(plans.sections());

    auto *overview = new QPushButton(tr("Plan &overview"), this);
    m_outline->setModel(m_model);
    m_outline->setObjectName(QStringLiteral("planOutline"));
    m_outline->header()->hide();
    m_outline->setWordWrap(true);
    m_outline->expandToDepth(0);
    m_text->setObjectName(QStringLiteral("planText"));
    m_text->setOpenLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(overview);
    leftLayout->addWidget(m_outline, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(overview, &QPushButton::clicked, this, &PlanScreen::showOverview);
    // Selection, not the current index: focus alone makes an index current without the
    // clerk choosing it, and the overview should stay until they do.
    connect(m_outline->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanScreen::onSectionSelected);
    setFocusProxy(m_outline);
    showOverview();
}

void PlanScreen::showOverview()
{
    m_outline->selectionModel()->clearSelection();
    QString html = QStringLiteral("<h2>") + tr("PLAN") + QStringLiteral("</h2><h3>") + m_plan.title.toHtmlEscaped() +
                   QStringLiteral("</h3>");
    html += QStringLiteral("<p>") +
            tr("Issued by %1; period %2 to %3.")
                .arg(m_plan.issuer.toHtmlEscaped())
                .arg(m_plan.periodFrom)
                .arg(m_plan.periodTo) +
            QStringLiteral("</p>");
    html += paragraphs(m_plan.basis) + paragraphs(m_plan.preamble);
    html += QStringLiteral("<h3>") + tr("Phases") +
            QStringLiteral("</h3><table border='1' cellpadding='4' "
                           "cellspacing='0'><tr><th>") +
            tr("Phase") + QStringLiteral("</th><th>") + tr("Years") + QStringLiteral("</th><th>") + tr("Review") +
            QStringLiteral("</th></tr>");
    for (const Phase &p : m_phases) {
        html += QStringLiteral("<tr><td>%1</td><td>%2 - %3</td><td>%4 (%5)</td></tr>")
                    .arg(p.name.toHtmlEscaped())
                    .arg(p.yearFrom)
                    .arg(p.yearTo)
                    .arg(p.reviewName.toHtmlEscaped())
                    .arg(p.reviewYear);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + tr("Tasks") + QStringLiteral("</h3>") + tasksHtml(QString());
    m_text->setHtml(html);
}

void PlanScreen::onSectionSelected()
{
    const QModelIndexList selected = m_outline->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    const QModelIndex current = selected.first();
    const PlanSection &s = m_model->section(current);
    QString html = QStringLiteral("<h3>") +
                   (s.label == QLatin1String("-") ? QString() : s.label.toHtmlEscaped() + QStringLiteral(". ")) +
                   s.title.toHtmlEscaped() + QStringLiteral("</h3>") + paragraphs(s.body);
    for (const PlanSection &d : m_model->descendants(current)) {
        const QString label = d.label == QLatin1String("-") ? QStringLiteral("– ") : d.label + QStringLiteral(". ");
        if (!d.title.isEmpty())
            html +=
                QStringLiteral("<p><b>") + label.toHtmlEscaped() + d.title.toHtmlEscaped() + QStringLiteral("</b></p>");
        if (!d.body.isEmpty())
            html += QStringLiteral("<p style='text-align: justify'>") +
                    (d.title.isEmpty() ? label.toHtmlEscaped() : QString()) + d.body.toHtmlEscaped() +
                    QStringLiteral("</p>");
    }
    const QString tasks = tasksHtml(s.path);
    if (!tasks.isEmpty())
        html += QStringLiteral("<h4>") + tr("Tasks from this section") + QStringLiteral("</h4>") + tasks;
    m_text->setHtml(html);
}

QString PlanScreen::tasksHtml(const QString &pathPrefix) const
{
    QString html;
    for (const Task &t : m_tasks) {
        if (!pathPrefix.isEmpty() && t.sectionPath != pathPrefix &&
            !t.sectionPath.startsWith(pathPrefix + QLatin1Char('.')))
            continue;
        const QString lead = TaskText::assignees(t, TaskAssignee::Role::Lead);
        const QString coordinate = TaskText::assignees(t, TaskAssignee::Role::Coordinate);
        const QString when = TaskText::schedule(t);
        html += QStringLiteral("<p><b>%1</b> %2<br/><i>%3</i> · %4: %5")
                    .arg(t.code.toHtmlEscaped(), t.title.toHtmlEscaped(), when.toHtmlEscaped(), tr("lead"),
                         lead.toHtmlEscaped());
        if (!coordinate.isEmpty())
            html += QStringLiteral(" · ") + tr("with") + QStringLiteral(": ") + coordinate.toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    return html;
}
