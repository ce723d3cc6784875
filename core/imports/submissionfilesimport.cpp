#include "submissionfilesimport.h"

#include "domain/validationissue.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace {

bool isTableFile(const QFileInfo &info)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("xls"),
                                         QStringLiteral("ods")};
    const QString name = info.fileName();
    // "~$name.xlsx" (Excel) and ".~lock.name#" (LibreOffice) are lock files of open workbooks.
    return suffixes.contains(info.suffix().toLower()) && !name.startsWith(QLatin1String("~$")) &&
           !name.startsWith(QLatin1Char('.'));
}

} // namespace

bool SubmissionFilesImport::Result::ok() const
{
    return problems.isEmpty() && count(Outcome::Refused) == 0;
}

int SubmissionFilesImport::Result::count(Outcome outcome) const
{
    return int(std::count_if(files.cbegin(), files.cend(), [outcome](const File &f) { return f.outcome == outcome; }));
}

int SubmissionFilesImport::Result::created() const
{
    int n = 0;
    for (const File &f : files)
        n += f.outcome == Outcome::Accepted ? f.result.created : 0;
    return n;
}

int SubmissionFilesImport::Result::changed() const
{
    int n = 0;
    for (const File &f : files)
        n += f.outcome == Outcome::Accepted ? f.result.changed : 0;
    return n;
}

QStringList SubmissionFilesImport::expand(const QStringList &paths, QStringList *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        const QDir dir(path);
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (isTableFile(entry))
                found.append(entry.filePath());
        }
        if (found.isEmpty() && problems)
            problems->append(
                tr("%1: the folder has no .csv, .xlsx, .xls or .ods file").arg(QDir::toNativeSeparators(path)));
        files += found;
    }
    return files;
}

SubmissionFilesImport::Result SubmissionFilesImport::prepare(const QStringList &paths, int year,
                                                             bool yearIsOnlyDefault) const
{
    Result result;
    const QStringList files = expand(paths, &result.problems);
    SubmissionImport import(m_service);
    QHash<QString, QString> pathOfSha256; // the files read so far
    for (const QString &path : files) {
        File file;
        file.result = import.prepare(path, year, yearIsOnlyDefault);
        const QString &sha256 = file.result.file.sha256;
        if (!sha256.isEmpty() && pathOfSha256.contains(sha256)) {
            file.outcome = Outcome::Skipped;
            file.note = tr("the same file as %1").arg(QDir::toNativeSeparators(pathOfSha256.value(sha256)));
        } else if (!sha256.isEmpty()) {
            pathOfSha256.insert(sha256, path);
            const ImportedFile before = m_service.importedFile(sha256);
            if (before.id != 0) {
                file.outcome = Outcome::Skipped;
                file.note =
                    tr("already imported on %1 as %2")
                        .arg(before.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), before.name);
            }
        }
        if (file.outcome == Outcome::Accepted && !file.result.ok())
            file.outcome = Outcome::Refused;
        if (file.outcome == Outcome::Skipped)
            file.result.changes.clear();
        result.files.append(std::move(file));
    }
    refuseSharedUnits(result);
    return result;
}

void SubmissionFilesImport::refuseSharedUnits(Result &result)
{
    struct Seen
    {
        qsizetype file;
        int row;
    };
    QHash<std::pair<qint64, int>, Seen> seen; // (unit, year) → where first met
    for (qsizetype f = 0; f < result.files.size(); ++f) {
        File &file = result.files[f];
        if (file.outcome == Outcome::Skipped)
            continue;
        for (auto it = file.result.rowOfUnit.cbegin(); it != file.result.rowOfUnit.cend(); ++it) {
            const std::pair<qint64, int> key{it.key(), file.result.year};
            const auto first = seen.constFind(key);
            if (first == seen.cend()) {
                seen.insert(key, {f, it.value()});
                continue;
            }
            File &earlier = result.files[first->file];
            QString code;
            for (const Unit &u : std::as_const(file.result.context.units))
                if (u.id == it.key())
                    code = u.code;
            const QString here = QFileInfo(file.result.path).fileName();
            const QString there = QFileInfo(earlier.result.path).fileName();
            const QString column = QStringLiteral("unit_code");
            file.result.issues.append({it.value(), column,
                                       tr("the unit %1 of %2 is also in %3 (row %4); keep one file per unit")
                                           .arg(code)
                                           .arg(file.result.year)
                                           .arg(there)
                                           .arg(first->row)});
            earlier.result.issues.append({first->row, column,
                                          tr("the unit %1 of %2 is also in %3 (row %4); keep one file per unit")
                                              .arg(code)
                                              .arg(file.result.year)
                                              .arg(here)
                                              .arg(it.value())});
            file.outcome = Outcome::Refused;
            earlier.outcome = Outcome::Refused;
        }
    }
    for (File &file : result.files)
        if (file.outcome == Outcome::Refused)
            file.result.changes.clear();
}

void SubmissionFilesImport::apply(const Result &result)
{
    if (!result.ok())
        throw ValidationError({{QString(), tr("Some files have errors; nothing was imported.")}});
    std::optional<SubmissionService::Batch> batch;
    for (const File &file : result.files) {
        if (file.outcome != Outcome::Accepted || file.result.changes.isEmpty())
            continue; // skipped, or nothing to change: nothing to record
        if (!batch)
            batch.emplace(m_service, file.result.context, QStringLiteral("import"));
        else
            batch->switchTo(file.result.context);
        batch->write(file.result.changes);
        batch->record(file.result.file);
    }
    if (batch)
        batch->finish();
}
