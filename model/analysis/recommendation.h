#pragma once

#include "model/analysis/analysisresult.h"

#include <string>
#include <vector>

namespace Er {

class TopologyIndex;

class Catalogue;
class Topology;
struct AnalysisOptions;
struct Node;

// One site's share of the design, as the analysis found it.
struct SiteDesign
{
    const Topology &topology;
    const Node &site;
    const std::vector<PairAnalysis> &pairs; // the site's needed pairs
    std::vector<std::string> reached;       // ids of the nodes and links its paths pass
    bool encrypted = false;                 // MACsec on every circuit, IPsec, or VPN only
    // The whole design's adjacency, when the caller has one (the analysis does): without it, the
    // links of the whole design are scanned.
    const TopologyIndex *index = nullptr;
};

// "Is ExpressRoute the best choice?" (docs/spec/analysis-model.md): the design as drawn and the
// variants of it that apply (designvariants.h), each analysed like the design, checked against
// the site's requirements and Microsoft's guidance, and the one to take with its reasons.
Recommendation recommend(const SiteDesign &design,
                         const Catalogue &catalogue,
                         const AnalysisOptions &options);

} // namespace Er
