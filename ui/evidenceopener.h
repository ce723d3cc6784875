#pragma once

#include "domain/evidence.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

class SubmissionService;

// Opens evidence files with the program the computer uses for them: the content (read
// from the database, or carried by a file not saved yet) is written to a temporary
// folder that lives as long as this object, each file under its own name.
class EvidenceOpener
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceOpener)

public:
    explicit EvidenceOpener(const SubmissionService &service) : m_service(service) {}
    Q_DISABLE_COPY_MOVE(EvidenceOpener)

    // Empty on success, else why the file could not be opened.
    QString open(const Evidence &evidence);

private:
    const SubmissionService &m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
};
