#pragma once

#include <QCollator>
#include <QStringList>

// Vietnamese alphabetical order (a ă â b c d đ e ê ...; tones after the base letter),
// which SQL ORDER BY cannot give through Qt Sql. Numbers inside names sort by value.
class VietnameseCollator
{
public:
    VietnameseCollator();

    int compare(const QString &a, const QString &b) const { return m_collator.compare(a, b); }
    bool operator()(const QString &a, const QString &b) const { return m_collator.compare(a, b) < 0; }
    // The indexes of texts in sorted order (ties keep their order). Uses sort keys, so
    // it stays fast for tens of thousands of names.
    QList<qsizetype> order(const QStringList &texts) const;

    // Folds text for searching: lower case, no tone marks or diacritics, đ as d.
    // "Tân Biên" and "tan bien" fold to the same text.
    static QString fold(const QString &text);

private:
    QCollator m_collator;
};
