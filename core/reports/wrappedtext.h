#pragma once

#include <QPointF>
#include <QStringList>
#include <QTextLayout>

#include <functional>

class QPaintDevice;
class QPainter;

// A piece of document text wrapped to a width: NFC, '\n' as line breaks, lines a fixed
// step apart (the font's line spacing times a factor), the first one optionally
// indented. Measured once, drawn whole or line by line (a paragraph may continue on the
// next page). Used by DocumentRenderer and TablePainter only.
class WrappedText
{
public:
    struct Options
    {
        Qt::Alignment alignment = Qt::AlignLeft;
        double firstLineIndent = 0;
        double lineSpacing = 1; // factor of the font's line spacing
    };

    WrappedText(const QString &text, const QFont &font, QPaintDevice *device, double width, const Options &options);
    WrappedText(const QString &text, const QFont &font, QPaintDevice *device, double width);

    int lineCount() const { return m_layout.lineCount(); }
    double lineStep() const { return m_lineStep; }
    double height() const { return lineCount() * m_lineStep; }
    double ascent() const { return m_ascent; }
    double descent() const { return m_descent; }
    // The width of the widest line's text, without trailing spaces.
    double naturalWidth() const;
    // Left edge of line's text relative to the box (alignment and indent included).
    double lineLeft(int line) const;
    double lineWidth(int line) const;

    // Draws with the box's top-left corner at topLeft.
    void draw(QPainter &painter, QPointF topLeft) const;
    // Draws one line with its own top at lineTop.
    void drawLine(QPainter &painter, int line, double left, double lineTop) const;

    static QString prepare(const QString &text);

    // An agency name too wide for `width` broken in two by hand, as clerks do: before
    // its "VÀ" ("SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH"), else after a comma, else where
    // the two lines are most even. Empty when it fits, or no break makes both lines fit.
    static QStringList breakName(const QString &name, double width,
                                 const std::function<double(const QString &)> &measure);

private:
    QTextLayout m_layout;
    double m_lineStep = 0;
    double m_ascent = 0;
    double m_descent = 0;
};
