#include "views/topologyscene.h"

#include "model/core/autolayout.h"
#include "model/document/topologydocument.h"
#include "views/annotationitem.h"
#include "views/canvasgrid.h"
#include "views/connectgesture.h"
#include "views/linkitem.h"
#include "views/movegesture.h"
#include "views/nodeitem.h"
#include "views/qtstrings.h"
#include "views/regionframeitem.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

#include <string_view>
#include <unordered_map>

namespace Er {

namespace {

// Items per batch: Qt's pass after a change visits every batch and each child of the changed ones;
// a view's paint checks every child of each batch with an item in view. Long links come in
// smaller batches: the index finds every one whose bounding box covers the view (thousands at
// 10,000 sites), and each brings the rest of its batch.
constexpr int batchCapacity = 256;
constexpr int longLinkBatchCapacity = 16;
// A link whose bounding box is wider or taller than this crosses a viewport at 100 % zoom.
constexpr qreal longLinkExtent = 1200;

QString regionTitle(const Node &region)
{
    const QString arm = qs(region.azureRegion()->region.value_or(""));
    const QString label = qs(region.label());
    if (arm.isEmpty() || arm == label)
        return TopologyScene::tr("Azure region · %1").arg(label);
    return TopologyScene::tr("Azure region · %1 (%2)").arg(label, arm);
}

} // namespace

TopologyScene::TopologyScene(TopologyDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_nodeBatches(this, 1, batchCapacity)
    , m_linkBatches(this, 0, batchCapacity)
    , m_longLinkBatches(this, 0, longLinkBatchCapacity)
    , m_move(std::make_unique<MoveGesture>(this))
    , m_connect(std::make_unique<ConnectGesture>(this))
{
    useCanvasIndex();
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(0);
    // First of the selection's observers: the list made for a change of this scene's own holds
    // for that signal only; any other change drops it.
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_announcing)
            m_announcing = false;
        else
            m_announcedSelection.reset();
    });
    connect(&m_frameTimer, &QTimer::timeout, this, &TopologyScene::updateRegionFrames);
    connect(document, &TopologyDocument::topologyReset, this, &TopologyScene::rebuild);
    connect(document, &TopologyDocument::nodeAdded, this, [this](const QString &id) {
        const Node *node = m_document->topology().node(id.toStdString());
        Point p;
        if (node->position)
            p = *node->position;
        else
            p = effectivePositions(m_document->topology()).at(node->id);
        addNodeItem(*node, QPointF(p.x, p.y));
    });
    connect(document, &TopologyDocument::nodeChanged, this, &TopologyScene::updateNodeItem);
    connect(document, &TopologyDocument::nodeAboutToBeRemoved, this, &TopologyScene::removeNodeItem);
    connect(document, &TopologyDocument::linkAdded, this, [this](const QString &id) {
        addLinkItem(*m_document->topology().link(id.toStdString()));
    });
    connect(document, &TopologyDocument::linkChanged, this, &TopologyScene::updateLinkItem);
    connect(document, &TopologyDocument::linkAboutToBeRemoved, this, &TopologyScene::removeLinkItem);
    connect(document, &TopologyDocument::annotationAdded, this, [this](const QString &id) {
        addAnnotationItem(*m_document->topology().annotation(id.toStdString()));
    });
    connect(document, &TopologyDocument::annotationChanged, this,
            &TopologyScene::updateAnnotationItem);
    connect(document, &TopologyDocument::annotationAboutToBeRemoved, this,
            &TopologyScene::removeAnnotationItem);
    rebuild();
}

TopologyScene::~TopologyScene()
{
    discardAllItems();
}

void TopologyScene::discardAllItems()
{
    // Items not yet polished sit in a list the scene searches end to end for each item it
    // removes: 20,000 items destroyed before the event loop ran cost 1.3 billion instructions
    // (and 200,000 items a hundred times that). Polishing them first makes clearing linear.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // Every view repaints whole: otherwise each item removed adds its area to the views' dirty
    // region one by one, which grows with the items painted (quadratic).
    update();
    clear();
    m_nodeBatches.forget();
    m_linkBatches.forget();
    m_longLinkBatches.forget();
}

// Qt tells every item of the scene when its window is activated or deactivated, after sorting
// them all by stacking order: 0.2 s at 10,000 sites, each time the user switched to the window
// or away from it. The canvas's items neither take keyboard focus nor paint differently in an
// inactive window (the view takes the keys), so the scene keeps those events to itself.
bool TopologyScene::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate)
        return true;
    return QGraphicsScene::event(event);
}

void TopologyScene::useCanvasIndex()
{
    setItemIndexMethod(BspTreeIndex);
    // Qt picks a depth of log2(items): 2^18 leaves for a 10,000-site design, and every long
    // link (circuit to hub across the canvas) is filed in each leaf its bounding box covers,
    // which took more than 8 GB. 1,024 leaves keep that small and a viewport still touches only
    // a few of them (docs/performance.md).
    setBspTreeDepth(10);
}

void TopologyScene::rebuild()
{
    m_move->cancel();
    m_connect->cancel();
    discardAllItems();
    m_nodes.clear();
    m_links.clear();
    m_annotations.clear();
    m_frames.clear();
    m_vnetRegion.clear();
    m_dirtyFrames.clear();
    m_markedElements.clear();
    m_rebuilding = true;
    m_rebuildBounds = QRectF();
    const Topology &topology = m_document->topology();
    const auto positions = effectivePositions(topology);
    m_nodes.reserve(qsizetype(topology.nodes().size()));
    m_links.reserve(qsizetype(topology.links().size()));
    // Items by the node's position in the design: links find their ends without looking ids up.
    std::vector<NodeItem *> nodeItems;
    nodeItems.reserve(topology.nodes().size());
    for (const Node &node : topology.nodes()) {
        const Point p = positions.at(node.id);
        nodeItems.push_back(addNodeItem(node, QPointF(p.x, p.y)));
    }
    const auto itemOf = [&](const Node *node) {
        return node ? nodeItems[std::size_t(node - topology.nodes().data())] : nullptr;
    };
    for (std::size_t i = 0; i < topology.links().size(); ++i)
        addLinkItem(topology.links()[i], itemOf(topology.linkFrom(i)), itemOf(topology.linkTo(i)));
    for (const Annotation &annotation : topology.annotations())
        addAnnotationItem(annotation);
    updateRegionFrames();
    for (const RegionFrameItem *frame : std::as_const(m_frames))
        m_rebuildBounds |= frame->sceneBoundingRect();
    m_rebuilding = false;
    // The bounds were gathered as the items were made: walking 200,000 items again afterwards
    // (itemsBoundingRect) cost more than making the link items at 10,000 sites.
    setSceneRect(m_rebuildBounds.adjusted(-400, -300, 400, 300));
}

RegionFrameItem *TopologyScene::regionFrame(const QString &regionId)
{
    updateRegionFrames();
    return m_frames.value(regionId);
}

QRectF TopologyScene::framesAndAnnotationsRect() const
{
    QRectF extent;
    for (const RegionFrameItem *frame : m_frames) {
        if (frame->isVisible())
            extent |= frame->sceneBoundingRect();
    }
    for (const AnnotationItem *annotation : m_annotations)
        extent |= annotation->sceneBoundingRect();
    return extent;
}

NodeItem *TopologyScene::addNodeItem(const Node &node, QPointF position)
{
    const QString id = qs(node.id);
    auto *item = new NodeItem(id, node.kind(), qs(node.label()), nodeDetail(node));
    item->setPos(position);
    item->setPlaceholder(node.isPlaceholder());
    m_nodeBatches.add(item);
    m_nodes.insert(id, item);
    growSceneRect(item->sceneBoundingRect());
    if (node.azureRegion()) {
        auto *frame = new RegionFrameItem(item);
        frame->setTitle(regionTitle(node));
        addItem(frame);
        m_frames.insert(id, frame);
        // VNets loaded before their region join it now.
        for (auto it = m_vnetRegion.cbegin(); it != m_vnetRegion.cend(); ++it) {
            if (it.value() == id)
                frame->addVnet(m_nodes.value(it.key()));
        }
        markFrameDirty(id);
    } else if (const VirtualNetworkFields *vnet = node.virtualNetwork(); vnet && vnet->region) {
        placeInRegion(item, qs(*vnet->region));
    }
    return item;
}

void TopologyScene::placeInRegion(NodeItem *vnet, const QString &regionId)
{
    const QString previous = m_vnetRegion.value(vnet->id());
    if (previous == regionId && !regionId.isEmpty())
        return;
    if (RegionFrameItem *frame = m_frames.value(previous)) {
        frame->removeVnet(vnet);
        markFrameDirty(previous);
    }
    if (regionId.isEmpty()) {
        m_vnetRegion.remove(vnet->id());
        return;
    }
    m_vnetRegion.insert(vnet->id(), regionId);
    if (RegionFrameItem *frame = m_frames.value(regionId)) {
        frame->addVnet(vnet);
        markFrameDirty(regionId);
    }
}

void TopologyScene::addLinkItem(const Link &link)
{
    addLinkItem(link, m_nodes.value(qs(link.from)), m_nodes.value(qs(link.to)));
}

void TopologyScene::addLinkItem(const Link &link, NodeItem *from, NodeItem *to)
{
    if (!from || !to)
        return;
    const QString id = qs(link.id);
    auto *item = new LinkItem(id, link.kind, from, to);
    item->setStyle(qs(link.role.value_or("")), linkLabel(link));
    const QLineF line = item->line();
    const bool isLong = std::max(std::abs(line.dx()), std::abs(line.dy())) > longLinkExtent;
    (isLong ? m_longLinkBatches : m_linkBatches).add(item);
    m_links.insert(id, item);
    updateParallelSlots(from, to);
    if (m_rebuilding)
        m_rebuildBounds |= item->sceneBoundingRect();
}

void TopologyScene::updateParallelSlots(NodeItem *a, NodeItem *b)
{
    const NodeItem *scan = a->links().size() <= b->links().size() ? a : b;
    std::vector<LinkItem *> parallel;
    for (LinkItem *link : scan->links()) {
        if (link->joins(a, b))
            parallel.push_back(link);
    }
    for (std::size_t i = 0; i < parallel.size(); ++i)
        parallel[i]->setParallelSlot(int(i), int(parallel.size()));
}

void TopologyScene::updateNodeItem(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const Node *node = m_document->topology().node(id.toStdString());
    if (!item || !node)
        return;
    item->setLabel(qs(node->label()), nodeDetail(*node));
    item->setPlaceholder(node->isPlaceholder());
    if (node->position)
        item->setPos(node->position->x, node->position->y);
    if (const VirtualNetworkFields *vnet = node->virtualNetwork())
        placeInRegion(item, qs(vnet->region.value_or("")));
    if (node->azureRegion()) {
        if (RegionFrameItem *frame = m_frames.value(id))
            frame->setTitle(regionTitle(*node));
        markFrameDirty(id);
    }
    item->update();
}

void TopologyScene::updateLinkItem(const QString &id)
{
    LinkItem *item = m_links.value(id);
    const Link *link = m_document->topology().link(id.toStdString());
    if (!item || !link)
        return;
    item->setStyle(qs(link->role.value_or("")), linkLabel(*link));
}

void TopologyScene::removeNodeItem(const QString &id)
{
    m_move->cancel();
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    m_markedElements.remove(id); // an item made again for this id (undo) is marked anew
    placeInRegion(item, QString());
    if (RegionFrameItem *frame = m_frames.take(id)) {
        m_dirtyFrames.remove(id);
        delete frame;
    }
    delete item;
    emit itemGeometryChanged();
}

void TopologyScene::removeLinkItem(const QString &id)
{
    LinkItem *item = m_links.take(id);
    if (!item)
        return;
    m_markedElements.remove(id);
    NodeItem *from = item->fromItem();
    NodeItem *to = item->toItem();
    from->removeLink(item);
    to->removeLink(item);
    delete item;
    updateParallelSlots(from, to);
    emit itemGeometryChanged();
}

void TopologyScene::addAnnotationItem(const Annotation &annotation)
{
    auto *item = new AnnotationItem(annotation);
    // Later annotations lie above earlier ones, all beneath the frames, nodes and links.
    item->setZValue(AnnotationItem::baseZ - 1.0 / double(1 + m_annotations.size()));
    addItem(item);
    m_annotations.insert(item->id(), item);
    growSceneRect(item->sceneBoundingRect());
}

void TopologyScene::updateAnnotationItem(const QString &id)
{
    AnnotationItem *item = m_annotations.value(id);
    const Annotation *annotation = m_document->topology().annotation(id.toStdString());
    if (!item || !annotation)
        return;
    item->setAnnotation(*annotation);
    growSceneRect(item->sceneBoundingRect());
    emit itemGeometryChanged();
}

void TopologyScene::removeAnnotationItem(const QString &id)
{
    delete m_annotations.take(id);
    emit itemGeometryChanged();
}

void TopologyScene::nodeItemMoved(NodeItem *item)
{
    growSceneRect(item->sceneBoundingRect());
    if (!m_rebuilding)
        emit itemGeometryChanged();
    if (item->kind() == NodeKind::AzureRegion)
        markFrameDirty(item->id());
    else if (item->kind() == NodeKind::VirtualNetwork) {
        const auto region = m_vnetRegion.constFind(item->id());
        if (region != m_vnetRegion.cend())
            markFrameDirty(region.value());
    }
}

void TopologyScene::markFrameDirty(const QString &regionId)
{
    m_dirtyFrames.insert(regionId);
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void TopologyScene::updateRegionFrames()
{
    if (m_dirtyFrames.isEmpty())
        return;
    for (const QString &regionId : std::as_const(m_dirtyFrames)) {
        if (RegionFrameItem *frame = m_frames.value(regionId))
            frame->updateGeometry();
    }
    m_dirtyFrames.clear();
    m_frameTimer.stop();
    if (!m_rebuilding)
        emit itemGeometryChanged();
}

QRectF TopologyScene::unsortedItemsBoundingRect() const
{
    QRectF bounds;
    for (const QGraphicsItem *item : items(Qt::SortOrder(-1)))
        bounds |= item->sceneBoundingRect();
    return bounds;
}

void TopologyScene::growSceneRect(const QRectF &itemRect)
{
    if (m_rebuilding) {
        m_rebuildBounds |= itemRect;
        return;
    }
    const QRectF rect = sceneRect();
    if (!rect.contains(itemRect))
        setSceneRect(rect.united(itemRect.adjusted(-400, -300, 400, 300)));
}

std::optional<QString> TopologyScene::regionAt(QPointF scenePos, const QString &preferOtherThan)
{
    updateRegionFrames();
    std::optional<QString> best;
    qreal bestArea = 0;
    bool bestIsOther = false;
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        const QRectF rect = it.value()->frameRect();
        if (!rect.contains(scenePos))
            continue;
        const bool isOther = it.key() != preferOtherThan;
        const qreal area = rect.width() * rect.height();
        if (!best || (isOther && !bestIsOther) || (isOther == bestIsOther && area < bestArea)) {
            best = it.key();
            bestArea = area;
            bestIsOther = isOther;
        }
    }
    return best;
}

QPointF TopologyScene::snapped(QPointF scenePos) const
{
    return m_snapToGrid ? snappedToGrid(scenePos) : scenePos;
}

void TopologyScene::setConnectMode(bool on)
{
    if (on == m_connectMode)
        return;
    m_connectMode = on;
    if (!on)
        m_connect->cancel();
    emit connectModeChanged(on);
    emit statusMessage(on ? tr("Connect mode: drag from one node to another to link them. "
                               "Press L or Esc to leave it.")
                          : tr("Connect mode off."));
}

void TopologyScene::showFindings(const std::vector<Finding> &findings)
{
    // Per element: its worst severity, its findings, and a hash of what its tooltip would say.
    // Only elements whose hash changed get a new tooltip: formatting the tooltips of every
    // marked element again took 40 ms at 10,000 sites, for an edit that changed one finding.
    struct Marking
    {
        Severity worst = Severity::Info;
        std::size_t hash = 0;
        std::vector<const Finding *> findings;
    };
    std::unordered_map<std::string_view, Marking> byElement;
    const std::hash<std::string_view> hashText;
    for (const Finding &finding : findings) {
        const std::size_t findingHash = hashText(finding.rule) ^ (hashText(finding.message) << 1)
                                        ^ (std::size_t(finding.severity) << 3);
        for (const std::string &element : finding.elements) {
            Marking &marking = byElement[element];
            if (marking.findings.empty() || finding.severity < marking.worst)
                marking.worst = finding.severity;
            marking.hash = marking.hash * 1000003 ^ findingHash;
            marking.findings.push_back(&finding);
        }
    }
    const auto mark = [this](const QString &id, std::optional<Severity> severity,
                             const QString &toolTip) {
        if (NodeItem *node = m_nodes.value(id))
            node->setFindingSeverity(severity, toolTip);
        else if (LinkItem *link = m_links.value(id))
            link->setFindingSeverity(severity, toolTip);
    };
    // Only the elements marked before and the elements with findings now are touched: a design
    // of 200,000 items with a few hundred findings updates in proportion to the findings.
    QHash<QString, std::size_t> marked;
    marked.reserve(qsizetype(byElement.size()));
    for (const auto &[element, marking] : byElement) {
        const QString id = QString::fromUtf8(element.data(), qsizetype(element.size()));
        marked.insert(id, marking.hash);
        if (m_markedElements.value(id, marking.hash + 1) == marking.hash)
            continue;
        QStringList lines;
        for (const Finding *finding : marking.findings) {
            lines << QStringLiteral("%1 %2: %3")
                         .arg(QString::fromUtf8(toString(finding->severity)), qs(finding->rule),
                              qs(finding->message));
        }
        mark(id, marking.worst, lines.join(QLatin1Char('\n')));
    }
    for (auto it = m_markedElements.cbegin(); it != m_markedElements.cend(); ++it) {
        if (!marked.contains(it.key()))
            mark(it.key(), std::nullopt, QString());
    }
    m_markedElements = std::move(marked);
}

QList<QGraphicsItem *> TopologyScene::currentSelection() const
{
    return m_announcedSelection ? *m_announcedSelection : selectedItems();
}

QStringList TopologyScene::selectedIds() const
{
    const QList<QGraphicsItem *> selected = currentSelection();
    QStringList ids;
    ids.reserve(selected.size());
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            ids << node->id();
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            ids << link->id();
        else if (auto *annotation = qgraphicsitem_cast<AnnotationItem *>(item))
            ids << annotation->id();
    }
    return ids;
}

qsizetype TopologyScene::selectedElementCount() const
{
    const QList<QGraphicsItem *> selected = currentSelection();
    return std::count_if(selected.cbegin(), selected.cend(), [](QGraphicsItem *item) {
        return qgraphicsitem_cast<NodeItem *>(item) || qgraphicsitem_cast<LinkItem *>(item);
    });
}

std::vector<NodeItem *> TopologyScene::selectedNodeItems() const
{
    std::vector<NodeItem *> nodes;
    for (QGraphicsItem *item : currentSelection()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            nodes.push_back(node);
    }
    return nodes;
}

std::vector<AnnotationItem *> TopologyScene::selectedAnnotationItems() const
{
    std::vector<AnnotationItem *> annotations;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *annotation = qgraphicsitem_cast<AnnotationItem *>(item))
            annotations.push_back(annotation);
    }
    return annotations;
}

std::vector<NodeItem *> TopologyScene::movingNodeItems() const
{
    std::vector<NodeItem *> nodes = selectedNodeItems();
    const std::size_t selectedCount = nodes.size();
    for (std::size_t i = 0; i < selectedCount; ++i) {
        const RegionFrameItem *frame = m_frames.value(nodes[i]->id());
        if (!frame)
            continue;
        for (NodeItem *vnet : frame->vnets()) {
            if (!vnet->isSelected())
                nodes.push_back(vnet);
        }
    }
    return nodes;
}

void TopologyScene::changeSelection(const std::function<void()> &select, qsizetype itemsTouched)
{
    m_announcedSelection.reset(); // a change made by an observer: the list said is no longer it
    const QList<QGraphicsItem *> before = selectedItems();
    // Many items: one repaint of the whole scene, instead of a dirty rectangle per item that
    // the views merge one by one (most of Select All's time at 1,000 sites).
    if (itemsTouched + before.size() > manyItems)
        update();
    {
        // Each item's change would say selectionChanged: a thousand refreshes of every observer.
        const QSignalBlocker blocker(this);
        select();
    }
    QList<QGraphicsItem *> after = selectedItems();
    if (after.size() == before.size()
        && QSet<QGraphicsItem *>(before.begin(), before.end())
               == QSet<QGraphicsItem *>(after.begin(), after.end()))
        return;
    // Every observer reads this list (currentSelection) instead of making its own.
    m_announcedSelection = std::move(after);
    m_announcing = true;
    emit selectionChanged();
    m_announcing = false;
    m_announcedSelection.reset();
}

void TopologyScene::selectOnly(const QStringList &ids)
{
    changeSelection(
        [&] {
            clearSelection();
            for (const QString &id : ids) {
                if (NodeItem *node = m_nodes.value(id))
                    node->setSelected(true);
                else if (LinkItem *link = m_links.value(id))
                    link->setSelected(true);
                else if (AnnotationItem *annotation = m_annotations.value(id))
                    annotation->setSelected(true);
            }
        },
        ids.size());
}

void TopologyScene::selectAllElements()
{
    changeSelection(
        [this] {
            for (NodeItem *node : std::as_const(m_nodes))
                node->setSelected(true);
            for (LinkItem *link : std::as_const(m_links))
                link->setSelected(true);
            for (AnnotationItem *annotation : std::as_const(m_annotations))
                annotation->setSelected(true);
        },
        m_nodes.size() + m_links.size() + m_annotations.size());
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    updateRegionFrames();
    QGraphicsItem *hit = itemAt(event->scenePos(), QTransform());
    if (auto *node = qgraphicsitem_cast<NodeItem *>(hit)) {
        if (m_connectMode || node->isOnConnector(node->mapFromScene(event->scenePos()))) {
            m_connect->begin(node, event->scenePos());
            event->accept();
            return;
        }
        QGraphicsScene::mousePressEvent(event);
        m_move->begin(node, event->scenePos());
        return;
    }
    if (auto *annotation = qgraphicsitem_cast<AnnotationItem *>(hit)) {
        // The item selects itself and takes a drag of its corner handle; a drag elsewhere moves
        // it with the rest of the selection.
        const bool onHandle = annotation->isOnHandle(annotation->mapFromScene(event->scenePos()));
        QGraphicsScene::mousePressEvent(event);
        if (!onHandle)
            m_move->begin(annotation, event->scenePos());
        return;
    }
    if (auto *frame = qgraphicsitem_cast<RegionFrameItem *>(hit)) {
        NodeItem *region = frame->regionItem();
        if (!(event->modifiers() & Qt::ControlModifier) && !region->isSelected())
            clearSelection();
        region->setSelected(true);
        m_move->begin(region, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connect->isActive()) {
        m_connect->update(event->scenePos());
        event->accept();
        return;
    }
    if (m_move->isActive() && (event->buttons() & Qt::LeftButton)) {
        m_move->update(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_connect->isActive()) {
        m_connect->finish(event->scenePos(), event->screenPos());
        event->accept();
        return;
    }
    // The base class ends the grab and, for a click without a move, updates the selection.
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_move->isActive())
        m_move->finish();
}

} // namespace Er
