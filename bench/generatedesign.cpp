// er_generate: writes a generated large design (see designgenerator.h) as an .ertopo file.
//
//   er_generate --sites 1000 [--seed 1] --output bank-1000.ertopo

#include "bench/designgenerator.h"
#include "model/io/topologywriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Er;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("er_generate"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a realistic large ExpressRoute design: every site with two "
                       "customer edges, two providers at the two peering locations of a metro, "
                       "two circuits, and hub and spoke VNets per metro region."));
    parser.addHelpOption();
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         QStringLiteral("Number of sites (1 to 32768)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed; the same seed gives the same file."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QStringLiteral("The .ertopo file to write."),
                                          QStringLiteral("file"));
    parser.addOptions({sitesOption, seedOption, outputOption});
    parser.process(app);

    bool sitesOk = false;
    bool seedOk = false;
    Bench::GeneratorOptions options;
    options.sites = parser.value(sitesOption).toInt(&sitesOk);
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!sitesOk || !seedOk || options.sites < 1 || options.sites > 32768
        || !parser.isSet(outputOption)) {
        std::fprintf(stderr, "er_generate: needs --sites 1..32768, a numeric --seed and "
                             "--output FILE\n");
        return 3;
    }
    const Topology topology = Bench::generateDesign(options);
    if (const auto failure = saveTopologyFile(topology, parser.value(outputOption).toStdString())) {
        std::fprintf(stderr, "er_generate: %s\n", failure->c_str());
        return 4;
    }
    std::printf("%s: %d sites, %zu nodes, %zu links\n", qPrintable(parser.value(outputOption)),
                options.sites, topology.nodes().size(), topology.links().size());
    return 0;
}
