#include "evidenceopener.h"

#include "domain/storageerror.h"
#include "services/submissionservice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

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
    const QString path = m_dir->isValid() ? copyPath(m_dir->path(), evidence) : QString();
    QSaveFile file(path);
    const bool written = !path.isEmpty() && QDir().mkpath(QFileInfo(path).absolutePath()) &&
                         file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
    if (!written)
        return tr("Cannot write a copy of %1 to open it: %2").arg(evidence.name, file.errorString());
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        return tr("Cannot open %1 with the program the computer uses for it.").arg(evidence.name);
    return QString();
}

QString EvidenceOpener::copyPath(const QString &root, const Evidence &evidence)
{
    // A folder per file, so two files of the same name do not meet, and the program
    // that opens it shows the name the clerk knows.
    QString name = QFileInfo(evidence.name).fileName();
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    name.removeIf([](QChar c) { return c.unicode() < 0x20; });
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("evidence");
    const QString digest = evidence.sha256.left(16);
    const bool hex = digest.size() == 16 && std::all_of(digest.cbegin(), digest.cend(), [](QChar c) {
                         return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
                     });
    const QString folder = hex ? digest.toLower() : QString::number(evidence.id);
    const QString base = QDir::cleanPath(root);
    const QString path = QDir::cleanPath(base + QLatin1Char('/') + folder + QLatin1Char('/') + name);
    if (!path.startsWith(base + QLatin1Char('/')) || QFileInfo(path).absolutePath() != base + QLatin1Char('/') + folder)
        return {};
    return path;
}
