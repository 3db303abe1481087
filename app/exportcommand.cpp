#include "app/commandline.h"

#include "model/analysis/analyzer.h"
#include "model/analysis/resiliencyindex.h"
#include "model/catalogue/catalogue.h"
#include "model/export/templateexport.h"
#include "model/validation/designcheck.h"
#include "views/report/diagramexport.h"
#include "views/report/diagramscene.h"

#include <QFileInfo>

namespace Er::Cli {

namespace {

// `export FILE --output OUT.json|OUT.bicep` (docs/spec/arm-export.md): the Azure side as a
// deployable template; the warnings it carries for the reader are also said on stderr.
int exportTemplateCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const std::string path = invocation.output.toStdString();
    if (const auto error = exportTemplate(*loaded.topology, Catalogue::builtIn(), path)) {
        printError(QString::fromStdString(*error));
        return OutputFailed;
    }
    for (const std::string &warning : templateWarnings(*loaded.topology, Catalogue::builtIn()))
        printError(invocation.output + QStringLiteral(": ") + QString::fromStdString(warning));
    return Done;
}

} // namespace

// `export FILE --output OUT.svg|OUT.png|OUT.drawio|OUT.drawio.svg|OUT.drawio.png`
// (docs/spec/cli.md): the diagram, with the finding rings the canvas shows; the draw.io forms
// carry the editable draw.io file. OUT.json or OUT.bicep: the Azure template.
int exportCommand(const Invocation &invocation)
{
    if (templateFormatForPath(invocation.output.toStdString()))
        return exportTemplateCommand(invocation);
    if (!diagramFormatForPath(invocation.output)) {
        printError(
            QStringLiteral("export writes .svg or .png, .drawio, .drawio.svg or .drawio.png for "
                           "draw.io, or an Azure template as .json (ARM) or .bicep: '%1' is none "
                           "of them")
                .arg(invocation.output));
        return Usage;
    }
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const Topology &topology = *loaded.topology;
    // The same findings the window rings (those that need the analysis included) in the pictures
    // and in a draw.io file's Findings layer.
    AnalysisOptions options;
    options.referenceDate = todayUtc();
    const DiagramScene diagram(topology, checkDesign(topology, options).findings);
    const QString title = topology.name ? QString::fromStdString(*topology.name)
                                        : QFileInfo(invocation.file).completeBaseName();
    std::string notice;
    if (const auto error = exportDiagram(diagram, title, invocation.output, &notice)) {
        printError(QString::fromStdString(*error));
        return OutputFailed;
    }
    if (!notice.empty())
        printError(invocation.output + QStringLiteral(": ") + QString::fromStdString(notice));
    return Done;
}

} // namespace Er::Cli
