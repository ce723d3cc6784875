#include "reportsectioneditor.h"

#include "reports/reportdrafts.h"
#include "services/annualreportservice.h"
#include "widgets/mutedtext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

const QString kDraftStyle = QStringLiteral("QLabel { color: #37474f; }");
const QString kSavedStyle = QStringLiteral("QLabel { color: #1b5e20; font-weight: bold; }");
const QString kAttentionStyle = QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }");

} // namespace

ReportSectionEditor::ReportSectionEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_state(new QLabel(this)),
      m_save(new QPushButton(QIcon(QStringLiteral(":/icons/check.svg")), tr("&Save"), this)),
      m_draft(new QPushButton(tr("Bac&k to draft…"), this)), m_saveAction(new QAction(tr("Save the section"), this))
{
    auto *title = new QLabel(tr("W&ritten sections"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("reportSectionList"));
    m_list->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_list->setUniformItemSizes(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int widest = 0;
    for (const ReportSection section : AnnualReportService::sections()) {
        const QString name = AnnualReportService::sectionTitle(section);
        widest = std::max(widest, fontMetrics().horizontalAdvance(name + QStringLiteral(" *")));
        auto *edit = new QPlainTextEdit(m_stack);
        edit->setObjectName(QStringLiteral("reportText_") + AnnualReportService::sectionKey(section));
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->installEventFilter(this);
        m_stack->addWidget(edit);
        auto *item = new QListWidgetItem(name, m_list);
        m_pages.append({section, edit, item, {}, false, false, false});
        const int index = int(m_pages.size()) - 1;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, index] { onTextChanged(index); });
    }
    m_list->setFixedWidth(std::min(widest + fontMetrics().height() + em * 3, em * 26));
    m_list->setCurrentRow(0);

    m_state->setObjectName(QStringLiteral("reportSectionState"));
    m_state->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveReportText"));
    m_save->setToolTip(tr("Save this section's text (Ctrl+S); Edit ▸ Undo takes the save back"));
    m_draft->setObjectName(QStringLiteral("reportTextToDraft"));
    m_draft->setToolTip(tr("Drop this section's own text and print the draft the program writes from the data"));
    m_saveAction->setObjectName(QStringLiteral("saveReportTextAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);

    auto *hint = new QLabel(tr("Each line is a paragraph. A line such as “1. Strengths” (a number, a full stop, no "
                               "closing punctuation) is printed as a heading. Replace every [bracketed note] before "
                               "sending the report."),
                            this);
    hint->setObjectName(QStringLiteral("reportTextHint"));
    hint->setWordWrap(true);
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, MutedText::colour(palette));
    hint->setPalette(palette);

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_draft);
    stateRow->addWidget(m_save);

    auto *editorColumn = new QVBoxLayout;
    editorColumn->addLayout(stateRow);
    editorColumn->addWidget(m_stack, 1);
    editorColumn->addWidget(hint);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addLayout(editorColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(row, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        if (current >= 0)
            m_stack->setCurrentIndex(current);
        updateState();
    });
    // Enter or a double-click on a section goes to its text.
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_stack->currentWidget()->setFocus(); });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(currentSection()); });
    connect(m_draft, &QPushButton::clicked, this, [this] { Q_EMIT draftRequested(currentSection()); });
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            Q_EMIT saveRequested(currentSection());
    });
    setFocusProxy(m_list);
    for (int i = 0; i < m_pages.size(); ++i)
        updatePage(i);
    updateState();
}

int ReportSectionEditor::pageIndex(ReportSection section) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).section == section)
            return i;
    return -1;
}

void ReportSectionEditor::setReport(const AnnualReport &report)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        page.stored = report.texts.value(page.section);
        page.saved = report.saved.contains(page.section);
        page.placeholder = ReportDrafts::hasPlaceholder(page.stored);
        if (!page.modified && page.edit->toPlainText() != page.stored) {
            page.edit->setPlainText(page.stored);
            page.edit->document()->setModified(false);
        }
        // Read again: a save may have made the stored text what the clerk typed.
        page.modified = page.edit->toPlainText() != page.stored;
        page.latest = report.versions.value(page.section);
        if (!page.modified)
            page.version = page.latest;
        updatePage(i);
    }
    updateState();
    Q_EMIT modificationChanged();
}

void ReportSectionEditor::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    for (const Page &page : std::as_const(m_pages)) {
        page.edit->setReadOnly(!reason.isEmpty());
        page.edit->setToolTip(reason);
    }
    updateState();
}

ReportSection ReportSectionEditor::currentSection() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).section : m_pages.first().section;
}

void ReportSectionEditor::showSection(ReportSection section, bool selectNote)
{
    const int index = pageIndex(section);
    if (index < 0)
        return;
    m_list->setCurrentRow(index);
    QPlainTextEdit *edit = m_pages.at(index).edit;
    edit->setFocus(Qt::OtherFocusReason);
    if (!selectNote)
        return;
    static const QRegularExpression note(QStringLiteral("\\[[^\\]\\n]*\\]"));
    const QRegularExpressionMatch match = note.match(edit->toPlainText());
    if (!match.hasMatch())
        return;
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(int(match.capturedStart()));
    cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}

QString ReportSectionEditor::text(ReportSection section) const
{
    const int index = pageIndex(section);
    return index >= 0 ? m_pages.at(index).edit->toPlainText() : QString();
}

QString ReportSectionEditor::storedText(ReportSection section) const
{
    const int index = pageIndex(section);
    return index >= 0 ? m_pages.at(index).stored : QString();
}

bool ReportSectionEditor::isSaved(ReportSection section) const
{
    const int index = pageIndex(section);
    return index >= 0 && m_pages.at(index).saved;
}

bool ReportSectionEditor::isModified(ReportSection section) const
{
    const int index = pageIndex(section);
    return index >= 0 && m_pages.at(index).modified;
}

QList<ReportSection> ReportSectionEditor::modifiedSections() const
{
    QList<ReportSection> sections;
    for (const Page &page : m_pages)
        if (page.modified)
            sections.append(page.section);
    return sections;
}

void ReportSectionEditor::revert(ReportSection section)
{
    const int index = pageIndex(section);
    if (index < 0)
        return;
    Page &page = m_pages[index];
    page.edit->setPlainText(page.stored);
    page.edit->document()->setModified(false);
    page.version = page.latest;
}

int ReportSectionEditor::version(ReportSection section) const
{
    const int index = pageIndex(section);
    return index < 0 ? 0 : m_pages.at(index).version;
}

void ReportSectionEditor::markSaved(ReportSection section)
{
    const int index = pageIndex(section);
    if (index < 0)
        return;
    m_pages[index].modified = false;
    m_pages.at(index).edit->document()->clearUndoRedoStacks();
}

QPlainTextEdit *ReportSectionEditor::editor(ReportSection section) const
{
    const int index = pageIndex(section);
    return index >= 0 ? m_pages.at(index).edit : nullptr;
}

void ReportSectionEditor::onTextChanged(int index)
{
    Page &page = m_pages[index];
    const bool modified = page.edit->toPlainText() != page.stored;
    if (modified == page.modified)
        return;
    page.modified = modified;
    updatePage(index);
    updateState();
    Q_EMIT modificationChanged();
}

void ReportSectionEditor::updatePage(int index)
{
    const Page &page = m_pages.at(index);
    const QString title = AnnualReportService::sectionTitle(page.section);
    QString state;
    QString icon;
    if (page.modified) {
        state = tr("Changed, not saved yet");
        icon = QStringLiteral(":/icons/edit.svg");
    } else if (page.saved && !page.placeholder) {
        state = tr("Saved");
        icon = QStringLiteral(":/icons/check.svg");
    } else {
        state = page.saved ? tr("Saved, still holds a [note] to replace") : tr("Draft written from the data");
        icon = QStringLiteral(":/icons/note.svg");
    }
    page.item->setText(page.modified ? title + QStringLiteral(" *") : title);
    page.item->setIcon(QIcon(icon));
    page.item->setToolTip(title + QStringLiteral(": ") + state);
}

void ReportSectionEditor::updateState()
{
    const int index = pageIndex(currentSection());
    if (index < 0)
        return;
    const Page &page = m_pages.at(index);
    if (page.modified) {
        m_state->setText(tr("Changed, not saved yet: Save (Ctrl+S) keeps the text"));
        m_state->setStyleSheet(kAttentionStyle);
    } else if (page.saved && page.placeholder) {
        m_state->setText(tr("Saved, but it still holds a [note] to replace"));
        m_state->setStyleSheet(kAttentionStyle);
    } else if (page.saved) {
        m_state->setText(tr("Saved"));
        m_state->setStyleSheet(kSavedStyle);
    } else {
        m_state->setText(tr("Draft written from the data: edit it and save"));
        m_state->setStyleSheet(kDraftStyle);
    }
    const bool writable = m_readOnlyReason.isEmpty();
    // Saving an unchanged draft accepts it as the section's text.
    m_save->setEnabled(writable && (page.modified || !page.saved));
    m_draft->setEnabled(writable && (page.modified || page.saved));
    m_save->setToolTip(writable ? tr("Save this section's text (Ctrl+S); Edit ▸ Undo takes the save back")
                                : m_readOnlyReason);
    m_draft->setToolTip(writable
                            ? tr("Drop this section's own text and print the draft the program writes from the data")
                            : m_readOnlyReason);
}

bool ReportSectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in an editor with nothing of its own left to undo undoes the last save (the
    // window's Edit ▸ Undo) instead of doing nothing; likewise for redo.
    if (event->type() == QEvent::ShortcutOverride) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched)) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool undo = key->matches(QKeySequence::Undo);
            const bool redo =
                key->matches(QKeySequence::Redo) ||
                (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier) ||
                (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
            if ((undo && !edit->document()->isUndoAvailable()) || (redo && !edit->document()->isRedoAvailable())) {
                event->ignore();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
