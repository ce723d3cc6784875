#pragma once

#include "domain/rubric.h"
#include "domain/tierule.h"

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

// The tie rules of the ranked list: which are used, in which order. A checkable list
// the clerk reorders with Move up / Move down (or Ctrl+Up / Ctrl+Down); Space switches
// the current rule on or off. Works on a copy: whoever opened it reads rules() when it
// is accepted and saves them.
class TieRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TieRulesDialog)

public:
    // `rules` as the ranking uses them for `rubric`; every top-level group of the rubric
    // that has no rule yet is offered too, switched off.
    TieRulesDialog(const QList<TieRule> &rules, const Rubric &rubric, QWidget *parent = nullptr);

    // The rules in the list's order, each on or off as ticked.
    QList<TieRule> rules() const;
    QListWidget *list() const { return m_list; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }

    // Moves the current rule one place up (-1) or down (+1).
    void moveCurrent(int by);

private:
    void fill(const QList<TieRule> &rules);
    void updateButtons();
    QString label(const TieRule &rule) const;

    Rubric m_rubric;
    QList<TieRule> m_rules; // as given; list items hold their index
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
};
