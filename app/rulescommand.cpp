#include "app/commandline.h"

#include "model/validation/rulereference.h"
#include "model/validation/ruleregistry.h"

namespace Er::Cli {

// `rules [--json]` (docs/spec/cli.md): every rule of the catalogue with its severity, what it
// checks, its fix and its sources. Takes no file.
int rulesCommand(const Invocation &invocation)
{
    const RuleRegistry &registry = RuleRegistry::standard();
    printOut(invocation.json ? rulesToJson(registry) : rulesToText(registry));
    return Done;
}

} // namespace Er::Cli
