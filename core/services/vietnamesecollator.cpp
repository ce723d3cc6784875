#include "vietnamesecollator.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

VietnameseCollator::VietnameseCollator() : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void VietnameseCollator::sort(QStringList &list) const
{
    std::sort(list.begin(), list.end(), *this);
}

QList<qsizetype> VietnameseCollator::order(const QStringList &texts) const
{
    QList<QCollatorSortKey> keys;
    keys.reserve(texts.size());
    for (const QString &text : texts)
        keys.append(m_collator.sortKey(text));
    QList<qsizetype> indexes(texts.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&keys](qsizetype a, qsizetype b) { return keys.at(a).compare(keys.at(b)) < 0; });
    return indexes;
}

QString VietnameseCollator::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ
            folded += QLatin1Char('d');
        else
            folded += c.toLower();
    }
    return folded;
}
