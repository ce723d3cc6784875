#include "evidenceopener.h"

#include "domain/storageerror.h"
#include "services/submissionservice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

EvidenceOpener::EvidenceOpener(const SubmissionService &service)
    : m_read([&service](qint64 id) { return service.evidenceContent(id); })
{}

QString EvidenceOpener::open(const Evidence &evidence)
{
    QByteArray content = evidence.content;
    try {
        if (evidence.id > 0)
            content = m_read(evidence.id);
    } catch (const StorageError &error) {
        return error.message();
    }
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    // A folder per file, so two files of the same name do not meet, and the program
    // that opens it shows the name the clerk knows.
    QString name = QFileInfo(evidence.name).fileName();
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    if (name.isEmpty())
        name = QStringLiteral("evidence");
    const QString folder =
        m_dir->filePath(evidence.sha256.isEmpty() ? QString::number(evidence.id) : evidence.sha256.left(16));
    QSaveFile file(QDir(folder).filePath(name));
    const bool written = m_dir->isValid() && QDir().mkpath(folder) && file.open(QIODevice::WriteOnly) &&
                         file.write(content) == content.size() && file.commit();
    if (!written)
        return tr("Cannot write a copy of %1 to open it: %2").arg(evidence.name, file.errorString());
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        return tr("Cannot open %1 with the program the computer uses for it.").arg(evidence.name);
    return QString();
}
