#include "wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

WrappedText::WrappedText(const QString &text, const QFont &font, QPaintDevice *device, double width)
    : WrappedText(text, font, device, width, Options())
{}

WrappedText::WrappedText(const QString &text, const QFont &font, QPaintDevice *device, double width,
                         const Options &options)
    : m_layout(prepare(text), font, device)
{
    const QFontMetricsF metrics(font, device);
    m_lineStep = metrics.lineSpacing() * options.lineSpacing;
    m_ascent = metrics.ascent();
    m_descent = metrics.descent();

    QTextOption option(options.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(Qt::LeftToRight);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        const double indent = i == 0 ? options.firstLineIndent : 0;
        line.setLineWidth(qMax(1.0, width - indent));
        line.setPosition(QPointF(indent, i * m_lineStep));
    }
    m_layout.endLayout();
}

double WrappedText::naturalWidth() const
{
    double widest = 0;
    for (int i = 0; i < m_layout.lineCount(); ++i)
        widest = qMax(widest, m_layout.lineAt(i).naturalTextWidth());
    return widest;
}

double WrappedText::lineLeft(int line) const
{
    return m_layout.lineAt(line).naturalTextRect().left();
}

double WrappedText::lineWidth(int line) const
{
    return m_layout.lineAt(line).naturalTextWidth();
}

void WrappedText::draw(QPainter &painter, QPointF topLeft) const
{
    m_layout.draw(&painter, topLeft);
}

void WrappedText::drawLine(QPainter &painter, int line, double left, double lineTop) const
{
    const QTextLine textLine = m_layout.lineAt(line);
    textLine.draw(&painter, QPointF(left, lineTop - textLine.y()));
}

QString WrappedText::prepare(const QString &text)
{
    QString prepared = text.normalized(QString::NormalizationForm_C);
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return prepared;
}

QStringList WrappedText::breakName(const QString &name, double width,
                                   const std::function<double(const QString &)> &measure)
{
    if (measure(name) <= width)
        return {};
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList best;
    std::pair<int, double> bestScore{3, 0};
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString first = words.mid(0, i).join(QLatin1Char(' '));
        const QString second = words.mid(i).join(QLatin1Char(' '));
        const double firstWidth = measure(first);
        const double secondWidth = measure(second);
        if (firstWidth > width)
            break;
        if (secondWidth > width)
            continue;
        const int preference = words.at(i) == QStringLiteral("VÀ")          ? 0
                               : words.at(i - 1).endsWith(QLatin1Char(',')) ? 1
                                                                            : 2;
        const std::pair<int, double> score{preference, qAbs(firstWidth - secondWidth)};
        if (best.isEmpty() || score < bestScore) {
            best = {first, second};
            bestScore = score;
        }
    }
    return best;
}
