#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A commendation form (hình thức khen thưởng, e.g. "Giấy khen của Giám đốc Sở"), or an
// emulation title (danh hiệu thi đua, e.g. "Tập thể lao động tiên tiến"): the two are
// kept apart by `kind`.
struct CommendationForm
{
    qint64 id = 0;
    QString kind = QStringLiteral("form"); // form, title
    QString name;                          // as printed: "Giấy khen của Giám đốc Sở"
    QString level;                         // so, tinh, bo, nha_nuoc
    QStringList subjects;                  // tap_the, ca_nhan, ho_gia_dinh
    QStringList occasions;                 // so_ket, tong_ket, hang_nam, dot_xuat
    bool active = true;
    int position = 0;

    bool operator==(const CommendationForm &) const = default;
};

// A person who can be proposed (cá nhân): name, position and unit.
struct Individual
{
    qint64 id = 0;
    QString fullName;
    QString position; // chức vụ: "Phó Trưởng phòng"
    qint64 unitId = 0;
    QString note;

    bool operator==(const Individual &) const = default;
};

// A proposal for a commendation (đề nghị khen thưởng): a collective (a unit) or an
// individual, for a phase review (phaseNumber) or a year (year), with its status.
struct CommendationProposal
{
    qint64 id = 0;
    int phaseNumber = 0; // 0: a yearly proposal
    int year = 0;        // the year it belongs to (the review's year for a phase)
    qint64 formId = 0;
    QString subject = QStringLiteral("tap_the"); // tap_the, ca_nhan
    qint64 unitId = 0;                           // the collective, or the individual's unit
    qint64 individualId = 0;                     // ca_nhan only
    QString reason;                              // thành tích
    QString status = QStringLiteral("de_xuat");  // de_xuat, da_trinh, duoc_khen, khong_duoc_khen
    QString decisionNumber;                      // once decided: "123/QĐ-UBND"
    QDate decisionDate;
    QString ruleKey; // the suggestion rule it came from, empty when entered by hand
    int version = 0; // raised by every save; a save from an older copy is refused

    bool operator==(const CommendationProposal &) const = default;
    // The same proposal whatever its version.
    bool sameAs(const CommendationProposal &other) const
    {
        CommendationProposal copy = other;
        copy.version = version;
        return *this == copy;
    }
};

// A rule that suggests proposals from a phase review, set by the clerk.
struct SuggestionRule
{
    qint64 id = 0;
    // class_every_year (a class or better in every year), top_n (among the top N in the
    // last year / every year)
    QString kind;
    QString classCode;      // class_every_year: the rubric class's code (e.g. "TOT"); the best classes also count
    int topN = 0;           // top_n
    bool everyYear = false; // top_n: in every year of the phase, else in the phase's last year
    qint64 formId = 0;      // the form proposed
    bool enabled = true;

    bool operator==(const SuggestionRule &) const = default;
};
