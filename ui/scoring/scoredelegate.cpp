#include "scoredelegate.h"

#include "scorevalidator.h"
#include "scoringgridmodel.h"
#include "widgets/mutedtext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
const char kCancelled[] = "xhhtCancelled";

QColor noteColour()
{
    return QColor(0x15, 0x65, 0xc0);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setBold(false);
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.8);
    else if (font.pixelSize() > 0)
        small.setPixelSize(std::max(8, font.pixelSize() * 4 / 5));
    return small;
}

const ScoreValidator *validatorOf(const QLineEdit *edit)
{
    return qobject_cast<const ScoreValidator *>(edit->validator());
}
} // namespace

ScoreDelegate::ScoreDelegate(const ScoringGridModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

void ScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_model->isCriterionColumn(index.column())) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString reviewed = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 2;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();

    // The unit's own score, small and grey, on the left; left out when both do not fit
    // (its tooltip still has it).
    const QString self = index.data(ScoringGridModel::SelfTextRole).toString();
    const QFont small = smallFont(opt.font);
    const int gap = opt.fontMetrics.height() / 3;
    const bool fits =
        QFontMetrics(small).horizontalAdvance(self) + gap + QFontMetrics(opt.font).horizontalAdvance(reviewed) <=
        area.width();
    if (!self.isEmpty() && (fits || reviewed.isEmpty())) {
        painter->setFont(small);
        // Readable: on the selection in its full colour, elsewhere a grey of 4.5:1 at least.
        painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText)
                                 : MutedText::colour(opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, self);
    }
    // The reviewed score on the right, in the model's colour and weight.
    if (!reviewed.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, reviewed);
    }
    // A note: a small corner, as spreadsheets mark a comment.
    if (!index.data(ScoringGridModel::NoteRole).toString().isEmpty()) {
        const int size = std::max(5, opt.fontMetrics.height() / 3);
        const QPoint corner = opt.rect.topRight();
        painter->setPen(Qt::NoPen);
        QPainterPath triangle;
        triangle.moveTo(corner.x() - size, corner.y());
        triangle.lineTo(corner.x() + 1, corner.y());
        triangle.lineTo(corner.x() + 1, corner.y() + size + 1);
        triangle.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(triangle, selected ? opt.palette.color(group, QPalette::HighlightedText) : noteColour());
    }
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (const Criterion *criterion = m_model->criterionAt(index.column()))
        size.setWidth(std::max(size.width(), cellWidth(*criterion, option)));
    return size;
}

int ScoreDelegate::cellWidth(const Criterion &criterion, const QStyleOptionViewItem &option)
{
    // The widest usual value, small beside bold: "9,5" or "10" for a 10-point item.
    QStringList samples;
    if (criterion.kind == QLatin1String("passfail")) {
        samples.append(QStringLiteral("đạt"));
    } else if (criterion.kind == QLatin1String("percent")) {
        samples.append(QStringLiteral("99,5"));
    } else {
        samples.append(criterion.maxPoints.toString());
        if (criterion.step.hundredths() > 0 && criterion.step < criterion.maxPoints)
            samples.append(
                Points::fromHundredths(criterion.maxPoints.hundredths() - criterion.step.hundredths()).toString());
    }
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics smallMetrics(smallFont(option.font));
    const QFontMetrics boldMetrics(bold);
    int widest = 0;
    for (const QString &sample : std::as_const(samples))
        widest = std::max(widest, smallMetrics.horizontalAdvance(sample) + boldMetrics.horizontalAdvance(sample));
    const QFontMetrics metrics(option.font);
    return widest + metrics.height() / 3 + metrics.horizontalAdvance(QLatin1Char('M')) + 8;
}

QWidget *ScoreDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const Criterion *criterion = m_model->criterionAt(index.column());
    if (!criterion)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("scoreEditor"));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *validator = new ScoreValidator(*criterion, edit);
    edit->setValidator(validator);
    if (const QString self = index.data(ScoringGridModel::SelfTextRole).toString(); !self.isEmpty())
        edit->setPlaceholderText(tr("self %1").arg(self));
    // Red while the text is not a score for the item, with the reason in the tooltip.
    connect(edit, &QLineEdit::textChanged, edit, [edit, validator](const QString &text) {
        const QString problem = validator->problem(text);
        edit->setToolTip(problem);
        edit->setStyleSheet(problem.isEmpty() ? QString()
                                              : QStringLiteral("QLineEdit { color: #b71c1c; background: #fdecea; "
                                                               "border: 1px solid #c62828; }"));
    });
    return edit;
}

void ScoreDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ScoreDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    Q_UNUSED(model)
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !validatorOf(edit) || !edit->hasAcceptableInput())
        return; // refused, and said so when Enter was pressed or the editor closed
    Q_EMIT scoreEntered(index, edit->text().trimmed());
}

void ScoreDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    // Left with a value that is not a score (focus moved away): it is dropped, say so.
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (edit && validatorOf(edit) && !edit->property(kCancelled).toBool() && !edit->hasAcceptableInput())
        Q_EMIT inputRefused(validatorOf(edit)->criterion().code, edit->text(),
                            validatorOf(edit)->problem(edit->text()));
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool ScoreDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (edit && validatorOf(edit) && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
            edit->setProperty(kCancelled, true);
            break;
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // The base class keeps the editor open when the text is not acceptable.
            if (!edit->hasAcceptableInput()) {
                const QString problem = validatorOf(edit)->problem(edit->text());
                QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), problem, edit);
                Q_EMIT inputRefused(validatorOf(edit)->criterion().code, edit->text(), problem);
            }
            break;
        default:
            break;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
