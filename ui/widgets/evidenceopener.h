#pragma once

#include "domain/evidence.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class SubmissionService;

// Opens evidence files with the program the computer uses for them: the content (read
// from the database, or carried by a file not saved yet) is written to a temporary
// folder that lives as long as this object, each file under its own name.
class EvidenceOpener
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceOpener)

public:
    // Reads a stored file's content by its id (throws StorageError).
    using ContentReader = std::function<QByteArray(qint64 evidenceId)>;

    explicit EvidenceOpener(const SubmissionService &service);
    explicit EvidenceOpener(ContentReader read) : m_read(std::move(read)) {}
    Q_DISABLE_COPY_MOVE(EvidenceOpener)

    // Empty on success, else why the file could not be opened.
    QString open(const Evidence &evidence);

    // The file's path under `root`: a folder named by the first 16 hex digits of its
    // SHA-256 (else by its id, when the stored digest is not hex: the database may be
    // crafted), then its own name with the characters Windows forbids replaced. Always
    // inside `root`; empty if it could not be.
    static QString copyPath(const QString &root, const Evidence &evidence);

private:
    ContentReader m_read;
    std::unique_ptr<QTemporaryDir> m_dir;
};
