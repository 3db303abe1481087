#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/io/topologywriter.h"
#include "model/validation/validator.h"

#include <QTemporaryDir>

#include <map>

using namespace Er;

// The benchmark's design generator (bench/): what it writes must stay a valid, realistic design,
// or the scale figures measure nonsense.
class TestDesignGenerator : public QObject
{
    Q_OBJECT

private slots:
    void smallDesignLoadsAndValidatesClean();
    void everySiteHasTwoCircuitsAtTwoLocations();
    void sameSeedSameFile();
    void resultsDoNotDependOnTheThreadCount();
};

namespace {

Bench::GeneratorOptions threeSites(std::uint32_t seed = 7)
{
    Bench::GeneratorOptions options;
    options.sites = 3;
    options.seed = seed;
    return options;
}

std::map<NodeKind, int> kindCounts(const Topology &topology)
{
    std::map<NodeKind, int> counts;
    for (const Node &node : topology.nodes())
        ++counts[node.kind()];
    return counts;
}

} // namespace

void TestDesignGenerator::smallDesignLoadsAndValidatesClean()
{
    const Topology generated = Bench::generateDesign(threeSites());
    const std::string text = writeTopology(generated);
    const LoadResult loaded = readTopology(text, "generated-3.ertopo");
    QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
    QVERIFY(*loaded.topology == generated);

    const Bench::GeneratedDesignCounts expected = Bench::expectedCounts(threeSites());
    const auto counts = kindCounts(*loaded.topology);
    QCOMPARE(counts.at(NodeKind::Site), 3);
    QCOMPARE(counts.at(NodeKind::CustomerEdge), 6);
    QCOMPARE(counts.at(NodeKind::ProviderEdge), 6);
    QCOMPARE(counts.at(NodeKind::Circuit), expected.circuits);
    QCOMPARE(counts.at(NodeKind::VirtualNetwork), expected.virtualNetworks);
    QCOMPARE(counts.at(NodeKind::AzureRegion), expected.regions);

    // A realistic design is one Azure would accept: no error-severity finding from any rule.
    QString errors;
    for (const Finding &finding : validate(*loaded.topology)) {
        if (finding.severity == Severity::Error)
            errors += QString::fromStdString(finding.rule + ": " + finding.message) + '\n';
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestDesignGenerator::everySiteHasTwoCircuitsAtTwoLocations()
{
    Bench::GeneratorOptions options = threeSites();
    options.sites = 80; // 20 pods, more than the 16 metros: the cycle wraps
    const Topology topology = Bench::generateDesign(options);
    QCOMPARE(Bench::expectedCounts(options).regions, 16);
    QCOMPARE(kindCounts(topology).at(NodeKind::AzureRegion), 16);
    for (int site = 1; site <= options.sites; ++site) {
        const std::string id = "s" + std::to_string(site);
        const Node *first = topology.node(id + "-er1");
        const Node *second = topology.node(id + "-er2");
        QVERIFY(first && second && first->circuit() && second->circuit());
        const std::string firstLocation = *first->circuit()->peeringLocation;
        const std::string secondLocation = *second->circuit()->peeringLocation;
        QVERIFY2(firstLocation != secondLocation, id.c_str());
        QCOMPARE(secondLocation, firstLocation + "2"); // London and London2, ...
        QVERIFY(*first->circuit()->serviceProviderName != *second->circuit()->serviceProviderName);
        const Peering *peering = first->circuit()->peering("AzurePrivatePeering");
        QVERIFY(peering && peering->peerASN && peering->vlanId);
        QVERIFY(*peering->peerASN < 65515 || *peering->peerASN > 65520);
    }
    QVERIFY(topology.node("s80-ce2")->customerEdge()->bfd.value_or(false));
}

void TestDesignGenerator::sameSeedSameFile()
{
    const std::string first = writeTopology(Bench::generateDesign(threeSites(7)));
    QCOMPARE(QByteArray::fromStdString(writeTopology(Bench::generateDesign(threeSites(7)))),
             QByteArray::fromStdString(first));
    QVERIFY(writeTopology(Bench::generateDesign(threeSites(8))) != first);
}

// Validation and analysis spread large designs over the cores; what `validate --json` and
// `analyze --json` print must be the same bytes on one thread and on four.
void TestDesignGenerator::resultsDoNotDependOnTheThreadCount()
{
    Bench::GeneratorOptions options = threeSites();
    options.sites = 80; // 622 nodes: above the sizes at which both run in parallel
    Topology topology = Bench::generateDesign(options);
    // Findings from several rules, so that joining the rules' lists in order matters.
    Node tooFast = *topology.node("s3-er1");
    tooFast.circuit()->bandwidthInMbps = 40000;
    QVERIFY(topology.replaceNode(tooFast));
    Node badVlan = *topology.node("s77-er2");
    for (Peering &peering : *badVlan.circuit()->peerings)
        peering.vlanId = 5000;
    QVERIFY(topology.replaceNode(badVlan));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bank-80.ertopo"));
    QVERIFY(!saveTopologyFile(topology, path.toStdString()));
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("analyze")}) {
        const Test::CliResult one = Test::runDesigner({command, QStringLiteral("--json"), path},
                                                      {{QStringLiteral("ER_THREADS"),
                                                        QStringLiteral("1")}});
        const Test::CliResult four = Test::runDesigner({command, QStringLiteral("--json"), path},
                                                       {{QStringLiteral("ER_THREADS"),
                                                         QStringLiteral("4")}});
        QVERIFY2(one.out.size() > 1000, one.err.constData());
        QCOMPARE(four.exitCode, one.exitCode);
        QVERIFY2(four.out == one.out, qPrintable(command));
    }
}

QTEST_GUILESS_MAIN(TestDesignGenerator)
#include "tst_designgenerator.moc"
