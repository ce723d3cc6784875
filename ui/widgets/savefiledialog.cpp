#include "savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

QString SaveFileDialog::ask(QWidget *parent, const QString &caption, const QString &folderKey,
                            const QString &suggestedName, const QList<Format> &formats, const Provider &provider,
                            QStandardPaths::StandardLocation fallback)
{
    QSettings settings;
    const QString folder = settings.value(folderKey, QStandardPaths::writableLocation(fallback)).toString();
    const QString suggested = QDir(folder).filePath(suggestedName);
    QStringList filters;
    for (const Format &format : formats)
        filters.append(format.filter);
    QString chosenFilter = filters.value(0);
    QString path = provider ? provider(parent, caption, suggested, filters.join(QStringLiteral(";;")))
                            : QFileDialog::getSaveFileName(parent, caption, suggested,
                                                           filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return path;
    const bool known = std::any_of(formats.cbegin(), formats.cend(), [&path](const Format &format) {
        return path.endsWith(format.suffix, Qt::CaseInsensitive);
    });
    if (!known && !formats.isEmpty()) {
        const auto chosen = std::find_if(formats.cbegin(), formats.cend(), [&chosenFilter](const Format &format) {
            return format.filter == chosenFilter;
        });
        path += chosen == formats.cend() ? formats.first().suffix : chosen->suffix;
    }
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}
