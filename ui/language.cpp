#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString Language::current()
{
    const QString fromEnvironment = qEnvironmentVariable("XHHT_LANG");
    if (fromEnvironment == QLatin1String("en") || fromEnvironment == QLatin1String("vi"))
        return fromEnvironment;
    const QString stored = QSettings().value(kKey, QStringLiteral("vi")).toString();
    return stored == QLatin1String("en") ? stored : QStringLiteral("vi");
}

void Language::setCurrent(const QString &code)
{
    QSettings().setValue(kKey, code);
}

void Language::install(QCoreApplication &app)
{
    const QString code = current();
    if (code == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return;
    }
    const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/xhht_vi.qm")))
        QCoreApplication::installTranslator(ours);
}
