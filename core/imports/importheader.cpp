#include "importheader.h"

QString ImportHeader::keyOf(const QString &header)
{
    const QString h = header.trimmed();
    if (h.endsWith(QLatin1Char(']'))) {
        const qsizetype open = h.lastIndexOf(QLatin1Char('['));
        if (open >= 0)
            return h.mid(open + 1, h.size() - open - 2).trimmed();
    }
    return h;
}

QString ImportHeader::columnLetter(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}
