#pragma once

#include "domain/recognitiondecision.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class DateField;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QUndoStack;
class RecognitionService;
class RecognitionStatusModel;
class Services;

// The "Công nhận ĐVHT" screen (Thông tư 24/2023, domain.md §1.3): every unit's
// recognition today (the level in force, until when it is kept, from when it may ask for
// Mức 2, whether it must be evaluated again this year, all from RecognitionService), the
// decisions of the unit chosen, and a form to add, change or remove one: the year
// recognised, the level (Mức độ 1, Mức độ 2, or not recognised), the decision's number,
// date and signer. Each change is one audited transaction and one step on the window's
// undo stack. A read-only login sees everything and changes nothing.
class RecognitionScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionScreen)

public:
    // `undoStack` may be null: changes then cannot be undone.
    RecognitionScreen(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~RecognitionScreen() override;

    void reload();
    // The unit whose decisions are listed and edited; 0 when none is chosen.
    qint64 currentUnitId() const { return m_unitId; }
    void selectUnit(qint64 unitId);

    QTableView *statusView() const { return m_statusView; }
    RecognitionStatusModel *statusModel() const { return m_statusModel; }
    QTableWidget *decisionTable() const { return m_decisions; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *unitLabel() const { return m_unitLabel; }
    QLabel *messageLabel() const { return m_message; }
    QSpinBox *yearField() const { return m_year; }
    QComboBox *levelField() const { return m_level; }
    QLineEdit *numberField() const { return m_number; }
    DateField *dateField() const { return m_date; }
    QLineEdit *signerField() const { return m_signer; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

    // What the buttons do; false when nothing was changed (the message says why).
    bool addDecision();
    bool saveDecision();
    bool removeDecision();
    void clearForm();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);

private:
    QWidget *buildForm();
    void reloadDecisions(qint64 select = 0);
    void onDecisionChosen();
    void updateActions();
    RecognitionDecision formDecision() const;
    bool store(const RecognitionDecision &decision, const QString &text);
    void push(const std::optional<RecognitionDecision> &before, const std::optional<RecognitionDecision> &after,
              const QString &text);
    void showProblem(const QString &message);

    Services &m_services;
    RecognitionService &m_recognition;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_unitId = 0;
    qint64 m_editing = 0; // the decision in the form; 0: a new one
    bool m_readOnly = false;
    bool m_reloading = false; // the status list is being refilled: its selection follows

    QLabel *m_counts;
    QTableView *m_statusView;
    RecognitionStatusModel *m_statusModel;
    QLabel *m_unitLabel;
    QTableWidget *m_decisions;
    QLabel *m_message;
    QSpinBox *m_year;
    QComboBox *m_level;
    QLineEdit *m_number;
    DateField *m_date;
    QLineEdit *m_signer;
    QPushButton *m_new;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
};
