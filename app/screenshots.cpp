// Saves screenshots of the designer, offscreen, for the README and docs/screenshots/: the main
// window with an example open, the inspector on a circuit, the findings dock, the analysis view,
// steady and failover paths, the main window in the dark theme, a node's context menu, the find
// bar, the cost (cost-*.png), and notes and rectangles (notes.png). scripts/screenshots.sh runs it.
//
//   er-screenshots <output folder> [design.ertopo [design-with-findings.ertopo
//                                   [design-with-vpn-backup.ertopo [design-with-notes.ertopo]]]]

#include "model/document/topologydocument.h"
#include "ui/analysisdock.h"
#include "ui/contextmenus.h"
#include "ui/designchecker.h"
#include "ui/findbar.h"
#include "ui/findingsdock.h"
#include "ui/inspector/inspectordock.h"
#include "ui/mainwindow.h"
#include "ui/reportactions.h"
#include "ui/theme.h"
#include "views/canvasview.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QTextStream>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

void settle(Er::MainWindow &window, int milliseconds = 300)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()
           && (!window.checker()->isCurrent() || window.checker()->isRunning()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QDeadlineTimer pause(milliseconds);
    while (!pause.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "could not write ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Screenshots never read or change the user's settings and recovery files.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ExpressRoute Designer Screenshots"));
    QApplication::setApplicationName(QStringLiteral("er-screenshots"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: er-screenshots <output folder> [design.ertopo]\n";
        return 2;
    }
    const QDir folder(arguments.at(1));
    QDir().mkpath(folder.absolutePath());
    const QString design = arguments.size() > 2
                               ? arguments.at(2)
                               : QStringLiteral("examples/maximum-resiliency.ertopo");
    Er::applyTheme(false);

    Er::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(design))
        return 1;
    settle(window);
    window.view()->fitDesign();

    // Select the first circuit: the inspector shows it, the canvas marks it.
    for (const Er::Node &node : window.document()->topology().nodes()) {
        if (node.kind() == Er::NodeKind::Circuit) {
            window.scene()->nodeItem(QString::fromStdString(node.id))->setSelected(true);
            break;
        }
    }
    window.analysisDock()->raise(); // the resiliency of every site–VNet pair
    settle(window);
    bool ok = save(&window, folder, QStringLiteral("main-window.png"));
    ok &= save(window.inspector(), folder, QStringLiteral("inspector-circuit.png"));
    window.analysisDock()->raise();
    if (window.analysisDock()->pairs()->model()->rowCount() > 0)
        window.analysisDock()->selectPair(0);
    settle(window, 100);
    ok &= save(window.analysisDock(), folder, QStringLiteral("analysis.png"));
    ok &= save(&window, folder, QStringLiteral("main-window-paths.png"));
    window.analysisDock()->selectPair(-1);

    // The failure view: what losing a whole peering location cuts off and degrades.
    window.scene()->clearSelection();
    window.analysisDock()->simulateFailure(QStringLiteral("location:London"));
    settle(window, 100);
    ok &= save(&window, folder, QStringLiteral("failure-simulation.png"));
    window.analysisDock()->simulateFailure(QString());

    // The findings dock on a design that has findings: the standard-resiliency starter.
    const QString findingsDesign = arguments.size() > 3
                                       ? arguments.at(3)
                                       : QStringLiteral("examples/single-circuit.ertopo");
    if (window.openFile(findingsDesign)) {
        window.findingsDock()->raise();
        settle(window);
        ok &= save(window.findingsDock(), folder, QStringLiteral("findings.png"));
        ok &= save(&window, folder, QStringLiteral("main-window-findings.png"));
        window.analysisDock()->raise();
        window.analysisDock()->simulateFailure(QStringLiteral("pe-eqx-ldn"));
        settle(window, 100);
        ok &= save(&window, folder, QStringLiteral("main-window-failure.png"));
        window.analysisDock()->simulateFailure(QString());
    }

    // The report preview of the same design.
    window.reportActions()->previewAction()->trigger();
    if (QWidget *preview = window.reportActions()->previewDialog()) {
        preview->resize(preview->width(), 1000);
        settle(window, 100);
        ok &= save(preview, folder, QStringLiteral("report-preview.png"));
        preview->close();
    }

    window.setDarkTheme(true);
    window.findingsDock()->raise();
    settle(window);
    ok &= save(&window, folder, QStringLiteral("main-window-dark.png"));

    // Steady and failover paths: the VPN backup example with its pair selected, the circuit's
    // path solid and the VPN dashed.
    const QString backupDesign = arguments.size() > 4
                                     ? arguments.at(4)
                                     : QStringLiteral("examples/vpn-backup.ertopo");
    window.setDarkTheme(false);
    if (window.openFile(backupDesign)) {
        window.analysisDock()->raise();
        settle(window);
        window.view()->fitDesign();
        if (window.analysisDock()->pairs()->model()->rowCount() > 0)
            window.analysisDock()->selectPair(0);
        settle(window, 100);
        ok &= save(&window, folder, QStringLiteral("analysis-steady-failover.png"));
        // What it costs: the options of the site priced in the dock, the design total in the
        // status bar, the gateways' charges (unpriced in the built-in list) in the inspector.
        ok &= save(window.analysisDock(), folder, QStringLiteral("cost-options.png"));
        window.scene()->selectOnly({QStringLiteral("vnet-hub-uks")});
        settle(window, 100);
        ok &= save(&window, folder, QStringLiteral("cost-window.png"));
        ok &= save(window.inspector(), folder, QStringLiteral("cost-inspector.png"));
        window.scene()->selectOnly({});
        window.analysisDock()->selectPair(-1);
    }

    // The context menu of a node and the find bar, on the first design.
    if (window.openFile(design)) {
        window.findingsDock()->raise();
        settle(window);
        window.view()->fitDesign();
        const QString node = QStringLiteral("ce-ldn-1");
        if (Er::NodeItem *item = window.scene()->nodeItem(node)) {
            const QPoint at = window.view()->mapFromScene(item->sceneBoundingRect().center());
            QMenu *menu = window.canvasContextMenu()->menuAt(at);
            menu->popup(window.view()->viewport()->mapToGlobal(at));
            settle(window, 100);
            QPixmap shot = window.grab();
            QPainter painter(&shot);
            painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
            painter.end();
            const QString path = folder.filePath(QStringLiteral("context-menu.png"));
            const bool saved = shot.save(path);
            QTextStream(saved ? stdout : stderr)
                << (saved ? "wrote " : "could not write ") << path << '\n';
            ok &= saved;
            menu->close();
            delete menu;
        }
        window.scene()->selectOnly({});
        window.findBar()->open();
        window.findBar()->lineEdit()->setText(QStringLiteral("london"));
        window.findBar()->findNext();
        window.findBar()->findNext();
        settle(window, 100);
        ok &= save(&window, folder, QStringLiteral("find.png"));
        window.findBar()->close();
    }

    // Notes and rectangles: a colo cage drawn around its routers and a free-text note, the
    // rectangle selected so that the inspector shows its text.
    const QString notesDesign = arguments.size() > 5
                                    ? arguments.at(5)
                                    : QStringLiteral(
                                        "tests/fixtures/annotations/colo-cage-ld5.ertopo");
    if (window.openFile(notesDesign)) {
        window.findingsDock()->raise();
        settle(window);
        window.view()->fitDesign();
        window.scene()->selectOnly({QStringLiteral("rectangle-1")});
        settle(window, 100);
        ok &= save(&window, folder, QStringLiteral("notes.png"));
        window.scene()->selectOnly({});
    }

    window.document()->undoStack()->setClean(); // nothing to ask about on close
    return ok ? 0 : 1;
}
