#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The official documents xhht writes, each with its own số ký hiệu (Nghị định 30/2020,
// Phụ lục I, mục II.3): the type code of its tên loại ("BC" for a báo cáo, "DS" for a
// danh sách; a công văn has none) before the department's short name.
class DocumentKind
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKind)

public:
    enum Kind
    {
        RankedList,
        SummaryReport,
        PhaseReview,
        CommendationList,
        ReminderLetter,
    };

    static QList<Kind> all();
    // "DS", "BC"; empty for a công văn.
    static QString typeCode(Kind kind);
    // The key its symbol is stored under: "ranked_list", "summary_report", ...
    static QString key(Kind kind);
    // Its name for people, translated: "Ranked list of learning units".
    static QString label(Kind kind);
};
