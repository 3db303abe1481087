#include "model/validation/rules/rulehelpers.h"

#include <cctype>

namespace Er {

std::string quoted(const Node &node)
{
    return quoted(node.label());
}

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

std::string describe(const Node &node)
{
    std::string kind(displayName(node.kind()));
    kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
    if (node.kind() == NodeKind::VirtualNetwork)
        kind = "VNet";
    return kind + " " + quoted(node);
}

std::string formatBandwidth(std::int64_t mbps)
{
    if (mbps >= 1000 && mbps % 1000 == 0)
        return std::to_string(mbps / 1000) + " Gbps";
    return std::to_string(mbps) + " Mbps";
}

} // namespace Er
