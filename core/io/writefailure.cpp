#include "writefailure.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

QString WriteFailure::reason(const QFileDevice &file, const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
        return tr("the disk is full; free some space on it or choose another place");
    const QString text = file.errorString();
    if (text.isEmpty() || text == QLatin1String("Unknown error"))
        return tr("the system refused to write the file");
    return text;
}
