#pragma once

#include "domain/recognitiondossiers.h"

#include <QPointer>
#include <QWidget>

class ChangeHub;
class DateField;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;
class RecognitionService;

// On the Reports screen, for a year evaluated by levels (Thông tư 24/2023): the units'
// recognition dossiers due before 15 January of the following year, counted and listed
// as ready, sent, missing and not qualifying (RecognitionService::dossiers), and the day
// a chosen unit's dossier was sent, recorded or cleared by the clerk (audited, one step on
// the undo stack). It applies only to such years: the Reports screen shows it as a tab of
// its lists while `isApplicable()`, and narrow (a laptop's left column).
class RecognitionDossierPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionDossierPanel)

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, // on a unit's line; 0 on a heading
    };

    // `undoStack` may be null; `readOnly`: nothing can be recorded.
    RecognitionDossierPanel(RecognitionService &service, ChangeHub &changes, QUndoStack *undoStack, bool readOnly,
                            QWidget *parent = nullptr);

    void setYear(int year);
    void reload();
    const RecognitionDossiers &dossiers() const { return m_dossiers; }
    // The year is evaluated by levels: there are dossiers to follow.
    bool isApplicable() const { return m_dossiers.levels; }
    // "Recognition dossiers for 2026, due before 15/01/2027".
    QString title() const;
    // A tab's name with the missing ones counted: "Dossiers (7 missing)".
    QString tabText() const;

    QLabel *countsLabel() const { return m_counts; }
    QTreeWidget *view() const { return m_view; }
    DateField *sentField() const { return m_sentOn; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *messageLabel() const { return m_message; }

    // What the buttons do for the chosen unit; false when nothing changed.
    bool recordSent();
    bool clearSent();
    static QString stateTitle(RecognitionDossiers::State state);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void undoFailed(const QString &message);
    // After each reload: whether the year has dossiers, and the tab's name changed.
    void applicableChanged(bool applicable);

private:
    qint64 currentUnitId() const;
    bool setSent(QDate sentOn);
    void updateActions();

    RecognitionService &m_service;
    QPointer<QUndoStack> m_undoStack;
    bool m_readOnly;
    int m_year = 0;
    RecognitionDossiers m_dossiers;

    QLabel *m_title;
    QLabel *m_counts;
    QTreeWidget *m_view;
    DateField *m_sentOn;
    QPushButton *m_record;
    QPushButton *m_clear;
    QLabel *m_message;
};
