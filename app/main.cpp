#include "commandline.h"
#include "mainwindow.h"
#include "services/language.h"
#include "services/seeder.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SoVHTTDL-TayNinh"));
    QCoreApplication::setApplicationName(QStringLiteral("xhht"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XHHT_VERSION));
}

QString databaseArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--db=")))
            return arguments.at(i).mid(5);
    }
    return {};
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("xhht"));
    Language::install(app);

    auto db = std::make_unique<Database>();
    try {
        db->open(Database::resolvePath(databaseArgument(QCoreApplication::arguments())));
        Seeder seeder(*db);
        if (!seeder.isSeeded() && !db->isReadOnly())
            seeder.seed();
    } catch (const StorageError &error) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                              error.message());
        return 1;
    }
    MainWindow window(*db);
    window.show();
    return app.exec();
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

    QCoreApplication app(argc, argv);
    describeApplication();
    Language::install(app);
    return CommandLine().run(QCoreApplication::arguments());
}
