#pragma once

#include <QString>

class QCoreApplication;

// The user-interface language: Vietnamese unless the settings (or $XHHT_LANG) say "en".
class Language
{
public:
    static QString current();
    static void setCurrent(const QString &code); // takes effect at the next start
    // Installs Qt's own translations and ours for the current language.
    static void install(QCoreApplication &app);
};
