#include "ui/canvasactions.h"

#include "ui/palettewidget.h"
#include "views/annotationedits.h"
#include "views/canvasclipboard.h"
#include "views/canvasedits.h"
#include "views/canvasview.h"
#include "views/nodeitem.h"
#include "views/overviewview.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Er {

CanvasActions::CanvasActions(CanvasView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_scene(view->topologyScene())
    , m_clipboard(new CanvasClipboard(m_scene, this))
{
    m_delete = makeAction(tr("&Delete"), tr("Delete the selected nodes and links"),
                          QKeySequence::Delete, ActionIcon::Delete);
    m_cut = makeAction(tr("Cu&t"), tr("Cut the selected nodes and the links among them"),
                       QKeySequence::Cut, ActionIcon::Cut);
    m_copy = makeAction(tr("&Copy"), tr("Copy the selected nodes and the links among them"),
                        QKeySequence::Copy, ActionIcon::Copy);
    m_paste = makeAction(tr("&Paste"), tr("Paste copied nodes and links with fresh ids"),
                         QKeySequence::Paste, ActionIcon::Paste);
    m_duplicate = makeAction(tr("D&uplicate"), tr("Copy and paste the selection in one step"),
                             QKeySequence(Qt::CTRL | Qt::Key_D), ActionIcon::Copy);
    m_selectAll = makeAction(tr("Select &All"), tr("Select every node and link"),
                             QKeySequence::SelectAll);
    m_alignLeft = makeAction(tr("Align &Left"), tr("Line up the selected nodes on the left-most"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left),
                             ActionIcon::AlignLeft);
    m_alignRight = makeAction(tr("Align &Right"),
                              tr("Line up the selected nodes on the right-most"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_alignTop = makeAction(tr("Align &Top"), tr("Line up the selected nodes on the top-most"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), ActionIcon::AlignTop);
    m_alignBottom = makeAction(tr("Align &Bottom"),
                               tr("Line up the selected nodes on the bottom-most"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_alignHCentres = makeAction(tr("Align &Centres Vertically"),
                                 tr("Put the selected nodes' centres on one vertical line"),
                                 QKeySequence());
    m_alignVCentres = makeAction(tr("Align Centres &Horizontally"),
                                 tr("Put the selected nodes' centres on one horizontal line"),
                                 QKeySequence());
    m_distributeH = makeAction(tr("Distribute Hori&zontally"),
                               tr("Space three or more selected nodes evenly from left to right"),
                               QKeySequence(), ActionIcon::DistributeHorizontally);
    m_distributeV = makeAction(tr("Distribute &Vertically"),
                               tr("Space three or more selected nodes evenly from top to bottom"),
                               QKeySequence(), ActionIcon::DistributeVertically);
    m_snap = makeAction(tr("&Snap to Grid"), tr("Snap dropped and moved nodes to the grid"),
                        QKeySequence(Qt::CTRL | Qt::Key_G), ActionIcon::SnapToGrid);
    m_zoomIn = makeAction(tr("Zoom &In"), tr("Zoom in (or turn the mouse wheel)"),
                          QKeySequence::ZoomIn, ActionIcon::ZoomIn);
    m_zoomOut = makeAction(tr("Zoom &Out"), tr("Zoom out (or turn the mouse wheel)"),
                           QKeySequence::ZoomOut, ActionIcon::ZoomOut);
    m_fit = makeAction(tr("&Fit Design"), tr("Zoom to show the whole design"),
                       QKeySequence(Qt::CTRL | Qt::Key_0), ActionIcon::Fit);
    m_zoomSelection = makeAction(tr("Zoom to &Selection"),
                                 tr("Zoom to show the selected nodes and links"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    m_connect = makeAction(tr("&Connect Mode"),
                           tr("Draw links: drag from one node to another (L). Without it, drag "
                              "from a node's blue handle."),
                           QKeySequence(Qt::Key_L), ActionIcon::Connect);
    m_snap->setCheckable(true);
    m_snap->setChecked(m_scene->snapsToGrid());
    m_connect->setCheckable(true);
    m_connect->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_connect); // a bare key: only while the canvas has focus
    for (QAction *action : {m_delete, m_selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    connect(m_delete, &QAction::triggered, this, [this] { deleteSelection(m_scene); });
    connect(m_cut, &QAction::triggered, m_clipboard, &CanvasClipboard::cut);
    connect(m_copy, &QAction::triggered, m_clipboard, &CanvasClipboard::copy);
    // With the mouse over the canvas a paste lands under it; otherwise next to the copied nodes.
    connect(m_paste, &QAction::triggered, this, [this] {
        if (const std::optional<QPointF> at = m_view->mouseScenePos())
            m_clipboard->pasteAt(*at);
        else
            m_clipboard->paste();
    });
    connect(m_duplicate, &QAction::triggered, m_clipboard, &CanvasClipboard::duplicate);
    connect(m_selectAll, &QAction::triggered, this, [this] { m_scene->selectAllElements(); });
    const std::pair<QAction *, Alignment> alignments[] = {
        {m_alignLeft, Alignment::Left},
        {m_alignRight, Alignment::Right},
        {m_alignTop, Alignment::Top},
        {m_alignBottom, Alignment::Bottom},
        {m_alignHCentres, Alignment::HorizontalCentres},
        {m_alignVCentres, Alignment::VerticalCentres},
    };
    for (const auto &[action, alignment] : alignments) {
        connect(action, &QAction::triggered, this,
                [this, alignment] { alignSelection(m_scene, alignment); });
    }
    connect(m_distributeH, &QAction::triggered, this,
            [this] { distributeSelection(m_scene, Qt::Horizontal); });
    connect(m_distributeV, &QAction::triggered, this,
            [this] { distributeSelection(m_scene, Qt::Vertical); });
    connect(m_snap, &QAction::toggled, this, [this](bool on) { m_scene->setSnapToGrid(on); });
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_fit, &QAction::triggered, m_view, &CanvasView::fitDesign);
    connect(m_zoomSelection, &QAction::triggered, m_view, &CanvasView::zoomToSelection);
    connect(m_connect, &QAction::toggled, m_scene, &TopologyScene::setConnectMode);
    connect(m_scene, &TopologyScene::connectModeChanged, m_connect, &QAction::setChecked);

    m_arrangeMenu = new QMenu(tr("A&rrange"), m_view);
    m_arrangeMenu->addActions(
        {m_alignLeft, m_alignRight, m_alignTop, m_alignBottom, m_alignHCentres, m_alignVCentres});
    m_arrangeMenu->addSeparator();
    m_arrangeMenu->addActions({m_distributeH, m_distributeV});

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasActions::updateEnabled);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &CanvasActions::updateEnabled);
    updateEnabled();
}

QAction *CanvasActions::makeAction(const QString &text,
                                   const QString &toolTip,
                                   const QKeySequence &shortcut,
                                   std::optional<ActionIcon> icon)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keys));
    action->setStatusTip(toolTip);
    if (icon)
        action->setIcon(actionIcon(*icon, QColor(0x5f, 0x6b, 0x7a))); // reads on light and dark
    return action;
}

void CanvasActions::updateEnabled()
{
    // Up to three selected nodes tell every action's state (Select All at 10,000 sites selects
    // 200,000 items).
    const QList<QGraphicsItem *> selected = m_scene->currentSelection();
    std::size_t nodes = 0;
    for (auto it = selected.cbegin(); it != selected.cend() && nodes < 3; ++it) {
        if (qgraphicsitem_cast<NodeItem *>(*it))
            ++nodes;
    }
    m_delete->setEnabled(!selected.isEmpty());
    m_cut->setEnabled(nodes > 0);
    m_copy->setEnabled(nodes > 0);
    m_duplicate->setEnabled(nodes > 0);
    m_zoomSelection->setEnabled(!selected.isEmpty());
    m_paste->setEnabled(m_clipboard->canPaste());
    for (QAction *align :
         {m_alignLeft, m_alignRight, m_alignTop, m_alignBottom, m_alignHCentres, m_alignVCentres}) {
        align->setEnabled(nodes >= 2);
    }
    m_distributeH->setEnabled(nodes >= 3);
    m_distributeV->setEnabled(nodes >= 3);
}

void CanvasActions::addEditActions(QMenu *menu) const
{
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addMenu(m_arrangeMenu);
}

void CanvasActions::addViewActions(QMenu *menu) const
{
    menu->addActions({m_zoomIn, m_zoomOut, m_fit, m_zoomSelection});
    menu->addSeparator();
    menu->addActions({m_snap, m_connect});
}

void CanvasActions::addToolBarActions(QToolBar *toolBar) const
{
    toolBar->addActions({m_cut, m_copy, m_paste, m_delete});
    toolBar->addSeparator();
    toolBar->addActions({m_connect, m_snap});
    toolBar->addSeparator();
    toolBar->addActions({m_alignLeft, m_alignTop, m_distributeH, m_distributeV});
    toolBar->addSeparator();
    toolBar->addActions({m_zoomIn, m_zoomOut, m_fit});
}

CanvasActions *CanvasActions::install(QMainWindow *window,
                                      CanvasView *view,
                                      QMenu *editMenu,
                                      QMenu *viewMenu)
{
    auto *actions = new CanvasActions(view, window);
    TopologyScene *scene = view->topologyScene();

    auto *palette = new PaletteWidget;
    auto *paletteDock = new QDockWidget(tr("Palette"), window);
    paletteDock->setObjectName(QStringLiteral("PaletteDock"));
    paletteDock->setWidget(palette);
    paletteDock->setToolTip(tr("Drag a node onto the canvas, or double-click it"));
    window->addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    connect(palette, &PaletteWidget::addRequested, view, [view, scene](NodeKind kind) {
        const QString id = addNodeAt(scene, kind, view->visibleCentre());
        emit scene->statusMessage(
            tr("Added %1 '%2'.").arg(QString::fromUtf8(displayName(kind)).toLower(), id));
        view->setFocus();
    });
    connect(palette, &PaletteWidget::addAnnotationRequested, view,
            [view, scene](AnnotationKind kind) {
                addAnnotationAt(scene, kind, view->visibleCentre());
                emit scene->statusMessage(
                    tr("Added %1.").arg(QString::fromUtf8(displayName(kind)).toLower()));
                view->setFocus();
            });

    auto *overviewDock = new QDockWidget(tr("Overview"), window);
    overviewDock->setObjectName(QStringLiteral("OverviewDock"));
    overviewDock->setWidget(new OverviewView(view));
    window->addDockWidget(Qt::LeftDockWidgetArea, overviewDock);
    window->splitDockWidget(paletteDock, overviewDock, Qt::Vertical);

    if (editMenu) {
        editMenu->addSeparator();
        actions->addEditActions(editMenu);
    }
    if (viewMenu) {
        viewMenu->addSeparator();
        actions->addViewActions(viewMenu);
        viewMenu->addSeparator();
        viewMenu->addAction(paletteDock->toggleViewAction());
        viewMenu->addAction(overviewDock->toggleViewAction());
    }
    QToolBar *toolBar = window->addToolBar(tr("Canvas"));
    toolBar->setObjectName(QStringLiteral("CanvasToolBar"));
    toolBar->setIconSize(QSize(20, 20));
    actions->addToolBarActions(toolBar);
    if (viewMenu)
        viewMenu->addAction(toolBar->toggleViewAction());

    QStatusBar *status = window->statusBar();
    connect(scene, &TopologyScene::statusMessage, status,
            [status](const QString &message) { status->showMessage(message, 8000); });
    // When no message is showing, the status bar says how to use the canvas.
    connect(status, &QStatusBar::messageChanged, status, [status](const QString &message) {
        if (message.isEmpty()) {
            QTimer::singleShot(0, status, [status] {
                if (status->currentMessage().isEmpty())
                    status->showMessage(CanvasView::usageHint());
            });
        }
    });
    status->showMessage(CanvasView::usageHint());
    auto *zoom = new QLabel;
    zoom->setObjectName(QStringLiteral("ZoomLabel"));
    zoom->setToolTip(tr("Zoom of the canvas (wheel, %1 fits the design)")
                         .arg(actions->fitAction()->shortcut().toString(QKeySequence::NativeText)));
    zoom->setMinimumWidth(zoom->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto showZoom = [zoom, view] { zoom->setText(CanvasView::zoomText(view->zoom())); };
    connect(view, &CanvasView::visibleAreaChanged, zoom, showZoom);
    showZoom();
    status->addPermanentWidget(zoom);
    connect(scene, &TopologyScene::connectModeChanged, view, [view](bool on) {
        if (on)
            view->viewport()->setCursor(Qt::CrossCursor);
        else
            view->viewport()->unsetCursor();
    });
    return actions;
}

} // namespace Er
