#include "importheader.h"
#include "io/tablereader.h"
#include "submissionimport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>

// The file half of SubmissionImport: reading the table and its year.

namespace {

bool hasSubmissionHeader(const TableReadResult &table)
{
    return ImportHeader::findHeaderRow(table, SubmissionImport::isSubmissionKey) >= 0;
}

// The keys of the header (the first of the first rows with a key of ours) that no
// submission column has.
QStringList unknownKeys(const TableReadResult &head)
{
    const qsizetype at = ImportHeader::findHeaderRow(head, SubmissionImport::isSubmissionKey);
    QStringList keys;
    if (at < 0)
        return keys;
    const TableRow header = head.row(at);
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString key = ImportHeader::keyOf(header.textAt(c));
        if (!key.isEmpty() && !SubmissionImport::isSubmissionKey(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

// Whether a header key is one of the submission template's.
bool SubmissionImport::isSubmissionKey(const QString &key)
{
    static const QStringList plainKeys = {QStringLiteral("year"),          QStringLiteral("unit_code"),
                                          QStringLiteral("unit_name"),     QStringLiteral("document_number"),
                                          QStringLiteral("document_date"), QStringLiteral("received_date"),
                                          QStringLiteral("note")};
    return plainKeys.contains(key) || key.startsWith(QLatin1String("ind:")) || key.startsWith(QLatin1String("self:")) ||
           key.startsWith(QLatin1String("rev:"));
}

void SubmissionImport::fileIssue(Result &result, int row, const QString &column, const QString &message)
{
    result.issues.append({row, column, message});
}

QString SubmissionImport::unknownColumn()
{
    return tr("unknown column; the keys are [year], [unit_code], [unit_name], [document_number], [document_date], "
              "[received_date], [note], [ind:CODE], [self:CODE] and [rev:CODE], as in the import template");
}

bool SubmissionImport::readTable(const QString &path, Result &result, TableReadResult &table,
                                 const std::function<void()> &whileReading)
{
    bool stopped = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fileIssue(result, 0, {}, tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    result.file.content = file.readAll();
    file.close();
    result.file.name = QFileInfo(path).fileName();
    result.file.size = result.file.content.size();
    result.file.kind = QStringLiteral("submissions");
    result.file.actor = SubmissionService::currentActor();
    {
        // The file's SHA-256 on the other core while this one reads the table.
        const QByteArray &content = result.file.content;
        auto sha256 = std::async(std::launch::async,
                                 [&content] { return QCryptographicHash::hash(content, QCryptographicHash::Sha256); });
        // The first sheet of a workbook with a header of ours ("Hướng dẫn" may come first);
        // a header with a column no import knows (a stray cell at XFD1 above 100,000
        // rows) is refused from its first rows, the rest of the sheet left unread.
        auto read = [&] {
            return TableReader::read(path, content, hasSubmissionHeader, [&stopped](const TableReadResult &head) {
                return stopped = !unknownKeys(head).isEmpty();
            });
        };
        if (whileReading) {
            // The table on a third thread; a throw here waits for both (the futures' ends).
            auto parsed = std::async(std::launch::async, read);
            whileReading();
            table = parsed.get();
        } else {
            table = read();
        }
        result.file.sha256 = QString::fromLatin1(sha256.get().toHex());
    }
    if (!table.ok()) {
        fileIssue(result, table.errorRow, {}, table.error);
        return false;
    }
    if (table.isEmpty()) {
        fileIssue(result, 1, {}, tr("the file is empty; it needs a header row with the column keys"));
        return false;
    }
    // Title rows above the header are left out; without a header of ours in the first
    // ten rows, the first row is the header and says what is wrong with it.
    table.dropRowsBefore(std::max(qsizetype(0), ImportHeader::findHeaderRow(table, isSubmissionKey)));
    if (stopped) {
        for (const QString &key : unknownKeys(table))
            fileIssue(result, table.row(0).number(), key, unknownColumn());
        return false;
    }
    return true;
}

bool SubmissionImport::readYear(const TableReadResult &table, qsizetype yearColumn, int year, bool yearIsOnlyDefault,
                                Result &result)
{
    if (yearColumn >= 0) {
        for (qsizetype r = 1; r < table.rowCount() && result.year == 0; ++r) {
            const QString text = table.row(r).cell(yearColumn).trimmed();
            bool ok = false;
            const int y = text.toInt(&ok);
            if (!text.isEmpty()) {
                if (!ok || y < 2000 || y > 2100) {
                    fileIssue(result, table.row(r).number(), QStringLiteral("year"),
                              tr("“%1” is not a year").arg(text));
                    return false;
                }
                result.year = y;
            }
        }
        if (year != 0 && result.year != 0 && year != result.year && !yearIsOnlyDefault) {
            fileIssue(result, 0, QStringLiteral("year"),
                      tr("the file is for %1, but the import was asked for %2").arg(result.year).arg(year));
            return false;
        }
    }
    if (result.year == 0)
        result.year = year;
    if (result.year == 0) {
        fileIssue(result, table.row(0).number(), {},
                  tr("the file has no [year] column; add one, or give the year (--year on the command line)"));
        return false;
    }
    return true;
}
