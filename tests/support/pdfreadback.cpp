#include "pdfreadback.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>

namespace PdfReadBack {

QList<Word> Page::find(const QString &text) const
{
    QList<Word> found;
    for (const Word &word : words)
        if (word.text == text)
            found.append(word);
    return found;
}

std::optional<Word> Page::first(const QString &text) const
{
    const QList<Word> found = find(text);
    return found.isEmpty() ? std::nullopt : std::optional<Word>(found.first());
}

QList<Word> Page::inTopMargin(double topMm) const
{
    QList<Word> found;
    for (const Word &word : words)
        if (word.yMax <= topMm * PointsPerMm + Slack)
            found.append(word);
    return found;
}

QList<QList<Word>> Page::linesBetween(double top, double bottom, double right) const
{
    QList<QList<Word>> lines;
    for (const Word &word : words) {
        if (word.yMin < top || word.yMin > bottom || word.xMin > right)
            continue;
        auto line = std::find_if(lines.begin(), lines.end(),
                                 [&word](const QList<Word> &l) { return qAbs(l.first().yMin - word.yMin) < 1; });
        if (line == lines.end())
            lines.append({word});
        else
            line->append(word);
    }
    std::sort(lines.begin(), lines.end(),
              [](const QList<Word> &a, const QList<Word> &b) { return a.first().yMin < b.first().yMin; });
    return lines;
}

QString Page::text() const
{
    QStringList texts;
    texts.reserve(words.size());
    for (const Word &word : words)
        texts.append(word.text);
    return texts.join(QLatin1Char(' '));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<Page> readPages(const QString &pdf)
{
    QList<Page> pages;
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const auto number = [&a](const char *name) { return a.value(QLatin1String(name)).toDouble(); };
        if (xml.name() == QLatin1String("page")) {
            pages.append({number("width"), number("height"), {}});
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
            Word word{QString(), number("xMin"), number("yMin"), number("xMax"), number("yMax")};
            word.text = xml.readElementText();
            pages.last().words.append(word);
        }
    }
    return pages;
}

QString readText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
}

QList<FontRow> readFonts(const QString &pdf)
{
    QList<FontRow> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 7)
            fonts.append({columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes")});
    }
    return fonts;
}

QList<Rule> readRules(const QString &pdf, int page, double minLength)
{
    constexpr double Dpi = 144;
    constexpr double PxPerPt = Dpi / 72;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-r"),
         QString::number(Dpi), QStringLiteral("-gray"), QStringLiteral("-singlefile"), pdf, root});
    QFile file(root + QStringLiteral(".pgm"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Binary PGM: "P5", width, height, maximum value, then one byte a pixel.
    const QByteArray data = file.readAll();
    QList<QByteArray> fields;
    qsizetype at = 0;
    while (fields.size() < 4 && at < data.size()) {
        while (at < data.size() && QChar::fromLatin1(data.at(at)).isSpace())
            ++at;
        const qsizetype start = at;
        while (at < data.size() && !QChar::fromLatin1(data.at(at)).isSpace())
            ++at;
        fields.append(data.mid(start, at - start));
    }
    ++at;
    const int width = fields.value(1).toInt();
    const int height = fields.value(2).toInt();
    if (fields.value(0) != "P5" || width <= 0 || height <= 0 || data.size() < at + qsizetype(width) * height)
        return {};
    const auto dark = [&](int x, int y) { return uchar(data.at(at + qsizetype(y) * width + x)) < 128; };

    QList<Rule> rules;
    const int minRun = int(minLength * PxPerPt);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < width && dark(x, y))
                ++x;
            if (x - start < minRun)
                continue;
            const Rule row{start / PxPerPt, x / PxPerPt, (y + 0.5) / PxPerPt};
            // A line a few pixels thick is one rule: merge with the one just above.
            auto same = std::find_if(rules.begin(), rules.end(), [&row](const Rule &r) {
                return qAbs(r.xMin - row.xMin) < 2 && qAbs(r.xMax - row.xMax) < 2 && row.y - r.y < 2;
            });
            if (same == rules.end())
                rules.append(row);
            else
                same->y = (same->y + row.y) / 2;
        }
    }
    return rules;
}

} // namespace PdfReadBack
