#include "xlsreader.h"

#include "xlsformulas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <freexl.h>
#include <memory>

namespace {

QString numberText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString cleanText(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (const QChar c : text) {
        if (c.unicode() >= 0x300)
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return std::isfinite(cell.value.double_value) ? numberText(cell.value.double_value) : QString();
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? cleanText(cell.value.text_value) : QString();
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
        return cell.value.text_value ? QString::fromLatin1(cell.value.text_value).left(10) : QString();
    default:
        return {};
    }
}

struct Closer
{
    void operator()(const void *handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, Closer>;

QString notAWorkbook()
{
    return QCoreApplication::translate("TableReader",
                                       "The file is not an Excel 97-2003 workbook (.xls), or it is damaged.");
}

// The cells the sheets declare, read without loading them; -1 when the file cannot be
// read, -2 when it is encrypted.
qint64 declaredCells(const QByteArray &path, unsigned int *sheets)
{
    const void *raw = nullptr;
    if (freexl_open_info(path.constData(), &raw) != FREEXL_OK) {
        freexl_close(raw);
        return -1;
    }
    const Handle handle(raw);
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return -2;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, sheets) != FREEXL_OK)
        return -1;
    qint64 cells = 0;
    for (unsigned int s = 0; s < *sheets; ++s) {
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(raw, quint16(s)) != FREEXL_OK ||
            freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK)
            return -1;
        cells += qint64(rows) * columns;
    }
    return cells;
}

// `formulas`: the values of the sheet's formula cells, which libfreexl reads as empty.
bool readSheet(const void *handle, unsigned int index, const XlsFormulas::Sheet &formulas, TableReadResult *result)
{
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, quint16(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
        return false;
    for (unsigned int r = 0; r < rows; ++r) {
        result->beginRow(int(r + 1));
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle, r, c, &cell) != FREEXL_OK)
                continue;
            if (cell.type == FREEXL_CELL_NULL && !formulas.isEmpty())
                result->addCell(c, formulas.value(XlsFormulas::key(r, c)));
            else
                result->addCell(c, cellText(cell));
        }
        result->endRow();
    }
    return true;
}

} // namespace

TableReadResult XlsReader::read(const QString &path, const XlsxReader::Accept &accept)
{
    TableReadResult failed;
    failed.encoding = QStringLiteral("XLS");
    const QFileInfo info(path);
    if (info.size() > MaxFileSize) {
        failed.fail(QCoreApplication::translate("TableReader", "The file is larger than %1 MB; the program does not "
                                                               "read Excel 97-2003 workbooks that large.")
                        .arg(MaxFileSize >> 20));
        return failed;
    }
    // The file's structure checked first: libfreexl 1.0.6 misreads some malformed files.
    QByteArray bytes;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failed.fail(QCoreApplication::translate("TableReader", "The file %1 cannot be opened: %2.")
                            .arg(info.fileName(), file.errorString()));
            return failed;
        }
        bytes = file.readAll();
    }
    if (!XlsFormulas::wellFormed(bytes)) {
        failed.fail(notAWorkbook());
        return failed;
    }
    // libfreexl takes the file name in the system's 8-bit encoding.
    const QByteArray name = QFile::encodeName(QDir::toNativeSeparators(info.absoluteFilePath()));
    unsigned int sheets = 0;
    const qint64 cells = declaredCells(name, &sheets);
    if (cells == -2 || cells == -1 || cells > MaxCells) {
        failed.fail(cells == -2
                        ? QCoreApplication::translate("TableReader", "The workbook is protected by a password; save it "
                                                                     "without one, or as .xlsx, and import it again.")
                    : cells == -1 ? notAWorkbook()
                                  : QCoreApplication::translate("TableReader",
                                                                "The workbook's sheets declare %1 cells, more than "
                                                                "the %2 the program reads from an .xls file; save "
                                                                "it as .xlsx and import it again.")
                                        .arg(cells)
                                        .arg(MaxCells));
        return failed;
    }
    const void *raw = nullptr;
    if (freexl_open(name.constData(), &raw) != FREEXL_OK) {
        freexl_close(raw);
        failed.fail(notAWorkbook());
        return failed;
    }
    const Handle handle(raw);
    const QHash<QString, XlsFormulas::Sheet> formulas = XlsFormulas::read(bytes);
    TableReadResult first;
    for (unsigned int s = 0; s < sheets; ++s) {
        TableReadResult sheet;
        sheet.encoding = failed.encoding;
        const char *sheetName = nullptr;
        freexl_get_worksheet_name(raw, quint16(s), &sheetName);
        const QString title = sheetName ? QString::fromUtf8(sheetName) : QString::number(s + 1);
        if (!readSheet(raw, s, formulas.value(title.normalized(QString::NormalizationForm_C)), &sheet)) {
            failed.fail(notAWorkbook());
            return failed;
        }
        if (sheet.isEmpty())
            sheet.fail(QCoreApplication::translate("TableReader", "The worksheet %1 contains no rows.").arg(title));
        if (!accept || (sheet.ok() && accept(sheet))) {
            sheet.squeeze();
            return sheet;
        }
        if (s == 0)
            first = std::move(sheet);
    }
    if (sheets == 0)
        failed.fail(QCoreApplication::translate("TableReader", "The workbook has no worksheet."));
    return sheets == 0 ? failed : first;
}
