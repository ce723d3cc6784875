#include "xlsxtablewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace {
constexpr double MaxAutomaticWidth = 60;

// Excel forbids []:*?/\ in sheet names, a leading or trailing apostrophe, and more than 31 characters.
QString sheetNameFor(const QString &name)
{
    QString clean = name;
    for (QChar &c : clean) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    clean = clean.left(31);
    while (clean.startsWith(QLatin1Char('\'')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('\'')))
        clean.chop(1);
    clean = clean.trimmed();
    return clean.isEmpty() ? QStringLiteral("Sheet1") : clean;
}

// "7,5" and "7.5" are numbers; "1.234,5", "inf" and codes with letters are not.
bool parseNumber(const QString &text, double *value)
{
    QString number = text.trimmed();
    if (number.isEmpty())
        return false;
    if (!number.contains(QLatin1Char('.')) && number.count(QLatin1Char(',')) == 1)
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    *value = number.toDouble(&ok);
    return ok && std::isfinite(*value);
}

// The widest line of the text, in characters.
qsizetype displayLength(const QString &text)
{
    qsizetype widest = 0;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        widest = std::max(widest, (end < 0 ? text.size() : end) - start);
        if (end < 0)
            return widest;
        start = end + 1;
    }
}

QByteArray cellText(const QString &text)
{
    return text.toUtf8();
}
} // namespace

bool XlsxTableWriter::write(const QString &path, const QString &sheetName, const QList<Column> &columns,
                            const QList<QStringList> &rows, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (columns.size() > LXW_COL_MAX)
        return fail(tr("The table has %1 columns; a worksheet holds at most %2.").arg(columns.size()).arg(LXW_COL_MAX));
    if (rows.size() + 1 > LXW_ROW_MAX)
        return fail(tr("The table has %1 rows; a worksheet holds at most %2.").arg(rows.size()).arg(LXW_ROW_MAX - 1));
    // A longer text would be cut by the spreadsheet program, silently: refuse it instead.
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).size() > MaxCellLength)
                return fail(tr("Row %1, column %2 has %3 characters, more than the %4 a worksheet cell holds.")
                                .arg(r + 2)
                                .arg(c < columns.size() ? columns.at(c).header : QString::number(c + 1))
                                .arg(rows.at(r).at(c).size())
                                .arg(MaxCellLength));
        }
    }

    // libxlsxwriter writes by file name: write beside the target, then rename over it.
    const QString temporary =
        target.absoluteFilePath() +
        QStringLiteral(".%1.part").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // libxlsxwriter takes UTF-8 file names on every platform (it converts them on Windows).
    lxw_workbook *workbook = workbook_new(temporary.toUtf8().constData());
    if (!workbook)
        return fail(tr("The workbook %1 cannot be created.").arg(QDir::toNativeSeparators(path)));

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetNameFor(sheetName).toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    if (!sheet) // a name Excel reserves, such as "History"
        sheet = workbook_add_worksheet(workbook, nullptr);

    lxw_error status = sheet ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    auto check = [&status](lxw_error result) {
        if (status == LXW_NO_ERROR)
            status = result;
    };
    for (qsizetype c = 0; sheet && c < columns.size(); ++c) {
        const Column &column = columns.at(c);
        const auto col = lxw_col_t(c);
        check(worksheet_write_string(sheet, 0, col, cellText(column.header).constData(), bold));
        double width = column.width;
        if (width <= 0) {
            // The header's filter button takes about two characters.
            qsizetype widest = displayLength(column.header) + 2;
            for (const QStringList &row : rows) {
                if (c < row.size())
                    widest = std::max(widest, displayLength(row.at(c)));
            }
            width = std::min(double(widest) + 1, MaxAutomaticWidth);
        }
        check(worksheet_set_column(sheet, col, col, width, nullptr));
    }
    for (qsizetype r = 0; sheet && r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const auto sheetRow = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < row.size() && c < LXW_COL_MAX; ++c) {
            const QString &text = row.at(c);
            if (text.isEmpty())
                continue;
            double number = 0;
            if (c < columns.size() && columns.at(c).numeric && parseNumber(text, &number))
                check(worksheet_write_number(sheet, sheetRow, lxw_col_t(c), number, nullptr));
            else
                check(worksheet_write_string(sheet, sheetRow, lxw_col_t(c), cellText(text).constData(), nullptr));
        }
    }
    if (sheet && !columns.isEmpty()) {
        worksheet_freeze_panes(sheet, 1, 0);
        check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1)));
    }
    // workbook_close frees the workbook whatever happens, so it always runs.
    const lxw_error closed = workbook_close(workbook);
    check(closed);
    if (status != LXW_NO_ERROR) {
        QFile::remove(temporary);
        QString reason = QString::fromUtf8(lxw_strerror(status));
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return fail(tr("The workbook %1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), reason));
    }

    // std::filesystem::rename replaces an existing target in one step, on Windows too.
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(temporary);
        return fail(tr("The workbook %1 cannot be written: %2.")
                        .arg(QDir::toNativeSeparators(path), QString::fromStdString(renameError.message())));
    }
    return true;
}
