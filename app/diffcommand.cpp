#include "app/commandline.h"

#include "model/diff/designdiff.h"
#include "model/diff/diffformat.h"

namespace Er::Cli {

// `diff OLD.ertopo NEW.ertopo [--json]` (docs/spec/cli.md): what changed between two revisions
// of a design. Exit 0 when they are the same design, 1 when they differ, 2 when one does not load.
int diffCommand(const Invocation &invocation)
{
    std::vector<LoadResult> revisions;
    for (const QString &file : invocation.files) {
        Invocation one = invocation;
        one.file = file;
        revisions.push_back(loadDesign(one));
        if (!revisions.back().ok())
            return LoadFailed;
    }
    const DesignDiff diff = diffDesigns(*revisions.at(0).topology, *revisions.at(1).topology);
    printOut(invocation.json ? diffToJson(diff, invocation.files.at(0).toStdString(),
                                          invocation.files.at(1).toStdString())
                             : diffToText(diff));
    return diff.isEqual() ? Done : Different;
}

} // namespace Er::Cli
