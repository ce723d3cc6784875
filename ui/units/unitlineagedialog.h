#pragma once

#include "domain/unit.h"
#include "domain/unitchange.h"
#include "domain/validationissue.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class UnitLineageService;

// The small dialog of one lineage operation on the Units screen: a new unit, a rename, a
// merge, a split, a dissolution or a move, each with its effective date. The fields are
// checked as the clerk types, with the service's own messages; OK applies the operation
// through one service call and keeps what it did (change()) for the undo stack.
class UnitLineageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitLineageDialog)

public:
    enum class Mode
    {
        Create,
        Rename,
        Merge,
        Split,
        Dissolve,
        Move
    };

    // `units`: every unit; `selected`: the ids selected on the screen (the unit to rename,
    // split, dissolve or move; the units to merge).
    UnitLineageDialog(Mode mode, UnitLineageService &service, const QList<Unit> &units, const QList<qint64> &selected,
                      QWidget *parent = nullptr);

    // What a merge, split or dissolution is about to do, for the question asked before it
    // is applied (issue 18 §3).
    struct Plan
    {
        Mode mode = Mode::Merge;
        QDate date;
        QList<qint64> ending;     // the units that end on the date
        qint64 successorId = 0;   // an existing unit that takes them over (merge), or 0
        QStringList newUnitNames; // the units created on the date
    };
    // Asked on OK before the operation is applied: false goes back to the dialog.
    using Confirmation = std::function<bool(const Plan &plan)>;
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }
    Plan plan() const;

    const UnitChange &change() const { return m_change; }
    // The issues of the fields as they are now (empty: OK is enabled).
    QList<ValidationIssue> issues() const;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *targetCombo() const { return m_target; }
    QListWidget *sourceList() const { return m_sources; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const;

    void accept() override;

private:
    void buildFields();
    void addSubjectRow(QFormLayout *form, const Unit *subject);
    QLineEdit *makeLineEdit(const QString &name);
    QComboBox *makeGroupCombo(const QString &current);
    void addNewUnitFields(QFormLayout *form, const Unit &like);
    void addMergeFields(QFormLayout *form, const Unit *subject);
    void addSplitFields(QFormLayout *form, const Unit *subject);
    void validate();
    Unit newUnitFromFields() const;
    QList<qint64> checkedSources() const;
    QList<Unit> parts() const;
    void fillUnitCombo(QComboBox *combo, const QString &noneText, qint64 current) const;
    const Unit *unitById(qint64 id) const;

    Mode m_mode;
    UnitLineageService &m_service;
    QList<Unit> m_units;
    QList<qint64> m_selected;
    UnitChange m_change;
    Confirmation m_confirmation;

    QDateEdit *m_date;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_target = nullptr;
    QListWidget *m_sources = nullptr;
    QTableWidget *m_parts = nullptr;
    QLineEdit *m_note;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
