// The saved bytes: the text writer (io/jsontextwriter.h) writes exactly what the tree-based writer
// it replaced wrote (treewriterreference.h), byte for byte, for every design the project has and
// for the values where a hand-written serializer would go wrong.

#include "tests/testsupport.h"
#include "tests/treewriterreference.h"

#include "bench/designgenerator.h"
#include "model/io/topologywriter.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>

using namespace Er;

namespace {

// The offset of the first byte that differs, or npos.
std::size_t firstDifference(const std::string &actual, const std::string &expected)
{
    if (actual == expected)
        return std::string::npos;
    std::size_t at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    return at;
}

// Fails the calling test at the first byte that differs, showing both texts around it.
bool compareBytes(const std::string &actual, const std::string &expected)
{
    const std::size_t at = firstDifference(actual, expected);
    if (at == std::string::npos)
        return true;
    const std::size_t from = at > 60 ? at - 60 : 0;
    const std::string message = "first difference at byte " + std::to_string(at) + " of "
                                + std::to_string(expected.size())
                                + "\nwritten:   " + actual.substr(from, 120)
                                + "\nreference: " + expected.substr(from, 120);
    QTest::qFail(message.c_str(), __FILE__, __LINE__);
    return false;
}

// The whole file, and each element's compact text (io/elementfields.h reads those).
bool sameAsReference(const Topology &topology)
{
    if (!compareBytes(writeTopology(topology), Reference::writeTopology(topology)))
        return false;
    for (const Node &node : topology.nodes()) {
        if (!compareBytes(nodeJsonText(node), Reference::nodeJsonText(node)))
            return false;
    }
    for (const Link &link : topology.links()) {
        if (!compareBytes(linkJsonText(link), Reference::linkJsonText(link)))
            return false;
    }
    return true;
}

// Every design file the project ships or tests with that loads.
QStringList designFiles()
{
    QStringList files;
    for (const QString &name : Test::exampleFiles())
        files << Test::examplePath(name);
    QDirIterator it(Test::fixturesDir(), {QStringLiteral("*.ertopo"), QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestSavedBytes : public QObject
{
    Q_OBJECT

private slots:
    void everyDesignFile_data();
    void everyDesignFile();
    void generatedDesign();
    void savedFileInPieces();
    void unknownFieldsUnicodeAndControlCharacters();
    void numbers();
    void stringsOfEveryLength();
    void whatTheModelAloneCanHold();
    void textThatIsNotUtf8Throws();
    void oneChangedByteIsSeen();
};

void TestSavedBytes::everyDesignFile_data()
{
    QTest::addColumn<QString>("file");
    int loading = 0;
    for (const QString &file : designFiles()) {
        if (!readTopologyFile(file.toStdString()).ok())
            continue; // price lists, import sources, broken fixtures
        QTest::newRow(qPrintable(QDir(Test::fixturesDir()).relativeFilePath(file))) << file;
        ++loading;
    }
    QVERIFY2(loading >= 200, "the examples and the rule fixtures are missing");
}

void TestSavedBytes::everyDesignFile()
{
    QFETCH(QString, file);
    QVERIFY(sameAsReference(Test::loadDesign(file)));
}

void TestSavedBytes::generatedDesign()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    const Topology topology = Bench::generateDesign(options);
    QVERIFY(topology.nodes().size() > 7000);
    QVERIFY(sameAsReference(topology));
}

// A save writes the file a megabyte at a time (io/topologywriter.cpp): the file holds the same
// bytes as the whole text, for a design of several megabytes and for a small one.
void TestSavedBytes::savedFileInPieces()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    const Topology large = Bench::generateDesign(options);
    const Topology small = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("saved.ertopo")).toStdString();
    for (const Topology *topology : {&large, &small}) {
        QVERIFY(!saveTopologyFile(*topology, path));
        std::ifstream in(path, std::ios::binary);
        const std::string saved((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        QVERIFY(compareBytes(saved, Reference::writeTopology(*topology)));
    }
    QVERIFY(writeTopology(large).size() > 3u << 20);
}

void TestSavedBytes::unknownFieldsUnicodeAndControlCharacters()
{
    const Topology topology = Test::parseDesign(R"({
      "format": "expressroute-designer-topology", "formatVersion": 1,
      "name": "Zürich — 東京 ✓ \ud83d\ude80", "description": "tab\there\nnew line \"quoted\" back\\slash \u0001\u001f\u007f \b\f\r / \u2028",
      "x-owner": {"team": "réseau", "ticket": 4711, "nested": {"deep": [1, -2.5, {"k": null}], "empty": {}, "none": []}},
      "assumptions": {"routeFactor": 1.7, "x-note": "surveyed", "x-list": [true, false, null]},
      "pricing": {"discountPercent": -12.5, "x-contract": "EA-Ω"},
      "nodes": [
        {"id": "dc-ü", "kind": "site", "name": "Datacenter \"Nord\"", "x-rack": "R12",
         "position": {"x": -1e-7, "y": 1e21},
         "location": {"lat": -33.8688, "lon": 151.2093, "city": "Sydney", "x-postcode": "NSW 2000"},
         "requirements": {"availabilityPercent": 99.95, "maxLatencyMs": 0.5, "x-why": "SLA"},
         "addressPrefixes": [], "needsServices": ["a\u0000b"]},
        {"id": "ce", "kind": "customerEdge", "bfd": true, "asn": -1, "x-model": "ASR 1001-X",
         "x-ünïcödé-kéy": "ja", "x-ctl\u0007": 1},
        {"id": "pe", "kind": "providerEdge", "name": "unit\u001fseparator", "provider": "Equinix", "serviceLayer": "L2"},
        {"id": "er", "kind": "circuit", "peeringLocation": "London", "bandwidthInMbps": 1000,
         "skuTier": "Gold", "expressRouteDirect": {"x-port": 1},
         "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 4294967295, "vlanId": 100,
                       "x-ticket": [1, 2, 3], "x-big": 18446744073709551615, "x-small": -9223372036854775808},
                      {}]},
        {"id": "region", "kind": "azureRegion", "region": "uksouth"},
        {"id": "hub", "kind": "virtualNetwork", "region": "region",
         "expressRouteGateway": {}, "vpnGateway": {"sku": "VpnGw2AZ", "x-v": 1.0}},
        {"id": "spoke", "kind": "virtualNetwork",
         "expressRouteGateway": {"sku": "ErGw1AZ", "scaleUnits": {"min": 2, "max": 10, "x-s": "s"}}}
      ],
      "links": [{"id": "l1", "kind": "lan", "from": "dc-ü", "to": "ce", "x-colour": "red",
                 "lengthKm": 12.0, "riskGroups": ["trench-A", "ü"], "notes": ""}],
      "x-last": 3.14159
    })");
    QVERIFY(sameAsReference(topology));
}

void TestSavedBytes::numbers()
{
    const std::vector<double> doubles = {0.0,
                                         -0.0,
                                         1.0,
                                         -1.0,
                                         0.1,
                                         1.0 / 3.0,
                                         -2.5,
                                         100.0,
                                         1e15,
                                         1e16,
                                         999999999999999.0,
                                         -999999999999999.0,
                                         999999999999999.5,
                                         1e14,
                                         -123456.0,
                                         4503599627370496.0,
                                         9007199254740993.0,
                                         123456789012345680000.0,
                                         1e-4,
                                         1e-5,
                                         1e300,
                                         -1e300,
                                         1e-300,
                                         5e-324,
                                         std::numeric_limits<double>::max(),
                                         std::numeric_limits<double>::lowest(),
                                         std::numeric_limits<double>::min(),
                                         std::numeric_limits<double>::quiet_NaN(),
                                         std::numeric_limits<double>::infinity(),
                                         -std::numeric_limits<double>::infinity()};
    const std::vector<std::int64_t> integers = {0,
                                                -1,
                                                1,
                                                -9,
                                                10,
                                                4294967295,
                                                std::numeric_limits<std::int64_t>::max(),
                                                std::numeric_limits<std::int64_t>::min()};
    Topology topology;
    std::mt19937_64 random(20);
    for (std::size_t i = 0; i < 4000; ++i) {
        // The listed values, then doubles from random bit patterns and random integers.
        double x = 0;
        std::int64_t n = 0;
        if (i < doubles.size()) {
            x = doubles[i];
        } else if (i % 3 == 0) {
            // A whole number of any size up to 2^53, either side of 10^15 (written without
            // nlohmann's digit search below it).
            const auto digits = static_cast<double>(random() >> 11);
            x = std::trunc(std::ldexp(random() % 2 ? digits : -digits, -int(random() % 54)));
        } else {
            const std::uint64_t bits = random();
            std::memcpy(&x, &bits, sizeof x);
        }
        n = i < integers.size() ? integers[i] : static_cast<std::int64_t>(random());
        Node circuit = makeNode(NodeKind::Circuit, "c" + std::to_string(i));
        circuit.position = Point{x, -x};
        circuit.availabilityPercent = x / 7;
        circuit.circuit()->bandwidthInMbps = n;
        Peering peering;
        peering.peerASN = n;
        peering.vlanId = n / -3; // not -n / 3: -INT64_MIN overflows
        circuit.circuit()->peerings = std::vector<Peering>{peering};
        circuit.circuit()->expressRouteDirect = ExpressRouteDirectPort{};
        circuit.circuit()->expressRouteDirect->portBandwidthInGbps = x * 1e-9;
        QVERIFY(topology.addNode(std::move(circuit)));
    }
    QVERIFY(sameAsReference(topology));
}

// Strings are checked for bytes to escape several bytes at a time (io/jsontextwriter.cpp): every
// length up to 40 with an escaped, a non-ASCII or a plain byte at every place.
void TestSavedBytes::stringsOfEveryLength()
{
    const std::vector<std::string> bytes = {"\"",   "\\", "\x01", "\x1f",     "\n",
                                            "\x7f", " ",  "~",    "\xc3\xa9", "\xe2\x9c\x93"};
    Topology topology;
    std::size_t count = 0;
    for (std::size_t length = 0; length <= 40; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            for (const std::string &byte : bytes) {
                Node node = makeNode(NodeKind::Site, "n" + std::to_string(count++));
                const std::string name = std::string(at, 'a') + (at < length ? byte : "")
                                         + std::string(length - std::min(at + 1, length), 'z');
                node.name = name;
                node.notes = byte + std::string(length % 9, 'b');
                QVERIFY(topology.addNode(std::move(node)));
            }
        }
    }
    QVERIFY(sameAsReference(topology));
}

// What no file gives but the program may build: unknown members named like known ones or
// credentials, or given twice; credentials inside unknown values; assumptions that are all
// credentials; present objects with nothing set.
void TestSavedBytes::whatTheModelAloneCanHold()
{
    Topology topology;
    topology.name = "n";
    topology.assumptions = {{"apiKey", "\"k\""}};
    topology.pricing = Pricing{};
    topology.extra = {{"name", "\"shadowed\""},
                      {"description", "\"not shadowed: description is unset\""},
                      {"x-a", "1"},
                      {"x-a", "2"},
                      {"x-secrets", R"({"password": "p", "keep": {"token": "t", "k": [1]}})"},
                      {"x-list", R"([{"sharedKey": "s"}, 1.50, "x"])"}};
    Node vnet = makeNode(NodeKind::VirtualNetwork, "vnet");
    vnet.virtualNetwork()->expressRouteGateway = ExpressRouteGateway{};
    vnet.virtualNetwork()->expressRouteGateway->scaleUnits = ScaleUnits{};
    vnet.virtualNetwork()->vpnGateway = VpnGateway{};
    vnet.extra = {{"kind", "\"site\""}, {"id", "\"other\""}, {"md5Key", "\"secret\""}};
    QVERIFY(topology.addNode(std::move(vnet)));
    Node site = makeNode(NodeKind::Site, "site");
    SiteFields siteFields;
    siteFields.location = GeoLocation{};
    siteFields.addressPrefixes = StringList{};
    siteFields.internetBreakout = true;
    siteFields.qosMarking = false;
    siteFields.internetBandwidthMbps = 0.0;
    siteFields.internetAdvertisedPrefixes = StringList{"203.0.113.0/24"};
    siteFields.needsVnets = StringList{"vnet"};
    siteFields.needsServices = StringList{};
    siteFields.requirements = Requirements{};
    site.fields = siteFields;
    QVERIFY(topology.addNode(std::move(site)));
    Link link;
    link.id = "l";
    link.kind = LinkKind::Connection;
    link.from = "site";
    link.to = "vnet";
    link.extra = {{"from", "\"elsewhere\""}, {"x-deep", R"({"a": {"b": {"c": {}}}})"}};
    QVERIFY(topology.addLink(std::move(link)));
    QVERIFY(sameAsReference(topology));
    QVERIFY(writeTopology(topology).find("secret") == std::string::npos);
}

void TestSavedBytes::textThatIsNotUtf8Throws()
{
    Topology topology;
    topology.name = std::string("caf\xE9");
    QVERIFY_THROWS_EXCEPTION(std::exception, Reference::writeTopology(topology));
    QVERIFY_THROWS_EXCEPTION(std::exception, writeTopology(topology));
    // A save throws as well, before or after it began writing, and leaves no file behind.
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("x.ertopo")).toStdString();
    QVERIFY_THROWS_EXCEPTION(std::exception, saveTopologyFile(topology, path));
    Bench::GeneratorOptions options;
    options.sites = 1000;
    Topology late = Bench::generateDesign(options);
    Node last = late.nodes().back();
    last.notes = std::string("caf\xE9");
    QVERIFY(late.replaceNode(last));
    QVERIFY_THROWS_EXCEPTION(std::exception, saveTopologyFile(late, path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// The comparison fails on a single changed byte, wherever it is.
void TestSavedBytes::oneChangedByteIsSeen()
{
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    const std::string written = writeTopology(topology);
    QCOMPARE(firstDifference(written, Reference::writeTopology(topology)), std::string::npos);
    for (const std::size_t at : {std::size_t{0}, written.size() / 2, written.size() - 1}) {
        std::string changed = written;
        changed[at] = changed[at] == ' ' ? '\t' : ' ';
        QCOMPARE(firstDifference(changed, written), at);
    }
    QCOMPARE(firstDifference(written + "\n", written), written.size());
}

QTEST_GUILESS_MAIN(TestSavedBytes)
#include "tst_savedbytes.moc"
