#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the built program did when run as a user runs it: its exit code (-2 after a
// crash, -1 when it did not end within two minutes), standard output and error.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `binary` (each command-line test passes its XHHT_BINARY) with `arguments`, in
// `environment`, with `input` on its standard input.
inline CliResult runCli(const QString &binary, const QStringList &arguments,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                        const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliResult r;
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
