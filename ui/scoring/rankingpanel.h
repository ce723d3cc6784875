#pragma once

#include "domain/ranking.h"

#include <QPointer>
#include <QWidget>

class RankingService;
class Services;

struct OfficialDocument;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RankingTableModel;
class TieRulesDialog;

// The ranked list of a year, as it will be printed: all units or one emulation group,
// the method under it (RankingTable::vietnameseMethod), export to XLSX or CSV, and the
// tie rules. Refreshed when told to (after every save); a refresh asked for while the
// panel is hidden waits until it is shown.
class RankingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingPanel)

public:
    explicit RankingPanel(Services &services, QWidget *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    // Ranks the year again (now, or when next shown).
    void refresh();
    // A reason why the tie rules cannot be changed (read-only database); empty allows it.
    void setReadOnlyReason(const QString &reason);

    QComboBox *groupBox() const { return m_group; }
    QTableView *view() const { return m_view; }
    RankingTableModel *model() const { return m_model; }
    QLabel *methodLabel() const { return m_method; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *tieRulesButton() const { return m_tieRules; }
    QPushButton *printButton() const { return m_print; }
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    TieRulesDialog *tieRulesDialog() const;

    // Writes the list shown as .xlsx or .csv (by the extension); false after telling the
    // clerk when it failed.
    bool exportTo(const QString &path);
    // Opens the tie rules dialog; its OK saves the rules and ranks again.
    void editTieRules();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rankNow();
    void fillGroups(const Ranking &all);
    OfficialDocument document() const;
    void onExportClicked();
    void onTieRulesAccepted();

    Services &m_services;
    RankingService &m_ranking; // m_services.ranking()
    int m_year = 0;
    bool m_stale = true;
    QString m_readOnlyReason;
    RankingTableModel *m_model;
    QComboBox *m_group;
    QTableView *m_view;
    QLabel *m_method;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_tieRules;
    QPushButton *m_print;
    QCheckBox *m_rollUp;
    QPointer<TieRulesDialog> m_dialog;
};
