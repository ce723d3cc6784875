#include "passwordstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("xhht");

// Runs a keyring job to its end.
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    finish(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool PasswordStore::write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return true;
    *error = job.errorString();
    return false;
}

void PasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    finish(job);
}
