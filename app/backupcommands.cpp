#include "backupcommands.h"

#include "commandline.h"
#include "console.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "services/backupservice.h"
#include "services/services.h"

#include <QCommandLineParser>
#include <QDir>

#include <memory>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void BackupCommands::addOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("backup")) {
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the backup to this file."), tr("FILE")});
        parser.addOption({QStringLiteral("folder"),
                          tr("Write it into this folder, keeping the last 7 daily and 4 weekly copies (default: the "
                             "folder chosen in the window's settings)."),
                          tr("DIR")});
    }
}

int BackupCommands::runBackup(QCommandLineParser &parser, Services &services)
{
    BackupService &backups = services.backups();
    if (parser.positionalArguments().size() > 1) // the first is the command
        return CommandLine::usageError(tr("backup takes no file name; use -o FILE."));
    if (parser.isSet(QStringLiteral("o")) && parser.isSet(QStringLiteral("folder")))
        return CommandLine::usageError(tr("give either -o FILE or --folder DIR, not both."));
    BackupReport report;
    if (parser.isSet(QStringLiteral("o"))) {
        report = backups.backUp(parser.value(QStringLiteral("o")));
    } else {
        const QString folder =
            parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : BackupService::folder();
        if (folder.isEmpty())
            return CommandLine::failure(tr("no backup folder is chosen: give -o FILE or --folder DIR, or choose a "
                                           "folder in the window (Tools ▸ Settings)."));
        report = backups.backUpToFolder(folder);
    }
    Console::out(tr("Backed up %1 to %2 and checked it: %3 units, %4 submissions, %5 audit entries.\n")
                     .arg(native(services.location()), native(report.path))
                     .arg(report.rows(QStringLiteral("unit")))
                     .arg(report.rows(QStringLiteral("submission")))
                     .arg(report.rows(QStringLiteral("audit_log"))));
    return CommandLine::Success;
}

int BackupCommands::runRestore(QCommandLineParser &parser, const QString &path)
{
    const QStringList files = parser.positionalArguments().mid(1); // after the command
    if (files.size() != 1)
        return CommandLine::usageError(tr("restore needs the backup file: xhht restore FILE."));
    const auto tooDamaged = [&path](const StorageError &error) {
        return (error.kind() == StorageError::Kind::Damaged || error.kind() == StorageError::Kind::NotADatabase) &&
               !ServerAddress::isServerUri(path);
    };
    QString why;
    try {
        const std::unique_ptr<Services> services = Services::open(path, Services::Open::Existing);
        const RestoreReport report = services->backups().restore(files.first());
        Console::out(tr("Restored %1 from %2. The database as it was is kept as %3.\n")
                         .arg(native(services->location()), native(report.backup), native(report.keptCopy)));
        return CommandLine::Success;
    } catch (const StorageError &error) {
        if (!tooDamaged(error))
            throw;
        why = error.message();
    }
    const RestoreReport report = BackupService::restoreOverDamaged(path, files.first());
    Console::out(tr("%1 could not be opened (%2). The damaged file is kept as %3; the backup %4 was checked and "
                    "put in its place.\n")
                     .arg(native(path), why, native(report.keptCopy), native(report.backup)));
    return CommandLine::Success;
}
