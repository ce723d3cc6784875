#pragma once

#include "domain/phase.h"
#include "domain/plan.h"
#include "domain/task.h"

#include <QWidget>

class Services;
class PlanOutlineModel;
class QTextBrowser;
class QTreeView;

// The Plan screen: the outline of the plan on the left; on the right the chosen
// section's text with the tasks that come from it, or the plan's overview (its basis,
// phases and every task).
class PlanScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanScreen)

public:
    explicit PlanScreen(Services &services, QWidget *parent = nullptr);

    QTreeView *outline() const { return m_outline; }
    QTextBrowser *text() const { return m_text; }
    void showOverview();

private:
    void onSectionSelected();
    QString tasksHtml(const QString &pathPrefix) const;

    Plan m_plan;
    QList<Phase> m_phases;
    QList<Task> m_tasks;
    PlanOutlineModel *m_model;
    QTreeView *m_outline;
    QTextBrowser *m_text;
};
