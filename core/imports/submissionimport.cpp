#include "submissionimport.h"

#include "domain/hiddentext.h"
#include "domain/validationissue.h"
#include "importheader.h"
#include "io/tablereadresult.h"
#include "io/xlsxtablewriter.h"
#include "services/submissionvalidator.h"

#include <QDir>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

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

// The trimmed text of a row's cell, as a view into the table (no copy); empty when the
// column is missing (-1) or the row is short.
QStringView cellText(const TableRow &row, qsizetype index)
{
    return index >= 0 ? row.cellView(index).trimmed() : QStringView();
}

// A date a workbook kept as its serial number (a date cell formatted as a number, or a
// sheet made by a program that knows no date formats): 45,000 is 15/03/2023. Other text
// as it is. Serials before 1 March 1900 never reach an import: they are left alone.
QString dateFromSerial(const QString &text)
{
    bool ok = false;
    const double serial = text.toDouble(&ok);
    if (!ok || serial < 61 || serial >= 2958466 || text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return text;
    return QDate(1899, 12, 30).addDays(qint64(serial)).toString(Qt::ISODate);
}

} // namespace

// One column of the file whose key is known: where it is and what it fills in.
struct SubmissionImport::Column
{
    QString key;
    qsizetype index = 0;
    const Indicator *indicator = nullptr;
    const Criterion *criterion = nullptr;
    bool reviewed = false; // [rev:CODE]: the council's reviewed score, not the self-score
};

// Checks the data rows of a file whose header and year are known, one at a time, into
// changes; issues and counts go to the result. It reads no database, so it may run on
// another thread than the one that made it.
class SubmissionImport::Checker
{
public:
    // `columns` point into `criteria` and the result's context, which must outlive the checker.
    Checker(QList<Column> columns, QList<Criterion> criteria, const QHash<QString, qsizetype> &byKey,
            QHash<qsizetype, QString> labels, qsizetype indicatorColumns, qsizetype criterionColumns, Result &result)
        : m_columns(std::move(columns)), m_criteria(std::move(criteria)), m_labels(std::move(labels)),
          m_indicatorColumns(indicatorColumns), m_criterionColumns(criterionColumns), m_result(result),
          m_context(result.context)
    {
        m_yearColumn = byKey.value(QStringLiteral("year"), -1);
        m_codeColumn = byKey.value(QStringLiteral("unit_code"), -1);
        m_nameColumn = byKey.value(QStringLiteral("unit_name"), -1);
        // Units active in the year by code and by NFC name.
        for (const Unit &u : m_context.units) {
            m_activeByCode.insert(u.code, &u);
            m_activeByName[u.name.normalized(QString::NormalizationForm_C).toCaseFolded()].append(&u);
        }
    }

    std::optional<SubmissionService::Change> check(const TableRow &row);

    // The units active in the year that the rows with data name (by code, else by a name
    // only one of them has), each once: the only ones whose stored submissions are read.
    QList<qint64> unitsNamed(const TableReadResult &table) const;
    // What is stored of those units, to compare the rows with (set before check()).
    void setStored(QHash<qint64, Submission> stored)
    {
        m_stored = std::move(stored);
        m_result.storedRead = int(m_stored.size());
    }

    // Words the issues of codes that no unit active in the year has, once every row is
    // checked (the other units are read only then, and only if needed), and counts the rows.
    void finish(const SubmissionService &service)
    {
        QHash<QString, Unit> otherUnits;
        if (!m_unknownCodes.isEmpty())
            for (const Unit &u : service.allUnits())
                otherUnits.insert(u.code, u);
        for (const auto &[index, code] : std::as_const(m_unknownCodes)) {
            const auto other = otherUnits.constFind(code);
            m_result.issues[index].message = other != otherUnits.cend()
                                                 ? SubmissionImport::tr("the unit %1 (%2) was not active in %3")
                                                       .arg(code, other->name)
                                                       .arg(m_result.year)
                                                 : SubmissionImport::tr("no unit has the code “%1”").arg(code);
        }
        placeIssues();
        m_result.file.rows = m_result.rowsRead;
        m_result.rowOfUnit = m_rowOfUnit;
    }

private:
    // Keeps the issue, naming the row's unit, unless MaxIssues are kept already (then
    // only counts it); whether kept.
    bool issue(const TableRow &row, const QString &column, const QString &message)
    {
        if (m_result.issues.size() >= Result::MaxIssues) {
            ++m_result.issuesLeftOut;
            return false;
        }
        m_result.issues.append({row.number(), column, message});
        m_result.issues.last().unit = m_rowUnit;
        return true;
    }
    // Names each issue's column by its letter and header.
    void placeIssues()
    {
        for (ImportIssue &issue : m_result.issues) {
            for (const Column &c : m_columns) {
                if (c.key == issue.column) {
                    issue.letter = ImportHeader::columnLetter(c.index);
                    issue.label = m_labels.value(c.index);
                }
            }
        }
    }
    // The steps of check(), each adding its issues to the result.
    bool plainText(const TableRow &row);
    bool yearMatches(const TableRow &row);
    const Unit *unitOf(const TableRow &row);
    bool hasData(const TableRow &row) const;
    void readCells(const TableRow &row, Submission &after);
    void readIndicator(const TableRow &row, const Column &c, QStringView text, Submission &after);
    void readScore(const TableRow &row, const Column &c, QStringView text, Submission &after);

    const QList<Column> m_columns;
    const QList<Criterion> m_criteria;        // what the columns' criterion pointers point into
    const QHash<qsizetype, QString> m_labels; // each column's header, without its key
    const qsizetype m_indicatorColumns;
    const qsizetype m_criterionColumns;
    Result &m_result;
    const YearContext &m_context;
    QHash<qint64, Submission> m_stored;
    qsizetype m_yearColumn = -1;
    qsizetype m_codeColumn = -1;
    qsizetype m_nameColumn = -1;
    QHash<QString, const Unit *> m_activeByCode;
    QHash<QString, QList<const Unit *>> m_activeByName;
    QHash<qint64, int> m_rowOfUnit;
    QString m_rowUnit; // the checked row's unit, as named in its issues (what the row gives until it is known)
    QList<std::pair<qsizetype, QString>> m_unknownCodes; // index in the issues, code
};

std::unique_ptr<SubmissionImport::Checker> SubmissionImport::begin(const QString &path, int year,
                                                                   bool yearIsOnlyDefault, Result &result,
                                                                   TableReadResult &table, bool unlessImported,
                                                                   const std::function<void()> &whileReading) const
{
    result.path = path;
    if (!readTable(path, result, table, whileReading))
        return nullptr;
    // By the SHA-256 worked out as the file was read: the command line's own check read
    // the whole file again for it.
    if (unlessImported) {
        result.importedBefore = m_service.importedFile(result.file.sha256);
        if (result.importedBefore.id != 0)
            return nullptr;
    }

    // The header: every column must be known, once.
    QHash<QString, qsizetype> byKey;
    QList<Column> columns = readHeader(table, byKey, result);

    // The year: from the [year] column, else from the caller.
    if (!readYear(table, byKey.value(QStringLiteral("year"), -1), year, yearIsOnlyDefault, result))
        return nullptr;
    if (!readContext(result))
        return nullptr;
    result.file.year = result.year;

    const int headerRow = table.row(0).number();
    const QList<Criterion> criteria = result.context.scoredCriteria();
    resolveColumns(columns, criteria, headerRow, result);
    const auto indicatorColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const Column &c) { return c.indicator != nullptr; });
    const auto criterionColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const Column &c) { return c.criterion != nullptr; });
    const qsizetype codeColumn = byKey.value(QStringLiteral("unit_code"), -1);
    const qsizetype nameColumn = byKey.value(QStringLiteral("unit_name"), -1);
    if (codeColumn < 0 && nameColumn < 0)
        fileIssue(result, headerRow, QStringLiteral("unit_code"),
                  tr("the file needs a [unit_code] or a [unit_name] column to know whose rows they are"));
    if (!result.issues.isEmpty())
        return nullptr;
    QHash<qsizetype, QString> labels;
    const TableRow header = table.row(0);
    for (qsizetype c = 0; c < header.size(); ++c)
        labels.insert(header.columnAt(c), ImportHeader::labelOf(header.textAt(c)));
    auto checker = std::make_unique<Checker>(std::move(columns), criteria, byKey, std::move(labels), indicatorColumns,
                                             criterionColumns, result);
    checker->setStored(m_service.loadUnits(result.year, checker->unitsNamed(table)));
    return checker;
}

QList<qint64> SubmissionImport::Checker::unitsNamed(const TableReadResult &table) const
{
    QList<qint64> units;
    QSet<qint64> seen;
    for (qsizetype r = 1; r < table.rowCount(); ++r) {
        const TableRow row = table.row(r);
        if (row.isBlank() || !hasData(row))
            continue; // a row with only its unit compares nothing
        const QStringView code = cellText(row, m_codeColumn);
        const Unit *unit = nullptr;
        if (!code.isEmpty()) {
            unit = m_activeByCode.value(code.toString());
        } else if (const QStringView name = cellText(row, m_nameColumn); !name.isEmpty()) {
            const QList<const Unit *> matches =
                m_activeByName.value(name.toString().normalized(QString::NormalizationForm_C).toCaseFolded());
            unit = matches.size() == 1 ? matches.first() : nullptr;
        }
        if (unit && !seen.contains(unit->id)) {
            seen.insert(unit->id);
            units.append(unit->id);
        }
    }
    return units;
}

QList<SubmissionImport::Column> SubmissionImport::readHeader(const TableReadResult &table,
                                                             QHash<QString, qsizetype> &byKey, Result &result)
{
    const TableRow headerRow = table.row(0);
    QList<Column> columns;
    for (const auto &[column, row] : ImportHeader::columnsWithoutHeader(table))
        fileIssue(result, row, ImportHeader::columnLetter(column), tr("this column has values but no header"));
    for (qsizetype c = 0; c < headerRow.size(); ++c) {
        const qsizetype i = headerRow.columnAt(c);
        const QString key = ImportHeader::keyOf(headerRow.textAt(c));
        if (key.isEmpty())
            continue;
        if (byKey.contains(key)) {
            fileIssue(result, headerRow.number(), key,
                      tr("the column appears twice (columns %1 and %2)")
                          .arg(ImportHeader::columnLetter(byKey.value(key)), ImportHeader::columnLetter(i)));
            continue;
        }
        byKey.insert(key, i);
        columns.append({key, i, nullptr, nullptr});
    }
    return columns;
}

bool SubmissionImport::readContext(Result &result) const
{
    YearContext &context = result.context;
    try {
        // Read once per year for all the files one import reads (the units' workbooks).
        if (!m_contexts.contains(result.year))
            m_contexts.insert(result.year, m_service.context(result.year));
        context = m_contexts.value(result.year);
    } catch (const ValidationError &e) {
        fileIssue(result, 0, QStringLiteral("year"), e.message());
        return false;
    }
    if (context.settings.locked) {
        fileIssue(result, 0, QStringLiteral("year"),
                  tr("the year %1 is locked; its submissions can no longer be changed").arg(result.year));
        return false;
    }
    return true;
}

void SubmissionImport::resolveColumns(QList<Column> &columns, const QList<Criterion> &criteria, int headerRow,
                                      Result &result)
{
    YearContext &context = result.context;
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
                fileIssue(result, headerRow, c.key, tr("no indicator has the code %1").arg(c.key.mid(4)));
        } else if (c.key.startsWith(QLatin1String("self:")) || c.key.startsWith(QLatin1String("rev:"))) {
            c.reviewed = c.key.startsWith(QLatin1String("rev:"));
            const QString code = c.key.mid(c.reviewed ? 4 : 5);
            for (const Criterion &k : criteria)
                if (code == k.code)
                    c.criterion = &k;
            if (!c.criterion)
                fileIssue(result, headerRow, c.key,
                          tr("the rubric of %1 (%2) has no item %3").arg(result.year).arg(context.rubric.code, code));
        } else {
            fileIssue(result, headerRow, c.key, unknownColumn());
        }
    }
}

std::optional<SubmissionService::Change> SubmissionImport::Checker::check(const TableRow &row)
{
    if (row.isBlank())
        return {};
    ++m_result.rowsRead;
    // Until the unit is known, the row is named by what it gives.
    const QStringView given = cellText(row, m_nameColumn);
    m_rowUnit = (given.isEmpty() ? cellText(row, m_codeColumn) : given).toString();
    if (!plainText(row) || !yearMatches(row))
        return {};
    const Unit *unit = unitOf(row);
    if (!unit)
        return {};
    // A row with only the unit filled in: nothing was sent, nothing to import.
    if (!hasData(row)) {
        ++m_result.rowsEmpty;
        return {};
    }

    // Taken out: a unit has one row, and what was compared costs no memory after.
    const Submission before = m_stored.take(unit->id);
    Submission after = before.id ? before : Submission();
    after.unitId = unit->id;
    after.year = m_result.year;
    if (!before.id)
        after.status = QStringLiteral("not_received");
    after.values.reserve(after.values.size() + m_indicatorColumns);
    after.scores.reserve(after.scores.size() + m_criterionColumns);
    const qsizetype issuesBefore = m_result.issueCount();
    readCells(row, after);
    if (after.receivedDate.isValid() && after.status == QLatin1String("not_received"))
        after.status = QStringLiteral("received");
    if (m_result.issueCount() != issuesBefore)
        return {};
    for (const ValidationIssue &v : SubmissionValidator::validate(after, m_context))
        issue(row, v.field, v.message);
    if (m_result.issueCount() != issuesBefore)
        return {};

    if (!SubmissionService::differs(before, after)) {
        ++m_result.unchanged;
        return {};
    }
    ++(before.id ? m_result.changed : m_result.created);
    return SubmissionService::Change{before, after};
}

// No cell hides or fakes text (control, bidi or invisible characters); a note may have
// line breaks. In a workbook, a text as long as a cell can hold may have been cut: refused.
bool SubmissionImport::Checker::plainText(const TableRow &row)
{
    const bool workbook = m_result.path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    bool plain = true;
    for (const Column &c : m_columns) {
        const QStringView text = cellText(row, c.index);
        QString problem = HiddenText::problem(text, c.key == QLatin1String("note"));
        if (problem.isEmpty() && workbook && text.size() >= XlsxTableWriter::MaxCellLength)
            problem = SubmissionImport::tr("the text has %1 characters, as many as a worksheet cell holds: the "
                                           "spreadsheet program may have cut it; import it from a CSV file")
                          .arg(text.size());
        if (!problem.isEmpty()) {
            issue(row, c.key, problem);
            plain = false;
        }
    }
    return plain;
}

// A [year] cell, when filled in, must be the file's year.
bool SubmissionImport::Checker::yearMatches(const TableRow &row)
{
    if (m_yearColumn >= 0) {
        const QStringView y = cellText(row, m_yearColumn);
        if (!y.isEmpty() && y != QString::number(m_result.year)) {
            issue(row, QStringLiteral("year"),
                  SubmissionImport::tr("the year %1 differs from the file's year %2; import one year per file")
                      .arg(y)
                      .arg(m_result.year));
            return false;
        }
    }
    return true;
}

// Whose row is it? The unit active in the year with the row's code or name, met in no
// earlier row; nullptr (with an issue) when there is none.
const Unit *SubmissionImport::Checker::unitOf(const TableRow &row)
{
    const QString code = cellText(row, m_codeColumn).toString();
    const QString name = cellText(row, m_nameColumn).toString().normalized(QString::NormalizationForm_C);
    const Unit *unit = nullptr;
    if (!code.isEmpty()) {
        unit = m_activeByCode.value(code);
        if (!unit) {
            // Worded by finish(), which may read the other units from the database.
            if (const qsizetype index = m_result.issues.size(); issue(row, QStringLiteral("unit_code"), QString()))
                m_unknownCodes.append({index, code});
            return nullptr;
        }
        if (!name.isEmpty() &&
            name.toCaseFolded() != unit->name.normalized(QString::NormalizationForm_C).toCaseFolded()) {
            issue(row, QStringLiteral("unit_name"),
                  SubmissionImport::tr("“%1” is not the name of unit %2 (“%3”)").arg(name, code, unit->name));
            return nullptr;
        }
    } else if (!name.isEmpty()) {
        const QList<const Unit *> matches = m_activeByName.value(name.toCaseFolded());
        if (matches.size() != 1) {
            issue(row, QStringLiteral("unit_name"),
                  matches.isEmpty()
                      ? SubmissionImport::tr("no unit active in %1 is named “%2”").arg(m_result.year).arg(name)
                      : SubmissionImport::tr("several units are named “%1”; give the unit code").arg(name));
            return nullptr;
        }
        unit = matches.first();
    } else {
        issue(row, m_codeColumn >= 0 ? QStringLiteral("unit_code") : QStringLiteral("unit_name"),
              SubmissionImport::tr("the row has values but no unit"));
        return nullptr;
    }
    if (m_rowOfUnit.contains(unit->id)) {
        issue(row, m_codeColumn >= 0 ? QStringLiteral("unit_code") : QStringLiteral("unit_name"),
              SubmissionImport::tr("the unit %1 already has a row (row %2); one row per unit")
                  .arg(unit->code)
                  .arg(m_rowOfUnit.value(unit->id)));
        return nullptr;
    }
    m_rowOfUnit.insert(unit->id, row.number());
    m_rowUnit = unit->name;
    return unit;
}

// Whether a column other than the year and the unit is filled in.
bool SubmissionImport::Checker::hasData(const TableRow &row) const
{
    bool filled = false;
    for (const Column &c : m_columns)
        if (c.key != QLatin1String("year") && c.key != QLatin1String("unit_code") &&
            c.key != QLatin1String("unit_name"))
            filled = filled || !cellText(row, c.index).isEmpty();
    return filled;
}

// The row's cells over `after`, each parsed for its column.
void SubmissionImport::Checker::readCells(const TableRow &row, Submission &after)
{
    for (const Column &c : m_columns) {
        const QStringView text = cellText(row, c.index);
        if (c.key == QLatin1String("document_number")) {
            after.documentNumber = text.toString();
        } else if (c.key == QLatin1String("note")) {
            after.note = text.toString();
        } else if (c.key == QLatin1String("document_date") || c.key == QLatin1String("received_date")) {
            QDate date;
            const QString message = SubmissionValidator::parseDate(dateFromSerial(text.toString()), &date);
            if (!message.isEmpty())
                issue(row, c.key, message);
            (c.key == QLatin1String("document_date") ? after.documentDate : after.receivedDate) = date;
        } else if (c.indicator) {
            readIndicator(row, c, text, after);
        } else if (c.criterion) {
            readScore(row, c, text, after);
        }
    }
}

void SubmissionImport::Checker::readIndicator(const TableRow &row, const Column &c, QStringView text, Submission &after)
{
    bool estimate = false;
    IndicatorValue value;
    const QString message =
        SubmissionValidator::parseIndicator(*c.indicator, withoutEstimateMark(text, &estimate), &value);
    if (!message.isEmpty())
        issue(row, c.key, message);
    value.estimate = estimate && !value.isEmpty();
    after.values.removeIf([&c](const IndicatorValue &v) { return v.indicatorId == c.indicator->id; });
    if (!value.isEmpty())
        after.values.append(value);
}

void SubmissionImport::Checker::readScore(const TableRow &row, const Column &c, QStringView text, Submission &after)
{
    std::optional<Points> score;
    const QString message = SubmissionValidator::parseScore(*c.criterion, text, &score);
    if (!message.isEmpty())
        issue(row, c.key, message);
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

SubmissionImport::Result SubmissionImport::prepare(const QString &path, int year, bool yearIsOnlyDefault) const
{
    Result result;
    TableReadResult table;
    const std::unique_ptr<Checker> checker = begin(path, year, yearIsOnlyDefault, result, table);
    if (!checker)
        return result;
    // Once a row has an issue nothing will be written: the changes are no longer kept.
    for (qsizetype r = 1; r < table.rowCount(); ++r) {
        std::optional<SubmissionService::Change> change = checker->check(table.row(r));
        if (!result.ok())
            result.changes = {};
        else if (change)
            result.changes.append(std::move(*change));
    }
    checker->finish(m_service);
    return result;
}

SubmissionImport::Result SubmissionImport::run(const QString &path, int year, bool unlessImported)
{
    m_contexts.clear();
    Result result;
    TableReadResult table;
    // The day's check of the database before its first write (a read of the whole file)
    // runs while the file is read, instead of after.
    const std::unique_ptr<Checker> checker =
        begin(path, year, false, result, table, unlessImported, [this] { m_service.checkBeforeWriting(); });
    if (!checker)
        return result;
    SubmissionService::Batch batch(m_service, result.context, QStringLiteral("import"));

    // The checked changes, handed from the checking thread to this one a block at a time.
    // Once a row has an issue, nothing more is handed over: the file will not be written.
    struct
    {
        std::mutex mutex;
        std::condition_variable ready; // a block was handed over, or checking ended
        std::condition_variable taken; // this thread took the blocks waiting
        QList<QList<SubmissionService::Change>> blocks;
        bool done = false;
        bool stop = false; // this thread failed: the checking thread ends early
        std::exception_ptr error;
    } handoff;
    std::thread checking([&] {
        try {
            QList<SubmissionService::Change> block;
            // A few blocks ahead at most: the memory of written ones is used again.
            auto hand = [&] {
                std::unique_lock lock(handoff.mutex);
                handoff.taken.wait(lock, [&] { return handoff.blocks.size() < 4 || handoff.stop; });
                handoff.blocks.append(std::move(block));
                block.clear();
                handoff.ready.notify_one();
            };
            for (qsizetype r = 1; r < table.rowCount(); ++r) {
                if (r % 256 == 0) {
                    const std::lock_guard lock(handoff.mutex);
                    if (handoff.stop)
                        break;
                }
                std::optional<SubmissionService::Change> change = checker->check(table.row(r));
                if (change && result.issues.isEmpty()) {
                    block.append(std::move(*change));
                    if (block.size() == 256)
                        hand();
                }
            }
            if (result.issues.isEmpty() && !block.isEmpty())
                hand();
        } catch (...) {
            handoff.error = std::current_exception();
        }
        const std::lock_guard lock(handoff.mutex);
        handoff.done = true;
        handoff.ready.notify_one();
    });
    const auto joined = qScopeGuard([&] {
        {
            const std::lock_guard lock(handoff.mutex);
            handoff.stop = true;
            handoff.taken.notify_one();
        }
        if (checking.joinable())
            checking.join();
    });

    for (;;) {
        QList<QList<SubmissionService::Change>> blocks;
        {
            std::unique_lock lock(handoff.mutex);
            handoff.ready.wait(lock, [&] { return handoff.done || !handoff.blocks.isEmpty(); });
            if (handoff.blocks.isEmpty())
                break; // done
            blocks.swap(handoff.blocks);
            handoff.taken.notify_one();
        }
        for (const QList<SubmissionService::Change> &block : std::as_const(blocks))
            batch.write(block);
    }
    checking.join();
    if (handoff.error)
        std::rethrow_exception(handoff.error);
    checker->finish(m_service);
    if (!result.ok() || result.created + result.changed == 0)
        return result; // with issues, or the same file again: nothing to write, nothing to record
    batch.finish(&result.file);
    return result;
}

void SubmissionImport::apply(const Result &result)
{
    m_contexts.clear(); // what was read is no longer what is stored
    if (!result.ok())
        throw ValidationError({{QString(), tr("The file has errors; nothing was imported.")}});
    if (result.changes.isEmpty())
        return; // the same file again: nothing to change, nothing to record
    m_service.saveAll(result.context, result.changes, QStringLiteral("import"), &result.file);
}
