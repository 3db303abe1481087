#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Er::Cli::isHeadless(arguments))
        return Er::Cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ExpressRoute Designer"));
    QApplication::setOrganizationName(QStringLiteral("ExpressRoute Designer"));
    QApplication::setApplicationVersion(QStringLiteral(ER_VERSION));

    Er::MainWindow window;
    window.show();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}
