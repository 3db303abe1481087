#include "app/commandline.h"

#include "model/catalogue/catalogue.h"
#include "model/import/importer.h"
#include "model/io/topologywriter.h"

namespace Er::Cli {

// `import FILE... --output OUT.ertopo [--region NAME] [--parameters FILE]` (docs/spec/cli.md,
// docs/spec/import.md): what is deployed, or a template for it, as a new design.
int importCommand(const Invocation &invocation)
{
    if (!invocation.output.endsWith(QLatin1String(".ertopo"), Qt::CaseInsensitive)) {
        printError(QStringLiteral("import writes a design: '%1' does not end in .ertopo")
                       .arg(invocation.output));
        return Usage;
    }
    ImportOptions options;
    if (const QString region = invocation.value(QStringLiteral("region")); !region.isEmpty())
        options.region = region.toStdString();
    std::vector<ImportInput> inputs;
    LoadError error;
    if (const QString parameters = invocation.value(QStringLiteral("parameters"));
        !parameters.isEmpty()) {
        options.parameters = readImportInput(parameters.toStdString(), error);
        if (!options.parameters) {
            printError(QString::fromStdString(error.toString()));
            return LoadFailed;
        }
    }
    for (const QString &file : invocation.files) {
        auto input = readImportInput(file.toStdString(), error);
        if (!input) {
            printError(QString::fromStdString(error.toString()));
            return LoadFailed;
        }
        inputs.push_back(std::move(*input));
    }
    const ImportResult imported = importDesign(inputs, options, Catalogue::builtIn());
    for (const std::string &warning : imported.warnings)
        printError(QString::fromStdString(warning));
    if (!imported.ok()) {
        printError(QString::fromStdString(imported.error.toString()));
        return LoadFailed;
    }
    if (const auto failed = saveTopologyFile(*imported.topology, invocation.output.toStdString())) {
        printError(QStringLiteral("%1: %2").arg(invocation.output, QString::fromStdString(*failed)));
        return OutputFailed;
    }
    std::size_t placeholders = 0;
    for (const Node &node : imported.topology->nodes())
        placeholders += node.isPlaceholder() ? 1 : 0;
    printOut("imported " + std::to_string(imported.topology->nodes().size()) + " nodes and "
             + std::to_string(imported.topology->links().size()) + " links into "
             + invocation.output.toStdString() + " (" + std::to_string(placeholders)
             + " placeholders to fill in; run validate for the findings)\n");
    return Done;
}

} // namespace Er::Cli
