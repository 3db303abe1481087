#include "commandline.h"

#include "diagramexport.h"
#include "diagramscene.h"
#include "validation/validator.h"

#include <QFileInfo>

namespace Er::Cli {

// `export FILE --output OUT.svg|OUT.png` (docs/spec/cli.md): the diagram, with the finding
// rings the canvas shows.
int exportCommand(const Invocation &invocation)
{
    if (!diagramFormatForPath(invocation.output)) {
        printError(
            QStringLiteral("export writes .svg or .png: '%1' is neither").arg(invocation.output));
        return Usage;
    }
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const Topology &topology = *loaded.topology;
    const DiagramScene diagram(topology, validate(topology));
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
