#pragma once

#include "io/xlsxtablewriter.h"
#include "officialdocument.h"
#include "services/recognitionservice.h"

#include <QDate>

struct OrganisationSettings;

// "DANH SÁCH / Tình hình công nhận Đơn vị học tập" on a day (Thông tư 24/2023): every unit
// active then with its recognition in force (level, year, decision number and date),
// until when it is kept, from when a unit at Mức 1 may ask for Mức 2, and a note for the
// units to evaluate again this year or carried over from a former unit; in the format of
// Nghị định 30/2020 (PDF) or as a workbook with the same columns (XLSX).
class RecognitionListDocument
{
public:
    static OfficialDocument build(const QList<RecognitionRow> &rows, QDate day,
                                  const OrganisationSettings &organisation, QDate date, int number);
    static QList<XlsxTableWriter::Column> columns();
    static QList<QStringList> rows(const QList<RecognitionRow> &rows, QDate day);
    static bool writeXlsx(const QList<RecognitionRow> &rows, QDate day, const QString &path, QString *error);
    // "Tình hình công nhận Đơn vị học tập đến ngày 07/12/2026".
    static QString summary(QDate day);
    // "Có 3 đơn vị đang được công nhận: 2 đơn vị Mức độ 2, 1 đơn vị Mức độ 1; 1 đơn vị cần
    // đánh giá lại trong năm 2026." as the annual report and the list say it.
    static QString countSentence(const QList<RecognitionRow> &rows, QDate day);
};
