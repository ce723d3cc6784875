#pragma once

#include "domain/criterion.h"
#include "domain/evidence.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

// The evidence files of a submission being edited: listed with their size and
// criterion; files are added from disk (kept in memory until the submission is saved),
// opened, and removed from the list.
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(const QList<Criterion> &criteria, QWidget *parent = nullptr);

    void setEvidence(const QList<Evidence> &evidence);
    const QList<Evidence> &evidence() const { return m_evidence; }
    void setReadOnly(bool readOnly);

    // Adds files for the criterion chosen in the panel; returns the problems (one line
    // per file that could not be read), empty when every file was added.
    QStringList addFiles(const QStringList &paths);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void evidenceChanged();
    void openRequested(const Evidence &evidence);

private:
    void onAddClicked();
    void onOpenClicked();
    void onRemoveClicked();
    void updateButtons();
    void refill();
    QString criterionText(qint64 criterionId) const;

    QList<Criterion> m_criteria;
    QList<Evidence> m_evidence;
    QTreeWidget *m_list;
    QComboBox *m_criterion;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
    bool m_readOnly = false;
};
