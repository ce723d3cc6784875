#include "unitimport.h"

#include "domain/hiddentext.h"
#include "domain/unitkind.h"
#include "domain/validationissue.h"
#include "importheader.h"
#include "io/tablereader.h"
#include "services/submissionvalidator.h"
#include "services/unitlineageservice.h"
#include "services/unitservice.h"
#include "submissiontemplate.h"

#include <QHash>

namespace {

QString day(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

bool overlaps(QDate from1, QDate to1, QDate from2, QDate to2)
{
    return (to1.isNull() || from2 <= to1) && (to2.isNull() || from1 <= to2);
}

void rowIssue(UnitImport::Result &result, const TableRow &row, const QString &column, const QString &message)
{
    result.issues.append({row.number(), column, message});
}

} // namespace

// What the rows are checked against: the file's columns, the plan period, the stored
// units, and what the rows read so far hold.
struct UnitImport::Known
{
    Known(QHash<QString, qsizetype> columns, QDate start, QDate end, QList<Unit> units)
        : byKey(std::move(columns)), periodStart(start), periodEnd(end), stored(std::move(units))
    {
        for (const Unit &u : stored) {
            storedByCode.insert(u.code, &u);
            codeOfId.insert(u.id, u.code);
        }
    }
    Q_DISABLE_COPY_MOVE(Known)

    // The trimmed text (NFC, as the readers give it) of the row's cell under `key`; empty when the file lacks the
    // column.
    QString cell(const TableRow &row, const QString &key) const
    {
        const qsizetype index = byKey.value(key, -1);
        return index >= 0 ? row.cell(index).trimmed() : QString();
    }

    const QHash<QString, qsizetype> byKey;
    const QDate periodStart;
    const QDate periodEnd;
    const QList<Unit> stored;
    QHash<QString, const Unit *> storedByCode;
    QHash<qint64, QString> codeOfId;
    QHash<QString, int> rowOfCode;         // codes in the file
    QList<int> rowOfUnit;                  // file row of each new unit
    QList<QPair<int, QString>> parentRefs; // row, parent code to check at the end
};

QStringList UnitImport::keys()
{
    return {QStringLiteral("code"),        QStringLiteral("name"),  QStringLiteral("kind"),
            QStringLiteral("parent_code"), QStringLiteral("group"), QStringLiteral("valid_from"),
            QStringLiteral("valid_to")};
}

QString UnitImport::header(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("code"), QStringLiteral("Mã đơn vị")},
        {QStringLiteral("name"), QStringLiteral("Tên đơn vị")},
        {QStringLiteral("kind"), QStringLiteral("Loại đơn vị")},
        {QStringLiteral("parent_code"), QStringLiteral("Mã đơn vị cấp trên")},
        {QStringLiteral("group"), QStringLiteral("Khối thi đua")},
        {QStringLiteral("valid_from"), QStringLiteral("Hiệu lực từ ngày")},
        {QStringLiteral("valid_to"), QStringLiteral("Hiệu lực đến ngày")},
        {QStringLiteral("short_name"), QStringLiteral("Tên viết tắt")},
        {QStringLiteral("note"), QStringLiteral("Ghi chú")},
    };
    const QString label = labels.value(key);
    return label.isEmpty() ? QStringLiteral("[%1]").arg(key) : QStringLiteral("%1 [%2]").arg(label, key);
}

QString UnitImport::writeTemplate(const QString &path)
{
    QStringList headers;
    for (const QString &key : keys())
        headers.append(header(key));
    return SubmissionTemplate::writeTable(path, QStringLiteral("Mau nhap don vi"), headers, {});
}

UnitImport::Result UnitImport::prepare(const QString &path) const
{
    Result result;
    result.path = path;
    const TableReadResult table = TableReader::read(path);
    if (!table.ok()) {
        result.issues.append({table.errorRow, {}, table.error});
        return result;
    }
    if (table.isEmpty()) {
        result.issues.append({1, {}, tr("the file is empty; it needs a header row with the column keys")});
        return result;
    }
    QHash<QString, qsizetype> byKey = readHeader(table, result);
    if (!result.issues.isEmpty())
        return result;

    const QDate periodStart = m_lineage.periodStart();
    const QDate periodEnd = m_lineage.periodEnd();
    Known known(std::move(byKey), periodStart, periodEnd, m_units.all());
    for (qsizetype r = 1; r < table.rowCount(); ++r)
        checkRow(table.row(r), known, result);
    checkParents(known, result);
    result.created = int(result.units.size());
    if (!result.ok()) {
        result.units.clear();
        result.parentCodes.clear();
        result.created = 0;
    }
    return result;
}

QHash<QString, qsizetype> UnitImport::readHeader(const TableReadResult &table, Result &result)
{
    static const QStringList known = keys() + QStringList{QStringLiteral("short_name"), QStringLiteral("note")};
    const TableRow headerRow = table.row(0);
    QHash<QString, qsizetype> byKey;
    for (const auto &[column, row] : ImportHeader::columnsWithoutHeader(table))
        result.issues.append({row, ImportHeader::columnLetter(column), tr("this column has values but no header")});
    for (qsizetype c = 0; c < headerRow.size(); ++c) {
        const qsizetype i = headerRow.columnAt(c);
        const QString key = ImportHeader::keyOf(headerRow.textAt(c));
        if (key.isEmpty())
            continue;
        if (!known.contains(key)) {
            result.issues.append({headerRow.number(), key,
                                  tr("unknown column; the keys are [code], [name], [kind], [parent_code], [group], "
                                     "[valid_from], [valid_to], [short_name] and [note], as in the template")});
            continue;
        }
        if (byKey.contains(key)) {
            result.issues.append(
                {headerRow.number(), key,
                 tr("the column appears twice (columns %1 and %2)")
                     .arg(ImportHeader::columnLetter(byKey.value(key)), ImportHeader::columnLetter(i))});
            continue;
        }
        byKey.insert(key, i);
    }
    for (const QString &required :
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("valid_from")})
        if (!byKey.contains(required))
            result.issues.append({headerRow.number(), required, tr("the file needs a [%1] column").arg(required)});
    return byKey;
}

void UnitImport::checkRow(const TableRow &row, Known &known, Result &result)
{
    if (row.isBlank())
        return;
    ++result.rowsRead;
    const qsizetype issuesBefore = result.issues.size();
    QString parentCode;
    Unit u = readUnit(row, known, parentCode, result);
    if (result.issues.size() != issuesBefore)
        return;
    if (const Unit *s = known.storedByCode.value(u.code)) {
        compareStored(row, u, *s, parentCode, known, result);
        return;
    }
    checkNameClash(row, u, known, result);
    if (result.issues.size() != issuesBefore)
        return;
    if (!parentCode.isEmpty())
        known.parentRefs.append({row.number(), parentCode});
    result.units.append(std::move(u));
    result.parentCodes.append(parentCode);
    known.rowOfUnit.append(row.number());
}

Unit UnitImport::readUnit(const TableRow &row, Known &known, QString &parentCode, Result &result)
{
    Unit u;
    for (const QString &key : keys() + QStringList{QStringLiteral("short_name"), QStringLiteral("note")}) {
        const QString problem = HiddenText::problem(known.cell(row, key), key == QLatin1String("note"));
        if (!problem.isEmpty())
            rowIssue(result, row, key, problem);
    }
    u.code = known.cell(row, QStringLiteral("code"));
    u.name = known.cell(row, QStringLiteral("name")).simplified();
    u.shortName =
        known.byKey.contains(QStringLiteral("short_name")) ? known.cell(row, QStringLiteral("short_name")) : u.name;
    if (u.shortName.isEmpty())
        u.shortName = u.name;
    u.group = known.cell(row, QStringLiteral("group"));
    u.note = known.cell(row, QStringLiteral("note"));
    parentCode = known.cell(row, QStringLiteral("parent_code"));

    if (u.code.isEmpty())
        rowIssue(result, row, QStringLiteral("code"), tr("the unit's code is missing"));
    else if (known.rowOfCode.contains(u.code))
        rowIssue(result, row, QStringLiteral("code"),
                 tr("the code %1 already has a row (row %2); one row per unit")
                     .arg(u.code)
                     .arg(known.rowOfCode.value(u.code)));
    else
        known.rowOfCode.insert(u.code, row.number());
    if (u.name.isEmpty())
        rowIssue(result, row, QStringLiteral("name"), tr("the unit's name is missing"));
    const QString kind = known.cell(row, QStringLiteral("kind"));
    for (const QString &k : UnitService::kinds())
        if (kind.compare(k, Qt::CaseInsensitive) == 0 ||
            UnitService::nameKey(kind) == UnitService::nameKey(UnitKind::label(k)))
            u.kind = k;
    if (u.kind.isEmpty())
        rowIssue(
            result, row, QStringLiteral("kind"),
            tr("“%1” is not a kind of unit; use one of %2").arg(kind, UnitService::kinds().join(QStringLiteral(", "))));
    readValidity(row, known, u, result);
    if (!parentCode.isEmpty() && parentCode == u.code)
        rowIssue(result, row, QStringLiteral("parent_code"), tr("a unit cannot be its own parent"));
    return u;
}

// [valid_from] and [valid_to]: dates within the plan period, the first one given, in order.
void UnitImport::readValidity(const TableRow &row, const Known &known, Unit &unit, Result &result)
{
    for (const QString &key : {QStringLiteral("valid_from"), QStringLiteral("valid_to")}) {
        QDate date;
        const QString text = known.cell(row, key);
        const QString message = SubmissionValidator::parseDate(text, &date);
        if (!message.isEmpty()) {
            rowIssue(result, row, key, message);
            continue;
        }
        if (date.isValid() && (date < known.periodStart || date > known.periodEnd))
            rowIssue(result, row, key,
                     tr("the date %1 is outside the plan period (%2 to %3)")
                         .arg(day(date), day(known.periodStart), day(known.periodEnd)));
        (key == QLatin1String("valid_from") ? unit.validFrom : unit.validTo) = date;
    }
    if (!unit.validFrom.isValid() && known.cell(row, QStringLiteral("valid_from")).isEmpty())
        rowIssue(result, row, QStringLiteral("valid_from"), tr("the first day of validity is missing"));
    if (unit.validFrom.isValid() && unit.validTo.isValid() && unit.validTo < unit.validFrom)
        rowIssue(result, row, QStringLiteral("valid_to"),
                 tr("the last day %1 comes before the first day %2").arg(day(unit.validTo), day(unit.validFrom)));
}

void UnitImport::compareStored(const TableRow &row, const Unit &unit, const Unit &stored, const QString &parentCode,
                               const Known &known, Result &result)
{
    QString differs;
    if (stored.name != unit.name)
        differs = QStringLiteral("name");
    else if (stored.kind != unit.kind)
        differs = QStringLiteral("kind");
    else if (known.codeOfId.value(stored.parentId) != parentCode)
        differs = QStringLiteral("parent_code");
    else if (stored.group != unit.group)
        differs = QStringLiteral("group");
    else if (stored.validFrom != unit.validFrom)
        differs = QStringLiteral("valid_from");
    else if (stored.validTo != unit.validTo)
        differs = QStringLiteral("valid_to");
    else if (known.byKey.contains(QStringLiteral("short_name")) && stored.shortName != unit.shortName)
        differs = QStringLiteral("short_name");
    if (!differs.isEmpty()) {
        rowIssue(result, row, differs,
                 tr("the unit %1 is already recorded as “%2” with other values; change it on the "
                    "Units screen (rename, move, dissolve), which keeps its history")
                     .arg(unit.code, stored.name));
        return;
    }
    ++result.unchanged;
}

void UnitImport::checkNameClash(const TableRow &row, const Unit &unit, const Known &known, Result &result)
{
    const QString key = UnitService::nameKey(unit.name);
    for (const Unit &s : known.stored)
        if (UnitService::nameKey(s.name) == key && overlaps(s.validFrom, s.validTo, unit.validFrom, unit.validTo))
            rowIssue(result, row, QStringLiteral("name"),
                     tr("the unit %1 is already named “%2” at the same time").arg(s.code, s.name));
    for (qsizetype i = 0; i < result.units.size(); ++i) {
        const Unit &other = result.units.at(i);
        if (UnitService::nameKey(other.name) == key &&
            overlaps(other.validFrom, other.validTo, unit.validFrom, unit.validTo))
            rowIssue(result, row, QStringLiteral("name"),
                     tr("row %1 has the same name “%2” at the same time").arg(known.rowOfUnit.at(i)).arg(other.name));
    }
}

// Every [parent_code] must name a stored unit or one of the file.
void UnitImport::checkParents(const Known &known, Result &result)
{
    for (const auto &[rowNumber, code] : known.parentRefs)
        if (!known.storedByCode.contains(code) && !known.rowOfCode.contains(code))
            result.issues.append({rowNumber, QStringLiteral("parent_code"),
                                  tr("no unit has the code “%1”, in the database or in the file").arg(code)});
}

void UnitImport::apply(const Result &result)
{
    if (!result.ok())
        throw ValidationError({{QString(), tr("The file has errors; nothing was imported.")}});
    if (result.units.isEmpty())
        return; // the same file again: nothing to change, nothing to record
    m_lineage.importUnits(result.units, result.parentCodes, result.path);
}
