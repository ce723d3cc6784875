#include "submissionhistoryview.h"

#include "domain/submissionstatus.h"
#include "domain/yearcontext.h"

#include <QHeaderView>

namespace {
constexpr int TimeRole = Qt::UserRole + 1;
constexpr int FileRole = Qt::UserRole + 2; // the index in m_files, plus one

enum HistoryColumn
{
    TimeColumn,
    ActorColumn,
    FieldColumn,
    OldValueColumn,
    NewValueColumn,
};
} // namespace

SubmissionHistoryView::SubmissionHistoryView(const YearContext &context, const QList<AuditEntry> &history,
                                             QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("history"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Time"), tr("By"), tr("Field"), tr("Old value"), tr("New value")});
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        QString oldValue = it->oldValue;
        QString newValue = it->newValue;
        if (it->field == QLatin1String("unit_id")) {
            oldValue.clear();
            newValue.clear();
        } else if (it->field == QLatin1String("status")) {
            oldValue = oldValue.isEmpty() ? oldValue : SubmissionStatus::label(oldValue);
            newValue = newValue.isEmpty() ? newValue : SubmissionStatus::label(newValue);
        }
        auto *item = new QTreeWidgetItem(this, {it->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                                it->actor, fieldLabel(context, it->field), oldValue, newValue});
        item->setData(TimeColumn, TimeRole, it->at);
        item->setToolTip(FieldColumn, it->field);
        item->setToolTip(OldValueColumn, oldValue);
        item->setToolTip(NewValueColumn, newValue);
    }
    if (history.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {tr("No changes recorded yet")});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + em * 2);
    setColumnWidth(ActorColumn, em * 8);
    setColumnWidth(FieldColumn, em * 16);
    setColumnWidth(OldValueColumn, em * 12);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const ImportedFile file = importedFileAt(item); file.id != 0)
            Q_EMIT importedFileOpenRequested(file);
    });
}

void SubmissionHistoryView::addImportedFiles(const QList<ImportedFile> &files)
{
    if (!files.isEmpty() && topLevelItemCount() == 1 && !(topLevelItem(0)->flags() & Qt::ItemIsEnabled))
        delete takeTopLevelItem(0); // "No changes recorded yet"
    for (const ImportedFile &file : files) {
        m_files.append(file);
        auto *item = new QTreeWidgetItem({file.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                          file.actor, tr("Imported from a file"), QString(), file.name});
        item->setData(TimeColumn, TimeRole, file.importedAt);
        item->setData(TimeColumn, FileRole, int(m_files.size()));
        item->setToolTip(NewValueColumn, tr("%1 (SHA-256 %2); double-click to open it").arg(file.name, file.sha256));
        QFont font = item->font(NewValueColumn);
        font.setUnderline(true);
        item->setFont(NewValueColumn, font);
        // Newest first, as the entries are: before the first one older than the file.
        int at = 0;
        while (at < topLevelItemCount() && topLevelItem(at)->data(TimeColumn, TimeRole).toDateTime() >= file.importedAt)
            ++at;
        insertTopLevelItem(at, item);
    }
}

ImportedFile SubmissionHistoryView::importedFileAt(const QTreeWidgetItem *item) const
{
    const int index = item ? item->data(TimeColumn, FileRole).toInt() : 0;
    return index > 0 ? m_files.value(index - 1) : ImportedFile();
}

QString SubmissionHistoryView::fieldLabel(const YearContext &context, const QString &key)
{
    if (key == QLatin1String("document_number"))
        return tr("Document number");
    if (key == QLatin1String("document_date"))
        return tr("Document date");
    if (key == QLatin1String("received_date"))
        return tr("Date received");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("note"))
        return tr("Note");
    if (key == QLatin1String("evidence"))
        return tr("Evidence");
    if (key.startsWith(QLatin1String("ind:"))) {
        const QStringView code = QStringView(key).mid(4);
        for (const Indicator &indicator : context.indicators)
            if (indicator.code == code)
                return indicator.name;
    }
    if (key == QLatin1String("unit_id"))
        return tr("Submission recorded");
    if (key.startsWith(QLatin1String("self:")))
        return tr("Self-score %1").arg(key.mid(5));
    if (key.startsWith(QLatin1String("rev:")))
        return tr("Reviewed score %1").arg(key.mid(4));
    if (key.startsWith(QLatin1String("note:")))
        return tr("Note on %1").arg(key.mid(5));
    return key;
}
