#include "app/commandline.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace Er::Cli {

namespace {

// clang-format off
const char usageText[]
    = "Usage:\n"
      "  expressroute-designer [FILE]               open the designer, optionally with FILE\n"
      "  expressroute-designer validate FILE [--json] [--prices PRICES.json]\n"
      "                                             check the design against the rule catalogue\n"
      "  expressroute-designer analyze FILE [--json] [--prices PRICES.json]\n"
      "                                             paths, resiliency, availability, latency,\n"
      "                                             bandwidth, failures, cost, recommendation\n"
      "  expressroute-designer report FILE --output OUT.pdf [--prices PRICES.json] [--since OLD]\n"
      "                                             write the design report (with the changes\n"
      "                                             since OLD)\n"
      "  expressroute-designer export FILE --output OUT.svg|OUT.png\n"
      "                                             draw the diagram\n"
      "  expressroute-designer export FILE --output OUT.drawio|OUT.drawio.svg|OUT.drawio.png\n"
      "                                             the diagram to edit in draw.io\n"
      "  expressroute-designer export FILE --output OUT.json|OUT.bicep\n"
      "                                             the Azure side as an ARM template or Bicep\n"
      "  expressroute-designer diff OLD NEW [--json]\n"
      "                                             what changed between two designs\n"
      "  expressroute-designer import FILE... --output OUT.ertopo [--region NAME]\n"
      "                            [--parameters FILE]\n"
      "                                             a design from ARM templates, ARM/az/Resource\n"
      "                                             Graph JSON or terraform show -json\n"
      "  expressroute-designer rules [--json]\n"
      "                                             every rule: severity, check, fix, source\n"
      "  expressroute-designer --help | --version\n"
      "\n"
      "Exit codes: 0 done (validate: no errors; diff: the same design), 1 validate found errors\n"
      "(diff: the designs differ), 2 a file does not load (import: an input cannot be read or\n"
      "recognised), 3 wrong usage, 4 the output could not be written.\n";
// clang-format on

struct Subcommand
{
    Handler handler;
    bool acceptsJson = false;
    bool needsOutput = false;
    bool needsGui = false; // painting the canvas scene (report, export) needs a QApplication
    // Options that take a value, without their dashes ("prices" for --prices FILE).
    QStringList valueOptions = {};
    int minFiles = 1;
    int maxFiles = 1;
};

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> commands = {
        {QStringLiteral("validate"),
         {validateCommand, true, false, false, {QStringLiteral("prices")}}},
        {QStringLiteral("analyze"),
         {analyzeCommand, true, false, false, {QStringLiteral("prices")}}},
        {QStringLiteral("report"),
         {reportCommand, false, true, true, {QStringLiteral("prices"), QStringLiteral("since")}}},
        {QStringLiteral("export"), {exportCommand, false, true, true}},
        {QStringLiteral("diff"), {diffCommand, true, false, false, {}, 2, 2}},
        {QStringLiteral("rules"), {rulesCommand, true, false, false, {}, 0, 0}},
        {QStringLiteral("import"),
         {importCommand,
          false,
          true,
          false,
          {QStringLiteral("region"), QStringLiteral("parameters")},
          1,
          1000}},
    };
    return commands;
}

int usageError(const QString &message)
{
    printError(message);
    std::cerr << usageText;
    return Usage;
}

} // namespace

LoadResult loadDesign(const Invocation &invocation)
{
    LoadResult loaded = readTopologyFile(invocation.file.toStdString());
    if (!loaded.ok()) {
        printError(QString::fromStdString(loaded.error.toString()));
        return loaded;
    }
    for (const std::string &warning : loaded.warnings)
        printError(invocation.file + QStringLiteral(": ") + QString::fromStdString(warning));
    return loaded;
}

std::shared_ptr<const PriceList> loadPrices(const Invocation &invocation)
{
    const QString path = invocation.value(QStringLiteral("prices"));
    if (path.isEmpty())
        return std::shared_ptr<const PriceList>(&PriceList::builtIn(), [](const PriceList *) {});
    PriceListLoad loaded = readPriceListFile(path.toStdString());
    if (!loaded.ok()) {
        printError(QString::fromStdString(loaded.error.toString()));
        return nullptr;
    }
    for (const std::string &warning : loaded.warnings)
        printError(path + QStringLiteral(": ") + QString::fromStdString(warning));
    return std::make_shared<const PriceList>(std::move(*loaded.list));
}

void printOut(const std::string &text)
{
    std::cout << text << std::flush;
}

void printError(const QString &text)
{
    std::cerr << "expressroute-designer: " << text.toStdString() << std::endl;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // One plain argument is a design for the window; anything else is for the command line.
    const QString &first = arguments.at(1);
    return arguments.size() > 2 || first.startsWith(QLatin1Char('-'))
           || subcommands().contains(first);
}

int run(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        std::cout
            << "ExpressRoute Designer: design Azure ExpressRoute connectivity and check it.\n\n"
            << usageText;
        return Done;
    }
    if (first == QLatin1String("--version")) {
        std::cout << "expressroute-designer " << ER_VERSION << "\n";
        return Done;
    }
    const auto command = subcommands().find(first);
    if (command == subcommands().end())
        return usageError(QStringLiteral("unknown subcommand or option '%1'").arg(first));
    const Subcommand &subcommand = command->second;

    Invocation invocation;
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json") && subcommand.acceptsJson) {
            invocation.json = true;
        } else if ((argument == QLatin1String("--output") || argument == QLatin1String("-o"))
                   && subcommand.needsOutput) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("%1 needs a file name").arg(argument));
            invocation.output = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))
                   && subcommand.valueOptions.contains(argument.mid(2))) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("%1 needs a value").arg(argument));
            invocation.values[argument.mid(2)] = arguments.at(++i);
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return usageError(
                QStringLiteral("%1 does not take the option '%2'").arg(first, argument));
        } else if (invocation.files.size() < subcommand.maxFiles) {
            invocation.files << argument;
        } else if (subcommand.maxFiles == 0) {
            return usageError(
                QStringLiteral("%1 takes no file; '%2' is one too many").arg(first, argument));
        } else if (subcommand.maxFiles == 1) {
            return usageError(QStringLiteral("%1 takes one design file; '%2' is one too many")
                                  .arg(first, argument));
        } else {
            return usageError(QStringLiteral("%1 takes at most %2 files; '%3' is one too many")
                                  .arg(first)
                                  .arg(subcommand.maxFiles)
                                  .arg(argument));
        }
    }
    invocation.file = invocation.files.value(0);
    if (invocation.files.size() < subcommand.minFiles) {
        if (subcommand.minFiles == 1)
            return usageError(QStringLiteral("%1 needs a design file").arg(first));
        return usageError(QStringLiteral("%1 needs %2 files").arg(first).arg(subcommand.minFiles));
    }
    if (subcommand.needsOutput && invocation.output.isEmpty())
        return usageError(QStringLiteral("%1 needs --output FILE").arg(first));

    // Headless: never a window, no display needed.
    std::unique_ptr<QCoreApplication> app;
    if (subcommand.needsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv); // QGraphicsScene needs it
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return subcommand.handler(invocation);
}

} // namespace Er::Cli
