#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct RecognitionRow;
class Services;
class QCommandLineParser;

// Thông tư 24/2023 on the command line:
// - `xhht rubric --year Y --preset TT24-2023|TT22-2020` switches a year's rubric
//   (refused, with the reason, for a locked year or one with scores);
// - `xhht recognition add --unit CODE --year Y --level 1|2|none --decision NUMBER
//   --date DD/MM/YYYY [--signer NAME]` records a decision;
// - `xhht recognition carry --from CODE --year Y --unit CODE --note TEXT` carries a
//   decision over to the unit a merged or split unit became;
// - `xhht recognition [--on DD/MM/YYYY] [--format tsv|csv|json]` lists every unit active
//   that day: code, name, level, year recognised, decision number and date, kept until,
//   may ask for Mức 2 from; with -o FILE.pdf|FILE.xlsx, the list "Tình hình công nhận
//   Đơn vị học tập" in the official format or as a workbook.
class RecognitionCommands
{
    Q_DECLARE_TR_FUNCTIONS(RecognitionCommands)

public:
    static void addRubricOptions(QCommandLineParser &parser);
    static int runRubric(QCommandLineParser &parser, Services &services);
    static void addOptions(QCommandLineParser &parser);
    static int run(QCommandLineParser &parser, Services &services);
    // `xhht report recognition --year Y [--unit CODE] -o FILE.pdf|FILE.odt|FOLDER`: the
    // recognition dossier of one unit, or of every unit active in the year into a folder
    // (a PDF and an ODT each).
    static int runDossiers(QCommandLineParser &parser, Services &services);

private:
    static int runAdd(QCommandLineParser &parser, Services &services);
    static int runCarry(QCommandLineParser &parser, Services &services);
    static int runList(QCommandLineParser &parser, Services &services);
    static int writeList(QCommandLineParser &parser, Services &services, const QList<RecognitionRow> &rows, QDate day);
};
