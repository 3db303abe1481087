#include "model/validation/rules/importrules.h"

#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"

#include <nlohmann/json.hpp>

namespace Er {

namespace {

const std::string importReference = std::string(learnBase) + "expressroute-introduction";
const std::string connectionReference = std::string(learnBase)
                                        + "expressroute-howto-linkvnet-portal-resource-manager";

std::string whatToFillIn(const Node &node)
{
    switch (node.kind()) {
    case NodeKind::Site:
        return "its location, address prefixes and requirements";
    case NodeKind::CustomerEdge:
        return "whether BFD is configured, and its ASN if it differs from the peering's";
    case NodeKind::ProviderEdge:
        return "its connectivity model and service layer, and check its provider and peering "
               "location";
    case NodeKind::AzureRegion:
        return "its Azure region";
    case NodeKind::Circuit:
        return "its peering location, bandwidth and SKU";
    case NodeKind::VirtualNetwork:
        return "its address prefixes";
    }
    return "its fields";
}

// IMPORT-001
void checkPlaceholders(const RuleContext &c, FindingSink &sink)
{
    for (const Node &node : c.topology.nodes()) {
        if (!node.isPlaceholder())
            continue;
        sink.report({node.id},
                    std::string(displayName(node.kind())) + " " + quoted(node)
                        + " is a placeholder the import added (Azure does not know it): fill in "
                        + whatToFillIn(node),
                    "Fill in the real values (or link the real element in its place), then "
                    "confirm the placeholder (Arrange > Confirm Placeholders)");
    }
}

// IMPORT-002
void checkUnmapped(const RuleContext &c, FindingSink &sink)
{
    for (const auto &[key, text] : c.topology.extra) {
        if (key != "unmapped")
            continue;
        const auto list = nlohmann::json::parse(text, nullptr, false);
        if (!list.is_array() || list.empty())
            continue;
        std::string names;
        std::size_t shown = 0;
        for (const auto &entry : list) {
            if (!entry.is_object() || shown == 8)
                continue;
            const auto name = entry.value("name", std::string("?"));
            const auto type = entry.value("type", std::string("?"));
            names += (shown ? ", " : "") + Er::quoted(std::string_view(name)) + " (" + type + ")";
            ++shown;
        }
        if (list.size() > shown)
            names += " and " + std::to_string(list.size() - shown) + " more";
        sink.report({},
                    std::to_string(list.size())
                        + " imported Azure resource(s) the design cannot draw are kept in it "
                          "unchanged: "
                        + names,
                    "Model by hand what matters for connectivity (a Virtual WAN hub and its "
                    "ExpressRoute gateway are not node kinds); the list stays in the file");
    }
}

// IMPORT-003
void checkUnconnectedGateways(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        if (!vnet->virtualNetwork()->expressRouteGateway)
            continue;
        if (!c.index.linksAt(*vnet, LinkKind::Connection).empty())
            continue;
        sink.report({vnet->id},
                    "The ExpressRoute gateway of VNet " + quoted(*vnet)
                        + " has no connection: no circuit reaches it",
                    "Connect a circuit to the VNet (a connection), or remove the gateway if it "
                    "is not needed");
    }
}

} // namespace

void registerImportRules(RuleRegistry &registry)
{
    registry.add({"IMPORT-001", Severity::Warning, "A placeholder from an import is not filled in",
                  "import.md", importReference, false, checkPlaceholders});
    registry.add({"IMPORT-002", Severity::Warning,
                  "Imported resources the design cannot hold are kept as unmapped data",
                  "import.md", importReference, false, checkUnmapped});
    registry.add({"IMPORT-003", Severity::Warning, "An ExpressRoute gateway has no connection",
                  "§4", connectionReference, false, checkUnconnectedGateways});
}

} // namespace Er
