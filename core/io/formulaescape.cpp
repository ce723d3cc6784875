#include "formulaescape.h"

bool FormulaEscape::startsLikeFormula(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    if (i == value.size())
        return false;
    switch (value[i].unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString FormulaEscape::escaped(const QString &value)
{
    return startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QStringView FormulaEscape::unescaped(QStringView value)
{
    if (value.startsWith(u'\'') && startsLikeFormula(value))
        return value.sliced(1);
    return value;
}
