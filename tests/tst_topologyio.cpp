#include "tests/testsupport.h"

#include "model/core/topologyindex.h"
#include "model/document/topologydocument.h"
#include "model/io/topologywriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <random>
#include <thread>

#include <sys/stat.h>

using namespace Er;

class TestTopologyIo : public QObject
{
    Q_OBJECT

private slots:
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void unknownFieldsSurvive();
    void absentFieldsStayAbsent();
    void resiliencyValidationDateRoundTrips();
    void loadFailures_data();
    void loadFailures();
    void failedOpenChangesNothing();
    void saveIsAtomicAndKeepsPermissions();
    void linkEndsFollowEveryEdit();
    void backgroundCopiesSeeWholeEdits();
};

void TestTopologyIo::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = Test::exampleFiles();
    QVERIFY2(files.size() >= 4, "the four bundled examples are missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << Test::examplePath(file);
}

void TestTopologyIo::examplesRoundTrip()
{
    QFETCH(QString, file);
    const Topology original = Test::loadDesign(file);
    QVERIFY(!original.nodes().empty());
    const std::string first = writeTopology(original);
    const Topology reloaded = Test::parseDesign(first);
    QVERIFY(reloaded == original);
    const std::string second = writeTopology(reloaded);
    QCOMPARE(QByteArray::fromStdString(second), QByteArray::fromStdString(first));
}

void TestTopologyIo::unknownFieldsSurvive()
{
    const Topology topology = Test::parseDesign(R"({
      "format": "expressroute-designer-topology", "formatVersion": 1,
      "x-owner": {"team": "network", "ticket": 4711},
      "assumptions": {"routeFactor": 1.7, "x-note": "surveyed"},
      "nodes": [
        {"id": "dc", "kind": "site", "x-rack": "R12", "location": {"lat": 51.5, "lon": -0.1, "x-postcode": "EC1"}},
        {"id": "ce", "kind": "customerEdge", "bfd": true, "x-model": "ASR 1001-X"},
        {"id": "er", "kind": "circuit", "peeringLocation": "London", "bandwidthInMbps": 1000,
         "skuTier": "Gold",
         "peerings": [{"peeringType": "AzurePrivatePeering", "x-ticket": [1, 2, 3]}]}
      ],
      "links": [{"id": "l1", "kind": "lan", "from": "dc", "to": "ce", "x-colour": "red"}]
    })");
    QCOMPARE(*topology.assumption("routeFactor"), 1.7);
    const QByteArray saved = QByteArray::fromStdString(writeTopology(topology));
    for (const char *kept :
         {"\"x-owner\": {", "\"ticket\": 4711", "\"x-note\": \"surveyed\"", "\"x-rack\": \"R12\"",
          "\"x-postcode\": \"EC1\"", "\"x-model\": \"ASR 1001-X\"", "\"x-colour\": \"red\"",
          "\"x-ticket\": [", "\"skuTier\": \"Gold\""}) {
        QVERIFY2(saved.contains(kept), kept);
    }
    // Unknown members follow the known ones of their object.
    QVERIFY(saved.indexOf("\"bfd\": true") < saved.indexOf("\"x-model\""));
    const Topology reloaded = Test::parseDesign(saved.toStdString());
    QVERIFY(reloaded == topology);
    QCOMPARE(QByteArray::fromStdString(writeTopology(reloaded)), saved);
}

void TestTopologyIo::absentFieldsStayAbsent()
{
    const char *text = R"({"format": "expressroute-designer-topology", "formatVersion": 1,
        "nodes": [{"id": "ce", "kind": "customerEdge"}], "links": []})";
    const std::string saved = writeTopology(Test::parseDesign(text));
    QVERIFY(!QByteArray::fromStdString(saved).contains("bfd"));
    QVERIFY(!QByteArray::fromStdString(saved).contains("position"));
}

// The gateway's last Resiliency Validation test (docs/spec/topology-format.md): written after
// sku and scaleUnits, before unknown members, and read back unchanged.
void TestTopologyIo::resiliencyValidationDateRoundTrips()
{
    const Topology topology = Test::parseDesign(R"({
      "format": "expressroute-designer-topology", "formatVersion": 1,
      "nodes": [
        {"id": "uks", "kind": "azureRegion", "region": "uksouth"},
        {"id": "hub", "kind": "virtualNetwork", "region": "uks", "addressPrefixes": ["10.0.0.0/16"],
         "expressRouteGateway": {"x-note": "tested", "resiliencyValidatedOn": "2026-11-20",
                                 "scaleUnits": {"min": 2, "max": 2}, "sku": "ErGwScale"}}
      ],
      "links": []
    })");
    const auto &gateway = topology.node("hub")->virtualNetwork()->expressRouteGateway;
    QCOMPARE(gateway->resiliencyValidatedOn.value_or(""), std::string("2026-11-20"));
    const QByteArray saved = QByteArray::fromStdString(writeTopology(topology));
    QVERIFY(saved.indexOf("\"scaleUnits\"")
            < saved.indexOf("\"resiliencyValidatedOn\": \"2026-11-20\""));
    QVERIFY(saved.indexOf("\"resiliencyValidatedOn\"") < saved.indexOf("\"x-note\""));
    const Topology reloaded = Test::parseDesign(saved.toStdString());
    QVERIFY(reloaded == topology);
    QCOMPARE(QByteArray::fromStdString(writeTopology(reloaded)), saved);
}

void TestTopologyIo::loadFailures_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // the start of the error after the file name

    const QByteArray head = R"({"format": "expressroute-designer-topology", "formatVersion": 1,)";
    QTest::newRow("empty") << QByteArray() << ": empty file";
    QTest::newRow("not JSON") << QByteArray("{\"format\": nope}") << ":1:13: not valid JSON";
    QTest::newRow("truncated") << QByteArray(head + "\n\"nodes\": [") << ":2:11: not valid JSON";
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << ":1:1: expected an object, found an array";
    QTest::newRow("other format") << QByteArray(R"({"format": "drawio", "formatVersion": 1})")
                                  << ":1:2: format: \"drawio\" is not";
    QTest::newRow("future version") << QByteArray(
        R"({"format": "expressroute-designer-topology", "formatVersion": 2, "nodes": [], "links": []})")
                                    << ":1:46: formatVersion: format version 2 is newer than this "
                                       "program reads";
    QTest::newRow("missing nodes")
        << QByteArray(head + R"("links": []})") << ":1:1: missing \"nodes\"";
    QTest::newRow("wrong type")
        << QByteArray(head
                      + "\n\"nodes\": [\n  {\"id\": \"er\", \"kind\": \"circuit\", "
                        "\"bandwidthInMbps\": \"1000\"}\n], \"links\": []}")
        << ":3:35: nodes[0].bandwidthInMbps: expected an integer, found a string";
    QTest::newRow("duplicate id") << QByteArray(
        head
        + R"("nodes": [{"id": "a", "kind": "site"}, {"id": "a", "kind": "site"}], "links": []})")
                                  << ":1:105: nodes[1].id: duplicate id \"a\"";
    QTest::newRow("duplicate across nodes and links") << QByteArray(
        head
        + R"("nodes": [{"id": "a", "kind": "site"}, {"id": "b", "kind": "customerEdge"}], "links": [{"id": "a", "kind": "lan", "from": "a", "to": "b"}]})")
                                                      << "links[0].id: duplicate id \"a\"";
    QTest::newRow("unknown kind") << QByteArray(
        head + R"("nodes": [{"id": "a", "kind": "router"}], "links": []})")
                                  << "nodes[0].kind: unknown node kind \"router\"";
    QTest::newRow("node without id")
        << QByteArray(head + R"("nodes": [{"kind": "site"}], "links": []})")
        << "nodes[0]: missing \"id\"";
    QTest::newRow("dangling link")
        << QByteArray(head
                      + "\n\"nodes\": [{\"id\": \"dc\", \"kind\": \"site\"}],\n\"links\": "
                        "[{\"id\": \"l\", \"kind\": \"lan\", \"from\": \"dc\", \"to\": \"er-9\"}]}")
        << ":3:52: links[0].to: no node with id \"er-9\"";
    QTest::newRow("wrong kinds") << QByteArray(
        head
        + R"("nodes": [{"id": "dc", "kind": "site"}, {"id": "er", "kind": "circuit"}], "links": [{"id": "l", "kind": "lan", "from": "dc", "to": "er"}]})")
                                 << "links[0]: a lan link joins site to customerEdge, not site "
                                    "\"dc\" to circuit \"er\"";
    QTest::newRow("link without to") << QByteArray(
        head
        + R"("nodes": [{"id": "dc", "kind": "site"}], "links": [{"id": "l", "kind": "lan", "from": "dc"}]})")
                                     << "links[0]: link \"l\" has no \"to\"";
    QTest::newRow("vnet in unknown region")
        << QByteArray(
               head
               + R"("nodes": [{"id": "v", "kind": "virtualNetwork", "region": "nowhere"}], "links": []})")
        << "nodes[0].region: no azureRegion node with id \"nowhere\"";
    QTest::newRow("needs unknown vnet")
        << QByteArray(
               head
               + R"("nodes": [{"id": "dc", "kind": "site", "needsVnets": ["hub"]}], "links": []})")
        << "nodes[0].needsVnets[0]: no virtualNetwork node with id \"hub\"";
    QTest::newRow("deep nesting") << QByteArray(head + "\"x\": " + QByteArray(100, '[')
                                                + QByteArray(100, ']') + "}")
                                  << "nested deeper than 64 levels";
    QTest::newRow("invalid UTF-8")
        << QByteArray(head + "\"name\": \"Caf\xC3(\", \"nodes\": [], \"links\": []}")
        << "not valid UTF-8: the byte <C3> here";
    QTest::newRow("NUL byte") << QByteArray(
        head + "\"name\": \"a\0b\", \"nodes\": [], \"links\": []}", int(head.size()) + 40)
                              << "not valid JSON";
    QTest::newRow("integer out of range") << QByteArray(
        head
        + R"("nodes": [{"id": "ce", "kind": "customerEdge", "asn": 99999999999999999999}], "links": []})")
                                          << "nodes[0].asn: expected an integer, found a number";
}

void TestTopologyIo::loadFailures()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const LoadResult result = readTopology(content.toStdString(), "bad.ertopo");
    QVERIFY(!result.ok());
    const QString message = QString::fromStdString(result.error.toString());
    QVERIFY2(message.startsWith(QStringLiteral("bad.ertopo") + expected)
                 || (!expected.startsWith(QLatin1Char(':')) && message.contains(expected)),
             qPrintable(message));
}

void TestTopologyIo::failedOpenChangesNothing()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.ertopo"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1, \"nodes\": [");
    file.close();
    const QByteArray before = [&] {
        QFile f(bad);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    TopologyDocument document;
    QVERIFY(document.open(Test::examplePath(QStringLiteral("single-circuit.ertopo")), nullptr));
    const Topology loaded = document.topology();
    QSignalSpy resets(&document, &TopologyDocument::topologyReset);
    LoadError error;
    QVERIFY(!document.open(bad, &error));
    QVERIFY(QString::fromStdString(error.toString()).startsWith(bad + QStringLiteral(":1:")));
    QVERIFY(document.topology() == loaded);
    QCOMPARE(resets.count(), 0);
    QVERIFY(document.filePath().endsWith(QStringLiteral("single-circuit.ertopo")));
    QFile after(bad);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestTopologyIo::saveIsAtomicAndKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    QVERIFY(!saveTopologyFile(topology, path.toStdString()));
    QVERIFY(::chmod(path.toLocal8Bit().constData(), 0640) == 0);
    QVERIFY(!saveTopologyFile(topology, path.toStdString()));
    struct stat info
    {};
    QVERIFY(::stat(path.toLocal8Bit().constData(), &info) == 0);
    QCOMPARE(int(info.st_mode & 0777), 0640);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QVERIFY(Test::loadDesign(path) == topology);
}

namespace {
// The links of the kind that end (or start) at the node, found the slow way.
std::vector<const Link *> linksEndingAt(const Topology &topology,
                                        const Node &node,
                                        LinkKind kind,
                                        bool incoming)
{
    std::vector<const Link *> result;
    for (const Link &link : topology.links()) {
        if (link.kind == kind && (incoming ? link.to : link.from) == node.id)
            result.push_back(&link);
    }
    return result;
}

// The endpoint positions the topology keeps, and the adjacency index built from them, must name
// the same nodes as looking every id up, whatever the order of edits.
void verifyLinkEnds(const Topology &topology)
{
    for (std::size_t i = 0; i < topology.links().size(); ++i) {
        const Link &link = topology.links()[i];
        QCOMPARE(topology.linkFrom(i), topology.node(link.from));
        QCOMPARE(topology.linkTo(i), topology.node(link.to));
    }
    const TopologyIndex index(topology);
    for (const Node &node : topology.nodes()) {
        std::size_t touching = 0;
        for (const Link &link : topology.links())
            touching += (link.from == node.id || link.to == node.id) ? 1 : 0;
        QCOMPARE(index.linksAt(node).size(), touching);
        for (const LinkKind kind : allLinkKinds) {
            const auto incoming = index.incoming(node, kind);
            const auto outgoing = index.outgoing(node, kind);
            QVERIFY(std::vector<const Link *>(incoming.begin(), incoming.end())
                    == linksEndingAt(topology, node, kind, true));
            QVERIFY(std::vector<const Link *>(outgoing.begin(), outgoing.end())
                    == linksEndingAt(topology, node, kind, false));
        }
    }
}
} // namespace

void TestTopologyIo::linkEndsFollowEveryEdit()
{
    // Random edits on a small id space, so that links are often added before their nodes, nodes
    // are removed under their links and put back at other positions (as undo does).
    std::mt19937 random(7);
    const auto pick = [&](int count) {
        return std::uniform_int_distribution<int>(0, count - 1)(random);
    };
    Topology topology;
    for (int step = 0; step < 400; ++step) {
        const std::string nodeId = "n" + std::to_string(pick(8));
        const std::string linkId = "l" + std::to_string(pick(12));
        const auto position = std::optional<std::size_t>(std::size_t(pick(10)));
        switch (pick(5)) {
        case 0:
            topology.addNode(makeNode(NodeKind::CustomerEdge, nodeId), position);
            break;
        case 1:
            topology.removeNode(nodeId);
            break;
        case 2:
        case 3: {
            Link link;
            link.id = linkId;
            link.kind = allLinkKinds[std::size_t(pick(3))];
            link.from = "n" + std::to_string(pick(8));
            link.to = "n" + std::to_string(pick(8));
            if (!topology.replaceLink(link))
                topology.addLink(link, position);
            break;
        }
        default:
            topology.removeLink(linkId);
            break;
        }
        verifyLinkEnds(topology);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
        const Topology copy = topology;
        QVERIFY(copy == topology);
    }
    QVERIFY(!topology.links().empty());
}

void TestTopologyIo::backgroundCopiesSeeWholeEdits()
{
    // Checks, autosaves and exports copy the design in their own thread while the user edits:
    // every copy must be of one whole revision, never half an edit.
    std::shared_ptr<const SharedTopology> design;
    {
        TopologyDocument document;
        design = document.sharedTopology();
        const quint64 base = document.revision();
        std::atomic<bool> editing = true;
        std::atomic<int> copies = 0;
        std::vector<std::pair<std::size_t, std::uint64_t>> seen; // nodes, revision
        std::thread reader([&] {
            while (editing) {
                const SharedTopology::Copy copy = design->copy();
                seen.emplace_back(copy.topology.nodes().size(), copy.revision);
                ++copies;
            }
        });
        for (int i = 0; i < 3000 || copies < 20; ++i) {
            while (i == 0 && copies == 0)
                std::this_thread::yield(); // the reader copies from the first edit on
            document.insertNode(makeNode(NodeKind::Site, "site-" + std::to_string(i)));
        }
        editing = false;
        reader.join();
        for (const auto &[nodes, revision] : seen)
            QCOMPARE(std::uint64_t(nodes), revision - base);
        QCOMPARE(document.revision() - base, quint64(document.topology().nodes().size()));
    }
    // A task that still holds the design when the window closes keeps it alive.
    QVERIFY(design->copy().topology.nodes().size() >= 3000);
}

QTEST_GUILESS_MAIN(TestTopologyIo)
#include "tst_topologyio.moc"
