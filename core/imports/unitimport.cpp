#include "unitimport.h"

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

} // namespace

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
    if (table.rows.isEmpty()) {
        result.issues.append({1, {}, tr("the file is empty; it needs a header row with the column keys")});
        return result;
    }

    static const QStringList known = keys() + QStringList{QStringLiteral("short_name"), QStringLiteral("note")};
    const TableRow &headerRow = table.rows.first();
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < headerRow.cells.size(); ++i) {
        const QString key = ImportHeader::keyOf(headerRow.cells.at(i));
        if (key.isEmpty()) {
            bool used = false;
            for (qsizetype r = 1; r < table.rows.size() && !used; ++r)
                used = i < table.rows.at(r).cells.size() && !table.rows.at(r).cells.at(i).trimmed().isEmpty();
            if (used)
                result.issues.append(
                    {headerRow.number, ImportHeader::columnLetter(i), tr("this column has values but no header")});
            continue;
        }
        if (!known.contains(key)) {
            result.issues.append({headerRow.number, key,
                                  tr("unknown column; the keys are [code], [name], [kind], [parent_code], [group], "
                                     "[valid_from], [valid_to], [short_name] and [note], as in the template")});
            continue;
        }
        if (byKey.contains(key)) {
            result.issues.append(
                {headerRow.number, key,
                 tr("the column appears twice (columns %1 and %2)")
                     .arg(ImportHeader::columnLetter(byKey.value(key)), ImportHeader::columnLetter(i))});
            continue;
        }
        byKey.insert(key, i);
    }
    for (const QString &required :
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("valid_from")})
        if (!byKey.contains(required))
            result.issues.append({headerRow.number, required, tr("the file needs a [%1] column").arg(required)});
    if (!result.issues.isEmpty())
        return result;

    const QDate periodStart = m_lineage.periodStart();
    const QDate periodEnd = m_lineage.periodEnd();
    const QList<Unit> stored = m_units.all();
    QHash<QString, const Unit *> storedByCode;
    QHash<qint64, QString> codeOfId;
    for (const Unit &u : stored) {
        storedByCode.insert(u.code, &u);
        codeOfId.insert(u.id, u.code);
    }
    QHash<QString, int> rowOfCode;         // codes in the file
    QList<int> rowOfUnit;                  // file row of each new unit
    QList<QPair<int, QString>> parentRefs; // row, parent code to check at the end

    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows.at(r);
        auto cell = [&](const QString &key) {
            const qsizetype index = byKey.value(key, -1);
            return index >= 0 && index < row.cells.size()
                       ? row.cells.at(index).normalized(QString::NormalizationForm_C).trimmed()
                       : QString();
        };
        bool blank = true;
        for (const QString &c : row.cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        ++result.rowsRead;
        const qsizetype issuesBefore = result.issues.size();
        auto issue = [&](const QString &column, const QString &message) {
            result.issues.append({row.number, column, message});
        };

        Unit u;
        u.code = cell(QStringLiteral("code"));
        u.name = cell(QStringLiteral("name")).simplified();
        u.shortName = byKey.contains(QStringLiteral("short_name")) ? cell(QStringLiteral("short_name")) : u.name;
        if (u.shortName.isEmpty())
            u.shortName = u.name;
        u.group = cell(QStringLiteral("group"));
        u.note = cell(QStringLiteral("note"));
        const QString parentCode = cell(QStringLiteral("parent_code"));

        if (u.code.isEmpty())
            issue(QStringLiteral("code"), tr("the unit's code is missing"));
        else if (rowOfCode.contains(u.code))
            issue(QStringLiteral("code"), tr("the code %1 already has a row (row %2); one row per unit")
                                              .arg(u.code)
                                              .arg(rowOfCode.value(u.code)));
        else
            rowOfCode.insert(u.code, row.number);
        if (u.name.isEmpty())
            issue(QStringLiteral("name"), tr("the unit's name is missing"));
        const QString kind = cell(QStringLiteral("kind"));
        for (const QString &k : UnitService::kinds())
            if (kind.compare(k, Qt::CaseInsensitive) == 0 ||
                UnitService::nameKey(kind) == UnitService::nameKey(UnitKind::label(k)))
                u.kind = k;
        if (u.kind.isEmpty())
            issue(QStringLiteral("kind"), tr("“%1” is not a kind of unit; use one of %2")
                                              .arg(kind, UnitService::kinds().join(QStringLiteral(", "))));
        for (const QString &key : {QStringLiteral("valid_from"), QStringLiteral("valid_to")}) {
            QDate date;
            const QString text = cell(key);
            const QString message = SubmissionValidator::parseDate(text, &date);
            if (!message.isEmpty()) {
                issue(key, message);
                continue;
            }
            if (date.isValid() && (date < periodStart || date > periodEnd))
                issue(key, tr("the date %1 is outside the plan period (%2 to %3)")
                               .arg(day(date), day(periodStart), day(periodEnd)));
            (key == QLatin1String("valid_from") ? u.validFrom : u.validTo) = date;
        }
        if (!u.validFrom.isValid() && cell(QStringLiteral("valid_from")).isEmpty())
            issue(QStringLiteral("valid_from"), tr("the first day of validity is missing"));
        if (u.validFrom.isValid() && u.validTo.isValid() && u.validTo < u.validFrom)
            issue(QStringLiteral("valid_to"),
                  tr("the last day %1 comes before the first day %2").arg(day(u.validTo), day(u.validFrom)));
        if (!parentCode.isEmpty() && parentCode == u.code)
            issue(QStringLiteral("parent_code"), tr("a unit cannot be its own parent"));
        if (result.issues.size() != issuesBefore)
            continue;

        // Already stored: the same values change nothing; others are refused.
        if (const Unit *s = storedByCode.value(u.code)) {
            QString differs;
            if (s->name != u.name)
                differs = QStringLiteral("name");
            else if (s->kind != u.kind)
                differs = QStringLiteral("kind");
            else if (codeOfId.value(s->parentId) != parentCode)
                differs = QStringLiteral("parent_code");
            else if (s->group != u.group)
                differs = QStringLiteral("group");
            else if (s->validFrom != u.validFrom)
                differs = QStringLiteral("valid_from");
            else if (s->validTo != u.validTo)
                differs = QStringLiteral("valid_to");
            else if (byKey.contains(QStringLiteral("short_name")) && s->shortName != u.shortName)
                differs = QStringLiteral("short_name");
            if (!differs.isEmpty()) {
                issue(differs, tr("the unit %1 is already recorded as “%2” with other values; change it on the "
                                  "Units screen (rename, move, dissolve), which keeps its history")
                                   .arg(u.code, s->name));
                continue;
            }
            ++result.unchanged;
            continue;
        }

        // A name shared with a unit valid at the same time, stored or in the file.
        const QString key = UnitService::nameKey(u.name);
        for (const Unit &s : stored)
            if (UnitService::nameKey(s.name) == key && overlaps(s.validFrom, s.validTo, u.validFrom, u.validTo))
                issue(QStringLiteral("name"),
                      tr("the unit %1 is already named “%2” at the same time").arg(s.code, s.name));
        for (qsizetype i = 0; i < result.units.size(); ++i) {
            const Unit &other = result.units.at(i);
            if (UnitService::nameKey(other.name) == key &&
                overlaps(other.validFrom, other.validTo, u.validFrom, u.validTo))
                issue(QStringLiteral("name"),
                      tr("row %1 has the same name “%2” at the same time").arg(rowOfUnit.at(i)).arg(other.name));
        }
        if (result.issues.size() != issuesBefore)
            continue;
        if (!parentCode.isEmpty())
            parentRefs.append({row.number, parentCode});
        result.units.append(u);
        result.parentCodes.append(parentCode);
        rowOfUnit.append(row.number);
    }
    for (const auto &[rowNumber, code] : std::as_const(parentRefs))
        if (!storedByCode.contains(code) && !rowOfCode.contains(code))
            result.issues.append({rowNumber, QStringLiteral("parent_code"),
                                  tr("no unit has the code “%1”, in the database or in the file").arg(code)});
    result.created = int(result.units.size());
    if (!result.ok()) {
        result.units.clear();
        result.parentCodes.clear();
        result.created = 0;
    }
    return result;
}

void UnitImport::apply(const Result &result)
{
    if (!result.ok())
        throw ValidationError({{QString(), tr("The file has errors; nothing was imported.")}});
    if (result.units.isEmpty())
        return; // the same file again: nothing to change, nothing to record
    m_lineage.importUnits(result.units, result.parentCodes, result.path);
}
