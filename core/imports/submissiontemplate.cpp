#include "submissiontemplate.h"

#include "domain/submissionoverview.h"
#include "domain/submissionstatus.h"
#include "domain/vietnamesecollator.h"
#include "domain/yearcontext.h"
#include "io/tablewriter.h"
#include "io/xlsxtablewriter.h"
#include "services/submissionvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString pointsForMachines(const std::optional<Points> &p)
{
    return p ? p->toString(QLatin1Char('.')) : QString();
}

// The recorded values of a submission in the template's columns, as the import reads them.
void fillRow(QStringList &row, const QStringList &keys, const YearContext &context, const Submission &s, bool reviewed)
{
    if (s.id == 0)
        return;
    row[3] = s.documentNumber;
    row[4] = SubmissionValidator::formatDate(s.documentDate);
    row[5] = SubmissionValidator::formatDate(s.receivedDate);
    row[6] = s.note;
    qsizetype column = 7;
    for (const Indicator &i : context.indicators) {
        if (const IndicatorValue *v = s.value(i.id)) {
            const QString text = SubmissionValidator::formatIndicator(i, *v);
            row[column] = v->estimate ? text + QStringLiteral(" (ước)") : text;
        }
        ++column;
    }
    for (const Criterion &c : context.scoredCriteria()) {
        const CriterionScore *score = s.score(c.id);
        if (score)
            row[column] = SubmissionValidator::formatScore(c, score->self);
        ++column;
        if (reviewed) {
            if (score)
                row[column] = SubmissionValidator::formatScore(c, score->reviewed);
            ++column;
        }
    }
    Q_ASSERT(column == keys.size());
}

} // namespace

QStringList SubmissionTemplate::keys(const YearContext &context, bool reviewed)
{
    QStringList keys = {QStringLiteral("year"),          QStringLiteral("unit_code"),
                        QStringLiteral("unit_name"),     QStringLiteral("document_number"),
                        QStringLiteral("document_date"), QStringLiteral("received_date"),
                        QStringLiteral("note")};
    for (const Indicator &i : context.indicators)
        keys.append(QStringLiteral("ind:") + i.code);
    for (const Criterion &c : context.scoredCriteria()) {
        keys.append(QStringLiteral("self:") + c.code);
        if (reviewed)
            keys.append(QStringLiteral("rev:") + c.code);
    }
    return keys;
}

QString SubmissionTemplate::header(const YearContext &context, const QString &key)
{
    QString label;
    if (key == QLatin1String("year"))
        label = QStringLiteral("Năm");
    else if (key == QLatin1String("unit_code"))
        label = QStringLiteral("Mã đơn vị");
    else if (key == QLatin1String("unit_name"))
        label = QStringLiteral("Tên đơn vị");
    else if (key == QLatin1String("document_number"))
        label = QStringLiteral("Số văn bản");
    else if (key == QLatin1String("document_date"))
        label = QStringLiteral("Ngày văn bản");
    else if (key == QLatin1String("received_date"))
        label = QStringLiteral("Ngày nhận");
    else if (key == QLatin1String("note"))
        label = QStringLiteral("Ghi chú");
    for (const Indicator &i : context.indicators)
        if (key == QStringLiteral("ind:") + i.code)
            label = i.unitOfMeasure.isEmpty() ? i.name : QStringLiteral("%1 (%2)").arg(i.name, i.unitOfMeasure);
    for (const Criterion &c : context.scoredCriteria()) {
        if (key == QStringLiteral("rev:") + c.code) {
            label = c.kind == QLatin1String("points")
                        ? QStringLiteral("Điểm thẩm định %1 (tối đa %2)").arg(c.code, c.maxPoints.toString())
                        : QStringLiteral("Thẩm định %1").arg(c.code);
            continue;
        }
        if (key != QStringLiteral("self:") + c.code)
            continue;
        if (c.kind == QLatin1String("passfail"))
            label = QStringLiteral("Tự đánh giá %1 (đạt/không đạt)").arg(c.code);
        else if (c.kind == QLatin1String("percent"))
            label = QStringLiteral("Tự đánh giá %1 (%, ngưỡng %2)").arg(c.code, c.threshold.toString());
        else
            label = QStringLiteral("Tự chấm %1 (tối đa %2)").arg(c.code, c.maxPoints.toString());
    }
    return label.isEmpty() ? QStringLiteral("[%1]").arg(key) : QStringLiteral("%1 [%2]").arg(label, key);
}

QString SubmissionTemplate::writeTemplate(const QString &path, const YearContext &context,
                                          const QHash<qint64, Submission> *filled, bool reviewed)
{
    const QStringList keys = SubmissionTemplate::keys(context, reviewed);
    QStringList headers;
    for (const QString &key : keys)
        headers.append(header(context, key));
    QStringList names;
    for (const Unit &u : context.units)
        names.append(u.name);
    QList<QStringList> rows;
    for (qsizetype index : VietnameseCollator().order(names)) {
        QStringList row(keys.size());
        row[0] = QString::number(context.year);
        row[1] = context.units.at(index).code;
        row[2] = context.units.at(index).name;
        if (filled)
            fillRow(row, keys, context, filled->value(context.units.at(index).id), reviewed);
        rows.append(row);
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        for (const QStringList &row : std::as_const(rows)) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (row.at(c).size() > XlsxTableWriter::MaxCellLength)
                    return tr("The %1 of unit %2 (%3) has %4 characters, more than the %5 a worksheet cell holds; "
                              "write the template as CSV, or shorten the text.")
                        .arg(keys.at(c), row.at(1), row.at(2))
                        .arg(row.at(c).size())
                        .arg(XlsxTableWriter::MaxCellLength);
            }
        }
    }
    return writeTable(path, QStringLiteral("Mau nhap %1").arg(context.year), headers, rows);
}

QStringList SubmissionTemplate::machineKeys()
{
    return {QStringLiteral("unit_code"),       QStringLiteral("unit_name"),     QStringLiteral("status"),
            QStringLiteral("document_number"), QStringLiteral("received_date"), QStringLiteral("timeliness"),
            QStringLiteral("self_total")};
}

QList<QStringList> SubmissionTemplate::machineRows(const SubmissionOverview &overview)
{
    QList<QStringList> rows;
    rows.reserve(overview.rows.size());
    for (const SubmissionOverviewRow &r : overview.rows) {
        rows.append({r.unit.code, r.unit.name, r.status, r.documentNumber,
                     r.receivedDate.isValid() ? r.receivedDate.toString(Qt::ISODate) : QString(),
                     Timeliness::code(r.timeliness), pointsForMachines(r.selfTotal)});
    }
    return rows;
}

QString SubmissionTemplate::writeOverview(const QString &path, const SubmissionOverview &overview)
{
    const QStringList headers = {
        QStringLiteral("Mã đơn vị"),         QStringLiteral("Tên đơn vị"),
        QStringLiteral("Trạng thái"),        QStringLiteral("Số văn bản"),
        QStringLiteral("Ngày văn bản"),      QStringLiteral("Ngày nhận"),
        QStringLiteral("Đúng hạn/Trễ hạn"),  QStringLiteral("Số chỉ số đã điền (trên %1)").arg(overview.indicatorCount),
        QStringLiteral("Tổng điểm tự chấm"), QStringLiteral("Ghi chú")};
    QList<QStringList> rows;
    rows.reserve(overview.rows.size());
    for (const SubmissionOverviewRow &r : overview.rows) {
        rows.append({r.unit.code, r.unit.name, SubmissionStatus::vietnameseLabel(r.status), r.documentNumber,
                     SubmissionValidator::formatDate(r.documentDate), SubmissionValidator::formatDate(r.receivedDate),
                     Timeliness::vietnameseLabel(r.timeliness), QString::number(r.indicatorsFilled),
                     r.selfTotal ? r.selfTotal->toString() : QString(), r.note});
    }
    return writeTable(path, QStringLiteral("Nam %1").arg(overview.year), headers, rows, {7, 8});
}

QString SubmissionTemplate::writeTable(const QString &path, const QString &sheetName, const QStringList &headers,
                                       const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        QList<XlsxTableWriter::Column> columns;
        for (qsizetype i = 0; i < headers.size(); ++i)
            columns.append({headers.at(i), 0, numericColumns.contains(int(i))});
        QString error;
        if (!XlsxTableWriter::write(path, sheetName, columns, rows, &error))
            return error;
        return {};
    }
    if (suffix != QLatin1String("csv"))
        return tr("%1: choose a file name ending in .csv or .xlsx.").arg(QDir::toNativeSeparators(path));
    TableWriter writer(TableWriter::Format::Csv, headers);
    for (const QStringList &row : rows)
        writer.addRow(row);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write("\xEF\xBB\xBF"); // a BOM, so that spreadsheet programs read UTF-8
    file.write(writer.toUtf8());
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
