#include "unitworkbook.h"

#include "importheader.h"
#include "io/xlsxformwriter.h"
#include "services/submissionservice.h"
#include "services/submissionvalidator.h"
#include "submissiontemplate.h"

#include <QDir>

namespace {

using Rule = XlsxFormWriter::Rule;
using Style = XlsxFormWriter::Style;

constexpr int TitleRow = 0;
constexpr int HintRow = 1;
constexpr int HeaderRow = 2;
constexpr int DataRow = 3;

QString withoutDiacritics(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ')
            plain += QLatin1Char('d');
        else if (c == u'Đ')
            plain += QLatin1Char('D');
        else if (c.unicode() < 0x20 || QStringView(u"\\/:*?\"<>|").contains(c))
            plain += QLatin1Char(' ');
        else if (c.unicode() < 0x80)
            plain += c;
    }
    return plain.simplified();
}

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

Rule dateRule(int year)
{
    Rule r;
    r.kind = Rule::Kind::Dates;
    r.minimumDate = QDate(year, 1, 1);
    r.maximumDate = QDate(year, 12, 31);
    r.inputTitle = QStringLiteral("Ngày");
    r.inputMessage = QStringLiteral("Nhập một ngày của năm %1, dạng dd/mm/yyyy.").arg(year);
    r.errorTitle = QStringLiteral("Ngày không hợp lệ");
    r.errorMessage =
        QStringLiteral("Cần một ngày có thật trong năm %1 (từ 01/01/%1 đến 31/12/%1), dạng dd/mm/yyyy.").arg(year);
    return r;
}

Rule listRule(const QStringList &items, const QString &what)
{
    Rule r;
    r.kind = Rule::Kind::List;
    r.items = items;
    r.inputTitle = what;
    r.inputMessage = QStringLiteral("Chọn trong danh sách: %1.").arg(items.join(QStringLiteral(" hoặc ")));
    r.errorTitle = QStringLiteral("Giá trị không hợp lệ");
    r.errorMessage = QStringLiteral("Chỉ chọn %1.").arg(items.join(QStringLiteral(" hoặc ")));
    return r;
}

Rule percentRule()
{
    Rule r;
    r.kind = Rule::Kind::Decimal;
    r.minimum = 0;
    r.maximum = 100;
    r.inputTitle = QStringLiteral("Tỷ lệ (%)");
    r.inputMessage = QStringLiteral("Nhập một số từ 0 đến 100, không ghi dấu %.");
    r.errorTitle = QStringLiteral("Tỷ lệ không hợp lệ");
    r.errorMessage = QStringLiteral("Tỷ lệ phải là một số từ 0 đến 100.");
    return r;
}

Rule indicatorRule(const Indicator &indicator)
{
    if (indicator.kind == QLatin1String("count")) {
        Rule r;
        r.kind = Rule::Kind::Whole;
        r.minimum = 0;
        r.inputTitle = QStringLiteral("Số lượng");
        r.inputMessage = QStringLiteral("Nhập một số nguyên không âm (0, 1, 2, ...).");
        r.errorTitle = QStringLiteral("Số lượng không hợp lệ");
        r.errorMessage = QStringLiteral("Số lượng phải là một số nguyên không âm.");
        return r;
    }
    if (indicator.kind == QLatin1String("percent"))
        return percentRule();
    if (indicator.kind == QLatin1String("yesno"))
        return listRule({QStringLiteral("có"), QStringLiteral("không")}, QStringLiteral("Có hoặc không"));
    return {};
}

// A score 0..maximum on the rubric's step, by a formula on the cell itself.
Rule scoreRule(const Criterion &criterion, const QString &cell)
{
    if (criterion.kind == QLatin1String("passfail"))
        return listRule({QStringLiteral("đạt"), QStringLiteral("không đạt")}, QStringLiteral("Đạt hoặc không đạt"));
    if (criterion.kind == QLatin1String("percent"))
        return percentRule();
    const QString maximum = criterion.maxPoints.toString(QLatin1Char('.'));
    const qint64 step = criterion.step.hundredths();
    Rule r;
    r.kind = Rule::Kind::Formula;
    r.formula = QStringLiteral("AND(ISNUMBER(%1),%1>=0,%1<=%2").arg(cell, maximum) +
                (step > 0 ? QStringLiteral(",MOD(ROUND(%1*100,0),%2)=0)").arg(cell).arg(step) : QStringLiteral(")"));
    const QString stepText = step > 0 ? QStringLiteral(", bước %1").arg(criterion.step.toString()) : QString();
    r.inputTitle = QStringLiteral("Điểm tự chấm %1").arg(criterion.code);
    r.inputMessage = QStringLiteral("Nhập điểm từ 0 đến %1%2.").arg(criterion.maxPoints.toString(), stepText);
    r.errorTitle = QStringLiteral("Điểm không hợp lệ");
    r.errorMessage =
        QStringLiteral("Điểm của %1 phải từ 0 đến %2%3.").arg(criterion.code, criterion.maxPoints.toString(), stepText);
    return r;
}

// Last year's value of a column, as the import would read it; empty when none.
QString lastYearValue(const QString &key, const Submission &last, const YearContext &lastContext)
{
    if (key.startsWith(QLatin1String("ind:"))) {
        for (const Indicator &i : lastContext.indicators)
            if (i.code == key.mid(4))
                if (const IndicatorValue *v = last.value(i.id))
                    return SubmissionValidator::formatIndicator(i, *v);
    } else if (key.startsWith(QLatin1String("self:"))) {
        for (const Criterion &c : lastContext.scoredCriteria())
            if (c.code == key.mid(5))
                if (const CriterionScore *s = last.score(c.id))
                    return SubmissionValidator::formatScore(c, s->self);
    }
    return {};
}

void writeInstructions(XlsxFormWriter &writer, const YearContext &context, const Unit &unit, int columns)
{
    const int sheet = writer.addSheet(QStringLiteral("Hướng dẫn"), false);
    writer.setColumnWidth(sheet, 0, 110);
    const int year = context.year;
    const QString deadline = context.settings.unitDeadline.isValid()
                                 ? dayText(context.settings.unitDeadline)
                                 : QStringLiteral("theo công văn của Sở Văn hóa, Thể thao và Du lịch");
    const QStringList lines = {
        QStringLiteral("Đơn vị: %1 (mã %2)").arg(unit.name, unit.code),
        QString(),
        QStringLiteral("1. Điền gì: ở trang “Số liệu”, điền vào dòng của đơn vị các ô trắng: số, ngày văn bản báo "
                       "cáo, kết quả các chỉ số và điểm tự chấm theo bộ tiêu chí của năm %1 (%2 cột). Mã và tên đơn "
                       "vị đã điền sẵn và được khóa.")
            .arg(year)
            .arg(columns),
        QStringLiteral("2. Cách điền: ngày ghi dạng dd/mm/yyyy, trong năm %1; số lượng là số nguyên không âm; tỷ lệ "
                       "từ 0 đến 100; câu hỏi có/không và đạt/không đạt chọn trong danh sách; điểm tự chấm từ 0 đến "
                       "điểm tối đa, theo bước điểm của tiêu chí. Chọn một ô để xem hướng dẫn của ô đó.")
            .arg(year),
        QStringLiteral("3. Số liệu năm %1 của đơn vị (nếu có) ghi màu xám ở dòng trên tiêu đề, để tham khảo.")
            .arg(year - 1),
        QStringLiteral("4. Không đổi tên trang, không xóa hay đổi phần trong ngoặc vuông [...] ở tiêu đề cột."),
        QStringLiteral("5. Hạn gửi: %1.").arg(deadline),
        QStringLiteral("6. Cách gửi: lưu tệp (giữ dạng .xlsx, giữ tên tệp) và gửi lại cho Sở Văn hóa, Thể thao và "
                       "Du lịch tỉnh Tây Ninh qua hệ thống quản lý văn bản hoặc thư điện tử, kèm báo cáo của đơn vị."),
    };
    writer.write(sheet, 0, 0, QStringLiteral("HƯỚNG DẪN ĐIỀN SỐ LIỆU XÂY DỰNG XÃ HỘI HỌC TẬP NĂM %1").arg(year),
                 Style::Title);
    for (int i = 0; i < lines.size(); ++i)
        writer.write(sheet, 2 + i, 0, lines.at(i), Style::Text);
}

} // namespace

QString UnitWorkbook::fileName(const Unit &unit, int year)
{
    return QStringLiteral("%1 - %2 - %3.xlsx")
        .arg(withoutDiacritics(unit.code), withoutDiacritics(unit.name))
        .arg(year);
}

QString UnitWorkbook::write(const QString &path, const YearContext &context, const Unit &unit,
                            const Submission *lastYear, const YearContext *lastContext)
{
    const QStringList keys = SubmissionTemplate::keys(context);
    XlsxFormWriter writer(path);
    writeInstructions(writer, context, unit, int(keys.size()));

    const int sheet = writer.addSheet(QStringLiteral("Số liệu"), true);
    const int last = int(keys.size()) - 1;
    writer.writeMerged(sheet, TitleRow, 0, last,
                       QStringLiteral("SỐ LIỆU XÂY DỰNG XÃ HỘI HỌC TẬP NĂM %1 – %2").arg(context.year).arg(unit.name),
                       Style::Title);
    const bool hints = lastYear && lastYear->id != 0 && lastContext;
    writer.write(sheet, HintRow, 2, hints ? QStringLiteral("Năm %1 (tham khảo):").arg(context.year - 1) : QString(),
                 Style::Hint);
    writer.setRowHeight(sheet, HeaderRow, 60);
    writer.freezeRowsAbove(sheet, DataRow);
    const QList<Criterion> criteria = context.scoredCriteria();
    for (int c = 0; c < keys.size(); ++c) {
        const QString &key = keys.at(c);
        writer.setColumnWidth(sheet, c, c == 2 ? 32 : c < 2 ? 12 : 18);
        writer.write(sheet, HeaderRow, c, SubmissionTemplate::header(context, key), Style::Header);
        if (hints) {
            const QString hint = lastYearValue(key, *lastYear, *lastContext);
            if (!hint.isEmpty())
                writer.write(sheet, HintRow, c, hint, Style::Hint);
        }
        if (key == QLatin1String("year")) {
            writer.write(sheet, DataRow, c, QString::number(context.year), Style::Filled);
        } else if (key == QLatin1String("unit_code")) {
            writer.write(sheet, DataRow, c, unit.code, Style::Filled);
        } else if (key == QLatin1String("unit_name")) {
            writer.write(sheet, DataRow, c, unit.name, Style::Filled);
        } else if (key.endsWith(QLatin1String("_date"))) {
            writer.write(sheet, DataRow, c, QString(), Style::DateEntry);
            writer.validate(sheet, DataRow, c, dateRule(context.year));
        } else {
            writer.write(sheet, DataRow, c, QString(), Style::Entry);
            Rule rule;
            for (const Indicator &i : context.indicators)
                if (key == QStringLiteral("ind:") + i.code)
                    rule = indicatorRule(i);
            for (const Criterion &k : criteria)
                if (key == QStringLiteral("self:") + k.code)
                    rule = scoreRule(k, ImportHeader::columnLetter(c) + QString::number(DataRow + 1));
            writer.validate(sheet, DataRow, c, rule);
        }
    }
    QString error;
    if (!writer.finish(&error))
        return error;
    return {};
}

QString UnitWorkbook::writeAll(const QString &folder, const YearContext &context,
                               const QHash<qint64, Submission> &lastYear, const YearContext *lastContext, int *written)
{
    if (written)
        *written = 0;
    if (!QDir().mkpath(folder))
        return tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
    const QDir dir(folder);
    for (const Unit &unit : context.units) {
        const auto last = lastYear.constFind(unit.id);
        const QString error = write(dir.filePath(fileName(unit, context.year)), context, unit,
                                    last != lastYear.cend() ? &*last : nullptr, lastContext);
        if (!error.isEmpty())
            return error;
        if (written)
            ++*written;
    }
    return {};
}

QString UnitWorkbook::writeAll(const QString &folder, const SubmissionService &service, int year, int *written)
{
    const YearContext context = service.context(year);
    std::optional<YearContext> lastContext;
    QHash<qint64, Submission> lastYear;
    if (service.years().contains(year - 1)) {
        lastContext = service.context(year - 1);
        lastYear = service.loadYear(year - 1);
    }
    return writeAll(folder, context, lastYear, lastContext ? &*lastContext : nullptr, written);
}
