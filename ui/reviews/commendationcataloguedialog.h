#pragma once

#include "domain/commendation.h"
#include "domain/rubricclass.h"

#include <QDialog>
#include <QHash>

class CommendationCatalogueService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

// What commendations are made of, edited in one place: the forms and emulation titles
// (name, kind, level, for whom, on which occasions, in use or not), the people who can
// be proposed (name, position, unit) and the rules that suggest proposals. Each Save or
// Remove is stored (and audited) at once; a refusal is shown under the fields.
class CommendationCatalogueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommendationCatalogueDialog)

public:
    // `units`: the units people can belong to, in the order to offer; `classes`: the
    // rubric classes a rule can ask for (code -> name, best first).
    CommendationCatalogueDialog(CommendationCatalogueService &service, const QList<qint64> &unitOrder,
                                const QHash<qint64, QString> &units, const QList<RubricClass> &classes,
                                QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *formList() const { return m_formList; }
    QLineEdit *formNameEdit() const { return m_formName; }
    QListWidget *personList() const { return m_personList; }
    QLineEdit *personNameEdit() const { return m_personName; }
    QLineEdit *personPositionEdit() const { return m_personPosition; }
    QComboBox *personUnitBox() const { return m_personUnit; }
    QListWidget *ruleList() const { return m_ruleList; }
    QLabel *messageLabel() const { return m_message; }

    bool saveForm();
    bool removeForm();
    bool savePerson();
    bool removePerson();
    bool saveRule();
    bool removeRule();

private:
    QWidget *buildFormsTab();
    QWidget *buildPeopleTab();
    QWidget *buildRulesTab();
    void loadForms(qint64 select = 0);
    void loadPeople(qint64 select = 0);
    void loadRules(qint64 select = 0);
    void showForm();
    void showPerson();
    void showRule();
    void enableRuleFields(); // the class for one kind of rule, N and every year for the other
    bool attempt(const std::function<void()> &change);
    QString ruleText(const SuggestionRule &rule) const;

    CommendationCatalogueService &m_service;
    QList<CommendationForm> m_forms;
    QList<Individual> m_people;
    QList<SuggestionRule> m_rules;
    QHash<qint64, QString> m_units;
    QList<RubricClass> m_classes;

    QTabWidget *m_tabs;
    QLabel *m_message;

    QListWidget *m_formList;
    QLineEdit *m_formName;
    QComboBox *m_formKind;
    QComboBox *m_formLevel;
    QHash<QString, QCheckBox *> m_formSubjects;
    QHash<QString, QCheckBox *> m_formOccasions;
    QCheckBox *m_formActive;

    QListWidget *m_personList;
    QLineEdit *m_personName;
    QLineEdit *m_personPosition;
    QComboBox *m_personUnit;

    QListWidget *m_ruleList;
    QComboBox *m_ruleKind;
    QComboBox *m_ruleClass;
    QSpinBox *m_ruleTop;
    QCheckBox *m_ruleEveryYear;
    QComboBox *m_ruleForm;
    QCheckBox *m_ruleEnabled;
};
