#pragma once

// Reading PDFs back with poppler-utils, for tests of the official documents:
// pdftotext -bbox for the position of every word (in points, from the page's top-left
// corner), pdftotext -raw for the text in drawing order, pdffonts for the fonts.
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PdfReadBack {

inline constexpr double PointsPerMm = 72.0 / 25.4;
inline constexpr double A4Width = 595.28;
inline constexpr double A4Height = 841.89;
inline constexpr double Slack = 0.5; // pt

struct Word
{
    QString text;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    double centre() const { return (xMin + xMax) / 2; }
    bool operator==(const Word &) const = default;
};

struct Page
{
    double width = 0;
    double height = 0;
    QList<Word> words;

    QList<Word> find(const QString &text) const;
    std::optional<Word> first(const QString &text) const;
    // The words above the top margin: the page number, if any.
    QList<Word> inTopMargin(double topMm) const;
    // The words whose tops lie between two heights and that start left of `right`,
    // grouped into lines by their top, top to bottom.
    QList<QList<Word>> linesBetween(double top, double bottom, double right) const;
    // The page's words in reading order joined by spaces.
    QString text() const;
};

// A horizontal line drawn on a page (a rule, a table border), in points from the page's
// top-left corner: pdftotext does not see lines, so the page is rendered (pdftoppm,
// 144 dpi, grey) and its dark horizontal runs are read.
struct Rule
{
    double xMin = 0;
    double xMax = 0;
    double y = 0; // the line's centre
    double length() const { return xMax - xMin; }
};

struct FontRow
{
    QString name;
    bool embedded = false;
};

// Runs a program and returns its standard output, or "<program failed: ...>".
QString run(const QString &program, const QStringList &arguments);
QList<Page> readPages(const QString &pdf);
// The text in drawing order with runs of white space as one space: the header's two
// columns come out one after the other, not interleaved as on the page.
QString readText(const QString &pdf);
QList<FontRow> readFonts(const QString &pdf);
// The horizontal lines at least minLength points long on page `page` (1-based), top to bottom.
QList<Rule> readRules(const QString &pdf, int page, double minLength = 20);

} // namespace PdfReadBack
