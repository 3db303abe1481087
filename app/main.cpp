#include "app/commandline.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QSettings>

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
    // The installed menu entry (packaging/): its icon and name for the window on Wayland.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.expressroutedesigner.ExpressRouteDesigner"));
    // The desktop's dark or light palette, unless the user chose a theme in the window.
    Er::applyTheme(Er::darkThemeAtStart(QSettings().value(QStringLiteral("darkTheme"))));

    Er::MainWindow window;
    window.show();
    // Work a crashed session left behind comes first; a file named on the command line opens
    // only when nothing was recovered, so the recovered design is not replaced unasked.
    const bool recovered = window.session()->offerRecovery();
    QString file;
    for (const QString &argument : arguments.mid(1)) {
        if (!argument.startsWith(QLatin1Char('-'))) {
            file = argument;
            break;
        }
    }
    if (!file.isEmpty() && !recovered)
        window.openFile(file);
    return app.exec();
}
