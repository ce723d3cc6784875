#include "commandline.h"
#include "domain/storageerror.h"
#include "language.h"
#include "mainwindow.h"
#include "services/seeder.h"
#include "services/services.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>

#include <memory>

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

    // After a restore the window is opened again, on the restored content.
    for (;;) {
        std::unique_ptr<Services> services;
        try {
            // The window's first run creates the database (and seeds it below).
            services =
                Services::open(Services::resolvePath(CommandLine::databaseArgument(QCoreApplication::arguments())),
                               Services::Open::CreateIfMissing);
            Seeder &seeder = services->seeder();
            if (!seeder.isSeeded() && !services->isReadOnly())
                seeder.seed();
        } catch (const StorageError &error) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                                  error.message());
            return 1;
        }
        const int code = [&] {
            MainWindow window(*services);
            window.show();
            return app.exec();
        }();
        if (code != MainWindow::ReopenExitCode)
            return code;
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
