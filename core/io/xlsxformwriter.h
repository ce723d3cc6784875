#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writes a workbook meant to be filled in by someone else: sheets of cells with a few
// styles, entry cells left unlocked in protected sheets (no password: the protection
// guards against slips, not people), and Excel data validation with its own input and
// error messages, all through libxlsxwriter. Written beside the target under a temporary
// name and renamed over it only when complete.
class XlsxFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFormWriter)

public:
    enum class Style
    {
        Text,      // plain, locked
        Title,     // bold, larger, locked
        Header,    // bold, wrapped, shaded, locked
        Filled,    // shaded, locked: a value filled in for the reader
        Hint,      // grey italic, locked: a value to compare with
        Entry,     // unlocked, bordered
        DateEntry, // unlocked, bordered, shown dd/mm/yyyy
    };
    struct Rule
    {
        enum class Kind
        {
            None,
            Dates,   // between minimumDate and maximumDate
            Whole,   // a whole number at least `minimum`
            Decimal, // between `minimum` and `maximum`
            List,    // one of `items`, as a drop-down
            Formula, // `formula` (A1 references to the cell itself) must be true
        };
        Kind kind = Kind::None;
        double minimum = 0;
        double maximum = 0;
        QDate minimumDate;
        QDate maximumDate;
        QStringList items;
        QString formula;
        QString inputTitle; // at most 32 characters (Excel's limit)
        QString inputMessage;
        QString errorTitle;
        QString errorMessage;
    };

    explicit XlsxFormWriter(const QString &path);
    ~XlsxFormWriter();
    Q_DISABLE_COPY_MOVE(XlsxFormWriter)

    // Adds a sheet and returns its index; `protect`: locked cells cannot be changed.
    int addSheet(const QString &name, bool protect);
    void setColumnWidth(int sheet, int column, double width);
    void setRowHeight(int sheet, int row, double height);
    void write(int sheet, int row, int column, const QString &text, Style style);
    void writeNumber(int sheet, int row, int column, double value, Style style);
    void writeDate(int sheet, int row, int column, QDate date, Style style);
    // Text over several cells of one row, merged.
    void writeMerged(int sheet, int row, int firstColumn, int lastColumn, const QString &text, Style style);
    void validate(int sheet, int row, int column, const Rule &rule);
    // Rows above `row` stay in view while scrolling.
    void freezeRowsAbove(int sheet, int row);

    // Writes the workbook; false with `error` set when it cannot.
    bool finish(QString *error);

private:
    lxw_format *format(Style style);
    void check(int status);

    QString m_path;
    QString m_temporary;
    lxw_workbook *m_workbook = nullptr;
    QList<lxw_worksheet *> m_sheets;
    QList<lxw_format *> m_formats; // by Style
    int m_status = 0;              // the first lxw_error
};
