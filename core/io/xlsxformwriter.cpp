#include "xlsxformwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <filesystem>
#include <system_error>
#include <vector>

namespace {

lxw_datetime dateTimeOf(QDate date)
{
    return {date.year(), date.month(), date.day(), 0, 0, 0};
}

} // namespace

XlsxFormWriter::XlsxFormWriter(const QString &path) : m_path(path)
{
    const QFileInfo target(path);
    m_temporary = target.absoluteFilePath() +
                  QStringLiteral(".%1.part").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (target.absoluteDir().exists())
        m_workbook = workbook_new(m_temporary.toUtf8().constData());
    if (!m_workbook)
        m_status = LXW_ERROR_CREATING_XLSX_FILE;
}

XlsxFormWriter::~XlsxFormWriter()
{
    if (m_workbook) { // never finished: nothing is left behind
        workbook_close(m_workbook);
        QFile::remove(m_temporary);
    }
}

void XlsxFormWriter::check(int status)
{
    if (m_status == LXW_NO_ERROR)
        m_status = status;
}

lxw_format *XlsxFormWriter::format(Style style)
{
    if (!m_workbook)
        return nullptr;
    if (m_formats.isEmpty()) {
        for (int s = 0; s <= int(Style::DateEntry); ++s) {
            lxw_format *f = workbook_add_format(m_workbook);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            switch (Style(s)) {
            case Style::Text:
                break;
            case Style::Title:
                format_set_bold(f);
                format_set_font_size(f, 13);
                break;
            case Style::Header:
                format_set_bold(f);
                format_set_bg_color(f, 0xDDEBF7);
                format_set_border(f, LXW_BORDER_THIN);
                break;
            case Style::Filled:
                format_set_bg_color(f, 0xEDEDED);
                format_set_border(f, LXW_BORDER_THIN);
                break;
            case Style::Hint:
                format_set_font_color(f, 0x808080);
                format_set_italic(f);
                break;
            case Style::DateEntry:
                format_set_num_format(f, "dd/mm/yyyy");
                [[fallthrough]];
            case Style::Entry:
                format_set_unlocked(f);
                format_set_border(f, LXW_BORDER_THIN);
                break;
            }
            m_formats.append(f);
        }
    }
    return m_formats.at(int(style));
}

int XlsxFormWriter::addSheet(const QString &name, bool protect)
{
    lxw_worksheet *sheet = m_workbook ? workbook_add_worksheet(m_workbook, name.toUtf8().constData()) : nullptr;
    if (!sheet)
        check(LXW_ERROR_SHEETNAME_ALREADY_USED);
    if (sheet && protect) {
        lxw_protection options{};
        options.format_columns = 1; // widening a column changes nothing
        options.format_rows = 1;
        worksheet_protect(sheet, nullptr, &options);
    }
    m_sheets.append(sheet);
    return int(m_sheets.size() - 1);
}

void XlsxFormWriter::setColumnWidth(int sheet, int column, double width)
{
    if (lxw_worksheet *s = m_sheets.value(sheet))
        check(worksheet_set_column(s, lxw_col_t(column), lxw_col_t(column), width, nullptr));
}

void XlsxFormWriter::setRowHeight(int sheet, int row, double height)
{
    if (lxw_worksheet *s = m_sheets.value(sheet))
        check(worksheet_set_row(s, lxw_row_t(row), height, nullptr));
}

void XlsxFormWriter::write(int sheet, int row, int column, const QString &text, Style style)
{
    lxw_worksheet *s = m_sheets.value(sheet);
    if (!s)
        return;
    if (text.isEmpty())
        check(worksheet_write_blank(s, lxw_row_t(row), lxw_col_t(column), format(style)));
    else
        check(worksheet_write_string(s, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format(style)));
}

void XlsxFormWriter::writeNumber(int sheet, int row, int column, double value, Style style)
{
    if (lxw_worksheet *s = m_sheets.value(sheet))
        check(worksheet_write_number(s, lxw_row_t(row), lxw_col_t(column), value, format(style)));
}

void XlsxFormWriter::writeDate(int sheet, int row, int column, QDate date, Style style)
{
    lxw_worksheet *s = m_sheets.value(sheet);
    if (!s)
        return;
    lxw_datetime when = dateTimeOf(date);
    check(worksheet_write_datetime(s, lxw_row_t(row), lxw_col_t(column), &when, format(style)));
}

void XlsxFormWriter::writeMerged(int sheet, int row, int firstColumn, int lastColumn, const QString &text, Style style)
{
    if (lxw_worksheet *s = m_sheets.value(sheet))
        check(worksheet_merge_range(s, lxw_row_t(row), lxw_col_t(firstColumn), lxw_row_t(row), lxw_col_t(lastColumn),
                                    text.toUtf8().constData(), format(style)));
}

void XlsxFormWriter::freezeRowsAbove(int sheet, int row)
{
    if (lxw_worksheet *s = m_sheets.value(sheet))
        worksheet_freeze_panes(s, lxw_row_t(row), 0);
}

void XlsxFormWriter::validate(int sheet, int row, int column, const Rule &rule)
{
    lxw_worksheet *s = m_sheets.value(sheet);
    if (!s || rule.kind == Rule::Kind::None)
        return;
    lxw_data_validation v{};
    // The texts live until the call below has copied them.
    QByteArray inputTitle = rule.inputTitle.left(32).toUtf8();
    QByteArray inputMessage = rule.inputMessage.left(255).toUtf8();
    QByteArray errorTitle = rule.errorTitle.left(32).toUtf8();
    QByteArray errorMessage = rule.errorMessage.left(255).toUtf8();
    QByteArray formula = rule.formula.toUtf8();
    QList<QByteArray> items;
    std::vector<char *> list;
    switch (rule.kind) {
    case Rule::Kind::None:
        return;
    case Rule::Kind::Dates:
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_datetime = dateTimeOf(rule.minimumDate);
        v.maximum_datetime = dateTimeOf(rule.maximumDate);
        break;
    case Rule::Kind::Whole:
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = rule.minimum;
        break;
    case Rule::Kind::Decimal:
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = rule.minimum;
        v.maximum_number = rule.maximum;
        break;
    case Rule::Kind::List:
        v.validate = LXW_VALIDATION_TYPE_LIST;
        for (const QString &item : rule.items)
            items.append(item.toUtf8());
        for (QByteArray &item : items)
            list.push_back(item.data());
        list.push_back(nullptr);
        v.value_list = list.data();
        break;
    case Rule::Kind::Formula:
        v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
        v.value_formula = formula.data();
        break;
    }
    v.ignore_blank = LXW_VALIDATION_ON;
    v.show_input = LXW_VALIDATION_ON;
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    if (!inputTitle.isEmpty())
        v.input_title = inputTitle.data();
    if (!inputMessage.isEmpty())
        v.input_message = inputMessage.data();
    if (!errorTitle.isEmpty())
        v.error_title = errorTitle.data();
    if (!errorMessage.isEmpty())
        v.error_message = errorMessage.data();
    check(worksheet_data_validation_cell(s, lxw_row_t(row), lxw_col_t(column), &v));
}

bool XlsxFormWriter::finish(QString *error)
{
    auto fail = [this, error](const QString &message) {
        QFile::remove(m_temporary);
        if (error)
            *error = message;
        return false;
    };
    if (!m_workbook)
        return fail(tr("The workbook %1 cannot be created.").arg(QDir::toNativeSeparators(m_path)));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    check(closed);
    if (m_status != LXW_NO_ERROR)
        return fail(tr("The workbook %1 cannot be written: %2.")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(lxw_error(m_status)))));
    // std::filesystem::rename replaces an existing target in one step, on Windows too.
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(m_temporary.toStdU16String()),
                            std::filesystem::path(QFileInfo(m_path).absoluteFilePath().toStdU16String()), renameError);
    if (renameError)
        return fail(tr("The workbook %1 cannot be written: %2.")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromStdString(renameError.message())));
    return true;
}
