// Every undo command on the document, without a window: a series of edits of every kind (merges
// and a macro included) is walked back and forth through every state, and each state must be the
// same design, byte for byte as it would be saved, every time it is reached (the Kdenlive habit).

#include "model/document/addlinkcommand.h"
#include "model/document/addnodecommand.h"
#include "model/document/batchcommand.h"
#include "model/document/editdesigncommand.h"
#include "model/document/editelementscommand.h"
#include "model/document/editpricingcommand.h"
#include "model/document/elementdefaults.h"
#include "model/document/movenodescommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologywriter.h"
#include "tests/testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Er;
using Er::Test::examplePath;

namespace {

std::string savedBytes(const TopologyDocument &document)
{
    return writeTopology(document.topology());
}

const Node &nodeOfKind(const Topology &topology, NodeKind kind, int nth = 0)
{
    for (const Node &node : topology.nodes()) {
        if (node.kind() == kind && nth-- == 0)
            return node;
    }
    qFatal("the example has too few nodes of a kind");
}

const Link &linkOfKind(const Topology &topology, LinkKind kind, int nth = 0)
{
    for (const Link &link : topology.links()) {
        if (link.kind == kind && nth-- == 0)
            return link;
    }
    qFatal("the example has too few links of a kind");
}

// Pushes edits of every command kind, recording the design after each step of the stack.
class EditSeries
{
public:
    explicit EditSeries(TopologyDocument &document)
        : m_document(document)
    {
        m_states.push_back(savedBytes(document));
    }

    // Pushes `command`; `merges` says whether it must merge into the step before.
    void push(QUndoCommand *command, bool merges = false)
    {
        QUndoStack *stack = m_document.undoStack();
        const int before = stack->count();
        stack->push(command);
        if (merges) {
            QCOMPARE(stack->count(), before);
            m_states.back() = savedBytes(m_document);
        } else {
            QCOMPARE(stack->count(), before + 1);
            m_states.push_back(savedBytes(m_document));
        }
        QVERIFY2(m_states.back() != m_states[m_states.size() - 2] || merges,
                 "every step changes the design");
    }

    void beginMacro(const QString &text) { m_document.undoStack()->beginMacro(text); }
    void endMacro()
    {
        m_document.undoStack()->endMacro();
        m_states.push_back(savedBytes(m_document));
    }

    const std::vector<std::string> &states() const { return m_states; }

private:
    TopologyDocument &m_document;
    std::vector<std::string> m_states; // index i: the design with i steps done
};

} // namespace

class TestUndoWalk : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandWalksBackAndForth();
    void mergedStepsUndoAtOnce();
    void cleanStateFollowsTheWalk();
    void newElementsStartUsable();
};

// Builds the series on the maximum-resiliency example and walks it.
void TestUndoWalk::everyCommandWalksBackAndForth()
{
    TopologyDocument document;
    LoadError error;
    QVERIFY2(document.open(examplePath("maximum-resiliency.ertopo"), &error), error.message.c_str());
    const Topology &topology = document.topology();
    EditSeries series(document);

    // Add a node and a link to it.
    const Node &region = nodeOfKind(topology, NodeKind::AzureRegion);
    Node vnet = newNode(topology, NodeKind::VirtualNetwork, Point{900, 900}, region.id);
    const std::string vnetId = vnet.id;
    series.push(new AddNodeCommand(&document, vnet));
    Node site = newNode(topology, NodeKind::Site, Point{-300, 900});
    const std::string siteId = site.id;
    series.push(new AddNodeCommand(&document, site));
    const Node &edge = nodeOfKind(topology, NodeKind::CustomerEdge);
    series.push(new AddLinkCommand(&document, newLink(topology, LinkKind::Lan, siteId, edge.id)));

    // One field of one node, typed in two keystrokes: the second merges into the first.
    Node renamed = *topology.node(siteId);
    renamed.name = "Branch";
    series.push(new EditElementsCommand(&document, *topology.node(siteId), renamed, "name"));
    renamed.name = "Branch office";
    series.push(new EditElementsCommand(&document, *topology.node(siteId), renamed, "name"), true);

    // One field of two links at once, then of one link.
    const Link &first = linkOfKind(topology, LinkKind::Access, 0);
    const Link &second = linkOfKind(topology, LinkKind::Access, 1);
    Link firstAfter = first;
    Link secondAfter = second;
    firstAfter.bandwidthInMbps = 5000;
    secondAfter.bandwidthInMbps = 5000;
    series.push(new EditElementsCommand(&document, {}, {{first, firstAfter}, {second, secondAfter}},
                                        "bandwidth"));
    Link tagged = *topology.link(first.id);
    tagged.riskGroups = StringList{"ldn-duct-A"};
    series.push(new EditElementsCommand(&document, *topology.link(first.id), tagged, "riskGroups"));

    // The design's name and its pricing terms, each typed twice.
    series.push(new EditDesignCommand(&document, std::string("Walked"), topology.description));
    series.push(new EditDesignCommand(&document, std::string("Walked design"), topology.description),
                true);
    Pricing pricing;
    pricing.discountPercent = 10;
    series.push(new EditPricingCommand(&document, pricing));
    pricing.discountPercent = 15;
    series.push(new EditPricingCommand(&document, pricing), true);

    // A drag, then two keyboard nudges of the same nodes that merge.
    MoveNodesCommand::Positions before{{siteId, topology.node(siteId)->position},
                                       {edge.id, edge.position}};
    MoveNodesCommand::Positions after{{siteId, Point{-200, 950}}, {edge.id, Point{40, 40}}};
    series.push(new MoveNodesCommand(&document, before, after));
    MoveNodesCommand::Positions nudged{{siteId, Point{-190, 950}}, {edge.id, Point{50, 40}}};
    series.push(new MoveNodesCommand(&document, after, nudged, true));
    MoveNodesCommand::Positions nudgedAgain{{siteId, Point{-180, 950}}, {edge.id, Point{60, 40}}};
    series.push(new MoveNodesCommand(&document, nudged, nudgedAgain, true), true);

    // A batch of child commands, as a paste makes: two nodes and a link between them.
    auto *paste = new BatchCommand(&document, "Paste 3 elements");
    Node pastedSite = newNode(topology, NodeKind::Site, Point{-400, 1100});
    const std::string pastedSiteId = pastedSite.id;
    new AddNodeCommand(&document, pastedSite, paste);
    Node pastedEdge = newNode(topology, NodeKind::CustomerEdge, Point{-250, 1100});
    const std::string pastedEdgeId = pastedEdge.id;
    new AddNodeCommand(&document, pastedEdge, paste);
    new AddLinkCommand(&document, newLink(topology, LinkKind::Lan, pastedSiteId, pastedEdgeId),
                       paste);
    series.push(paste);

    // A macro on the stack, as a move into a region makes: a move and an edit.
    series.beginMacro("Move into region");
    document.undoStack()->push(new MoveNodesCommand(&document, {{pastedSiteId, Point{-400, 1100}}},
                                                    {{pastedSiteId, Point{-420, 1120}}}));
    Node renamedSite = pastedSite;
    renamedSite.position = Point{-420, 1120};
    renamedSite.name = "Pasted site";
    document.undoStack()->push(
        new EditElementsCommand(&document, *topology.node(pastedSiteId), renamedSite, "name"));
    series.endMacro();

    // Deleting elements from the middle of the lists: a node with its links, a VNet that sites
    // need, and a link alone. Undo must put each back where it was.
    const Node &circuit = nodeOfKind(topology, NodeKind::Circuit, 1);
    series.push(new RemoveElementsCommand(&document, {QString::fromStdString(circuit.id)}));
    const Node &neededVnet = nodeOfKind(topology, NodeKind::VirtualNetwork, 1);
    series.push(new RemoveElementsCommand(&document, {QString::fromStdString(neededVnet.id)}));
    const Link &lan = linkOfKind(topology, LinkKind::Lan, 0);
    series.push(new RemoveElementsCommand(&document, {QString::fromStdString(lan.id)}));
    series.push(new RemoveElementsCommand(&document, {QString::fromStdString(vnetId),
                                                      QString::fromStdString(pastedSiteId)}));

    const std::vector<std::string> &states = series.states();
    QUndoStack *stack = document.undoStack();
    QCOMPARE(stack->count() + 1, int(states.size()));
    // What differs at `index` from the first time it was reached; empty when nothing does.
    const auto differenceAt = [&](int index) -> QString {
        if (stack->index() != index)
            return QStringLiteral("the stack is at %1, not %2").arg(stack->index()).arg(index);
        if (savedBytes(document) == states[std::size_t(index)])
            return {};
        return QStringLiteral("step %1 (\"%2\"): the design differs from the first time it was "
                              "reached")
            .arg(index)
            .arg(index > 0 ? stack->text(index - 1) : QStringLiteral("start"));
    };
#define EXPECT_AT(index) \
    do { \
        const QString difference = differenceAt(index); \
        QVERIFY2(difference.isEmpty(), qPrintable(difference)); \
    } while (false)
    // All the way back, all the way forward, twice.
    for (int round = 0; round < 2; ++round) {
        for (int i = stack->count(); i > 0; --i) {
            stack->undo();
            EXPECT_AT(i - 1);
        }
        for (int i = 0; i < stack->count(); ++i) {
            stack->redo();
            EXPECT_AT(i + 1);
        }
    }
    // Back and forth around every step.
    for (int i = stack->count(); i > 0; --i) {
        stack->setIndex(i - 1);
        EXPECT_AT(i - 1);
        stack->redo();
        EXPECT_AT(i);
        stack->undo();
        EXPECT_AT(i - 1);
    }
    // Jumps, as the undo view makes them.
    auto *random = QRandomGenerator::global();
    for (int jump = 0; jump < 60; ++jump) {
        const int target = int(random->bounded(stack->count() + 1));
        stack->setIndex(target);
        EXPECT_AT(target);
    }
#undef EXPECT_AT
}

void TestUndoWalk::mergedStepsUndoAtOnce()
{
    TopologyDocument document;
    LoadError error;
    QVERIFY(document.open(examplePath("maximum-resiliency.ertopo"), &error));
    const std::string opened = savedBytes(document);
    const Node site = nodeOfKind(document.topology(), NodeKind::Site);
    Node typed = site;
    // Typing "10000" into a field is five edits of one field: one step.
    std::string text;
    for (char digit : std::string("10000")) {
        text += digit;
        typed.name = text;
        document.undoStack()->push(
            new EditElementsCommand(&document, *document.topology().node(site.id), typed, "name"));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.topology().node(site.id)->name, std::optional<std::string>("10000"));
    QCOMPARE(document.undoStack()->undoText(),
             QStringLiteral("Change name of '%1'").arg(QString::fromStdString(site.label())));
    document.undoStack()->undo();
    QCOMPARE(savedBytes(document), opened);
    // Typing the old value back makes the step a no-op, which the stack drops.
    document.undoStack()->redo();
    typed.name = site.name;
    document.undoStack()->push(
        new EditElementsCommand(&document, *document.topology().node(site.id), typed, "name"));
    QCOMPARE(savedBytes(document), opened);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestUndoWalk::cleanStateFollowsTheWalk()
{
    TopologyDocument document;
    LoadError error;
    QVERIFY(document.open(examplePath("maximum-resiliency.ertopo"), &error));
    QVERIFY(!document.isModified());
    Node site = newNode(document.topology(), NodeKind::Site, Point{0, 2000});
    document.undoStack()->push(new AddNodeCommand(&document, site));
    QVERIFY(document.isModified());
    const QString path = QDir::temp().filePath(
        QStringLiteral("tst_undowalk-%1.ertopo").arg(QCoreApplication::applicationPid()));
    QString saveError;
    QVERIFY2(document.saveAs(path, &saveError), qPrintable(saveError));
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
    QFile::remove(path);
}

// What the canvas gives a new element (elementdefaults.h) makes a usable design without asking,
// and is kept by undo and redo like any edit (issue #19's walkthrough).
void TestUndoWalk::newElementsStartUsable()
{
    TopologyDocument document;
    QUndoStack *stack = document.undoStack();
    const auto add = [&](NodeKind kind, double x, std::optional<std::string> region = {}) {
        const Node node = newNode(document.topology(), kind, Point{x, 0}, region);
        stack->push(new AddNodeCommand(&document, node));
        return node.id;
    };
    const auto link = [&](LinkKind kind, const std::string &from, const std::string &to) {
        const Link drawn = newLink(document.topology(), kind, from, to);
        stack->push(new AddLinkCommand(&document, drawn));
        return drawn.id;
    };
    const auto roleOf = [&](const std::string &id) {
        return document.topology().link(id)->role.value_or("(both)");
    };

    // A provider edge at London has a provider Microsoft lists there: no TOPO-007.
    const std::string pe = add(NodeKind::ProviderEdge, 400);
    const ProviderEdgeFields *peFields = document.topology().node(pe)->providerEdge();
    QCOMPARE(peFields->peeringLocation, std::optional<std::string>("London"));
    QVERIFY(peFields->provider && !peFields->provider->empty());

    // Access links: per site and provider edge, the first is the primary, the second the
    // secondary, a third carries both; another site starts again with its primary.
    const std::string london = add(NodeKind::Site, 0);
    const std::string reading = add(NodeKind::Site, 0);
    std::vector<std::string> edges;
    for (int i = 0; i < 3; ++i)
        edges.push_back(add(NodeKind::CustomerEdge, 200));
    link(LinkKind::Lan, london, edges[0]);
    link(LinkKind::Lan, london, edges[1]);
    link(LinkKind::Lan, reading, edges[2]);
    const std::string first = link(LinkKind::Access, edges[0], pe);
    const std::string second = link(LinkKind::Access, edges[1], pe);
    const std::string otherSite = link(LinkKind::Access, edges[2], pe);
    const std::string third = link(LinkKind::Access, edges[1], pe);
    QCOMPARE(roleOf(first), std::string("primary"));
    QCOMPARE(roleOf(second), std::string("secondary"));
    QCOMPARE(roleOf(otherSite), std::string("primary"));
    QCOMPARE(roleOf(third), std::string("(both)"));
    stack->undo();
    stack->undo();
    stack->redo();
    stack->redo();
    QCOMPARE(roleOf(second), std::string("secondary"));
    QCOMPARE(roleOf(otherSite), std::string("primary"));
    QCOMPARE(roleOf(third), std::string("(both)"));

    // A VNet added outside every region has no gateway; moved into a region without a hub, it
    // becomes the hub in the same step; a second VNet moved there stays a spoke.
    const std::string region = add(NodeKind::AzureRegion, 800);
    const std::string hub = add(NodeKind::VirtualNetwork, 900);
    QVERIFY(!document.topology().node(hub)->virtualNetwork()->expressRouteGateway);
    const Node before = *document.topology().node(hub);
    stack->push(new EditElementsCommand(&document, before,
                                        vnetInRegion(document.topology(), before, region),
                                        QStringLiteral("region and gateway")));
    const VirtualNetworkFields *hubFields = document.topology().node(hub)->virtualNetwork();
    QCOMPARE(hubFields->region, std::optional<std::string>(region));
    QVERIFY(hubFields->expressRouteGateway);
    QCOMPARE(hubFields->expressRouteGateway->sku, std::optional<std::string>("ErGw1AZ"));
    QCOMPARE(hubFields->gatewaySubnetPrefix, std::optional<std::string>("10.10.255.0/27"));
    stack->undo();
    QCOMPARE(*document.topology().node(hub), before);
    stack->redo();
    const std::string spoke = add(NodeKind::VirtualNetwork, 900);
    const Node spokeNode = *document.topology().node(spoke);
    const Node moved = vnetInRegion(document.topology(), spokeNode, region);
    QCOMPARE(moved.virtualNetwork()->region, std::optional<std::string>(region));
    QVERIFY(!moved.virtualNetwork()->expressRouteGateway);
    QVERIFY(!moved.virtualNetwork()->gatewaySubnetPrefix);

    // The GatewaySubnet is a /27 inside whatever address space the hub has.
    Node small = spokeNode;
    small.virtualNetwork()->addressPrefixes = StringList{"192.168.4.0/24"};
    QCOMPARE(vnetInRegion(Topology(), small, region).virtualNetwork()->gatewaySubnetPrefix,
             std::optional<std::string>("192.168.4.0/27"));
    small.virtualNetwork()->addressPrefixes = StringList{"10.0.0.64/26"};
    QCOMPARE(vnetInRegion(Topology(), small, region).virtualNetwork()->gatewaySubnetPrefix,
             std::optional<std::string>("10.0.0.96/27"));
}

QTEST_GUILESS_MAIN(TestUndoWalk)
#include "tst_undowalk.moc"
