#pragma once

namespace Er {

class RuleRegistry;

// IMPORT — what an import could not know or hold (docs/spec/rules.md, docs/spec/import.md).
void registerImportRules(RuleRegistry &registry);

} // namespace Er
