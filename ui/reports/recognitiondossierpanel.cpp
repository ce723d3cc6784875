#include "recognitiondossierpanel.h"

#include "commands/setdossiersentcommand.h"
#include "commands/undofailurenotice.h"
#include "domain/recognitionstatus.h"
#include "domain/storageerror.h"
#include "domain/validationissue.h"
#include "services/recognitionservice.h"
#include "widgets/datefield.h"
#include "widgets/screenrefresh.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

using State = RecognitionDossiers::State;
const QList<State> kStates = {State::Ready, State::Sent, State::Missing, State::NotQualifying};

QString dmy(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

RecognitionDossierPanel::RecognitionDossierPanel(RecognitionService &service, ChangeHub &changes, QUndoStack *undoStack,
                                                 bool readOnly, QWidget *parent)
    : QWidget(parent), m_service(service), m_undoStack(undoStack), m_readOnly(readOnly), m_title(new QLabel(this)),
      m_counts(new QLabel(this)), m_view(new QTreeWidget(this)), m_sentOn(new DateField(this)),
      m_record(new QPushButton(tr("Record &sent"), this)), m_clear(new QPushButton(tr("C&lear"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("recognitionDossiers"));
    m_title->setObjectName(QStringLiteral("dossierTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counts->setObjectName(QStringLiteral("dossierCounts"));
    m_counts->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("dossierList"));
    m_view->setColumnCount(2);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The list takes the room the readiness list above leaves: neither squeezes the other.
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 5);
    m_sentOn->setObjectName(QStringLiteral("dossierSentOn"));
    m_sentOn->setDate(m_service.today());
    m_record->setObjectName(QStringLiteral("dossierRecordSent"));
    m_clear->setObjectName(QStringLiteral("dossierClearSent"));
    m_message->setObjectName(QStringLiteral("dossierMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b"));
    m_message->hide();
    auto *sentLabel = new QLabel(tr("Sent &on:"), this);
    sentLabel->setBuddy(m_sentOn);

    // The day on one line, the buttons under it: the panel stays as narrow as the list.
    auto *sent = new QGridLayout;
    sent->addWidget(sentLabel, 0, 0);
    sent->addWidget(m_sentOn, 0, 1, 1, 2, Qt::AlignLeft);
    sent->addWidget(m_record, 1, 1);
    sent->addWidget(m_clear, 1, 2);
    sent->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, layout->contentsMargins().top() / 2, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addLayout(sent);
    layout->addWidget(m_message);

    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] {
        const qint64 unit = currentUnitId();
        for (const RecognitionDossiers::Entry &e : std::as_const(m_dossiers.entries))
            if (e.unitId == unit)
                m_sentOn->setDate(e.sentOn.isValid() ? e.sentOn : m_service.today());
        updateActions();
    });
    connect(m_record, &QPushButton::clicked, this, &RecognitionDossierPanel::recordSent);
    connect(m_clear, &QPushButton::clicked, this, &RecognitionDossierPanel::clearSent);
    connect(this, &RecognitionDossierPanel::undoFailed, this,
            [this](const QString &message) { UndoFailureNotice::show(this, message); });
    new ScreenRefresh(
        this, changes,
        [this](const DataChange &c) {
            return c.kind == DataChange::Kind::Recognition || c.concerns(DataChange::Kind::Submissions, m_year) ||
                   c.concerns(DataChange::Kind::Units, m_year) || c.concerns(DataChange::Kind::YearSettings, m_year) ||
                   c.concerns(DataChange::Kind::Rubrics, m_year);
        },
        [this] { reload(); });
}

QString RecognitionDossierPanel::title() const
{
    return m_title->text();
}

QString RecognitionDossierPanel::tabText() const
{
    const int missing = m_dossiers.count(State::Missing);
    return missing > 0 ? tr("Dossiers (%n missing)", nullptr, missing) : tr("Dossiers");
}

QString RecognitionDossierPanel::stateTitle(State state)
{
    switch (state) {
    case State::Ready:
        return tr("Ready to send");
    case State::Sent:
        return tr("Sent");
    case State::Missing:
        return tr("Missing results");
    case State::NotQualifying:
        return tr("Reaching no level");
    }
    return {};
}

void RecognitionDossierPanel::setYear(int year)
{
    m_year = year;
    reload();
}

void RecognitionDossierPanel::reload()
{
    const qint64 keep = currentUnitId();
    m_dossiers = RecognitionDossiers();
    if (m_year > 0) {
        try {
            m_dossiers = m_service.dossiers(m_year);
        } catch (const StorageError &error) {
            m_message->setText(error.message());
            m_message->show();
        }
    }
    if (!m_dossiers.levels) {
        Q_EMIT applicableChanged(false);
        return;
    }
    m_title->setText(tr("Recognition dossiers for %1, due before %2").arg(m_year).arg(dmy(m_dossiers.due)));
    m_counts->setText(tr("Ready: %1 · Sent: %2 · Missing: %3 · Reaching no level: %4")
                          .arg(m_dossiers.count(State::Ready))
                          .arg(m_dossiers.count(State::Sent))
                          .arg(m_dossiers.count(State::Missing))
                          .arg(m_dossiers.count(State::NotQualifying)));
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    QTreeWidgetItem *current = nullptr;
    for (const State state : kStates) {
        auto *heading = new QTreeWidgetItem(
            m_view, {QStringLiteral("%1 (%2)").arg(stateTitle(state)).arg(m_dossiers.count(state))});
        heading->setData(0, UnitIdRole, 0);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const RecognitionDossiers::Entry &e : std::as_const(m_dossiers.entries)) {
            if (e.state != state)
                continue;
            QString detail;
            if (state == State::Sent)
                detail = tr("sent on %1").arg(dmy(e.sentOn));
            else if (state == State::Missing)
                detail = tr("%n chỉ tiêu without a result", nullptr, e.unassessed);
            else if (state == State::Ready)
                detail = RecognitionStatus::levelName(e.levelReached);
            auto *item = new QTreeWidgetItem(heading, {e.unitName, detail});
            item->setData(0, UnitIdRole, e.unitId);
            item->setToolTip(0, e.unitName);
            if (e.unitId == keep)
                current = item;
        }
        // The long lists start folded: what is due comes first.
        heading->setExpanded(state == State::Ready || state == State::Sent || current);
    }
    if (current)
        m_view->setCurrentItem(current);
    updateActions();
    Q_EMIT applicableChanged(true);
}

qint64 RecognitionDossierPanel::currentUnitId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(0, UnitIdRole).toLongLong() : 0;
}

void RecognitionDossierPanel::updateActions()
{
    const qint64 unit = currentUnitId();
    bool sent = false;
    for (const RecognitionDossiers::Entry &e : std::as_const(m_dossiers.entries))
        if (e.unitId == unit)
            sent = e.sentOn.isValid();
    const bool editable = !m_readOnly && unit > 0;
    m_sentOn->setEnabled(editable);
    m_record->setEnabled(editable);
    m_clear->setEnabled(editable && sent);
    const QString why = m_readOnly ? tr("The database is open read-only: changes cannot be saved.")
                                   : (unit > 0 ? QString() : tr("Choose a unit in the list first."));
    m_record->setToolTip(why);
    m_clear->setToolTip(why);
}

bool RecognitionDossierPanel::recordSent()
{
    return setSent(m_sentOn->date());
}

bool RecognitionDossierPanel::clearSent()
{
    return setSent(QDate());
}

bool RecognitionDossierPanel::setSent(QDate sentOn)
{
    const qint64 unit = currentUnitId();
    if (m_readOnly || unit <= 0)
        return false;
    const QDate before = m_service.dossierSent(unit, m_year);
    if (before == sentOn)
        return false;
    try {
        m_service.setDossierSent(unit, m_year, sentOn);
    } catch (const ValidationError &error) {
        m_message->setText(error.message());
        m_message->show();
        return false;
    } catch (const StorageError &error) {
        m_message->setText(error.message());
        m_message->show();
        return false;
    }
    m_message->hide();
    QString name;
    for (const RecognitionDossiers::Entry &e : std::as_const(m_dossiers.entries))
        if (e.unitId == unit)
            name = e.unitName;
    const QString text = sentOn.isValid() ? tr("Record the dossier of %1 as sent on %2").arg(name, dmy(sentOn))
                                          : tr("Clear the day the dossier of %1 was sent").arg(name);
    if (m_undoStack)
        m_undoStack->push(new SetDossierSentCommand(m_service, unit, m_year, before, sentOn, text,
                                                    [this](const QString &message) { Q_EMIT undoFailed(message); }));
    reload();
    Q_EMIT statusMessage(text);
    return true;
}
