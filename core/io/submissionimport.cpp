#include "submissionimport.h"

#include "importheader.h"
#include "services/submissionvalidator.h"
#include "services/validationissue.h"
#include "storage/auditrepository.h"
#include "storage/unitrepository.h"
#include "tablereader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>

namespace {

// "120 (ước)" marks an estimate to 31/12; returns the value without the mark.
QStringView withoutEstimateMark(QStringView text, bool *estimate)
{
    QStringView t = text.trimmed();
    static const QString mark = QStringLiteral("(ước)");
    *estimate = t.endsWith(mark, Qt::CaseInsensitive);
    if (*estimate)
        t = t.chopped(mark.size()).trimmed();
    return t;
}

struct Column
{
    QString key;
    qsizetype index = 0;
    const Indicator *indicator = nullptr;
    const Criterion *criterion = nullptr;
    bool reviewed = false; // [rev:CODE]: the council's reviewed score, not the self-score
};

} // namespace

SubmissionImport::Result SubmissionImport::prepare(const QString &path, int year, bool yearIsOnlyDefault) const
{
    Result result;
    result.path = path;
    auto fileIssue = [&result](int row, const QString &column, const QString &message) {
        result.issues.append({row, column, message});
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fileIssue(0, {}, tr("cannot be read: %1").arg(file.errorString()));
        return result;
    }
    result.file.content = file.readAll();
    file.close();
    result.file.name = QFileInfo(path).fileName();
    result.file.size = result.file.content.size();
    result.file.kind = QStringLiteral("submissions");
    result.file.actor = AuditRepository::currentActor();
    TableReadResult table;
    {
        // The file's SHA-256 on the other core while this one reads the table.
        const QByteArray &content = result.file.content;
        auto sha256 = std::async(std::launch::async,
                                 [&content] { return QCryptographicHash::hash(content, QCryptographicHash::Sha256); });
        table = TableReader::read(path, content);
        result.file.sha256 = QString::fromLatin1(sha256.get().toHex());
    }
    if (!table.ok()) {
        fileIssue(table.errorRow, {}, table.error);
        return result;
    }
    if (table.rows.isEmpty()) {
        fileIssue(1, {}, tr("the file is empty; it needs a header row with the column keys"));
        return result;
    }

    // The header: every column must be known, once.
    const TableRow &headerRow = table.rows.first();
    QList<Column> columns;
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < headerRow.cells.size(); ++i) {
        const QString key = ImportHeader::keyOf(headerRow.cells.at(i));
        if (key.isEmpty()) {
            bool used = false;
            for (qsizetype r = 1; r < table.rows.size() && !used; ++r)
                used = i < table.rows.at(r).cells.size() && !table.rows.at(r).cells.at(i).trimmed().isEmpty();
            if (used)
                fileIssue(headerRow.number, ImportHeader::columnLetter(i), tr("this column has values but no header"));
            continue;
        }
        if (byKey.contains(key)) {
            fileIssue(headerRow.number, key,
                      tr("the column appears twice (columns %1 and %2)")
                          .arg(ImportHeader::columnLetter(byKey.value(key)), ImportHeader::columnLetter(i)));
            continue;
        }
        byKey.insert(key, i);
        columns.append({key, i, nullptr, nullptr});
    }

    // The year: from the [year] column, else from the caller.
    const qsizetype yearColumn = byKey.value(QStringLiteral("year"), -1);
    if (yearColumn >= 0) {
        for (qsizetype r = 1; r < table.rows.size() && result.year == 0; ++r) {
            const QStringList &cells = table.rows.at(r).cells;
            const QString text = yearColumn < cells.size() ? cells.at(yearColumn).trimmed() : QString();
            bool ok = false;
            const int y = text.toInt(&ok);
            if (!text.isEmpty()) {
                if (!ok || y < 2000 || y > 2100) {
                    fileIssue(table.rows.at(r).number, QStringLiteral("year"), tr("“%1” is not a year").arg(text));
                    return result;
                }
                result.year = y;
            }
        }
        if (year != 0 && result.year != 0 && year != result.year && !yearIsOnlyDefault) {
            fileIssue(0, QStringLiteral("year"),
                      tr("the file is for %1, but the import was asked for %2").arg(result.year).arg(year));
            return result;
        }
    }
    if (result.year == 0)
        result.year = year;
    if (result.year == 0) {
        fileIssue(headerRow.number, {},
                  tr("the file has no [year] column; add one, or give the year (--year on the command line)"));
        return result;
    }

    YearContext &context = result.context;
    try {
        context = m_service.context(result.year);
    } catch (const ValidationError &e) {
        fileIssue(0, QStringLiteral("year"), e.message());
        return result;
    }
    if (context.settings.locked) {
        fileIssue(0, QStringLiteral("year"),
                  tr("the year %1 is locked; its submissions can no longer be changed").arg(result.year));
        return result;
    }
    result.file.year = result.year;

    const QList<Criterion> criteria = context.scoredCriteria();
    static const QStringList plainKeys = {QStringLiteral("year"),          QStringLiteral("unit_code"),
                                          QStringLiteral("unit_name"),     QStringLiteral("document_number"),
                                          QStringLiteral("document_date"), QStringLiteral("received_date"),
                                          QStringLiteral("note")};
    for (Column &c : columns) {
        if (plainKeys.contains(c.key))
            continue;
        if (c.key.startsWith(QLatin1String("ind:"))) {
            for (const Indicator &i : context.indicators)
                if (c.key.mid(4) == i.code)
                    c.indicator = &i;
            if (!c.indicator)
                fileIssue(headerRow.number, c.key, tr("no indicator has the code %1").arg(c.key.mid(4)));
        } else if (c.key.startsWith(QLatin1String("self:")) || c.key.startsWith(QLatin1String("rev:"))) {
            c.reviewed = c.key.startsWith(QLatin1String("rev:"));
            const QString code = c.key.mid(c.reviewed ? 4 : 5);
            for (const Criterion &k : criteria)
                if (code == k.code)
                    c.criterion = &k;
            if (!c.criterion)
                fileIssue(headerRow.number, c.key,
                          tr("the rubric of %1 (%2) has no item %3").arg(result.year).arg(context.rubric.code, code));
        } else {
            fileIssue(headerRow.number, c.key,
                      tr("unknown column; the keys are [year], [unit_code], [unit_name], [document_number], "
                         "[document_date], [received_date], [note], [ind:CODE], [self:CODE] and [rev:CODE], as in "
                         "the import template"));
        }
    }
    const auto indicatorColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const Column &c) { return c.indicator != nullptr; });
    const auto criterionColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const Column &c) { return c.criterion != nullptr; });
    const qsizetype codeColumn = byKey.value(QStringLiteral("unit_code"), -1);
    const qsizetype nameColumn = byKey.value(QStringLiteral("unit_name"), -1);
    if (codeColumn < 0 && nameColumn < 0)
        fileIssue(headerRow.number, QStringLiteral("unit_code"),
                  tr("the file needs a [unit_code] or a [unit_name] column to know whose rows they are"));
    if (!result.issues.isEmpty())
        return result;

    // Units active in the year by code and by NFC name; other units for clearer messages.
    QHash<QString, const Unit *> activeByCode;
    QHash<QString, QList<const Unit *>> activeByName;
    for (const Unit &u : context.units) {
        activeByCode.insert(u.code, &u);
        activeByName[u.name.normalized(QString::NormalizationForm_C).toCaseFolded()].append(&u);
    }
    QHash<QString, Unit> otherUnits;
    const QHash<qint64, Submission> stored = m_service.loadYear(result.year);
    QHash<qint64, int> rowOfUnit;

    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows.at(r);
        auto cell = [&row](qsizetype index) {
            return index >= 0 && index < row.cells.size() ? row.cells.at(index).trimmed() : QString();
        };
        bool blank = true;
        for (const QString &c : row.cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        ++result.rowsRead;
        auto issue = [&](const QString &column, const QString &message) {
            result.issues.append({row.number, column, message});
        };

        if (yearColumn >= 0) {
            const QString y = cell(yearColumn);
            if (!y.isEmpty() && y != QString::number(result.year)) {
                issue(QStringLiteral("year"),
                      tr("the year %1 differs from the file's year %2; import one year per file")
                          .arg(y)
                          .arg(result.year));
                continue;
            }
        }

        // Whose row is it?
        const QString code = cell(codeColumn);
        const QString name = cell(nameColumn).normalized(QString::NormalizationForm_C);
        const Unit *unit = nullptr;
        if (!code.isEmpty()) {
            unit = activeByCode.value(code);
            if (!unit) {
                if (otherUnits.isEmpty())
                    for (const Unit &u : UnitRepository(m_service.database()).all())
                        otherUnits.insert(u.code, u);
                const auto other = otherUnits.constFind(code);
                if (other != otherUnits.cend())
                    issue(QStringLiteral("unit_code"),
                          tr("the unit %1 (%2) was not active in %3").arg(code, other->name).arg(result.year));
                else
                    issue(QStringLiteral("unit_code"), tr("no unit has the code “%1”").arg(code));
                continue;
            }
            if (!name.isEmpty() &&
                name.toCaseFolded() != unit->name.normalized(QString::NormalizationForm_C).toCaseFolded()) {
                issue(QStringLiteral("unit_name"),
                      tr("“%1” is not the name of unit %2 (“%3”)").arg(name, code, unit->name));
                continue;
            }
        } else if (!name.isEmpty()) {
            const QList<const Unit *> matches = activeByName.value(name.toCaseFolded());
            if (matches.size() != 1) {
                issue(QStringLiteral("unit_name"),
                      matches.isEmpty() ? tr("no unit active in %1 is named “%2”").arg(result.year).arg(name)
                                        : tr("several units are named “%1”; give the unit code").arg(name));
                continue;
            }
            unit = matches.first();
        } else {
            issue(codeColumn >= 0 ? QStringLiteral("unit_code") : QStringLiteral("unit_name"),
                  tr("the row has values but no unit"));
            continue;
        }
        if (rowOfUnit.contains(unit->id)) {
            issue(codeColumn >= 0 ? QStringLiteral("unit_code") : QStringLiteral("unit_name"),
                  tr("the unit %1 already has a row (row %2); one row per unit")
                      .arg(unit->code)
                      .arg(rowOfUnit.value(unit->id)));
            continue;
        }
        rowOfUnit.insert(unit->id, row.number);

        // A row with only the unit filled in: nothing was sent, nothing to import.
        bool hasData = false;
        for (const Column &c : std::as_const(columns))
            if (c.key != QLatin1String("year") && c.key != QLatin1String("unit_code") &&
                c.key != QLatin1String("unit_name"))
                hasData = hasData || !cell(c.index).isEmpty();
        if (!hasData) {
            ++result.rowsEmpty;
            continue;
        }

        const Submission before = stored.value(unit->id);
        Submission after = before.id ? before : Submission();
        after.unitId = unit->id;
        after.year = result.year;
        if (!before.id)
            after.status = QStringLiteral("not_received");
        after.values.reserve(after.values.size() + indicatorColumns);
        after.scores.reserve(after.scores.size() + criterionColumns);
        const qsizetype issuesBefore = result.issues.size();
        for (const Column &c : std::as_const(columns)) {
            const QString text = cell(c.index);
            if (c.key == QLatin1String("document_number")) {
                after.documentNumber = text;
            } else if (c.key == QLatin1String("note")) {
                after.note = text;
            } else if (c.key == QLatin1String("document_date") || c.key == QLatin1String("received_date")) {
                QDate date;
                const QString message = SubmissionValidator::parseDate(text, &date);
                if (!message.isEmpty())
                    issue(c.key, message);
                (c.key == QLatin1String("document_date") ? after.documentDate : after.receivedDate) = date;
            } else if (c.indicator) {
                bool estimate = false;
                IndicatorValue value;
                const QString message =
                    SubmissionValidator::parseIndicator(*c.indicator, withoutEstimateMark(text, &estimate), &value);
                if (!message.isEmpty())
                    issue(c.key, message);
                value.estimate = estimate && !value.isEmpty();
                after.values.removeIf([&c](const IndicatorValue &v) { return v.indicatorId == c.indicator->id; });
                if (!value.isEmpty())
                    after.values.append(value);
            } else if (c.criterion) {
                std::optional<Points> score;
                const QString message = SubmissionValidator::parseScore(*c.criterion, text, &score);
                if (!message.isEmpty())
                    issue(c.key, message);
                bool found = false;
                for (CriterionScore &s : after.scores) {
                    if (s.criterionId == c.criterion->id) {
                        (c.reviewed ? s.reviewed : s.self) = score;
                        found = true;
                    }
                }
                if (!found && score)
                    after.scores.append(
                        {c.criterion->id, c.reviewed ? std::nullopt : score, c.reviewed ? score : std::nullopt, {}});
            }
        }
        if (after.receivedDate.isValid() && after.status == QLatin1String("not_received"))
            after.status = QStringLiteral("received");
        if (result.issues.size() != issuesBefore)
            continue;
        for (const ValidationIssue &v : SubmissionValidator::validate(after, context))
            issue(v.field, v.message);
        if (result.issues.size() != issuesBefore)
            continue;

        if (!SubmissionService::differs(before, after)) {
            ++result.unchanged;
            continue;
        }
        ++(before.id ? result.changed : result.created);
        result.changes.append({before, after});
    }
    result.file.rows = result.rowsRead;
    if (!result.ok())
        result.changes.clear();
    return result;
}

void SubmissionImport::apply(const Result &result)
{
    if (!result.ok())
        throw ValidationError({{QString(), tr("The file has errors; nothing was imported.")}});
    if (result.changes.isEmpty())
        return; // the same file again: nothing to change, nothing to record
    m_service.saveAll(result.context, result.changes, QStringLiteral("import"), &result.file);
}
