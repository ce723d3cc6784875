#include "backup/backupcontroller.h"
#include "commandline.h"
#include "connectdialog.h"
#include "domain/serveraddress.h"
#include "domain/storageerror.h"
#include "firstrundialog.h"
#include "language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "services/seeder.h"
#include "services/serverservice.h"
#include "services/services.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>

#include <memory>
#include <utility>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SoVHTTDL-TayNinh"));
    QCoreApplication::setApplicationName(QStringLiteral("xhht"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XHHT_VERSION));
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("xhht"));
    Language::install(app);

    // The first start, with no database where the program looks: the clerk chooses
    // where it will be (no file made silently in a folder never seen).
    QString path = Services::resolvePath(CommandLine::databaseArgument(QCoreApplication::arguments()));
    bool addDemo = false;
    std::unique_ptr<Services> connected;
    const bool server = ServerAddress::isServerUri(path);
    if (!server && !QFileInfo::exists(path)) {
        FirstRunDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        if (dialog.choice() == FirstRunDialog::ConnectToServer) {
            QSettings settings;
            ConnectDialog connect(settings.value(QStringLiteral("server/lastAddress")).toString());
            if (connect.exec() != QDialog::Accepted)
                return 0;
            settings.setValue(QStringLiteral("server/lastAddress"), connect.address());
            connected = connect.takeServices();
            path = connected->location();
        }
        if (!connected)
            path = dialog.path();
        addDemo = dialog.choice() == FirstRunDialog::OpenDemo && !QFileInfo::exists(path);
        if (dialog.creates())
            QDir().mkpath(QFileInfo(path).absolutePath());
    }
    // After a restore the window is opened again, on the restored content; after File ▸
    // New or Open, on the file chosen (created and seeded when new); after File ▸ Connect
    // to server…, on the server database connected. A file that cannot be opened is said
    // so, and the window opens again on the one before.
    QString previous;
    for (;;) {
        std::unique_ptr<Services> services = std::move(connected);
        if (!services && ServerAddress::isServerUri(path)) {
            // A server: the password from the address, libpq, the keyring, or asked for.
            services = ConnectDialog::open(path);
            if (!services)
                return 0;
        }
        try {
            // The file chosen at the first run is created here (and seeded below).
            if (!services)
                services = Services::open(path, Services::Open::CreateIfMissing);
            Seeder &seeder = services->seeder();
            if (!seeder.isSeeded() && !services->isReadOnly() && !services->server().isServer())
                seeder.seed();
            if (std::exchange(addDemo, false))
                services->demo().addDemo();
        } catch (const StorageError &error) {
            // Too damaged to open: a backup may be put in its place, then it is opened again.
            if ((error.kind() == StorageError::Kind::Damaged || error.kind() == StorageError::Kind::NotADatabase) &&
                !ServerAddress::isServerUri(path) && QFileInfo(path).isFile()) {
                services.reset();
                if (BackupController::offerRestoreOverDamaged(path, error.message()))
                    continue;
            } else {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                                      error.message());
            }
            if (previous.isEmpty())
                return 1;
            path = std::exchange(previous, QString());
            continue;
        }
        QString next;
        int code = 0;
        try {
            MainWindow window(*services);
            window.show();
            code = app.exec();
            next = window.nextDatabase();
            connected = window.takeNextServices();
        } catch (const StorageError &error) {
            // Opening the first screen failed (a server that refuses this login a table).
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                                  error.message());
            return 1;
        }
        if (code != MainWindow::ReopenExitCode)
            return code;
        if (connected)
            next = connected->location();
        if (!next.isEmpty()) {
            previous = path;
            path = next;
        }
    }
}

QtMessageHandler defaultHandler = nullptr;

void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::wantsWindow(arguments))
        return runWindow(argc, argv);

    // Commands that lay out documents need fonts, so a GUI application; without a
    // display it draws offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsFonts(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform asks for a runtime folder it does not use; without one
        // Qt warns on stderr, which a command's output must not carry.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    Language::install(*app);
    return CommandLine().run(QCoreApplication::arguments());
}
