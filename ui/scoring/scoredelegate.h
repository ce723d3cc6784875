#pragma once

#include <QStyledItemDelegate>

class ScoringGridModel;
struct Criterion;

// Draws and edits the score cells of the review grid. A cell shows the unit's
// self-score small and grey on the left and the reviewed score on the right; a small
// blue corner marks a note. The editor is a line edit checked as it is typed against
// the item's rules (SubmissionValidator::parseScore): a value that is not a score turns
// it red with the reason in its tooltip, and Enter or Tab then keep it open instead of
// committing; leaving it drops the value. A good value is not written to the model:
// scoreEntered() hands it to whoever saves it.
class ScoreDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreDelegate)

public:
    explicit ScoreDelegate(const ScoringGridModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    // The width a column of `criterion` needs for its usual values.
    static int cellWidth(const Criterion &criterion, const QStyleOptionViewItem &option);

Q_SIGNALS:
    // A valid score (possibly empty: "no reviewed score") was entered in a cell.
    void scoreEntered(const QModelIndex &index, const QString &text) const;
    // A value that is not a score for the item was refused; `problem` says why.
    void inputRefused(const QString &criterionCode, const QString &text, const QString &problem) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    const ScoringGridModel *m_model;
};
