#include "vietnamesecollator.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

VietnameseCollator::VietnameseCollator() : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
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

namespace {

// Folds one character with no marks left: decomposes it, drops the combining marks,
// lower-cases the base letter, and writes đ as d.
void foldSlow(QChar c, QString &out)
{
    if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ Đ
        out += QLatin1Char('d');
        return;
    }
    for (const QChar part : QString(c).normalized(QString::NormalizationForm_D)) {
        if (part.category() != QChar::Mark_NonSpacing)
            out += part.toLower();
    }
}

// Latin letters with diacritics (U+0000-U+024F and the Vietnamese block U+1E00-U+1EFF)
// folded once into a table, so folding a name is a lookup per character.
struct FoldTable
{
    static constexpr char16_t kLatinEnd = 0x0250;
    static constexpr char16_t kExtendedBegin = 0x1E00;
    static constexpr char16_t kExtendedEnd = 0x1F00;
    char16_t latin[kLatinEnd];
    char16_t extended[kExtendedEnd - kExtendedBegin];

    FoldTable()
    {
        auto single = [](char16_t code) {
            QString out;
            foldSlow(QChar(code), out);
            return out.size() == 1 ? out.at(0).unicode() : char16_t(0); // 0: not a single character
        };
        for (char16_t code = 0; code < kLatinEnd; ++code)
            latin[code] = single(code);
        for (char16_t code = kExtendedBegin; code < kExtendedEnd; ++code)
            extended[code - kExtendedBegin] = single(code);
    }
};

} // namespace

QString VietnameseCollator::fold(const QString &text)
{
    static const FoldTable table;
    // Decomposed input (NFD) is composed first, so its marks fold with their letters.
    const bool hasMarks = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x0300 && c.unicode() < 0x0370; // combining diacritical marks
    });
    const QString composed = hasMarks ? text.normalized(QString::NormalizationForm_C) : text;
    QString folded;
    folded.reserve(composed.size());
    for (const QChar c : composed) {
        const char16_t code = c.unicode();
        char16_t mapped = 0;
        if (code < FoldTable::kLatinEnd)
            mapped = table.latin[code];
        else if (code >= FoldTable::kExtendedBegin && code < FoldTable::kExtendedEnd)
            mapped = table.extended[code - FoldTable::kExtendedBegin];
        if (mapped)
            folded += QChar(mapped);
        else
            foldSlow(c, folded);
    }
    return folded;
}
