#pragma once

#include "domain/commendationlist.h"
#include "io/xlsxtablewriter.h"
#include "officialdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

struct OrganisationSettings;

// The list of proposals for commendation (DANH SÁCH đề nghị khen thưởng): a table grouped
// by form, a bold row per form, then STT, Tên tập thể/cá nhân, Thành tích, Ghi chú; a
// sentence counting them; the signature and "Nơi nhận". Also the same list as a workbook.
class CommendationListDocument
{
public:
    // `number` 0 leaves the document number blank, to be written on the paper copy.
    static OfficialDocument build(const CommendationList &list, const OrganisationSettings &organisation, QDate date,
                                  int number = 0);

    // The trích yếu: "Đề nghị khen thưởng tập thể, cá nhân … trong Phong trào thi đua “…”, <occasion>".
    static QString summary(const CommendationList &list);
    // Forms in the order of their first line; STT starts again at 1 in each form.
    static DocumentTable table(const CommendationList &list);
    static QString countSentence(const CommendationList &list);
    // One line per form for a report's khen thưởng section: "Giấy khen của Giám đốc Sở:
    // 2 tập thể (A; B) và 1 cá nhân (…); 1 được khen thưởng, 2 đang chờ quyết định."
    static QStringList summaryLines(const CommendationList &list);

    // The workbook: one row per line, STT running through.
    static QList<XlsxTableWriter::Column> columns();
    static QList<QStringList> rows(const CommendationList &list);
    static bool writeXlsx(const CommendationList &list, const QString &path, QString *error);
};
