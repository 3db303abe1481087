#include "ui/contextmenus.h"

#include "ui/canvasactions.h"
#include "views/annotationedits.h"
#include "views/annotationitem.h"
#include "views/canvasclipboard.h"
#include "views/canvasview.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QMenu>
#include <QTimer>

namespace Er {

namespace {

// The node or link at a viewport point (a click on a label or handle counts for its element).
QString elementAt(const CanvasView *view, QPoint viewportPos)
{
    for (QGraphicsItem *item : view->items(viewportPos)) {
        for (QGraphicsItem *at = item; at; at = at->parentItem()) {
            if (const auto *node = qgraphicsitem_cast<NodeItem *>(at))
                return node->id();
            if (const auto *link = qgraphicsitem_cast<LinkItem *>(at))
                return link->id();
            if (const auto *annotation = qgraphicsitem_cast<AnnotationItem *>(at))
                return annotation->id();
        }
    }
    return {};
}

} // namespace

CanvasContextMenu::CanvasContextMenu(CanvasView *view,
                                     CanvasActions *actions,
                                     std::function<void()> showProperties,
                                     QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_actions(actions)
    , m_properties(new QAction(tr("P&roperties"), this))
{
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_properties->setToolTip(tr("Edit the selection in the inspector (Alt+Enter)"));
    m_properties->setStatusTip(m_properties->toolTip());
    // After the menu has closed (it gives the focus back to the canvas as it goes).
    connect(m_properties, &QAction::triggered, this,
            [this, show = std::move(showProperties)] { QTimer::singleShot(0, this, show); });
    m_view->addAction(m_properties);
    // Enter on the canvas does the same (keyboard-only use).
    connect(m_view, &CanvasView::editSelectionRequested, m_properties, &QAction::trigger);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
}

QMenu *CanvasContextMenu::menuAt(QPoint viewportPos)
{
    TopologyScene *scene = m_view->topologyScene();
    auto *menu = new QMenu(m_view);
    const QString id = elementAt(m_view, viewportPos);
    if (!id.isEmpty()) {
        if (!scene->selectedIds().contains(id))
            scene->selectOnly({id});
        menu->addActions({m_actions->cutAction(), m_actions->copyAction(),
                          m_actions->duplicateAction(), m_actions->deleteAction()});
        menu->addSeparator();
        menu->addAction(m_actions->zoomToSelectionAction());
        menu->addSeparator();
        menu->addAction(m_properties);
        menu->setDefaultAction(m_properties);
        return menu;
    }
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    QAction *pasteHere = menu->addAction(m_actions->pasteAction()->icon(), tr("&Paste Here"),
                                         m_actions->clipboard(), [this, scenePos] {
                                             m_actions->clipboard()->pasteAt(scenePos);
                                         });
    pasteHere->setEnabled(m_actions->clipboard()->canPaste());
    pasteHere->setStatusTip(tr("Paste the copied nodes and links centred where you clicked"));
    for (AnnotationKind kind : allAnnotationKinds) {
        QAction *add = menu->addAction(annotationIcon(kind),
                                       kind == AnnotationKind::Note ? tr("Add &Note Here")
                                                                    : tr("Add &Rectangle Here"),
                                       scene, [scene, kind, scenePos] {
                                           addAnnotationAt(scene, kind, scenePos);
                                       });
        add->setStatusTip(kind == AnnotationKind::Note
                              ? tr("Add a free-text note centred where you clicked")
                              : tr("Add a labelled rectangle centred where you clicked"));
    }
    menu->addSeparator();
    menu->addActions({m_actions->selectAllAction(), m_actions->fitAction()});
    return menu;
}

bool CanvasContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport kept at install time: while the view is being destroyed its events still
    // come here, and asking the half-destroyed view for its viewport is undefined.
    if (event->type() != QEvent::ContextMenu || watched != m_viewport)
        return QObject::eventFilter(watched, event);
    auto *request = static_cast<QContextMenuEvent *>(event);
    QPoint at = request->pos();
    // The menu key (or Shift+F10) opens the menu of the selection, on it.
    if (request->reason() == QContextMenuEvent::Keyboard) {
        const QList<QGraphicsItem *> selected = m_view->scene()->selectedItems();
        if (!selected.isEmpty())
            at = m_view->mapFromScene(selected.first()->sceneBoundingRect().center());
    }
    QMenu *menu = menuAt(at);
    menu->exec(m_view->viewport()->mapToGlobal(at));
    delete menu;
    return true;
}

} // namespace Er
