#pragma once

#include "model/validation/finding.h"
#include "views/elementlabels.h"
#include "views/itembatch.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Er {

class AnnotationItem;
class ConnectGesture;
class LinkItem;
class MoveGesture;
class NodeItem;
class RegionFrameItem;
class TopologyDocument;
struct Annotation;
struct Node;
struct Link;

// The canvas scene. It only observes the document: items are created, updated and deleted from
// the document's signals, and no item writes to the model. The user's gestures on it (moving
// nodes, drawing links) end in commands on the document's undo stack.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(TopologyDocument *document, QObject *parent = nullptr);
    ~TopologyScene() override;

    TopologyDocument *document() const { return m_document; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    AnnotationItem *annotationItem(const QString &id) const { return m_annotations.value(id); }
    int annotationItemCount() const { return int(m_annotations.size()); }
    RegionFrameItem *regionFrame(const QString &regionId);
    // What reaches beyond the nodes: the region frames (their padding and title) and the notes and
    // rectangles; empty when there are none. A few items, so cheap at any design size.
    QRectF framesAndAnnotationsRect() const;
    int nodeItemCount() const { return int(m_nodes.size()); }
    int linkItemCount() const { return int(m_links.size()); }
    // Every item of a kind, in no particular order: a view drawing the whole design from far
    // away walks these instead of the scene's index (farpainter.h).
    const QHash<QString, NodeItem *> &nodeItems() const { return m_nodes; }
    const QHash<QString, LinkItem *> &linkItems() const { return m_links; }
    const QHash<QString, RegionFrameItem *> &regionFrames() const { return m_frames; }
    const QHash<QString, AnnotationItem *> &annotationItems() const { return m_annotations; }

    // Marks the elements that have findings with the colour of their worst severity.
    void showFindings(const std::vector<Finding> &findings);

    // The selected items, as QGraphicsScene::selectedItems() gives them. While the scene says
    // selectionChanged for a change of its own (selectOnly, Select All), the list it made for it:
    // QGraphicsScene rebuilds a set of the selected items on every call, and each observer of a
    // Select All at 10,000 sites would rebuild one of 200,000.
    QList<QGraphicsItem *> currentSelection() const;
    QStringList selectedIds() const;
    // How many ids selectedIds() would list, without making them (Select All at 10,000 sites
    // selects 200,000 elements, and an observer that only counts them need not copy their ids).
    qsizetype selectedElementCount() const;
    std::vector<NodeItem *> selectedNodeItems() const;
    // The selected nodes and the VNets of selected regions: what moves when the selection moves.
    std::vector<NodeItem *> movingNodeItems() const;
    // The selected notes and rectangles: they move with the selected nodes.
    std::vector<AnnotationItem *> selectedAnnotationItems() const;
    // Selects exactly these elements, or every node, link and annotation. However many items change, the
    // scene says selectionChanged once, so that each observer refreshes once.
    void selectOnly(const QStringList &ids);
    void selectAllElements();

    // The region whose frame holds the scene point; the innermost where frames overlap, and one
    // other than `preferOtherThan` where that one holds it too.
    std::optional<QString> regionAt(QPointF scenePos, const QString &preferOtherThan = {});

    bool snapsToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    QPointF snapped(QPointF scenePos) const;
    // In connect mode every drag from a node draws a link (otherwise only drags from its handle).
    bool isConnectMode() const { return m_connectMode; }
    void setConnectMode(bool on);
    ConnectGesture *connectGesture() const { return m_connect.get(); }

    // Called by node items when they move: links follow in the items, frames and the scene's
    // extent here.
    void nodeItemMoved(NodeItem *item);
    // Brings every region frame up to date now (they are otherwise updated once per event).
    void updateRegionFrames();
    // What itemsBoundingRect() gives, without sorting every item by stacking order first (with
    // the items in batches, that sort walked up to the batches for each comparison).
    QRectF unsortedItemsBoundingRect() const;

signals:
    // Something the user should read in the status bar: what a gesture did or why it was refused.
    void statusMessage(const QString &message);
    void connectModeChanged(bool on);
    // Items moved, went, or a region frame or note changed its size: a view that draws the
    // design itself (farpainter.h), not through Qt's pass, repaints where they were.
    void itemGeometryChanged();

protected:
    // Runs `select` (which selects and deselects about `itemsTouched` items) and says
    // selectionChanged once after it, if the selection changed.
    void changeSelection(const std::function<void()> &select, qsizetype itemsTouched);
    // From this many items on, a selection change repaints the whole scene at once.
    static constexpr qsizetype manyItems = 64;
    bool event(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void useCanvasIndex();
    void discardAllItems();
    void rebuild();
    NodeItem *addNodeItem(const Node &node, QPointF position);
    void addLinkItem(const Link &link);
    void addLinkItem(const Link &link, NodeItem *from, NodeItem *to);
    void updateNodeItem(const QString &id);
    void updateLinkItem(const QString &id);
    void removeNodeItem(const QString &id);
    void removeLinkItem(const QString &id);
    void addAnnotationItem(const Annotation &annotation);
    void updateAnnotationItem(const QString &id);
    void removeAnnotationItem(const QString &id);
    void placeInRegion(NodeItem *vnet, const QString &regionId);
    void updateParallelSlots(NodeItem *a, NodeItem *b);
    void markFrameDirty(const QString &regionId);
    void growSceneRect(const QRectF &itemRect);

    TopologyDocument *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links;
    QHash<QString, AnnotationItem *> m_annotations;
    QHash<QString, RegionFrameItem *> m_frames; // by region id
    QHash<QString, QString> m_vnetRegion;       // VNet id -> region id
    QSet<QString> m_dirtyFrames;
    // Elements shown with findings, with a hash of their findings (showFindings()).
    QHash<QString, std::size_t> m_markedElements;
    QTimer m_frameTimer;
    // Nodes, short links and the links that cross much of the canvas, in batches of their own: a
    // long link is found by many views' queries, and would bring a batch of short ones with it.
    ItemBatches m_nodeBatches;
    ItemBatches m_linkBatches;
    ItemBatches m_longLinkBatches;
    bool m_snapToGrid = true;
    bool m_connectMode = false;
    bool m_rebuilding = false;
    QRectF m_rebuildBounds; // of the items added so far by rebuild()
    // The selection while selectionChanged is said for a change made here (currentSelection);
    // m_announcing until this scene's own first slot has seen that signal, so that a change
    // the observers make in the meantime drops the list.
    std::optional<QList<QGraphicsItem *>> m_announcedSelection;
    bool m_announcing = false;
    std::unique_ptr<MoveGesture> m_move;
    std::unique_ptr<ConnectGesture> m_connect;
};

} // namespace Er
