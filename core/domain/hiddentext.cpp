#include "hiddentext.h"

bool HiddenText::isHidden(char16_t c, bool multiline)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return !multiline;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0 and C1 controls, escape included
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x034F: // combining grapheme joiner
    case 0x061C: // Arabic letter mark
    case 0x115F:
    case 0x1160: // Hangul fillers
    case 0x180E: // Mongolian vowel separator
    case 0x3164: // Hangul filler
    case 0xFEFF: // zero-width no-break space (byte order mark)
    case 0xFFFD: // replacement character: text that could not be decoded
        return true;
    default:
        break;
    }
    return (c >= 0x200B && c <= 0x200F)     // zero-width space, joiners, LRM, RLM
           || (c >= 0x202A && c <= 0x202E)  // bidi embeddings and overrides
           || (c >= 0x2060 && c <= 0x206F)  // word joiner, invisible operators, bidi isolates
           || (c >= 0xFFF9 && c <= 0xFFFB); // interlinear annotations
}

qsizetype HiddenText::find(QStringView text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHidden(text[i].unicode(), multiline))
            return i;
    }
    return -1;
}

QString HiddenText::removed(const QString &text)
{
    if (find(text) < 0)
        return text;
    QString clean = text;
    clean.removeIf([](QChar c) { return isHidden(c.unicode()) && c != u'\t' && c != u'\n' && c != u'\r'; });
    return clean;
}

QString HiddenText::problem(QStringView text, bool multiline)
{
    const qsizetype at = find(text, multiline);
    if (at < 0)
        return {};
    return tr("the text holds an invisible or control character (U+%1) at character %2; remove it")
        .arg(QString::number(text[at].unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')))
        .arg(at + 1);
}
