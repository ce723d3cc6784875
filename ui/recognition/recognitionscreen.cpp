#include "recognitionscreen.h"

#include "commands/changerecognitioncommand.h"
#include "commands/undofailurenotice.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "recognitionstatusmodel.h"
#include "services/recognitionservice.h"
#include "services/services.h"
#include "widgets/datefield.h"
#include "widgets/screenrefresh.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kProblemStyle = QStringLiteral("color: #a61b1b");

QString dmy(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

RecognitionScreen::RecognitionScreen(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_recognition(services.recognition()), m_undoStack(undoStack),
      m_readOnly(!services.mayChange(ChangeArea::Recognition)), m_counts(new QLabel(this)),
      m_statusView(new QTableView(this)), m_statusModel(new RecognitionStatusModel(this)),
      m_unitLabel(new QLabel(this)), m_decisions(new QTableWidget(0, 5, this)), m_message(new QLabel(this)),
      m_year(new QSpinBox(this)), m_level(new QComboBox(this)), m_number(new QLineEdit(this)),
      m_date(new DateField(this)), m_signer(new QLineEdit(this)), m_new(new QPushButton(tr("&New decision"), this)),
      m_add(new QPushButton(tr("&Add"), this)), m_save(new QPushButton(tr("Sa&ve changes"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    m_counts->setObjectName(QStringLiteral("recognitionCounts"));
    m_counts->setWordWrap(true);
    m_statusView->setObjectName(QStringLiteral("recognitionStatus"));
    m_statusView->setModel(m_statusModel);
    m_statusView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statusView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusView->verticalHeader()->hide();
    m_statusView->setWordWrap(false);
    m_statusView->horizontalHeader()->setSectionResizeMode(RecognitionStatusModel::UnitColumn, QHeaderView::Stretch);
    for (int c = RecognitionStatusModel::LevelColumn; c < RecognitionStatusModel::ColumnCount; ++c)
        m_statusView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *statusLabel = new QLabel(tr("&Units and their recognition today:"), this);
    statusLabel->setBuddy(m_statusView);

    m_unitLabel->setObjectName(QStringLiteral("recognitionUnit"));
    m_unitLabel->setWordWrap(true);
    m_decisions->setObjectName(QStringLiteral("recognitionDecisions"));
    m_decisions->setHorizontalHeaderLabels({tr("Year"), tr("Level"), tr("Decision no."), tr("Date"), tr("Signer")});
    m_decisions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_decisions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_decisions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisions->verticalHeader()->hide();
    m_decisions->horizontalHeader()->setStretchLastSection(true);
    m_unitLabel->setBuddy(m_decisions);

    auto *lower = new QWidget(this);
    auto *decisionsBox = new QVBoxLayout;
    decisionsBox->setContentsMargins(0, 0, 0, 0);
    decisionsBox->addWidget(m_unitLabel);
    decisionsBox->addWidget(m_decisions, 1);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(decisionsBox, 3);
    lowerLayout->addWidget(buildForm(), 2);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(statusLabel);
    upperLayout->addWidget(m_statusView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *title = new QLabel(tr("<b>Recognition as a learning unit</b> (Thông tư 24/2023): the decisions of the "
                                "provincial People's Committee"),
                             this);
    title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);

    connect(m_statusView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.siblingAtColumn(0).data(RecognitionStatusModel::UnitIdRole).toLongLong();
                if (m_reloading || id == m_unitId)
                    return;
                m_unitId = id;
                clearForm();
                reloadDecisions();
            });
    connect(m_decisions, &QTableWidget::itemSelectionChanged, this, &RecognitionScreen::onDecisionChosen);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_decisions->clearSelection();
        clearForm();
        m_year->setFocus();
    });
    connect(m_add, &QPushButton::clicked, this, &RecognitionScreen::addDecision);
    connect(m_save, &QPushButton::clicked, this, &RecognitionScreen::saveDecision);
    connect(m_remove, &QPushButton::clicked, this, &RecognitionScreen::removeDecision);
    connect(this, &RecognitionScreen::undoFailed, this,
            [this](const QString &message) { UndoFailureNotice::show(this, message); });

    auto *refresh = new ScreenRefresh(
        this, m_services.changes(),
        [](const DataChange &c) {
            return c.kind == DataChange::Kind::Recognition || c.kind == DataChange::Kind::Units;
        },
        [this] { reload(); });
    refresh->keepScrollOf(m_statusView);
    clearForm();
    reload();
}

RecognitionScreen::~RecognitionScreen() = default;

QWidget *RecognitionScreen::buildForm()
{
    auto *box = new QGroupBox(tr("Decision"), this);
    m_year->setObjectName(QStringLiteral("recognitionYear"));
    m_year->setRange(2020, 2100);
    m_level->setObjectName(QStringLiteral("recognitionLevel"));
    for (int level : {1, 2, 0})
        m_level->addItem(level == 0 ? tr("Not recognised (refused)") : RecognitionStatus::levelName(level), level);
    m_number->setObjectName(QStringLiteral("recognitionNumber"));
    m_number->setPlaceholderText(tr("e.g. 123/QĐ-UBND"));
    m_date->setObjectName(QStringLiteral("recognitionDate"));
    m_signer->setObjectName(QStringLiteral("recognitionSigner"));
    m_message->setObjectName(QStringLiteral("recognitionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(kProblemStyle);
    m_message->hide();
    m_new->setObjectName(QStringLiteral("recognitionNew"));
    m_add->setObjectName(QStringLiteral("recognitionAdd"));
    m_save->setObjectName(QStringLiteral("recognitionSave"));
    m_remove->setObjectName(QStringLiteral("recognitionRemove"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Year recognised:"), m_year);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("Decision n&umber:"), m_number);
    form->addRow(tr("Decision &date:"), m_date);
    form->addRow(tr("Si&gner:"), m_signer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(1);
    if (m_readOnly) {
        auto *readOnly = new QLabel(tr("Read-only: this login may look at the decisions but not change them."), box);
        readOnly->setObjectName(QStringLiteral("recognitionReadOnly"));
        readOnly->setWordWrap(true);
        layout->insertWidget(0, readOnly);
    }
    return box;
}

void RecognitionScreen::reload()
{
    QList<RecognitionRow> rows;
    try {
        rows = m_recognition.statuses(m_recognition.today());
    } catch (const StorageError &error) {
        showProblem(error.message());
        return;
    }
    const qint64 keep = m_unitId;
    m_reloading = true;
    m_statusModel->setRows(rows);
    int row = m_statusModel->rowOf(keep);
    if (row < 0 && !rows.isEmpty())
        row = 0;
    if (row >= 0)
        m_statusView->setCurrentIndex(m_statusModel->index(row, 0));
    m_reloading = false;
    int recognised = 0, reevaluate = 0, mayAsk = 0;
    for (const RecognitionRow &r : rows) {
        recognised += r.status.current ? 1 : 0;
        reevaluate += r.status.mustReevaluate ? 1 : 0;
        mayAsk += r.status.mayAskLevel2Now ? 1 : 0;
    }
    m_counts->setText(tr("On %1: %2 of %3 units recognised; %4 must be evaluated again this year; %5 may ask for "
                         "Mức độ 2 now.")
                          .arg(dmy(m_recognition.today()))
                          .arg(recognised)
                          .arg(rows.size())
                          .arg(reevaluate)
                          .arg(mayAsk));
    m_unitId = row >= 0 ? rows.at(row).unit.id : 0;
    if (m_unitId != keep)
        clearForm();
    reloadDecisions(m_editing);
}

void RecognitionScreen::selectUnit(qint64 unitId)
{
    const int row = m_statusModel->rowOf(unitId);
    if (row >= 0)
        m_statusView->setCurrentIndex(m_statusModel->index(row, 0));
}

void RecognitionScreen::reloadDecisions(qint64 select)
{
    const QSignalBlocker blocker(m_decisions);
    m_decisions->clearContents();
    m_decisions->setRowCount(0);
    const int row = m_statusModel->rowOf(m_unitId);
    m_unitLabel->setText(row < 0 ? tr("Choose a unit above to see and record its decisions.")
                                 : tr("Decisions on %1:").arg(m_statusModel->rows().at(row).name));
    int selected = -1;
    if (m_unitId > 0) {
        QList<RecognitionDecision> list = m_recognition.decisions(m_unitId);
        m_decisions->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const RecognitionDecision &d = list.at(i);
            const QStringList cells = {QString::number(d.year), RecognitionStatus::levelName(d.level), d.number,
                                       dmy(d.date), d.signer};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, d.id);
                if (d.carriedFromId > 0)
                    item->setToolTip(tr("Carried over from a former unit: %1").arg(d.note));
                m_decisions->setItem(i, c, item);
            }
            if (d.id == select)
                selected = i;
        }
        m_decisions->resizeColumnsToContents();
    }
    if (selected >= 0)
        m_decisions->selectRow(selected);
    else if (m_editing > 0)
        clearForm();
    updateActions();
}

void RecognitionScreen::onDecisionChosen()
{
    const QList<QTableWidgetItem *> chosen = m_decisions->selectedItems();
    if (chosen.isEmpty()) {
        updateActions();
        return;
    }
    const std::optional<RecognitionDecision> d =
        m_recognition.decision(chosen.first()->data(Qt::UserRole).toLongLong());
    if (!d)
        return;
    m_editing = d->id;
    m_year->setValue(d->year);
    m_level->setCurrentIndex(m_level->findData(d->level));
    m_number->setText(d->number);
    m_date->setDate(d->date);
    m_signer->setText(d->signer);
    m_message->hide();
    updateActions();
}

void RecognitionScreen::clearForm()
{
    m_editing = 0;
    const QDate today = m_recognition.today();
    m_year->setValue(today.year() - 1);
    m_level->setCurrentIndex(0);
    m_number->clear();
    m_date->setDate(today);
    m_signer->clear();
    m_message->hide();
    updateActions();
}

void RecognitionScreen::updateActions()
{
    const bool editable = !m_readOnly && m_unitId > 0;
    for (QWidget *field : std::initializer_list<QWidget *>{m_year, m_level, m_number, m_date, m_signer, m_new})
        field->setEnabled(editable);
    m_add->setEnabled(editable);
    m_save->setEnabled(editable && m_editing > 0);
    m_remove->setEnabled(editable && m_editing > 0);
    const QString why = m_readOnly ? tr("This login may not change the decisions.") : QString();
    for (QPushButton *button : {m_new, m_add, m_save, m_remove})
        button->setToolTip(why);
}

RecognitionDecision RecognitionScreen::formDecision() const
{
    RecognitionDecision d;
    if (m_editing > 0)
        if (const std::optional<RecognitionDecision> stored = m_recognition.decision(m_editing))
            d = *stored; // keeps what the form does not show (carried over, the note)
    d.id = m_editing;
    d.unitId = m_unitId;
    d.year = m_year->value();
    d.level = m_level->currentData().toInt();
    d.number = m_number->text();
    d.date = m_date->date();
    d.signer = m_signer->text();
    return d;
}

void RecognitionScreen::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool RecognitionScreen::store(const RecognitionDecision &decision, const QString &text)
{
    if (m_readOnly || m_unitId <= 0)
        return false;
    const std::optional<RecognitionDecision> before =
        decision.id > 0 ? m_recognition.decision(decision.id) : std::nullopt;
    RecognitionDecision saved;
    try {
        saved = m_recognition.save(decision);
    } catch (const ValidationError &error) {
        showProblem(error.message());
        return false;
    } catch (const StorageError &error) {
        showProblem(error.message());
        return false;
    }
    showProblem({});
    push(before, saved, text);
    m_editing = saved.id;
    reload();
    Q_EMIT statusMessage(text);
    return true;
}

bool RecognitionScreen::addDecision()
{
    RecognitionDecision d = formDecision();
    d.id = 0;
    d.carriedFromId = 0;
    d.note.clear();
    return store(d, tr("Add the decision %1 on %2").arg(d.number.trimmed(), m_unitLabel->text()));
}

bool RecognitionScreen::saveDecision()
{
    if (m_editing <= 0)
        return false;
    const RecognitionDecision d = formDecision();
    return store(d, tr("Change the decision %1").arg(d.number.trimmed()));
}

bool RecognitionScreen::removeDecision()
{
    if (m_readOnly || m_editing <= 0)
        return false;
    const std::optional<RecognitionDecision> before = m_recognition.decision(m_editing);
    if (!before)
        return false;
    try {
        m_recognition.remove(before->id);
    } catch (const ValidationError &error) {
        showProblem(error.message());
        return false;
    } catch (const StorageError &error) {
        showProblem(error.message());
        return false;
    }
    const QString text = tr("Remove the decision %1").arg(before->number);
    push(before, std::nullopt, text);
    clearForm();
    reload();
    Q_EMIT statusMessage(text);
    return true;
}

void RecognitionScreen::push(const std::optional<RecognitionDecision> &before,
                             const std::optional<RecognitionDecision> &after, const QString &text)
{
    if (!m_undoStack)
        return;
    m_undoStack->push(new ChangeRecognitionCommand(m_recognition, before, after, text,
                                                   [this](const QString &message) { Q_EMIT undoFailed(message); }));
}
