#include "submissioneditordialog.h"

#include "domain/submissionstatus.h"
#include "domain/timeliness.h"
#include "services/submissionvalidator.h"
#include "submissionhistoryview.h"
#include "widgets/evidencepanel.h"
#include "widgets/screenfit.h"
#include "widgets/unsavedquestion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEvidencePage = 3; // after Document, Indicators and Self-score

const QString kInvalidStyle = QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }");
const QString kErrorStyle = QStringLiteral("color: #c62828;");

// A long page in a scroll area.
QScrollArea *scrollPage(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// A value with what follows it (its unit, its maximum), for a grid cell.
QWidget *fieldWithSuffix(QWidget *parent, QLineEdit *field, QWidget *suffix)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    row->addWidget(suffix, 1);
    return box;
}

bool isNumeric(const Indicator &indicator)
{
    return indicator.kind == QLatin1String("count") || indicator.kind == QLatin1String("percent");
}
} // namespace

SubmissionEditorDialog::SubmissionEditorDialog(const YearContext &context, const Submission &submission,
                                               const QList<AuditEntry> &history, QWidget *parent)
    : QDialog(parent), m_context(context), m_original(submission)
{
    const Unit *unit = m_context.unit(m_original.unitId);
    const QString unitName = unit ? unit->name : QString::number(m_original.unitId);
    setWindowTitle(tr("Submission of %1 for %2").arg(unitName).arg(m_context.year));

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(unitName.toHtmlEscaped()), this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    QStringList details;
    if (unit) {
        details.append(unit->code);
        if (!unit->group.isEmpty())
            details.append(unit->group);
    }
    details.append(tr("year %1").arg(m_context.year));
    details.append(tr("deadline %1").arg(SubmissionValidator::formatDate(m_context.settings.unitDeadline)));
    auto *subtitle = new QLabel(details.join(QStringLiteral(" · ")), this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #5d3a00; border: 1px solid #e0a040; padding: 6px; }"));
    m_banner->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createDocumentPage(), tr("&Document"));
    m_tabs->addTab(createIndicatorsPage(), tr("&Indicators"));
    m_tabs->addTab(createScoresPage(), tr("&Self-score"));
    m_evidence = new EvidencePanel(m_context.scoredCriteria(), this);
    m_evidence->setEvidence(m_original.evidence);
    m_tabs->addTab(m_evidence, tr("E&vidence (%1)").arg(m_original.evidence.size()));
    m_history = new SubmissionHistoryView(m_context, history, this);
    m_tabs->addTab(m_history, tr("&History"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton()->setDefault(true);
    saveButton()->setToolTip(tr("Save the submission (Enter); Edit ▸ Undo takes it back"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmissionEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubmissionEditorDialog::reject);
    connect(m_evidence, &EvidencePanel::evidenceChanged, this, [this] {
        m_tabs->setTabText(kEvidencePage, tr("E&vidence (%1)").arg(m_evidence->evidence().size()));
        onEdited();
    });
    connect(m_evidence, &EvidencePanel::openRequested, this, &SubmissionEditorDialog::evidenceOpenRequested);

    checkDates();
    for (const IndicatorField &field : std::as_const(m_indicators))
        checkIndicator(field);
    for (const ScoreField &field : std::as_const(m_scores))
        checkScore(field);
    updateSelfTotal();
    m_documentNumber->setFocus();

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    ScreenFit::resize(this, QSize(em * 80, em * 56));
}

QPushButton *SubmissionEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QLineEdit *SubmissionEditorDialog::createField(QWidget *parent, const QString &key, const QString &text)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(key);
    m_fields.insert(key, field);
    connect(field, &QLineEdit::textEdited, this, &SubmissionEditorDialog::onEdited);
    return field;
}

QLabel *SubmissionEditorDialog::createErrorLabel(QWidget *parent, QLineEdit *field)
{
    auto *error = new QLabel(parent);
    error->setObjectName(field->objectName() + QStringLiteral(".error"));
    error->setStyleSheet(kErrorStyle);
    error->setWordWrap(true);
    error->hide();
    m_errorLabels.insert(field, error);
    return error;
}

QWidget *SubmissionEditorDialog::withError(QWidget *parent, QLineEdit *field, QWidget *beside)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    if (beside)
        row->addWidget(beside, 1);
    else
        row->addStretch(1);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(createErrorLabel(box, field));
    return box;
}

QWidget *SubmissionEditorDialog::createDocumentPage()
{
    auto *page = new QWidget;
    const QFontMetrics metrics = fontMetrics();
    const int dateWidth =
        metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + metrics.horizontalAdvance(QLatin1Char('M')) * 3;

    m_documentNumber = createField(page, QStringLiteral("document_number"), m_original.documentNumber);
    m_documentNumber->setPlaceholderText(tr("e.g. 45/BC-UBND"));
    m_documentDate =
        createField(page, QStringLiteral("document_date"), SubmissionValidator::formatDate(m_original.documentDate));
    m_receivedDate =
        createField(page, QStringLiteral("received_date"), SubmissionValidator::formatDate(m_original.receivedDate));
    for (QLineEdit *date : {m_documentDate, m_receivedDate}) {
        date->setPlaceholderText(tr("dd/mm/yyyy"));
        date->setFixedWidth(dateWidth);
    }
    m_timelinessHint = new QLabel(page);
    m_timelinessHint->setObjectName(QStringLiteral("timelinessHint"));

    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &code : SubmissionStatus::codes())
        m_status->addItem(SubmissionStatus::label(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_original.status)));
    m_note = createField(page, QStringLiteral("note"), m_original.note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [page, form](const QString &text, QWidget *buddy, auto field) {
        auto *label = new QLabel(text, page);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    addRow(tr("Document &number:"), m_documentNumber, m_documentNumber);
    addRow(tr("Document &date:"), m_documentDate, withError(page, m_documentDate));
    addRow(tr("Date &received:"), m_receivedDate, withError(page, m_receivedDate, m_timelinessHint));
    addRow(tr("S&tatus:"), m_status, statusRow);
    addRow(tr("N&ote:"), m_note, m_note);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_documentDate, &QLineEdit::textChanged, this, &SubmissionEditorDialog::checkDates);
    connect(m_receivedDate, &QLineEdit::textChanged, this, &SubmissionEditorDialog::checkDates);
    connect(m_receivedDate, &QLineEdit::textEdited, this, [this] {
        // Typing the date a report came in means it was received, unless the clerk chose
        // a status on purpose.
        QDate received;
        if (!m_statusChosen && m_status->currentData().toString() == QLatin1String("not_received") &&
            SubmissionValidator::parseDate(m_receivedDate->text(), &received).isEmpty() && received.isValid())
            m_status->setCurrentIndex(m_status->findData(QStringLiteral("received")));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        m_statusChosen = true;
        onEdited();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &SubmissionEditorDialog::checkDates);
    return page;
}

QWidget *SubmissionEditorDialog::createIndicatorsPage()
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    const QFontMetrics metrics = fontMetrics();
    const int numberWidth =
        metrics.horizontalAdvance(QStringLiteral("000.000.000")) + metrics.horizontalAdvance(QLatin1Char('M')) * 2;

    auto *nameHeader = new QLabel(tr("<b>Indicator</b>"), content);
    auto *valueHeader = new QLabel(tr("<b>Value</b>"), content);
    grid->addWidget(nameHeader, 0, 0);
    grid->addWidget(valueHeader, 0, 1);
    int row = 1;
    for (const Indicator &indicator : std::as_const(m_context.indicators)) {
        const QString key = QStringLiteral("ind:") + indicator.code;
        const IndicatorValue *stored = m_original.value(indicator.id);
        IndicatorField field;
        field.indicator = indicator;
        field.value =
            createField(content, key, stored ? SubmissionValidator::formatIndicator(indicator, *stored) : QString());
        auto *name = new QLabel(indicator.name, content);
        name->setWordWrap(true);
        name->setBuddy(field.value);
        name->setToolTip(indicator.code);
        auto *unitLabel = new QLabel(indicator.unitOfMeasure, content);
        if (indicator.kind == QLatin1String("percent")) {
            field.value->setPlaceholderText(tr("0–100"));
            unitLabel->setText(QStringLiteral("%"));
        } else if (indicator.kind == QLatin1String("yesno")) {
            field.value->setPlaceholderText(tr("yes / no"));
        }
        if (indicator.kind == QLatin1String("text"))
            field.value->setMinimumWidth(numberWidth * 2);
        else
            field.value->setFixedWidth(numberWidth);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(fieldWithSuffix(content, field.value, unitLabel), row, 1, Qt::AlignTop);
        // The problem, if any, on a row of its own under the value (hidden rows take no room).
        grid->addWidget(createErrorLabel(content, field.value), row + 1, 1, 1, 2);
        if (isNumeric(indicator)) {
            field.estimate = new QCheckBox(tr("Estimate to 31/12"), content);
            field.estimate->setObjectName(QStringLiteral("est:") + indicator.code);
            field.estimate->setToolTip(
                tr("The figure is an estimate of what will be done by 31 December (ước thực hiện)"));
            field.estimate->setChecked(stored && stored->estimate);
            connect(field.estimate, &QCheckBox::toggled, this, &SubmissionEditorDialog::onEdited);
            grid->addWidget(field.estimate, row, 2, Qt::AlignTop);
        }
        m_indicators.append(field);
        const qsizetype index = m_indicators.size() - 1;
        connect(field.value, &QLineEdit::textChanged, this, [this, index] { checkIndicator(m_indicators.at(index)); });
        row += 2;
    }
    grid->setRowStretch(row, 1);
    return scrollPage(content);
}

QWidget *SubmissionEditorDialog::createScoresPage()
{
    auto *page = new QWidget;
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const QFontMetrics metrics = fontMetrics();
    const int scoreWidth =
        metrics.horizontalAdvance(QStringLiteral("không đạt")) + metrics.horizontalAdvance(QLatin1Char('M')) * 2;

    int row = 0;
    for (const Criterion &criterion : std::as_const(m_context.rubric.criteria)) {
        if (criterion.kind == QLatin1String("group")) {
            auto *group = new QLabel(
                QStringLiteral("<b>%1. %2</b>").arg(criterion.code.toHtmlEscaped(), criterion.title.toHtmlEscaped()),
                content);
            group->setWordWrap(true);
            grid->addWidget(group, row, 0, 1, 2);
            if (criterion.maxPoints.hundredths() > 0)
                grid->addWidget(new QLabel(tr("max %1").arg(criterion.maxPoints.toString()), content), row, 2);
            ++row;
            continue;
        }
        const CriterionScore *stored = m_original.score(criterion.id);
        ScoreField field;
        field.criterion = criterion;
        field.self = createField(content, QStringLiteral("self:") + criterion.code,
                                 SubmissionValidator::formatScore(criterion, stored ? stored->self : std::nullopt));
        field.self->setFixedWidth(scoreWidth);
        auto *code = new QLabel(criterion.code, content);
        auto *title = new QLabel(criterion.title, content);
        title->setWordWrap(true);
        title->setBuddy(field.self);
        QString range;
        if (criterion.kind == QLatin1String("points")) {
            range = tr("max %1").arg(criterion.maxPoints.toString());
        } else if (criterion.kind == QLatin1String("passfail")) {
            range = tr("pass / fail");
            field.self->setPlaceholderText(tr("đạt / không đạt"));
        } else {
            range = tr("%, threshold %1").arg(criterion.threshold.toString());
            field.self->setPlaceholderText(tr("0–100"));
        }
        grid->addWidget(code, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1, Qt::AlignTop);
        grid->addWidget(fieldWithSuffix(content, field.self, new QLabel(range, content)), row, 2, Qt::AlignTop);
        QLabel *error = createErrorLabel(content, field.self);
        error->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(error, row + 1, 1, 1, 2);
        m_scores.append(field);
        const qsizetype index = m_scores.size() - 1;
        connect(field.self, &QLineEdit::textChanged, this, [this, index] {
            checkScore(m_scores.at(index));
            updateSelfTotal();
        });
        row += 2;
    }
    grid->setRowStretch(row, 1);

    m_selfTotal = new QLabel(page);
    m_selfTotal->setObjectName(QStringLiteral("selfTotal"));
    m_selfTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_selfTotal->font();
    bold.setBold(true);
    m_selfTotal->setFont(bold);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(scrollPage(content), 1);
    layout->addWidget(m_selfTotal);
    return page;
}

void SubmissionEditorDialog::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    for (QLineEdit *field : std::as_const(m_fields))
        field->setReadOnly(true);
    m_status->setEnabled(false);
    for (const IndicatorField &field : std::as_const(m_indicators))
        if (field.estimate)
            field.estimate->setEnabled(false);
    m_evidence->setReadOnly(true);
    saveButton()->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_banner->setText(reason);
    m_banner->show();
}

void SubmissionEditorDialog::keepOfficeFields(const QString &reason)
{
    m_receivedDate->setReadOnly(true);
    m_receivedDate->setToolTip(reason);
    m_status->setEnabled(false);
    m_status->setToolTip(reason);
    m_documentNumber->setFocus();
}

void SubmissionEditorDialog::setFieldError(QLineEdit *field, const QString &message)
{
    const bool wasInvalid = m_invalid.contains(field);
    if (message.isEmpty() && !wasInvalid)
        return;
    if (message.isEmpty())
        m_invalid.remove(field);
    else
        m_invalid.insert(field, message);
    field->setProperty("invalid", !message.isEmpty());
    field->setStyleSheet(message.isEmpty() ? QString() : kInvalidStyle);
    field->setToolTip(message);
    if (QLabel *label = m_errorLabels.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    updateSaveButton();
}

QString SubmissionEditorDialog::fieldError(const QString &key) const
{
    return m_invalid.value(m_fields.value(key));
}

void SubmissionEditorDialog::checkDates()
{
    QDate documentDate;
    QDate receivedDate;
    QString documentError = SubmissionValidator::parseDate(m_documentDate->text(), &documentDate);
    QString receivedError = SubmissionValidator::parseDate(m_receivedDate->text(), &receivedDate);
    const bool documentParsed = documentError.isEmpty();
    const bool receivedParsed = receivedError.isEmpty();
    if (!documentParsed)
        documentDate = QDate();
    if (!receivedParsed)
        receivedDate = QDate();
    if (documentParsed && documentDate.isValid())
        documentError = SubmissionValidator::checkDocumentDate(documentDate, receivedDate, m_context);
    if (receivedParsed && receivedDate.isValid())
        receivedError = SubmissionValidator::checkReceivedDate(receivedDate, documentDate, m_context);
    setFieldError(m_documentDate, documentError);
    setFieldError(m_receivedDate, receivedError);
    updateTimelinessHint(receivedError.isEmpty() ? receivedDate : QDate());
}

void SubmissionEditorDialog::updateTimelinessHint(QDate received)
{
    const QDate deadline = m_context.settings.unitDeadline;
    const QString deadlineText = SubmissionValidator::formatDate(deadline);
    switch (Timeliness::of(m_status->currentData().toString(), received, deadline)) {
    case Timeliness::OnTime:
        m_timelinessHint->setText(tr("On time (deadline %1)").arg(deadlineText));
        m_timelinessHint->setStyleSheet(QString());
        break;
    case Timeliness::Late:
        m_timelinessHint->setText(
            tr("Late: %n day(s) after the deadline %1", nullptr, int(deadline.daysTo(received))).arg(deadlineText));
        m_timelinessHint->setStyleSheet(QStringLiteral("color: #a84b00; font-weight: bold;"));
        break;
    case Timeliness::Missing:
        m_timelinessHint->setText(tr("Deadline %1").arg(deadlineText));
        m_timelinessHint->setStyleSheet(QString());
        break;
    }
}

void SubmissionEditorDialog::checkIndicator(const IndicatorField &field)
{
    IndicatorValue value;
    setFieldError(field.value, SubmissionValidator::parseIndicator(field.indicator, field.value->text(), &value));
}

void SubmissionEditorDialog::checkScore(const ScoreField &field)
{
    std::optional<Points> score;
    setFieldError(field.self, SubmissionValidator::parseScore(field.criterion, field.self->text(), &score));
}

void SubmissionEditorDialog::updateSelfTotal()
{
    Points total;
    Points max;
    int pointsItems = 0;
    int scored = 0;
    bool incomplete = false;
    for (const ScoreField &field : std::as_const(m_scores)) {
        const bool points = field.criterion.kind == QLatin1String("points");
        if (points) {
            ++pointsItems;
            max += field.criterion.maxPoints;
        }
        std::optional<Points> score;
        if (!SubmissionValidator::parseScore(field.criterion, field.self->text(), &score).isEmpty()) {
            incomplete = true;
            continue;
        }
        if (score) {
            ++scored;
            if (points)
                total += *score;
        }
    }
    QString text = pointsItems > 0 ? tr("Total: %1 of %2").arg(total.toString(), max.toString())
                                   : tr("Scored: %1 of %n item(s)", nullptr, int(m_scores.size())).arg(scored);
    if (incomplete)
        text += QStringLiteral(" ") + tr("(without the scores that are not valid)");
    m_selfTotal->setText(text);
}

void SubmissionEditorDialog::updateSaveButton()
{
    saveButton()->setEnabled(m_invalid.isEmpty());
    saveButton()->setToolTip(m_invalid.isEmpty() ? tr("Save the submission (Enter); Edit ▸ Undo takes it back")
                                                 : tr("Correct the fields marked in red first"));
}

void SubmissionEditorDialog::onEdited()
{
    m_modified = true;
    if (m_banner->isVisible() && !m_readOnly)
        m_banner->hide();
}

Submission SubmissionEditorDialog::editedSubmission() const
{
    Submission s = m_original;
    s.documentNumber = m_documentNumber->text().trimmed();
    SubmissionValidator::parseDate(m_documentDate->text(), &s.documentDate);
    SubmissionValidator::parseDate(m_receivedDate->text(), &s.receivedDate);
    s.status = m_status->currentData().toString();
    s.note = m_note->text().trimmed();

    // Values and scores keep the order they were stored in (and what this dialog does not
    // show, such as values of indicators no longer in use); new ones come after.
    QHash<qint64, IndicatorValue> editedValues;
    for (const IndicatorField &field : m_indicators) {
        IndicatorValue value;
        SubmissionValidator::parseIndicator(field.indicator, field.value->text(), &value);
        value.indicatorId = field.indicator.id;
        value.estimate = field.estimate && field.estimate->isChecked() && !value.isEmpty();
        editedValues.insert(field.indicator.id, value);
    }
    s.values.clear();
    for (const IndicatorValue &stored : m_original.values) {
        if (!editedValues.contains(stored.indicatorId))
            s.values.append(stored);
        else if (const IndicatorValue value = editedValues.take(stored.indicatorId); !value.isEmpty())
            s.values.append(value);
    }
    for (const IndicatorField &field : m_indicators)
        if (const IndicatorValue value = editedValues.value(field.indicator.id); !value.isEmpty())
            s.values.append(value);

    QHash<qint64, std::optional<Points>> editedScores;
    for (const ScoreField &field : m_scores) {
        std::optional<Points> score;
        SubmissionValidator::parseScore(field.criterion, field.self->text(), &score);
        editedScores.insert(field.criterion.id, score);
    }
    s.scores.clear();
    for (CriterionScore stored : m_original.scores) {
        if (editedScores.contains(stored.criterionId))
            stored.self = editedScores.take(stored.criterionId);
        if (stored.self || stored.reviewed || !stored.note.isEmpty())
            s.scores.append(stored);
    }
    for (const ScoreField &field : m_scores) {
        const auto it = editedScores.constFind(field.criterion.id);
        if (it != editedScores.cend() && it->has_value())
            s.scores.append({field.criterion.id, *it, std::nullopt, QString()});
    }
    s.evidence = m_evidence->evidence();
    return s;
}

void SubmissionEditorDialog::accept()
{
    if (m_readOnly || !isInputValid())
        return;
    Q_EMIT saveRequested(editedSubmission());
}

void SubmissionEditorDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

int SubmissionEditorDialog::currentPage() const
{
    return m_tabs->currentIndex();
}

void SubmissionEditorDialog::markSaved()
{
    QDialog::accept();
}

void SubmissionEditorDialog::discard()
{
    QDialog::reject();
}

void SubmissionEditorDialog::reject()
{
    if (m_modified && !m_readOnly) {
        const auto answer = UnsavedQuestion::ask(this, tr("Discard changes?"),
                                                 tr("The changes to this submission have not been saved."), QString(),
                                                 UnsavedQuestion::Offer::DiscardOnly);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void SubmissionEditorDialog::showIssues(const QList<ValidationIssue> &issues)
{
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (const ValidationIssue &issue : issues) {
        if (QLineEdit *field = m_fields.value(issue.field)) {
            setFieldError(field, issue.message);
            if (!first)
                first = field;
        } else {
            elsewhere.append(issue.message);
            if (!first && issue.field == QLatin1String("status"))
                first = m_status;
        }
    }
    m_banner->setText(
        tr("Not saved:") + QLatin1Char(' ') +
        (elsewhere.isEmpty() ? tr("correct the fields marked in red.") : elsewhere.join(QLatin1Char('\n'))));
    m_banner->show();
    if (first) {
        for (int page = 0; page < m_tabs->count(); ++page)
            if (m_tabs->widget(page)->isAncestorOf(first))
                m_tabs->setCurrentIndex(page);
        first->setFocus();
    }
}
