#include "tests/testsupport.h"

#include "model/document/addannotationcommand.h"
#include "model/document/addnodecommand.h"
#include "model/document/elementdefaults.h"
#include "model/document/movenodescommand.h"
#include "model/document/topologydocument.h"
#include "ui/canvasactions.h"
#include "ui/mainwindow.h"
#include "ui/palettewidget.h"
#include "views/canvasclipboard.h"
#include "views/canvasedits.h"
#include "views/canvasview.h"
#include "views/connectgesture.h"
#include "views/farpainter.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/overviewview.h"
#include "views/presentation.h"
#include "views/qtstrings.h"
#include "views/regionframeitem.h"
#include "views/textwidth.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>

#include <memory>

using namespace Er;

namespace {

// Kinds compared by their file names, so that a failure reads "circuit" rather than a number.
QString name(NodeKind kind)
{
    return QString::fromUtf8(toString(kind));
}

QString name(LinkKind kind)
{
    return QString::fromUtf8(toString(kind));
}

QStringList names(const QList<NodeKind> &kinds)
{
    QStringList result;
    for (NodeKind kind : kinds)
        result << name(kind);
    return result;
}

QStringList names(const std::vector<LinkChoice> &choices)
{
    QStringList result;
    for (const LinkChoice &choice : choices)
        result << name(choice.kind) + (choice.reversed ? QStringLiteral(" reversed") : QString());
    return result;
}

Node placed(NodeKind kind, const std::string &id, double x, double y)
{
    Node node = makeNode(kind, id);
    node.name = id;
    node.position = Point{x, y};
    return node;
}

// A document, its scene and a shown 900 x 700 view at zoom 1 that shows scene (0, 0) at the
// viewport's centre.
struct Canvas
{
    TopologyDocument document;
    TopologyScene scene{&document};
    CanvasView view;

    explicit Canvas(const Topology &topology = {})
    {
        document.resetTopology(topology, QString());
        view.setScene(&scene);
        view.resize(900, 700);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("canvas view not exposed");
        scene.setSceneRect(-2000, -2000, 4000, 4000);
        view.centerOn(0, 0);
    }

    QPoint viewPoint(QPointF scenePos) const { return view.mapFromScene(scenePos); }
    QPoint nodePoint(const QString &id) const { return viewPoint(scene.nodeItem(id)->scenePos()); }
    QPoint handlePoint(const QString &id) const
    {
        const NodeItem *item = scene.nodeItem(id);
        return viewPoint(item->mapToScene(item->connectorCentre()));
    }
    const Node *node(const std::string &id) const { return document.topology().node(id); }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(view.viewport(), Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(view.viewport(), from + (to - from) * i / 6);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, modifiers, to);
    }

    // Drops palette data of `kind` at a viewport point; false when a step is refused.
    bool drop(NodeKind kind, QPoint at)
    {
        std::unique_ptr<QMimeData> mime(paletteMimeData(kind));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton,
                             Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &dropEvent);
        return dropEvent.isAccepted();
    }
};

Topology pairDesign()
{
    Topology topology;
    Node pe = placed(NodeKind::ProviderEdge, "pe", -200, 0);
    pe.providerEdge()->peeringLocation = "Amsterdam";
    pe.providerEdge()->provider = "Equinix";
    topology.addNode(pe);
    topology.addNode(placed(NodeKind::Circuit, "er", 200, 0));
    topology.addNode(placed(NodeKind::Site, "site", -200, 200));
    topology.addNode(placed(NodeKind::CustomerEdge, "ce", 200, 200));
    topology.addNode(placed(NodeKind::AzureRegion, "weu", -200, -240));
    return topology;
}

// A small design drawn from afar as a large one would be, while this lives.
struct DrawnFromAfar
{
    DrawnFromAfar()
        : m_items(setItemsDrawnFromAfarForTesting(0))
    {}
    ~DrawnFromAfar() { setItemsDrawnFromAfarForTesting(m_items); }
    int m_items;
};

// Two regions side by side with a VNet in the first.
Topology twoRegionDesign()
{
    Topology topology;
    Node west = placed(NodeKind::AzureRegion, "weu", -300, -100);
    west.azureRegion()->region = "westeurope";
    Node north = placed(NodeKind::AzureRegion, "neu", 300, -100);
    north.azureRegion()->region = "northeurope";
    Node vnet = placed(NodeKind::VirtualNetwork, "hub", -300, 40);
    vnet.virtualNetwork()->region = "weu";
    vnet.virtualNetwork()->addressPrefixes = StringList{"10.1.0.0/16"};
    topology.addNode(west);
    topology.addNode(north);
    topology.addNode(vnet);
    return topology;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void paletteShowsEveryKindAndFilters();
    void paletteMimeDataCarriesTheKindKey();
    void dropsEachKindFromThePalette_data();
    void dropsEachKindFromThePalette();
    void wrongMimeDataIsNotAccepted();
    void paletteDoubleClickAddsAtTheCentre();
    void paletteEnterAddsTheKindTheFilterShows();
    void vnetDroppedInARegionGetsThatRegion();
    void drawsALinkFromTheHandle();
    void drawsALinkEitherWayRound();
    void drawsALinkInConnectMode();
    void refusesAnInvalidLink();
    void offersAChoiceWhereTwoKindsFit();
    void movingANodeIsOneUndoStep();
    void draggingAVnetIntoAnotherRegionChangesItsRegion();
    void movingARegionMovesItsVnets();
    void arrowNudgesMergeIntoOneStep();
    void switchingWindowsLeavesTheItemsAlone();
    void fromAfarNodesAreBlocksAndLinksHairlines();
    void deletesAndUndoes();
    void copyPasteCreatesNewIdsInOneStep();
    void alignsLeftAndDistributes();
    void ctrlClickExtendsTheSelection();
    void wheelZoomsAboutTheMouse();
    void overviewShowsAndMovesTheVisibleArea();
    void overviewFrameFollowsTheCanvasWithoutTrails();
    void overviewFitsADesignBuiltFromScratch();
    void overviewRedrawsAMovedNodeOnceChangesPause();
    void undoTextsCountNodesInWords();
    void actionsHaveStandardShortcuts();
    void mainWindowHasThePaletteOverviewAndCanvasActions();
    void drawsRegionsAsLabelledContainers();
    void labelBoxesFitTheirText();
};

void TestCanvas::paletteShowsEveryKindAndFilters()
{
    PaletteWidget palette;
    QCOMPARE(palette.visibleKinds().size(), qsizetype(std::size(allNodeKinds)));
    for (int row = 0; row < palette.list()->count(); ++row) {
        QVERIFY(!palette.list()->item(row)->icon().isNull());
        QVERIFY(!palette.list()->item(row)->text().isEmpty());
    }
    QTest::keyClicks(palette.filterField(), QStringLiteral("circ"));
    QCOMPARE(names(palette.visibleKinds()), QStringList{QStringLiteral("circuit")});
    palette.setFilterText(QStringLiteral("EDGE"));
    QCOMPARE(names(palette.visibleKinds()),
             (QStringList{QStringLiteral("customerEdge"), QStringLiteral("providerEdge")}));
    palette.setFilterText(QString());
    QCOMPARE(palette.visibleKinds().size(), qsizetype(std::size(allNodeKinds)));
}

void TestCanvas::paletteMimeDataCarriesTheKindKey()
{
    std::unique_ptr<QMimeData> mime(paletteMimeData(NodeKind::Circuit));
    QCOMPARE(mime->data(QStringLiteral("application/x-ertopo-node")), QByteArray("circuit"));
    // What the list itself drags is the same data.
    PaletteWidget palette;
    QListWidgetItem *vnet = palette.list()->item(5);
    QCOMPARE(vnet->text(), QStringLiteral("Virtual network"));
    std::unique_ptr<QMimeData> dragged(
        palette.list()->model()->mimeData({palette.list()->indexFromItem(vnet)}));
    QCOMPARE(dragged->data(QStringLiteral("application/x-ertopo-node")),
             QByteArray("virtualNetwork"));
}

void TestCanvas::dropsEachKindFromThePalette_data()
{
    QTest::addColumn<NodeKind>("kind");
    for (NodeKind kind : allNodeKinds)
        QTest::newRow(toString(kind).data()) << kind;
}

void TestCanvas::dropsEachKindFromThePalette()
{
    QFETCH(NodeKind, kind);
    Canvas canvas;
    const QPoint at = canvas.viewPoint(QPointF(133, -47));
    QVERIFY(canvas.drop(kind, at));

    const Topology &topology = canvas.document.topology();
    QCOMPARE(topology.nodes().size(), std::size_t(1));
    const Node &node = topology.nodes().front();
    QCOMPARE(name(node.kind()), name(kind));
    QVERIFY(node.name && !node.name->empty());
    // At the drop position, snapped to the 20-unit grid.
    const QPointF scenePos = canvas.view.mapToScene(at);
    QCOMPARE(node.position->x, std::round(scenePos.x() / 20) * 20);
    QCOMPARE(node.position->y, std::round(scenePos.y() / 20) * 20);
    NodeItem *item = canvas.scene.nodeItem(QString::fromStdString(node.id));
    QVERIFY(item);
    QCOMPARE(item->pos(), QPointF(node.position->x, node.position->y));
    QCOMPARE(canvas.scene.itemAt(item->pos(), QTransform()), item);
    QVERIFY(item->isSelected());
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    if (kind == NodeKind::Circuit) {
        QCOMPARE(node.circuit()->skuTier, std::optional<std::string>("Standard"));
        QCOMPARE(node.circuit()->bandwidthInMbps, std::optional<std::int64_t>(1000));
        QCOMPARE(node.circuit()->skuFamily, std::optional<std::string>("MeteredData"));
        QVERIFY(node.circuit()->peeringLocation);
    }
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.document.topology().nodes().empty());
    QCOMPARE(canvas.scene.nodeItemCount(), 0);
}

void TestCanvas::wrongMimeDataIsNotAccepted()
{
    Canvas canvas;
    QMimeData mime;
    mime.setText(QStringLiteral("circuit"));
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas.view.viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    mime.setData(QStringLiteral("application/x-ertopo-node"), "router");
    QDragEnterEvent unknown(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas.view.viewport(), &unknown);
    QVERIFY(!unknown.isAccepted());
}

void TestCanvas::paletteDoubleClickAddsAtTheCentre()
{
    Canvas canvas;
    PaletteWidget palette;
    connect(&palette, &PaletteWidget::addRequested, &canvas.view,
            [&](NodeKind kind) { addNodeAt(&canvas.scene, kind, canvas.view.visibleCentre()); });
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QListWidgetItem *site = palette.list()->item(0);
    const QPoint centre = palette.list()->visualItemRect(site).center();
    QSignalSpy activated(palette.list(), &QListWidget::itemActivated);
    // A real double-click: press, release, then the double-click event and its release.
    QTest::mouseClick(palette.list()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(palette.list()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(canvas.document.topology().nodes().size(), std::size_t(1));
    const Node &node = canvas.document.topology().nodes().front();
    QCOMPARE(name(node.kind()), QStringLiteral("site"));
    const QPointF expected = canvas.view.visibleCentre();
    QVERIFY(std::abs(node.position->x - expected.x()) <= 10);
    QVERIFY(std::abs(node.position->y - expected.y()) <= 10);
}

void TestCanvas::paletteEnterAddsTheKindTheFilterShows()
{
    PaletteWidget palette;
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy added(&palette, &PaletteWidget::addRequested);
    // The user last clicked the VNet, then filters down to the circuit.
    // The last node kind (the palette's Note and Rectangle follow the node kinds).
    QListWidgetItem *vnet = palette.list()->item(int(std::size(allNodeKinds)) - 1);
    QCOMPARE(vnet->text(), QStringLiteral("Virtual network"));
    QTest::mouseClick(palette.list()->viewport(), Qt::LeftButton, {},
                      palette.list()->visualItemRect(vnet).center());
    palette.filterField()->setFocus();
    QTest::keyClicks(palette.filterField(), QStringLiteral("Circuit"));
    QCOMPARE(names(palette.visibleKinds()), QStringList{QStringLiteral("circuit")});

    // Enter in the filter, and Enter in the list: the circuit both times, never the hidden VNet.
    QTest::keyClick(palette.filterField(), Qt::Key_Return);
    palette.list()->setFocus();
    QTest::keyClick(palette.list(), Qt::Key_Return);
    QCOMPARE(added.count(), 2);
    for (const QList<QVariant> &request : added)
        QVERIFY(request.at(0).value<NodeKind>() == NodeKind::Circuit);

    // Nothing matches: Enter adds nothing.
    palette.setFilterText(QStringLiteral("no such kind"));
    QTest::keyClick(palette.filterField(), Qt::Key_Return);
    QCOMPARE(added.count(), 2);
}

void TestCanvas::vnetDroppedInARegionGetsThatRegion()
{
    Canvas canvas(twoRegionDesign());
    RegionFrameItem *north = canvas.scene.regionFrame(QStringLiteral("neu"));
    QVERIFY(north);
    const QPointF inside = north->frameRect().center() + QPointF(0, 30);
    QVERIFY(canvas.drop(NodeKind::VirtualNetwork, canvas.viewPoint(inside)));
    const Node &added = canvas.document.topology().nodes().back();
    QCOMPARE(added.virtualNetwork()->region, std::optional<std::string>("neu"));
    // The region's frame now holds it.
    canvas.scene.updateRegionFrames();
    QVERIFY(north->frameRect().contains(
        canvas.scene.nodeItem(QString::fromStdString(added.id))->sceneBoundingRect()));
    // The first VNet of a region is its hub, with a gateway; address space does not overlap.
    QVERIFY(added.virtualNetwork()->expressRouteGateway);
    QCOMPARE(added.virtualNetwork()->addressPrefixes, std::optional<StringList>({"10.10.0.0/16"}));

    QVERIFY(canvas.drop(NodeKind::VirtualNetwork, canvas.viewPoint(QPointF(-300, 900))));
    const Node &outside = canvas.document.topology().nodes().back();
    QVERIFY(!outside.virtualNetwork()->region);
}

void TestCanvas::drawsALinkFromTheHandle()
{
    Canvas canvas(pairDesign());
    canvas.drag(canvas.handlePoint("pe"), canvas.nodePoint("er"));
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
    const Link first = canvas.document.topology().links().front();
    QCOMPARE(name(first.kind), QStringLiteral("circuitPort"));
    QCOMPARE(first.from, std::string("pe"));
    QCOMPARE(first.to, std::string("er"));
    QCOMPARE(first.role, std::optional<std::string>("primary"));
    QVERIFY(canvas.scene.linkItem(QString::fromStdString(first.id)));
    // The PE did not move: the handle draws, it does not drag.
    QCOMPARE(canvas.node("pe")->position, std::optional<Point>(Point{-200, 0}));

    canvas.drag(canvas.handlePoint("pe"), canvas.nodePoint("er"));
    const Link second = canvas.document.topology().links().back();
    QCOMPARE(second.role, std::optional<std::string>("secondary"));
    // Primary and secondary run side by side and look different.
    LinkItem *primary = canvas.scene.linkItem(QString::fromStdString(first.id));
    LinkItem *secondary = canvas.scene.linkItem(QString::fromStdString(second.id));
    QVERIFY(primary->line() != secondary->line());
    QCOMPARE(secondary->label(), QStringLiteral("secondary"));
    QCOMPARE(canvas.document.undoStack()->count(), 2);
}

void TestCanvas::drawsALinkEitherWayRound()
{
    Canvas canvas(pairDesign());
    // Drawn from the CE to the site: a lan link runs site -> customerEdge.
    canvas.drag(canvas.handlePoint("ce"), canvas.nodePoint("site"));
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
    const Link &lan = canvas.document.topology().links().front();
    QCOMPARE(name(lan.kind), QStringLiteral("lan"));
    QCOMPARE(lan.from, std::string("site"));
    QCOMPARE(lan.to, std::string("ce"));
}

void TestCanvas::drawsALinkInConnectMode()
{
    Canvas canvas(pairDesign());
    QSignalSpy status(&canvas.scene, &TopologyScene::statusMessage);
    canvas.scene.setConnectMode(true);
    canvas.drag(canvas.nodePoint("site"), canvas.nodePoint("pe"));
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
    QCOMPARE(name(canvas.document.topology().links().front().kind), QStringLiteral("access"));
    QCOMPARE(canvas.node("site")->position, std::optional<Point>(Point{-200, 200}));
    QVERIFY(status.last().first().toString().contains(QStringLiteral("'site'")));

    // Out of connect mode the same drag moves the site.
    canvas.scene.setConnectMode(false);
    canvas.drag(canvas.nodePoint("site"), canvas.nodePoint("site") + QPoint(0, 100));
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
    QCOMPARE(canvas.node("site")->position, std::optional<Point>(Point{-200, 300}));
}

void TestCanvas::refusesAnInvalidLink()
{
    Canvas canvas(pairDesign());
    QSignalSpy status(&canvas.scene, &TopologyScene::statusMessage);
    canvas.drag(canvas.handlePoint("weu"), canvas.nodePoint("er"));
    QVERIFY(canvas.document.topology().links().empty());
    QCOMPARE(canvas.document.undoStack()->count(), 0);
    QCOMPARE(canvas.scene.linkItemCount(), 0);
    QVERIFY(!status.isEmpty());
    const QString message = status.last().first().toString();
    QVERIFY2(message.contains(QStringLiteral("'weu'")) && message.contains(QStringLiteral("'er'"))
                 && message.contains(QStringLiteral("not added")),
             qPrintable(message));
    // The region did not move either.
    QCOMPARE(canvas.node("weu")->position, std::optional<Point>(Point{-200, -240}));
}

void TestCanvas::offersAChoiceWhereTwoKindsFit()
{
    // VNet to VNet: a peering from the spoke (where the drag starts) to the hub.
    QCOMPARE(names(linkChoices(NodeKind::VirtualNetwork, NodeKind::VirtualNetwork)),
             QStringList{QStringLiteral("vnetPeering")});
    QCOMPARE(names(linkChoices(NodeKind::Circuit, NodeKind::ProviderEdge)),
             QStringList{QStringLiteral("circuitPort reversed")});
    QCOMPARE(names(linkChoices(NodeKind::Site, NodeKind::CustomerEdge)),
             QStringList{QStringLiteral("lan")});
    QVERIFY(linkChoices(NodeKind::AzureRegion, NodeKind::Circuit).empty());

    // Where the chooser is asked, its answer is what gets drawn.
    Canvas canvas(pairDesign());
    int asked = 0;
    canvas.scene.connectGesture()->setChooser(
        [&](const std::vector<LinkChoice> &choices, const NodeItem *, const NodeItem *, QPoint) {
            ++asked;
            return std::optional<LinkChoice>(choices.back());
        });
    canvas.drag(canvas.handlePoint("site"), canvas.nodePoint("ce"));
    QCOMPARE(asked, 0); // one kind fits: no menu
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
}

void TestCanvas::movingANodeIsOneUndoStep()
{
    Canvas canvas(pairDesign());
    const QPoint start = canvas.nodePoint("er");
    canvas.drag(start, start + QPoint(97, 61));
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    // Snapped to the grid.
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{300, 60}));
    QCOMPARE(canvas.scene.nodeItem(QStringLiteral("er"))->pos(), QPointF(300, 60));
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{200, 0}));
    QCOMPARE(canvas.scene.nodeItem(QStringLiteral("er"))->pos(), QPointF(200, 0));
    // Without snapping it lands exactly where the mouse put it.
    canvas.scene.setSnapToGrid(false);
    canvas.drag(start, start + QPoint(97, 61));
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{297, 61}));
    // A click without a move changes nothing.
    const int steps = canvas.document.undoStack()->count();
    QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, canvas.nodePoint("pe"));
    QCOMPARE(canvas.document.undoStack()->count(), steps);
    QCOMPARE(canvas.scene.selectedIds(), QStringList{QStringLiteral("pe")});
}

void TestCanvas::draggingAVnetIntoAnotherRegionChangesItsRegion()
{
    Canvas canvas(twoRegionDesign());
    const QPointF target = canvas.scene.regionFrame(QStringLiteral("neu"))->frameRect().center()
                           + QPointF(0, 40);
    canvas.drag(canvas.nodePoint("hub"), canvas.viewPoint(target));
    QCOMPARE(canvas.node("hub")->virtualNetwork()->region, std::optional<std::string>("neu"));
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    QVERIFY(canvas.scene.regionFrame(QStringLiteral("neu"))->vnets().size() == 1);
    QVERIFY(canvas.scene.regionFrame(QStringLiteral("weu"))->vnets().empty());
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.node("hub")->virtualNetwork()->region, std::optional<std::string>("weu"));
    QCOMPARE(canvas.node("hub")->position, std::optional<Point>(Point{-300, 40}));
    QVERIFY(canvas.scene.regionFrame(QStringLiteral("weu"))->vnets().size() == 1);
}

void TestCanvas::movingARegionMovesItsVnets()
{
    Canvas canvas(twoRegionDesign());
    // Grab the region by its frame's title band.
    const QRectF title = canvas.scene.regionFrame(QStringLiteral("weu"))->titleRect();
    const QPoint grab = canvas.viewPoint(title.center() + QPointF(-title.width() / 4, 0));
    canvas.drag(grab, grab + QPoint(0, 200));
    QCOMPARE(canvas.node("weu")->position, std::optional<Point>(Point{-300, 100}));
    QCOMPARE(canvas.node("hub")->position, std::optional<Point>(Point{-300, 240}));
    QCOMPARE(canvas.node("hub")->virtualNetwork()->region, std::optional<std::string>("weu"));
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.node("hub")->position, std::optional<Point>(Point{-300, 40}));
}

void TestCanvas::arrowNudgesMergeIntoOneStep()
{
    Canvas canvas(pairDesign());
    canvas.scene.selectOnly({QStringLiteral("er"), QStringLiteral("ce")});
    canvas.view.setFocus();
    QTest::keyClick(&canvas.view, Qt::Key_Right);
    QTest::keyClick(&canvas.view, Qt::Key_Right);
    QTest::keyClick(&canvas.view, Qt::Key_Down);
    QTest::keyClick(&canvas.view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{239, 20}));
    QCOMPARE(canvas.node("ce")->position, std::optional<Point>(Point{239, 220}));
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{200, 0}));
}

// Switching to another window and back: Qt would tell every item of the scene, after sorting
// them all (0.2 s at 10,000 sites each way). The canvas keeps those events from the items, and
// selecting, dragging and nudging work as before.
void TestCanvas::switchingWindowsLeavesTheItemsAlone()
{
    struct ActivationProbe : QGraphicsRectItem
    {
        int activations = 0;
        bool sceneEvent(QEvent *event) override
        {
            if (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate)
                ++activations;
            return QGraphicsRectItem::sceneEvent(event);
        }
    };
    Canvas canvas(pairDesign());
    auto *probe = new ActivationProbe;
    canvas.scene.addItem(probe);
    for (const QEvent::Type type : {QEvent::WindowDeactivate, QEvent::WindowActivate}) {
        QEvent event(type);
        QCoreApplication::sendEvent(canvas.view.viewport(), &event);
    }
    QCOMPARE(probe->activations, 0);

    const QPoint start = canvas.nodePoint("er");
    canvas.drag(start, start + QPoint(97, 61));
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{300, 60}));
    QCOMPARE(canvas.scene.selectedIds(), QStringList{QStringLiteral("er")});
    canvas.view.setFocus();
    QTest::keyClick(&canvas.view, Qt::Key_Right);
    QCOMPARE(canvas.node("er")->position, std::optional<Point>(Point{320, 60}));
    QCOMPARE(canvas.document.undoStack()->count(), 2);
}

// Zoomed out beyond 30 % the view draws the whole design in one pass: each node a block in its
// kind's colour, each link a hairline in its own, and both in the selection's colour once
// selected; zoomed in again, the items draw themselves with their labels.
void TestCanvas::fromAfarNodesAreBlocksAndLinksHairlines()
{
    const DrawnFromAfar fromAfar;
    Canvas canvas(pairDesign());
    canvas.drag(canvas.handlePoint("pe"), canvas.nodePoint("er"));
    QCOMPARE(canvas.document.topology().links().size(), std::size_t(1));
    canvas.scene.clearSelection();
    canvas.view.setTransform(QTransform::fromScale(0.1, 0.1));
    canvas.view.centerOn(0, 0);
    // Within a pixel of the point: a hairline lands on the nearest pixel row.
    const auto colourNear = [&](QPointF scenePos, const QColor &expected) {
        const QImage shot = canvas.view.viewport()->grab().toImage();
        const QPoint at = canvas.viewPoint(scenePos);
        for (int dy = -1; dy <= 1; ++dy) {
            if (shot.pixelColor(at + QPoint(0, dy)).rgb() == expected.rgb())
                return true;
        }
        return false;
    };
    const QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
    QVERIFY(colourNear(QPointF(200, 0), nodeKindColor(NodeKind::Circuit)));
    QVERIFY(colourNear(QPointF(-200, 200), nodeKindColor(NodeKind::Site)));
    QVERIFY(colourNear(QPointF(0, 0), linkKindColor(LinkKind::CircuitPort)));
    QVERIFY(colourNear(QPointF(0, 100), canvas.view.palette().color(QPalette::Base)));

    const QString linkId = qs(canvas.document.topology().links().front().id);
    canvas.scene.selectOnly({QStringLiteral("er"), linkId});
    QVERIFY(colourNear(QPointF(200, 0), highlight));
    QVERIFY(colourNear(QPointF(0, 0), highlight));
    QVERIFY(!colourNear(QPointF(-200, 200), highlight));
}

void TestCanvas::deletesAndUndoes()
{
    Canvas canvas(pairDesign());
    canvas.drag(canvas.handlePoint("pe"), canvas.nodePoint("er"));
    const Topology before = canvas.document.topology();
    CanvasActions actions(&canvas.view);
    canvas.scene.selectOnly({QStringLiteral("er")});
    QVERIFY(actions.deleteAction()->isEnabled());
    actions.deleteAction()->trigger();
    QVERIFY(!canvas.node("er"));
    QVERIFY(canvas.document.topology().links().empty()); // its link went with it
    QVERIFY(!canvas.scene.nodeItem(QStringLiteral("er")));
    QCOMPARE(canvas.scene.linkItemCount(), 0);
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.document.topology() == before);
    QVERIFY(canvas.scene.nodeItem(QStringLiteral("er")));
    QCOMPARE(canvas.scene.linkItemCount(), 1);
}

void TestCanvas::copyPasteCreatesNewIdsInOneStep()
{
    Canvas canvas(pairDesign());
    canvas.drag(canvas.handlePoint("pe"), canvas.nodePoint("er"));
    const std::size_t nodes = canvas.document.topology().nodes().size();
    CanvasClipboard clipboard(&canvas.scene);
    canvas.scene.selectOnly({QStringLiteral("pe"), QStringLiteral("er")});
    QVERIFY(clipboard.copy());
    QVERIFY(clipboard.canPaste());
    const int steps = canvas.document.undoStack()->count();
    const QStringList pasted = clipboard.paste();
    QCOMPARE(canvas.document.undoStack()->count(), steps + 1);
    QCOMPARE(pasted.size(), 3); // two nodes and the link between them
    QCOMPARE(canvas.document.topology().nodes().size(), nodes + 2);
    for (const QString &id : pasted) {
        QVERIFY(id != QLatin1String("pe") && id != QLatin1String("er"));
        QVERIFY(canvas.document.topology().contains(id.toStdString()));
    }
    const Node *copy = canvas.node(pasted[0].toStdString());
    QCOMPARE(name(copy->kind()), QStringLiteral("providerEdge"));
    QCOMPARE(copy->position, std::optional<Point>(Point{-160, 40}));
    QCOMPARE(copy->providerEdge()->provider, std::optional<std::string>("Equinix"));
    const Link *link = canvas.document.topology().link(pasted[2].toStdString());
    QCOMPARE(link->from, pasted[0].toStdString());
    QCOMPARE(link->to, pasted[1].toStdString());
    QCOMPARE(canvas.scene.selectedIds().size(), 3);
    // A second paste lands further on.
    const QStringList again = clipboard.paste();
    QCOMPARE(canvas.node(again[0].toStdString())->position, std::optional<Point>(Point{-120, 80}));
    canvas.document.undoStack()->undo();
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.document.topology().nodes().size(), nodes);
}

void TestCanvas::alignsLeftAndDistributes()
{
    Canvas canvas(pairDesign());
    CanvasActions actions(&canvas.view);
    canvas.scene.selectOnly({QStringLiteral("er"), QStringLiteral("ce"), QStringLiteral("pe")});
    QVERIFY(actions.alignLeftAction()->isEnabled());
    actions.alignLeftAction()->trigger();
    QCOMPARE(canvas.node("er")->position->x, -200.0);
    QCOMPARE(canvas.node("ce")->position->x, -200.0);
    QCOMPARE(canvas.node("er")->position->y, 0.0);
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    QVERIFY(canvas.document.undoStack()->text(0).contains(QStringLiteral("left")));
    // Now pe (0), er (0), ce (200) share x; spread them evenly from top to bottom.
    canvas.scene.selectOnly({QStringLiteral("er"), QStringLiteral("ce"), QStringLiteral("weu")});
    actions.distributeVerticallyAction()->trigger();
    QCOMPARE(canvas.node("weu")->position->y, -240.0);
    QCOMPARE(canvas.node("er")->position->y, -20.0);
    QCOMPARE(canvas.node("ce")->position->y, 200.0);
    QCOMPARE(canvas.document.undoStack()->count(), 2);
}

void TestCanvas::ctrlClickExtendsTheSelection()
{
    Canvas canvas(pairDesign());
    QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, canvas.nodePoint("pe"));
    QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      canvas.nodePoint("er"));
    QStringList selected = canvas.scene.selectedIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("er"), QStringLiteral("pe")}));
    // Rubber band around the two lower nodes.
    canvas.drag(canvas.viewPoint(QPointF(-300, 120)), canvas.viewPoint(QPointF(300, 290)));
    selected = canvas.scene.selectedIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("ce"), QStringLiteral("site")}));
    QCOMPARE(canvas.document.undoStack()->count(), 0);
}

void TestCanvas::wheelZoomsAboutTheMouse()
{
    Canvas canvas(pairDesign());
    const QPoint mouse = canvas.nodePoint("er");
    const qreal before = canvas.view.zoom();
    QWheelEvent wheel(QPointF(mouse), canvas.view.viewport()->mapToGlobal(QPointF(mouse)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(canvas.view.viewport(), &wheel);
    QVERIFY(canvas.view.zoom() > before * 1.2);
    const QPointF under = canvas.view.mapToScene(mouse);
    QVERIFY2(QLineF(under, QPointF(200, 0)).length() < 2,
             qPrintable(QStringLiteral("%1,%2").arg(under.x()).arg(under.y())));
}

void TestCanvas::overviewShowsAndMovesTheVisibleArea()
{
    Canvas canvas(pairDesign());
    OverviewView overview(&canvas.view);
    overview.resize(240, 170);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    const QRectF shown = overview.visibleAreaInViewport();
    QVERIFY(!shown.isEmpty());
    // Clicking elsewhere in the overview centres the canvas there.
    const QPoint target = overview.mapFromScene(QPointF(200, 200));
    QTest::mouseClick(overview.viewport(), Qt::LeftButton, {}, target);
    const QPointF centre = canvas.view.visibleCentre();
    QVERIFY2(QLineF(centre, overview.mapToScene(target)).length() < 20,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(overview.visibleAreaInViewport() != shown);
}

// A large design is drawn from afar in the overview: a node moved there shows at its new place
// once the changes have paused, and is gone from the old one.
void TestCanvas::overviewRedrawsAMovedNodeOnceChangesPause()
{
    Topology topology = pairDesign();
    topology.addNode(placed(NodeKind::Site, "far", 1900, 1900)); // the overview sees from afar
    const DrawnFromAfar fromAfar;
    Canvas canvas(topology);
    // The canvas's frame, which the overview tints, away from the nodes.
    canvas.view.setTransform(QTransform::fromScale(4, 4));
    canvas.view.centerOn(-1800, -1800);
    OverviewView overview(&canvas.view);
    overview.resize(240, 170);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    // Whether the colour is within a pixel of the point (a block is a pixel or two here).
    const auto shows = [&](QPointF scenePos, const QColor &colour) {
        const QImage shot = overview.viewport()->grab().toImage();
        const QPoint at = overview.mapFromScene(scenePos);
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                if (shot.pixelColor(at + QPoint(dx, dy)).rgb() == colour.rgb())
                    return true;
            }
        }
        return false;
    };
    const QColor circuit = nodeKindColor(NodeKind::Circuit);
    QVERIFY(shows(QPointF(200, 0), circuit));
    QVERIFY(!shows(QPointF(-1500, 1500), circuit));

    canvas.document.undoStack()->push(new MoveNodesCommand(&canvas.document, {{"er", Point{200, 0}}},
                                                           {{"er", Point{-1500, 1500}}}));
    QTRY_VERIFY(shows(QPointF(-1500, 1500), circuit));
    QVERIFY(!shows(QPointF(200, 0), circuit));
}

void TestCanvas::undoTextsCountNodesInWords()
{
    Canvas canvas(pairDesign());
    const QPoint start = canvas.nodePoint("er");
    canvas.drag(start, start + QPoint(100, 60));
    QCOMPARE(canvas.document.undoStack()->text(0), QStringLiteral("Move 1 node"));
    canvas.scene.selectOnly({QStringLiteral("er"), QStringLiteral("ce"), QStringLiteral("pe")});
    const QPoint from = canvas.nodePoint("ce");
    canvas.drag(from, from + QPoint(100, 60));
    QCOMPARE(canvas.document.undoStack()->count(), 2);
    QCOMPARE(canvas.document.undoStack()->text(1), QStringLiteral("Move 3 nodes"));
    CanvasActions actions(&canvas.view);
    canvas.scene.selectOnly({QStringLiteral("er"), QStringLiteral("ce")});
    actions.alignLeftAction()->trigger();
    QCOMPARE(canvas.document.undoStack()->text(2), QStringLiteral("Align 2 nodes left"));
}

void TestCanvas::overviewFitsADesignBuiltFromScratch()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *overview = window.findChild<OverviewView *>();
    QVERIFY(overview);
    QVERIFY(window.document()->topology().nodes().empty());
    const auto allShown = [&] {
        const QRectF items = window.scene()->itemsBoundingRect();
        const QRectF shown = overview->mapFromScene(items).boundingRect();
        return QRectF(overview->viewport()->rect()).contains(shown);
    };
    const auto add = [&](const std::string &id, double x, double y) {
        window.document()->undoStack()->push(
            new AddNodeCommand(window.document(), placed(NodeKind::Site, id, x, y)));
    };
    // Near each other, inside the scene's first extent: no close-up of the first node.
    add("a", -300, -200);
    add("b", 300, 200);
    QTRY_VERIFY(allShown());
    // Far apart: the overview grows with the design.
    add("c", 6000, 4000);
    QTRY_VERIFY(allShown());
    // And shrinks with it: without the far node the two fill the overview again.
    window.document()->undoStack()->undo();
    QTRY_VERIFY(allShown());
    QTRY_VERIFY(overview->mapFromScene(window.scene()->itemsBoundingRect()).boundingRect().width()
                > overview->viewport()->width() / 2);
    // A note well beyond the nodes (as region frames, with their padding and title, reach beyond
    // their VNets): the overview shows it whole too, not only the nodes.
    Annotation note;
    note.id = "cage";
    note.kind = AnnotationKind::Rectangle;
    note.position = {-2600, -1800};
    note.size = {900, 500};
    note.text = "Colo cage LD5";
    window.document()->undoStack()->push(new AddAnnotationCommand(window.document(), note));
    QTRY_VERIFY(allShown());
    QTRY_VERIFY(
        QRectF(overview->viewport()->rect())
            .contains(overview->mapFromScene(QRectF(-2600, -1800, 900, 500)).boundingRect()));
}

void TestCanvas::overviewFrameFollowsTheCanvasWithoutTrails()
{
    // What is on screen (the window's backing store), not a fresh rendering: only the old and the
    // new place of the frame are repainted when the canvas scrolls, and no old frame may remain.
    Topology spread;
    for (const auto &[x, y] :
         {std::pair(0, 0), std::pair(4000, 0), std::pair(0, 3000), std::pair(4000, 3000)}) {
        Node site = makeNode(NodeKind::Site, spread.uniqueId("site"));
        site.position = Point{double(x), double(y)};
        spread.addNode(site);
    }
    Canvas canvas(spread);
    canvas.view.centerOn(500, 500);
    OverviewView overview(&canvas.view);
    overview.resize(240, 240);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    const auto onScreen = [&](QPoint point) {
        QCoreApplication::processEvents();
        const QImage image = overview.screen()->grabWindow(overview.winId()).toImage();
        return image.pixelColor(point * image.devicePixelRatio());
    };
    const QColor base = overview.palette().color(QPalette::Base);
    const QPoint before = overview.visibleAreaInViewport().center().toPoint();
    QVERIFY(onScreen(before) != base);

    canvas.view.centerOn(3500, 2500);
    const QPoint after = overview.visibleAreaInViewport().center().toPoint();
    QVERIFY((after - before).manhattanLength() > 60);
    QVERIFY(onScreen(after) != base);
    QCOMPARE(onScreen(before).name(), base.name());
}

void TestCanvas::actionsHaveStandardShortcuts()
{
    Canvas canvas;
    CanvasActions actions(&canvas.view);
    QCOMPARE(actions.copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(actions.pasteAction()->shortcut(), QKeySequence(QKeySequence::Paste));
    QCOMPARE(actions.zoomInAction()->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    QVERIFY(!actions.deleteAction()->isEnabled()); // nothing selected
    QVERIFY(!actions.alignLeftAction()->toolTip().isEmpty());
    QVERIFY(actions.snapToGridAction()->isChecked());
    actions.snapToGridAction()->toggle();
    QVERIFY(!canvas.scene.snapsToGrid());
    actions.connectModeAction()->trigger();
    QVERIFY(canvas.scene.isConnectMode());
}

void TestCanvas::mainWindowHasThePaletteOverviewAndCanvasActions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *palette = window.findChild<PaletteWidget *>();
    QVERIFY(palette);
    QVERIFY(window.findChild<OverviewView *>());
    auto *paletteDock = window.findChild<QDockWidget *>(QStringLiteral("PaletteDock"));
    QVERIFY(paletteDock && paletteDock->isVisible());
    QStringList editTexts;
    for (QAction *action : window.editMenu()->actions())
        editTexts << action->text();
    QVERIFY2(editTexts.contains(QStringLiteral("&Copy"))
                 && editTexts.contains(QStringLiteral("&Paste"))
                 && editTexts.contains(QStringLiteral("&Delete")),
             qPrintable(editTexts.join(QLatin1Char(','))));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("handle")));

    // A palette drop on the window's canvas lands in its document and says so.
    window.view()->centerOn(0, 0);
    std::unique_ptr<QMimeData> mime(paletteMimeData(NodeKind::Site));
    const QPoint at = window.view()->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.view()->viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.view()->viewport(), &drop);
    QCOMPARE(window.document()->topology().nodes().size(), std::size_t(1));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("site-1")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestCanvas::drawsRegionsAsLabelledContainers()
{
    Canvas canvas(Test::loadDesign(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    canvas.view.fitDesign();
    RegionFrameItem *frame = canvas.scene.regionFrame(QStringLiteral("uks"));
    QVERIFY(frame);
    QCOMPARE(frame->vnets().size(), std::size_t(2));
    QVERIFY(frame->title().contains(QStringLiteral("uksouth")));
    for (const char *member : {"uks", "vnet-hub-uks", "vnet-spoke-uks"}) {
        QVERIFY(frame->frameRect().contains(
            canvas.scene.nodeItem(QString::fromLatin1(member))->sceneBoundingRect()));
    }
    // Circuits stay outside it.
    QVERIFY(!frame->frameRect().intersects(
        canvas.scene.nodeItem(QStringLiteral("er-ldn"))->sceneBoundingRect()));

    const QImage image = canvas.view.grab().toImage();
    if (const QString dir = qEnvironmentVariable("ER_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(QDir(dir).filePath(QStringLiteral("canvas.png")));
    // The title band is drawn in Azure blue, tinted over the canvas background.
    const QPoint band = canvas.viewPoint(frame->titleRect().center()
                                         + QPointF(frame->titleRect().width() / 2 - 4, 0));
    const QColor pixel = image.pixelColor(band * image.devicePixelRatio());
    QVERIFY2(pixel.blue() > pixel.red() + 15, qPrintable(pixel.name()));
}

void TestCanvas::labelBoxesFitTheirText()
{
    // Latin labels are measured from a table of character advances, others by shaping: either
    // way the box must hold the text as drawn, and not be much wider.
    TextWidths widths(9);
    const QFontMetricsF shaped(widths.font());
    for (const QString &text :
         {QStringLiteral("Site 4711"), QStringLiteral("AT&T NetBond Silicon Valley"),
          QStringLiteral("Zürich Rechenzentrum Œrlikon"), QStringLiteral("WAVE Tokyo2 AV"),
          QStringLiteral("東京 データセンター"), QStringLiteral("مركز البيانات")}) {
        const qreal drawn = shaped.horizontalAdvance(text);
        const qreal measured = widths.width(text);
        QVERIFY2(measured >= drawn - 0.5, qPrintable(text));
        QVERIFY2(measured <= drawn * 1.05 + 2, qPrintable(text));
    }
    QCOMPARE(widths.width(QString()), 0.0);

    Canvas canvas(Test::loadDesign(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    NodeItem *site = canvas.scene.nodeItem(QStringLiteral("dc-ldn"));
    QVERIFY(site);
    const QString longName = QStringLiteral("London Docklands primary datacentre, hall 3");
    site->setLabel(longName, QString());
    QVERIFY(site->boundingRect().width() >= shaped.horizontalAdvance(longName));
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
