#include "documentfonts.h"

#include <QFontDatabase>
#include <QStringList>

QString DocumentFonts::bundledFamily()
{
    static const QString family = [] {
        QString name;
        for (const auto *style : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            const int id =
                QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Tinos-%1.ttf").arg(QLatin1String(style)));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id >= 0 && !families.isEmpty() && name.isEmpty())
                name = families.first();
        }
        return name;
    }();
    return family;
}

QString DocumentFonts::family()
{
    static const QString family = [] {
        const QString times = QStringLiteral("Times New Roman");
        // families() lists installed families only; hasFamily() would also accept a
        // fontconfig alias, which names the font that stands in for Times New Roman.
        if (QFontDatabase::families(QFontDatabase::Vietnamese).contains(times, Qt::CaseInsensitive))
            return times;
        return bundledFamily();
    }();
    return family;
}

QFont DocumentFonts::font(const QString &family, double pointSize, bool bold, bool italic)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}
