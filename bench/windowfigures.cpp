#include "bench/windowfigures.h"

#include "bench/figures.h"
#include "model/document/editelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/canvasactions.h"
#include "ui/designchecker.h"
#include "ui/inspector/inspectordock.h"
#include "ui/mainwindow.h"
#include "views/canvasview.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Er::Bench {

namespace {

// The longest time the UI thread could not respond: a 1 ms heartbeat timer ticks whenever the
// event loop is free, so the longest gap between two ticks (less the tick itself) is the
// longest stretch of work the window did in one go. A gap over 16 ms is a frame the window
// could not draw.
class ResponsivenessMeter
{
public:
    ResponsivenessMeter()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_heartbeat.start();
    }

    // Starts a new measurement from now.
    void restart()
    {
        m_lastTick = m_clock.nsecsElapsed();
        m_longestGap = 0;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestGap = std::max(m_longestGap, now - m_lastTick);
        m_lastTick = now;
        ++m_ticks;
    }
    double longestStallSeconds() const
    {
        return std::max<double>(0, double(m_longestGap) / 1e9 - 0.001);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

std::unique_ptr<MainWindow> openWindow(const BenchContext &context)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1600, 1000);
    window->show();
    if (!window->openFile(context.filePath()))
        throw std::runtime_error("the window could not open " + context.filePath().toStdString());
    QCoreApplication::processEvents(); // the first paint
    return window;
}

// The window with the design open and its first findings shown.
std::unique_ptr<MainWindow> openCheckedWindow(const BenchContext &context)
{
    std::unique_ptr<MainWindow> window = openWindow(context);
    while (!window->checker()->isCurrent())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return window;
}

} // namespace

void windowOpenFigure(BenchContext &context)
{
    RunPolicy policy = context.policy();
    policy.maxRuns = std::min(policy.maxRuns, 3);
    std::unique_ptr<MainWindow> window;
    const Timing timing = measure([&] { window = openWindow(context); }, policy,
                                  [&] { window.reset(); });
    printFigure(Figure{"window-open", context.size(), timing, 1.0,
                       "MainWindow::openFile: load, scene, first paint (findings follow)"});
}

void windowEditFigure(BenchContext &context)
{
    const std::unique_ptr<MainWindow> window = openCheckedWindow(context);
    DesignChecker &checker = *window->checker();

    TopologyDocument &document = *window->document();
    const std::string id = context.editedNodeId();
    ResponsivenessMeter meter;
    Timing blocked;
    const Timing timing = measure(
        [&] {
            // What the inspector pushes when the user picks another bandwidth.
            meter.restart();
            const Node before = *document.topology().node(id);
            Node after = before;
            after.circuit()->bandwidthInMbps = before.circuit()->bandwidthInMbps == 1000 ? 2000
                                                                                         : 1000;
            document.undoStack()->push(new EditElementsCommand(&document, before, after,
                                                               QStringLiteral("bandwidthInMbps")));
            while (!checker.isCurrent())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            // The repaint with the new findings, and the next heartbeats after it.
            const int ticks = meter.ticks();
            while (meter.ticks() < ticks + 2)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            blocked.seconds.push_back(meter.longestStallSeconds());
            blocked.cpuSeconds.push_back(meter.longestStallSeconds());
        },
        context.policy());
    printFigure(Figure{"window-edit", context.size(), timing, 0.2,
                       "inspector edit until the findings dock shows the new revision"});
    printFigure(
        Figure{"window-busy", context.size(), blocked, 0.016,
               "longest time the window could not respond (1 ms heartbeat), during window-edit"});
}

void windowSwitchFigure(BenchContext &context)
{
    const std::unique_ptr<MainWindow> window = openCheckedWindow(context);
    // What the window's widgets are told when the user switches to another window and back:
    // each view (the canvas and the overview) passes it on to the scene.
    const QList<QGraphicsView *> views = window->findChildren<QGraphicsView *>();
    const Timing timing = measure(
        [&] {
            for (const QEvent::Type type : {QEvent::WindowDeactivate, QEvent::WindowActivate}) {
                for (QGraphicsView *view : views) {
                    QEvent event(type);
                    QCoreApplication::sendEvent(view->viewport(), &event);
                }
            }
        },
        context.policy());
    printFigure(
        Figure{"window-switch", context.size(), timing, 0.016,
               "the window deactivated and activated again (switching to another and back)"});
}

void windowSelectAllFigure(BenchContext &context)
{
    const std::unique_ptr<MainWindow> window = openCheckedWindow(context);
    QAction &selectAll = *window->findChild<CanvasActions *>()->selectAllAction();
    TopologyScene &scene = *window->scene();
    const qsizetype elements = qsizetype(context.size().nodes + context.size().links);
    const Timing timing = measure(
        [&] {
            selectAll.trigger();
            QCoreApplication::processEvents(); // the inspector and the canvas repaint
            if (window->inspector()->inspectedIds().size() != elements)
                throw std::runtime_error("Select All did not select every element");
        },
        context.policy(),
        [&] {
            scene.clearSelection();
            QCoreApplication::processEvents();
        });
    printFigure(Figure{"window-select-all", context.size(), timing, 0.1,
                       "Edit > Select All until the inspector and the canvas have settled"});
}

void windowPasteFigure(BenchContext &context)
{
    const std::unique_ptr<MainWindow> window = openCheckedWindow(context);
    // The first 1,000 nodes (or every node of a smaller design) and the links between them.
    QStringList ids;
    for (const Node &node : window->document()->topology().nodes()) {
        if (ids.size() == 1000)
            break;
        ids << QString::fromStdString(node.id);
    }
    TopologyScene &scene = *window->scene();
    scene.selectOnly(ids);
    QCoreApplication::processEvents(); // the actions follow the selection
    const CanvasActions &actions = *window->findChild<CanvasActions *>();
    if (!actions.copyAction()->isEnabled())
        throw std::runtime_error("Copy is not enabled with nodes selected");
    actions.copyAction()->trigger();
    QCoreApplication::processEvents();
    if (!actions.pasteAction()->isEnabled())
        throw std::runtime_error("Paste is not enabled after Copy");
    QUndoStack &stack = *window->document()->undoStack();
    const Timing timing = measure(
        [&] {
            const int before = stack.index();
            actions.pasteAction()->trigger();
            QCoreApplication::processEvents(); // every listener has refreshed
            if (stack.index() != before + 1)
                throw std::runtime_error("Paste did not add one step");
        },
        context.policy(),
        [&] {
            stack.undo();
            QCoreApplication::processEvents();
        });
    printFigure(Figure{"window-paste", context.size(), timing, std::nullopt,
                       "Edit > Paste of " + std::to_string(ids.size())
                           + " nodes and their links, until the window has settled"});
}

void windowScrollFigure(BenchContext &context)
{
    const std::unique_ptr<MainWindow> window = openCheckedWindow(context);
    // At 100 % zoom, as the user reads the design, then one step of the scroll wheel (120 px)
    // and every repaint it causes: the canvas and the overview's visible-area frame.
    CanvasView &canvas = *window->view();
    canvas.zoomBy(1.0 / canvas.zoom());
    canvas.centerOn(window->view()->scene()->itemsBoundingRect().center());
    QCoreApplication::processEvents();
    QScrollBar &scrollBar = *canvas.verticalScrollBar();
    int step = 0;
    const Timing timing = measure(
        [&] {
            scrollBar.setValue(scrollBar.value() + (step++ % 2 == 0 ? 120 : -120));
            QCoreApplication::processEvents();
        },
        context.policy());
    printFigure(Figure{"window-scroll", context.size(), timing, 0.016,
                       "one wheel step of the canvas at 100 % zoom, repainted with the overview"});
}

} // namespace Er::Bench
