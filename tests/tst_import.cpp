// Importing what is deployed (docs/spec/import.md): each input shape in tests/fixtures/import/
// (their sources are in the README there) through the real `import` subcommand, then saved,
// loaded, validated and analysed as a user would; and the tidy layout that places the result.

#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/core/tidylayout.h"
#include "model/import/importer.h"
#include "model/io/topologywriter.h"
#include "model/validation/validator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <set>

using namespace Er;

namespace {

QString importFixture(const QString &name)
{
    return Test::fixturePath(QStringLiteral("import/") + name);
}

struct Imported
{
    Test::CliResult cli;
    QByteArray saved;
    std::optional<Topology> design;
};

// Runs `import` on the fixtures into a fresh folder and loads what it wrote.
Imported runImport(const QStringList &fixtures, const QStringList &options = {})
{
    static QTemporaryDir folder;
    static int count = 0;
    const QString output = folder.filePath(QStringLiteral("imported-%1.ertopo").arg(++count));
    QStringList arguments{QStringLiteral("import")};
    for (const QString &fixture : fixtures)
        arguments << importFixture(fixture);
    arguments << QStringLiteral("--output") << output << options;
    Imported imported;
    imported.cli = Test::runDesigner(arguments);
    QFile file(output);
    if (file.open(QIODevice::ReadOnly)) {
        imported.saved = file.readAll();
        LoadResult loaded = readTopology(imported.saved.toStdString(), output.toStdString());
        if (loaded.ok())
            imported.design = std::move(*loaded.topology);
    }
    return imported;
}

std::vector<Finding> findingsOf(const Topology &design, const std::string &rule)
{
    const AnalysisResult analysis = analyze(design);
    std::vector<Finding> matching;
    for (Finding &finding : validate(design, &analysis)) {
        if (finding.rule == rule)
            matching.push_back(std::move(finding));
    }
    return matching;
}

bool names(const std::vector<Finding> &findings, const std::string &element)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return std::find(finding.elements.begin(), finding.elements.end(), element)
               != finding.elements.end();
    });
}

const Link *linkOfKind(const Topology &design,
                       LinkKind kind,
                       const std::string &from,
                       const std::string &to)
{
    for (const Link &link : design.links()) {
        if (link.kind == kind && link.from == from && link.to == to)
            return &link;
    }
    return nullptr;
}

// Pairs of links between the same two layers that cross, with the nodes at their positions.
int crossings(const Topology &design)
{
    int count = 0;
    const auto &links = design.links();
    for (std::size_t a = 0; a < links.size(); ++a) {
        for (std::size_t b = a + 1; b < links.size(); ++b) {
            const Point a1 = *design.node(links[a].from)->position;
            const Point a2 = *design.node(links[a].to)->position;
            const Point b1 = *design.node(links[b].from)->position;
            const Point b2 = *design.node(links[b].to)->position;
            if (a1.x != b1.x || a2.x != b2.x)
                continue;
            if ((a1.y - b1.y) * (a2.y - b2.y) < 0)
                ++count;
        }
    }
    return count;
}

void applyTidy(Topology &design)
{
    for (const auto &[id, position] : tidyLayout(design)) {
        Node node = *design.node(id);
        node.position = position;
        design.replaceNode(node);
    }
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void quickstartTemplate();
    void quickstartWithRegionAndParameters();
    void restListResponse();
    void resourceGraphEstate();
    void azFlattenedOutput();
    void terraformShowJson();
    void severalFilesJoinByArmId();
    void roundTrip_data();
    void roundTrip();
    void unreadableInputs_data();
    void unreadableInputs();
    void usageAndOutputErrors();
    void placeholderFieldRoundTrips();
    void emptyResultsAndPagingTokens();
    void fuzzerFinds_data();
    void fuzzerFinds();
    void expressions();
    void tidyReducesCrossings();
    void tidyKeepsPinnedNodes();
    void tidyOnThousandSites();
};

// Realfile 1: Azure's quickstart template for a circuit with private peering and a VNet with an
// ExpressRoute gateway, which the template does not connect.
void TestImport::quickstartTemplate()
{
    const Imported imported = runImport(
        {QStringLiteral("quickstart-expressroute-private-peering-vnet.json")});
    QCOMPARE(imported.cli.exitCode, 0);
    QVERIFY2(imported.design, imported.cli.err.constData());
    const Topology &design = *imported.design;
    // resourceGroup().location cannot be known offline, and the import says so.
    QVERIFY(imported.cli.err.contains("resourceGroup().location is unknown offline"));

    const Node *circuit = design.node("er-ckt01");
    QVERIFY(circuit && circuit->circuit());
    QCOMPARE(circuit->circuit()->peeringLocation, std::optional<std::string>("Washington DC"));
    QCOMPARE(circuit->circuit()->serviceProviderName, std::optional<std::string>("Equinix"));
    QCOMPARE(circuit->circuit()->bandwidthInMbps, std::optional<std::int64_t>(50));
    QCOMPARE(circuit->circuit()->skuTier, std::optional<std::string>("Premium"));
    QCOMPARE(circuit->circuit()->skuFamily, std::optional<std::string>("MeteredData"));
    const Peering *peering = circuit->circuit()->peering("AzurePrivatePeering");
    QVERIFY(peering);
    QCOMPARE(peering->peerASN, std::optional<std::int64_t>(65001));
    QCOMPARE(peering->vlanId, std::optional<std::int64_t>(100));
    QCOMPARE(peering->primaryPeerAddressPrefix, std::optional<std::string>("192.168.10.16/30"));
    QCOMPARE(peering->secondaryPeerAddressPrefix, std::optional<std::string>("192.168.10.20/30"));

    const Node *vnet = design.node("vnet1");
    QVERIFY(vnet && vnet->virtualNetwork());
    QCOMPARE(vnet->virtualNetwork()->addressPrefixes, std::optional<StringList>({"10.10.10.0/24"}));
    QCOMPARE(vnet->virtualNetwork()->gatewaySubnetPrefix,
             std::optional<std::string>("10.10.10.224/27"));
    QCOMPARE(vnet->virtualNetwork()->expressRouteGateway->sku,
             std::optional<std::string>("HighPerformance"));

    // The customer side: placeholders, reported with what to fill in.
    const auto placeholders = findingsOf(design, "IMPORT-001");
    QVERIFY(names(placeholders, "site-for-er-ckt01"));
    QVERIFY(names(placeholders, "ce-for-er-ckt01"));
    QVERIFY(names(placeholders, "pe-for-er-ckt01"));
    QVERIFY(names(placeholders, "region-unknown"));
    // The gateway the template leaves unconnected is reported as such.
    const auto unconnected = findingsOf(design, "IMPORT-003");
    QCOMPARE(unconnected.size(), std::size_t(1));
    QVERIFY(names(unconnected, "vnet1"));
    // The NSG and the public IP are kept, and listed.
    const auto unmapped = findingsOf(design, "IMPORT-002");
    QCOMPARE(unmapped.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(unmapped.front().message).contains(QStringLiteral("'nsg'")));
    // Every node has a place on the canvas.
    for (const Node &node : design.nodes())
        QVERIFY2(node.position, node.id.c_str());
}

void TestImport::quickstartWithRegionAndParameters()
{
    const Imported withRegion = runImport({QStringLiteral(
                                              "quickstart-expressroute-private-peering-vnet.json")},
                                          {QStringLiteral("--region"), QStringLiteral("East US")});
    QCOMPARE(withRegion.cli.exitCode, 0);
    QVERIFY(!withRegion.cli.err.contains("unknown offline"));
    const Node *region = withRegion.design->node("region-eastus");
    QVERIFY(region);
    QCOMPARE(region->azureRegion()->region, std::optional<std::string>("eastus"));
    QVERIFY(!region->isPlaceholder());
    QCOMPARE(withRegion.design->node("vnet1")->virtualNetwork()->region,
             std::optional<std::string>("region-eastus"));

    // A parameters file's values replace the defaults; SKU names take the catalogue's spelling.
    const Imported withParameters = runImport(
        {QStringLiteral("quickstart-expressroute-private-peering-vnet.json")},
        {QStringLiteral("--parameters"),
         importFixture(QStringLiteral("quickstart-parameters.json"))});
    QCOMPARE(withParameters.cli.exitCode, 0);
    const Topology &design = *withParameters.design;
    QCOMPARE(design.node("er-ckt01")->circuit()->peeringLocation,
             std::optional<std::string>("Amsterdam"));
    QCOMPARE(design.node("er-ckt01")->circuit()->bandwidthInMbps, std::optional<std::int64_t>(1000));
    QCOMPARE(design.node("er-ckt01")->circuit()->skuTier, std::optional<std::string>("Standard"));
    QCOMPARE(design.node("vnet1")->virtualNetwork()->expressRouteGateway->sku,
             std::optional<std::string>("ErGw2AZ")); // "ergw2az" in the file
    QCOMPARE(design.node("vnet1")->virtualNetwork()->region,
             std::optional<std::string>("region-westeurope"));
    QVERIFY(findingsOf(design, "TOPO-004").empty());
}

// Realfile 2: the REST API example of listing circuits, with authorization keys and service keys.
void TestImport::restListResponse()
{
    const Imported imported = runImport({QStringLiteral("rest-expressroutecircuit-list.json")});
    QCOMPARE(imported.cli.exitCode, 0);
    QVERIFY(imported.design);
    const Topology &design = *imported.design;
    QVERIFY(design.node("circuitname1") && design.node("circuitname2"));
    QCOMPARE(design.node("circuitname1")->circuit()->bandwidthInMbps,
             std::optional<std::int64_t>(200));
    QCOMPARE(design.node("circuitname2")->circuit()->skuFamily,
             std::optional<std::string>("MeteredData"));
    // No secret reaches the file, and each one dropped is named by its place.
    for (const char *secret : {"authkey", "a1410692-ed3b-4ceb-b94a-b90b95d398d1",
                               "6569625a-9ba4-498b-9719-14d778eef609"})
        QVERIFY2(!imported.saved.contains(secret), secret);
    QVERIFY(imported.cli.err.contains(
        "responses.200.body.value[0].properties.authorizations[0].properties.authorizationKey"));
    QVERIFY(imported.cli.err.contains("responses.200.body.value[1].properties.serviceKey"));
    // The example's peering location is a stand-in name, reported as unknown.
    QVERIFY(names(findingsOf(design, "TOPO-004"), "circuitname1"));
    QVERIFY(names(findingsOf(design, "CIRCUIT-010"), "circuitname2")); // no peering yet
}

void TestImport::resourceGraphEstate()
{
    const Imported imported = runImport({QStringLiteral("graph-estate.json")});
    QCOMPARE(imported.cli.exitCode, 0);
    const Topology &design = *imported.design;

    // ExpressRoute Direct: the port's facility name maps to the catalogue's location.
    const CircuitFields &direct = *design.node("er-ams")->circuit();
    QCOMPARE(direct.peeringLocation, std::optional<std::string>("Amsterdam"));
    QVERIFY(direct.isDirect());
    QCOMPARE(direct.expressRouteDirect->portBandwidthInGbps, std::optional<double>(10));
    QCOMPARE(direct.expressRouteDirect->encapsulation, std::optional<std::string>("Dot1Q"));
    QCOMPARE(direct.expressRouteDirect->macsec, std::optional<bool>(true));
    QCOMPARE(direct.bandwidthInMbps, std::optional<std::int64_t>(10000));
    QCOMPARE(direct.peering("AzurePrivatePeering")->md5, std::optional<bool>(true));
    // Direct: the customer edge reaches the circuit itself.
    QVERIFY(linkOfKind(design, LinkKind::CircuitPort, "ce-for-er-ams", "er-ams"));
    QVERIFY(!design.node("pe-for-er-ams"));

    const VirtualNetworkFields &hub = *design.node("vnet-hub-weu")->virtualNetwork();
    QCOMPARE(hub.expressRouteGateway->sku, std::optional<std::string>("ErGw2AZ"));
    QCOMPARE(hub.vpnGateway->sku, std::optional<std::string>("VpnGw2AZ"));
    QCOMPARE(hub.vpnGateway->activeActive, std::optional<bool>(true));
    QCOMPARE(hub.gatewaySubnetPrefix, std::optional<std::string>("10.20.255.0/26"));
    QCOMPARE(design.node("vnet-dr-neu")->virtualNetwork()->expressRouteGateway->sku,
             std::optional<std::string>("ErGw1AZ"));

    const Link *connection = linkOfKind(design, LinkKind::Connection, "er-ams", "vnet-hub-weu");
    QVERIFY(connection);
    QCOMPARE(connection->routingWeight, std::optional<std::int64_t>(10));
    const Link *globalReach = linkOfKind(design, LinkKind::GlobalReach, "er-ams", "er-ldn");
    QVERIFY(globalReach);
    QCOMPARE(globalReach->addressPrefix, std::optional<std::string>("192.168.30.0/29"));
    const Link *peering = linkOfKind(design, LinkKind::VnetPeering, "vnet-spoke-weu",
                                     "vnet-hub-weu");
    QVERIFY(peering);
    QCOMPARE(peering->useRemoteGateways, std::optional<bool>(true));
    const Link *vpn = linkOfKind(design, LinkKind::Vpn, "lng-branch-paris", "vnet-hub-weu");
    QVERIFY(vpn);
    QCOMPARE(vpn->bgp, std::optional<bool>(true));
    QCOMPARE(design.node("lng-branch-paris")->site()->addressPrefixes,
             std::optional<StringList>({"10.50.0.0/16"}));

    // Virtual WAN: kept, listed, and still there after a save.
    const auto unmapped = findingsOf(design, "IMPORT-002");
    QCOMPARE(unmapped.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(unmapped.front().message).contains(QStringLiteral("vhub-weu")));
    QVERIFY(
        QString::fromStdString(unmapped.front().message).contains(QStringLiteral("ergw-vhub-weu")));
    QVERIFY(QByteArray::fromStdString(writeTopology(design)).contains("\"unmapped\""));
    QVERIFY(names(findingsOf(design, "IMPORT-003"), "vnet-dr-neu"));

    for (const char *secret :
         {"md5-secret-ams", "00000000-auth-key-secret", "auth-key-used-by-this-connection",
          "ipsec-psk-secret", "0b9d1c5e-1111-2222-3333-444455556666"})
        QVERIFY2(!imported.saved.contains(secret), secret);
    QVERIFY(imported.cli.err.contains("data[12].properties.sharedKey"));
}

void TestImport::azFlattenedOutput()
{
    const Imported imported = runImport({QStringLiteral("az-network-express-route-list.json")});
    QCOMPARE(imported.cli.exitCode, 0);
    const CircuitFields &circuit = *imported.design->node("er-fra")->circuit();
    QCOMPARE(circuit.peeringLocation, std::optional<std::string>("Frankfurt"));
    QCOMPARE(circuit.serviceProviderName, std::optional<std::string>("Megaport"));
    const Peering *privatePeering = circuit.peering("AzurePrivatePeering");
    QVERIFY(privatePeering);
    QCOMPARE(privatePeering->peerASN, std::optional<std::int64_t>(65030)); // az: "peerAsn"
    QCOMPARE(privatePeering->vlanId, std::optional<std::int64_t>(400));
    QCOMPARE(privatePeering->md5, std::optional<bool>(true));
    const Peering *microsoft = circuit.peering("MicrosoftPeering");
    QVERIFY(microsoft);
    QCOMPARE(microsoft->customerASN, std::optional<std::int64_t>(65031));
    QCOMPARE(microsoft->advertisedPrefixes, std::optional<StringList>({"198.51.100.128/27"}));
    QVERIFY(!imported.saved.contains("az-cli-md5-key"));
    QVERIFY(imported.cli.err.contains("[0].peerings[0].sharedKey"));
}

void TestImport::terraformShowJson()
{
    const Imported imported = runImport({QStringLiteral("terraform-show.json")});
    QCOMPARE(imported.cli.exitCode, 0);
    const Topology &design = *imported.design;
    QCOMPARE(design.node("er-sea")->circuit()->skuTier, std::optional<std::string>("Premium"));
    QCOMPARE(design.node("er-sea")->circuit()->peering("AzurePrivatePeering")->md5,
             std::optional<bool>(true));
    // A child module's circuit and its Global Reach connection.
    QCOMPARE(design.node("er-sin2")->circuit()->peeringLocation,
             std::optional<std::string>("Singapore2"));
    const Link *globalReach = linkOfKind(design, LinkKind::GlobalReach, "er-sin2", "er-sea");
    QVERIFY(globalReach);
    QCOMPARE(globalReach->addressPrefix, std::optional<std::string>("192.168.52.0/29"));

    const VirtualNetworkFields &hub = *design.node("vnet-hub-sea")->virtualNetwork();
    QCOMPARE(hub.gatewaySubnetPrefix, std::optional<std::string>("10.60.255.0/27"));
    QCOMPARE(hub.expressRouteGateway->sku, std::optional<std::string>("ErGw3AZ"));
    QCOMPARE(hub.vpnGateway->sku, std::optional<std::string>("VpnGw1AZ")); // "vpngw1az"
    const Link *connection = linkOfKind(design, LinkKind::Connection, "er-sea", "vnet-hub-sea");
    QVERIFY(connection);
    QCOMPARE(connection->routingWeight, std::optional<std::int64_t>(20));
    QCOMPARE(connection->fastPath, std::optional<bool>(true));
    QVERIFY(linkOfKind(design, LinkKind::Vpn, "lng-kl-office", "vnet-hub-sea"));

    const auto unmapped = findingsOf(design, "IMPORT-002");
    QCOMPARE(unmapped.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(unmapped.front().message)
                .contains(QStringLiteral("azurerm_express_route_gateway")));
    for (const char *secret : {"terraform-md5-secret", "tf-ipsec-psk-secret", "gr-auth-key-secret",
                               "5c4b3a29-0000-4444-8888-aaaabbbbcccc"})
        QVERIFY2(!imported.saved.contains(secret), secret);
    QVERIFY(imported.cli.err.contains("values.root_module.resources[1].values.shared_key"));
}

// A second file's connection joins the first file's gateway and circuit by their ARM ids.
void TestImport::severalFilesJoinByArmId()
{
    const Imported one = runImport({QStringLiteral("graph-estate.json")});
    const Imported two = runImport(
        {QStringLiteral("graph-estate.json"), QStringLiteral("rest-connection-get.json")});
    QCOMPARE(two.cli.exitCode, 0);
    QCOMPARE(two.design->nodes().size(), one.design->nodes().size());
    const Link *joined = linkOfKind(*two.design, LinkKind::Connection, "er-ldn", "vnet-dr-neu");
    QVERIFY(joined);
    QCOMPARE(joined->routingWeight, std::optional<std::int64_t>(5));
    QVERIFY(findingsOf(*two.design, "IMPORT-003").empty());
    QVERIFY(!two.saved.contains("ldn-dr-authorization-secret"));
}

void TestImport::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name :
         {"quickstart-expressroute-private-peering-vnet.json", "rest-expressroutecircuit-list.json",
          "graph-estate.json", "az-network-express-route-list.json", "terraform-show.json",
          "rest-connection-get.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// import -> save -> load -> the same design, saved byte for byte the same; validate and analyze.
void TestImport::roundTrip()
{
    QFETCH(QString, fixture);
    LoadError error;
    const auto input = readImportInput(importFixture(fixture).toStdString(), error);
    QVERIFY(input);
    const ImportResult imported = importDesign({*input}, {}, Catalogue::builtIn());
    QVERIFY2(imported.ok(), imported.error.toString().c_str());
    const std::string saved = writeTopology(*imported.topology);
    const LoadResult loaded = readTopology(saved, "saved.ertopo");
    QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
    QVERIFY(loaded.warnings.empty()); // nothing left for the loader to remove
    QVERIFY(*loaded.topology == *imported.topology);
    QCOMPARE(writeTopology(*loaded.topology), saved);
    const AnalysisResult analysis = analyze(*loaded.topology);
    const std::vector<Finding> findings = validate(*loaded.topology, &analysis);
    QVERIFY(!findings.empty());
    // The CLI agrees: the saved file validates (exit 0 or 1) and analyses.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(!saveTopologyFile(*loaded.topology, path.toStdString()));
    const Test::CliResult validated = Test::runDesigner({QStringLiteral("validate"), path});
    QVERIFY(validated.exitCode == 0 || validated.exitCode == 1);
    QCOMPARE(Test::runDesigner({QStringLiteral("analyze"), path}).exitCode, 0);
}

void TestImport::unreadableInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"value\": [\n    {,\n") << QStringLiteral(":3:");
    QTest::newRow("an .ertopo is not an import")
        << QByteArray(R"({"format": "expressroute-designer-topology", "nodes": []})")
        << QStringLiteral("not recognised");
    QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty file");
    QTest::newRow("a parameters file alone") << QByteArray(
        R"({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}})")
                                             << QStringLiteral("--parameters");
}

void TestImport::unreadableInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir folder;
    const QString input = folder.filePath(QStringLiteral("input.json"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString output = folder.filePath(QStringLiteral("out.ertopo"));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("import"), input, QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(input.toUtf8()), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(output));
}

void TestImport::usageAndOutputErrors()
{
    const QString quickstart = importFixture(
        QStringLiteral("quickstart-expressroute-private-peering-vnet.json"));
    QCOMPARE(Test::runDesigner({QStringLiteral("import"), quickstart}).exitCode, 3);
    QCOMPARE(Test::runDesigner(
                 {QStringLiteral("import"), QStringLiteral("--output"), QStringLiteral("x.ertopo")})
                 .exitCode,
             3);
    QCOMPARE(Test::runDesigner({QStringLiteral("import"), quickstart, QStringLiteral("--region")})
                 .exitCode,
             3);
    QTemporaryDir folder;
    const QString missingFolder = folder.filePath(QStringLiteral("no/such/folder/out.ertopo"));
    const Test::CliResult unwritable = Test::runDesigner(
        {QStringLiteral("import"), quickstart, QStringLiteral("--output"), missingFolder});
    QCOMPARE(unwritable.exitCode, 4);
    QVERIFY(!QFile::exists(missingFolder));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    const Test::CliResult missingInput = Test::runDesigner(
        {QStringLiteral("import"), folder.filePath(QStringLiteral("absent.json")),
         QStringLiteral("--output"), folder.filePath(QStringLiteral("out.ertopo"))});
    QCOMPARE(missingInput.exitCode, 2);
    QVERIFY(missingInput.err.contains("absent.json"));
}

void TestImport::placeholderFieldRoundTrips()
{
    Topology design = Test::parseDesign(R"({"format": "expressroute-designer-topology",
        "formatVersion": 1, "nodes": [{"id": "ce", "kind": "customerEdge", "placeholder": true,
        "pinned": true}, {"id": "ce2", "kind": "customerEdge"}], "links": []})");
    QVERIFY(design.node("ce")->isPlaceholder());
    QVERIFY(design.node("ce")->isPinned());
    QVERIFY(!design.node("ce2")->isPlaceholder());
    const std::string saved = writeTopology(design);
    QVERIFY(saved.find("\"placeholder\": true") != std::string::npos);
    QVERIFY(saved.find("\"pinned\": true") != std::string::npos);
    QVERIFY(Test::parseDesign(saved) == design);
}

// A list with nothing in it is a design with nothing in it; a Resource Graph page's skip token is
// not a credential.
void TestImport::emptyResultsAndPagingTokens()
{
    for (const char *text :
         {R"({"value": []})", "[]",
          R"({"count": 0, "data": [], "skip_token": null, "total_records": 0})"}) {
        const ImportResult imported = importDesign({{"empty.json", text}}, {}, Catalogue::builtIn());
        QVERIFY2(imported.ok(), text);
        QVERIFY(imported.topology->nodes().empty());
        QCOMPARE(imported.warnings, std::vector<std::string>{"empty.json: holds no resources"});
    }
    const ImportResult paged = importDesign(
        {{"page.json",
          R"({"count": 1, "skip_token": "ew0KICAiJGlkIjogIjEiLA0K", "total_records": 1500,
              "data": [{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/lng",
                        "name": "lng", "type": "microsoft.network/localnetworkgateways",
                        "location": "westeurope", "properties": {}}]})"}},
        {}, Catalogue::builtIn());
    QVERIFY(paged.ok());
    QVERIFY(paged.warnings.empty());
    QVERIFY(paged.topology->node("lng"));
    const ImportResult unused = importDesign({{"empty.json", "[]"}},
                                             {.region = {},
                                              .parameters = ImportInput{"p.json",
                                                                        R"({"parameters": {}})"}},
                                             Catalogue::builtIn());
    QVERIFY(unused.ok());
    QCOMPARE(unused.warnings.back(),
             std::string("p.json: no template among the inputs; the parameters were not used"));
}

void TestImport::fuzzerFinds_data()
{
    QTest::addColumn<QString>("file");
    const QDir folder(Test::fixturePath(QStringLiteral("fuzz/import")));
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

// Inputs fuzz/fuzz_import.cpp crashed on (its first byte picks the options, as there): each is
// imported or refused with a message, and what is imported saves and loads again.
void TestImport::fuzzerFinds()
{
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    QVERIFY(!bytes.isEmpty());
    ImportOptions options;
    if (bytes.at(0) % 3 == 1)
        options.region = "westeurope";
    const ImportResult imported = importDesign({{"fuzz.json", bytes.mid(1).toStdString()}}, options,
                                               Catalogue::builtIn());
    if (!imported.ok()) {
        QCOMPARE(imported.error.file, std::string("fuzz.json"));
        QVERIFY(!imported.error.message.empty());
        return;
    }
    const std::string saved = writeTopology(*imported.topology);
    const LoadResult loaded = readTopology(saved, "saved.ertopo");
    QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
    QVERIFY(*loaded.topology == *imported.topology);
}

// The expression subset, through templates written for the test.
void TestImport::expressions()
{
    const std::string text = R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {"prefix": {"type": "string", "defaultValue": "Contoso"},
                     "sku": {"type": "string", "defaultValue": "ERGW3AZ"},
                     "sharedKey": {"type": "securestring", "defaultValue": "template-psk"}},
      "variables": {"hubName": "[toLower(concat(parameters('prefix'), '-hub'))]",
                    "gatewayName": "[format('{0}-gw', variables('hubName'))]"},
      "resources": [
        {"type": "Microsoft.Network/virtualNetworks", "name": "[variables('hubName')]",
         "location": "westeurope", "apiVersion": "2023-09-01",
         "properties": {"addressSpace": {"addressPrefixes": ["10.1.0.0/16"]}},
         "resources": [{"type": "subnets", "name": "GatewaySubnet", "apiVersion": "2023-09-01",
                        "properties": {"addressPrefix": "10.1.255.0/27"}}]},
        {"type": "Microsoft.Network/virtualNetworkGateways", "name": "[variables('gatewayName')]",
         "location": "westeurope", "apiVersion": "2023-09-01",
         "properties": {"gatewayType": "ExpressRoute", "sku": {"name": "[parameters('sku')]"},
           "ipConfigurations": [{"name": "c", "properties": {"subnet": {"id":
             "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('hubName'), 'GatewaySubnet')]"}}}],
           "unknownThing": "[uniqueString(resourceGroup().id)]"}},
        {"type": "Microsoft.Network/connections", "name": "cn", "location": "westeurope",
         "apiVersion": "2023-09-01",
         "properties": {"connectionType": "IPsec", "sharedKey": "[parameters('sharedKey')]"}}
      ]})";
    const ImportResult imported = importDesign({{"t.json", text}}, {}, Catalogue::builtIn());
    QVERIFY2(imported.ok(), imported.error.toString().c_str());
    const Node *hub = imported.topology->node("contoso-hub");
    QVERIFY(hub);
    QCOMPARE(hub->virtualNetwork()->gatewaySubnetPrefix,
             std::optional<std::string>("10.1.255.0/27"));
    QCOMPARE(hub->virtualNetwork()->expressRouteGateway->sku,
             std::optional<std::string>("ErGw3AZ"));
    const std::string warnings = [&] {
        std::string all;
        for (const std::string &warning : imported.warnings)
            all += warning + "\n";
        return all;
    }();
    QVERIFY2(warnings.find("uniqueString() is not evaluated offline") != std::string::npos,
             warnings.c_str());
    QVERIFY2(warnings.find("t.json: parameters.sharedKey") != std::string::npos, warnings.c_str());
    QVERIFY(writeTopology(*imported.topology).find("template-psk") == std::string::npos);

    // Expressions nested without end, and variables defined through each other without end, are
    // refused with a warning rather than exhausting the stack.
    std::string deep = "[";
    for (int i = 0; i < 100000; ++i)
        deep += "concat(";
    deep += "]";
    std::string chain = R"("v0": "x")";
    for (int i = 1; i < 5000; ++i)
        chain += ", \"v" + std::to_string(i) + "\": \"[variables('v" + std::to_string(i - 1)
                 + "')]\"";
    const std::string hostile
        = R"({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "variables": {)"
          + chain + R"(},
      "resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "[variables('v4999')]",
                     "location": "westeurope"},
                    {"type": "Microsoft.Network/virtualNetworks", "name": "v", "location": "westeurope",
                     "properties": {"x": ")"
          + deep + R"("}}]})";
    const ImportResult refused = importDesign({{"h.json", hostile}}, {}, Catalogue::builtIn());
    QVERIFY(refused.ok());
    QVERIFY(refused.topology->node("v"));
    std::string all;
    for (const std::string &warning : refused.warnings)
        all += warning + "\n";
    QVERIFY2(all.find("nested deeper than 64 levels") != std::string::npos, all.c_str());
    QVERIFY2(all.find("more than 64 others") != std::string::npos, all.c_str());
}

// Links in the wrong order cross; Tidy orders each layer by its neighbours and they do not.
void TestImport::tidyReducesCrossings()
{
    Topology design = Test::parseDesign(R"({"format": "expressroute-designer-topology",
      "formatVersion": 1, "nodes": [
        {"id": "s1", "kind": "site"}, {"id": "s2", "kind": "site"}, {"id": "s3", "kind": "site"},
        {"id": "ce3", "kind": "customerEdge"}, {"id": "ce1", "kind": "customerEdge"},
        {"id": "ce2", "kind": "customerEdge"},
        {"id": "pe2", "kind": "providerEdge"}, {"id": "pe1", "kind": "providerEdge"},
        {"id": "c1", "kind": "circuit"}, {"id": "c2", "kind": "circuit"},
        {"id": "r", "kind": "azureRegion", "region": "westeurope"},
        {"id": "v2", "kind": "virtualNetwork", "region": "r"},
        {"id": "v1", "kind": "virtualNetwork", "region": "r"}],
      "links": [
        {"id": "l1", "kind": "lan", "from": "s1", "to": "ce1"},
        {"id": "l2", "kind": "lan", "from": "s2", "to": "ce2"},
        {"id": "l3", "kind": "lan", "from": "s3", "to": "ce3"},
        {"id": "a1", "kind": "access", "from": "ce1", "to": "pe1"},
        {"id": "a2", "kind": "access", "from": "ce2", "to": "pe1"},
        {"id": "a3", "kind": "access", "from": "ce3", "to": "pe2"},
        {"id": "p1", "kind": "circuitPort", "from": "pe1", "to": "c1", "role": "primary"},
        {"id": "p2", "kind": "circuitPort", "from": "pe2", "to": "c2", "role": "primary"},
        {"id": "k1", "kind": "connection", "from": "c1", "to": "v1"},
        {"id": "k2", "kind": "connection", "from": "c2", "to": "v2"}]})");
    applyTidy(design);
    QCOMPARE(crossings(design), 0);
    // Layers left to right by kind; the region heads its VNets in their column.
    QVERIFY(design.node("s1")->position->x < design.node("ce1")->position->x);
    QVERIFY(design.node("ce1")->position->x < design.node("pe1")->position->x);
    QVERIFY(design.node("pe1")->position->x < design.node("c1")->position->x);
    QVERIFY(design.node("c1")->position->x < design.node("v1")->position->x);
    QCOMPARE(design.node("r")->position->x, design.node("v1")->position->x);
    QVERIFY(design.node("r")->position->y < design.node("v1")->position->y);
    QVERIFY(design.node("r")->position->y < design.node("v2")->position->y);
    // No two nodes share a place, and a second Tidy changes nothing.
    std::set<std::pair<double, double>> places;
    for (const Node &node : design.nodes())
        QVERIFY(places.insert({node.position->x, node.position->y}).second);
    const Topology once = design;
    applyTidy(design);
    QVERIFY(design == once);
}

void TestImport::tidyKeepsPinnedNodes()
{
    Topology design = Test::parseDesign(R"({"format": "expressroute-designer-topology",
      "formatVersion": 1, "nodes": [
        {"id": "s1", "kind": "site", "position": {"x": -500, "y": 900}, "pinned": true},
        {"id": "s2", "kind": "site", "position": {"x": 10, "y": 10}},
        {"id": "ce1", "kind": "customerEdge"}, {"id": "ce2", "kind": "customerEdge"}],
      "links": [{"id": "l1", "kind": "lan", "from": "s1", "to": "ce1"},
                {"id": "l2", "kind": "lan", "from": "s2", "to": "ce2"}]})");
    const auto positions = tidyLayout(design);
    QCOMPARE(positions.size(), std::size_t(3));
    for (const auto &[id, position] : positions)
        QVERIFY(id != "s1");
    applyTidy(design);
    QCOMPARE(*design.node("s1")->position, (Point{-500, 900}));
    // Its edge follows it, below the other one.
    QVERIFY(design.node("ce1")->position->y > design.node("ce2")->position->y);
}

// Issue #15: Tidy lays out a 1,000-site design in under 2 s (measured figure in the README).
void TestImport::tidyOnThousandSites()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    Topology design = Bench::generateDesign(options);
    QElapsedTimer timer;
    timer.start();
    const auto positions = tidyLayout(design);
    const qint64 elapsed = timer.elapsed();
    qInfo("tidyLayout of %zu nodes and %zu links: %lld ms", design.nodes().size(),
          design.links().size(), elapsed);
    QCOMPARE(positions.size(), design.nodes().size());
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
