// er_bench: times what a user waits for on large designs (issue "Scale"), one line per figure.
// Run it through scripts/benchmark.sh, which builds it in Release first.
//
//   er_bench [--sites 100,1000,10000] [--seed 1] [--runs 5] [--only load,validate,...]

#include "bench/benchmeasure.h"
#include "bench/designgenerator.h"
#include "bench/figures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>

using namespace Er;
using namespace Er::Bench;

namespace {

std::vector<int> parseSiteCounts(const QString &text, bool *ok)
{
    std::vector<int> counts;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool numberOk = false;
        const int count = part.trimmed().toInt(&numberOk);
        if (!numberOk || count < 1)
            *ok = false;
        counts.push_back(count);
    }
    *ok = *ok && !counts.empty();
    return counts;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("er_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times loading, saving, validating, analysing, drawing, editing and "
                       "reporting generated designs. Memory is the process's peak so far (the "
                       "script runs each figure in a process of its own)."));
    parser.addHelpOption();
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         QStringLiteral("Comma-separated design sizes in sites."),
                                         QStringLiteral("list"), QStringLiteral("100,1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated designs."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per figure (fewer for slow ones)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Comma-separated figures to run: %1.")
                                            .arg(figureNames().join(u", ")),
                                        QStringLiteral("list"));
    const QCommandLineOption listOption(QStringLiteral("list-figures"),
                                        QStringLiteral("Print the figures' names and exit."));
    parser.addOptions({sitesOption, seedOption, runsOption, onlyOption, listOption});
    parser.process(app);
    if (parser.isSet(listOption)) {
        std::printf("%s\n", qPrintable(figureNames().join(u'\n')));
        return 0;
    }

    bool ok = false;
    const std::vector<int> siteCounts = parseSiteCounts(parser.value(sitesOption), &ok);
    const uint seed = parser.value(seedOption).toUInt(&ok);
    const int runs = parser.value(runsOption).toInt();
    if (!ok || runs < 1) {
        std::fprintf(stderr, "er_bench: --sites needs positive numbers, --seed and --runs too\n");
        return 3;
    }
    QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : only) {
        if (!figureNames().contains(name)) {
            std::fprintf(stderr, "er_bench: no figure \"%s\" (choose from %s)\n", qPrintable(name),
                         qPrintable(figureNames().join(u", ")));
            return 3;
        }
    }
    if (only.isEmpty())
        only = figureNames();

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "er_bench: cannot create a temporary folder\n");
        return 4;
    }
    printHeader();
    for (const int sites : siteCounts) {
        GeneratorOptions options;
        options.sites = sites;
        options.seed = seed;
        BenchContext context(generateDesign(options), sites,
                             scratch.filePath(QStringLiteral("design-%1.ertopo").arg(sites)),
                             RunPolicy{runs});
        for (const QString &name : only)
            runFigure(name, context);
    }
    return 0;
}
