#include "views/report/factsources.h"

namespace Er {

namespace {

// docs/reference/expressroute-facts.md, "Source key".
const FactSource sources[] = {
    {"FAQ", "ExpressRoute FAQ", "https://learn.microsoft.com/azure/expressroute/expressroute-faqs",
     "03/31/2026. Also read: 06/12/2023 (commit 5e19861c…), 03/24/2022 (commit 021ffb8f…)", false},
    {"MODELS", "ExpressRoute connectivity models",
     "https://learn.microsoft.com/azure/expressroute/expressroute-connectivity-models",
     "10/07/2020 (commit 16c476e6…) — old, but the wording is unchanged in newer versions", false},
    {"PEER", "ExpressRoute circuits and peering",
     "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings", "08/27/2026",
     false},
    {"ROUTE", "ExpressRoute routing requirements",
     "https://learn.microsoft.com/azure/expressroute/expressroute-routing",
     "03/12/2026; also 09/06/2023, 12/13/2018", false},
    {"CFGPEER", "Create and modify peering (portal)",
     "https://learn.microsoft.com/azure/expressroute/"
     "expressroute-howto-routing-portal-resource-manager",
     "02/13/2019 (commit 02512778…) + newer copy containing \"65515 to 65520\" text", false},
    {"DIRECT", "About ExpressRoute Direct",
     "https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about",
     "03/02/2026; also 03/28/2024 (commit 0440832a…)", false},
    {"METRO", "About ExpressRoute Metro", "https://learn.microsoft.com/azure/expressroute/metro",
     "05/10/2026; older preview copy 06/03/2024", false},
    {"RESARCH", "Design and architect ExpressRoute for resiliency",
     "https://learn.microsoft.com/azure/expressroute/design-architecture-for-resiliency",
     "04/18/2024 (commit 005f7371…)", false},
    {"HA", "Designing for high availability with ExpressRoute",
     "https://learn.microsoft.com/azure/expressroute/"
     "designing-for-high-availability-with-expressroute",
     "11/18/2024", false},
    {"DR", "Designing for disaster recovery with ER private peering",
     "https://learn.microsoft.com/azure/expressroute/"
     "designing-for-disaster-recovery-with-expressroute-privatepeering",
     "03/22/2021 (commit 0280dee0…)", false},
    {"RINS", "Resiliency Insights for ExpressRoute gateways",
     "https://learn.microsoft.com/azure/expressroute/resiliency-insights",
     "11/04/2025; preview copy 03/31/2025", false},
    {"RVAL", "ExpressRoute Gateway Resiliency Validation",
     "https://learn.microsoft.com/azure/expressroute/resiliency-validation", "11/04/2025", false},
    {"RGUARD", "ExpressRoute Resiliency Guard (Preview)", "", "06/25/2025", true},
    {"GW", "About ExpressRoute virtual network gateways",
     "https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways",
     "08/19/2024", false},
    {"GWSKU", "Gateway SKU include",
     "https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/expressroute-gwsku-include.md",
     "11/06/2025 (commit 0b8729ea…)", false},
    {"SCALE", "About ExpressRoute scalable gateway (ErGwScale)",
     "https://learn.microsoft.com/azure/expressroute/scalable-gateway",
     "11/06/2025 (commit 03e5750a…)", false},
    {"LIMITS",
     "ExpressRoute limits include (shown on Azure subscription limits page and embedded in FAQ)",
     "https://learn.microsoft.com/azure/azure-resource-manager/management/"
     "azure-subscription-service-limits",
     "expanded version (header ms.date 10/09/2023 but content newer: has ErGwScale 1-10/11-40 "
     "rows) — identical text in FAQ 03/31/2026",
     false},
    {"GWPERF", "Gateway performance include (older)",
     "https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/"
     "expressroute-gateway-performance-include.md",
     "07/09/2024 (commit 04cb5e08…)", false},
    {"FP", "About ExpressRoute FastPath",
     "https://learn.microsoft.com/azure/expressroute/about-fastpath", "03/20/2025", false},
    {"GR", "About ExpressRoute Global Reach",
     "https://learn.microsoft.com/azure/expressroute/expressroute-global-reach", "01/31/2025",
     false},
    {"GRCFG", "Configure ExpressRoute Global Reach (PowerShell)",
     "https://learn.microsoft.com/azure/expressroute/expressroute-howto-set-global-reach",
     "01/31/2025", false},
    {"QOS", "ExpressRoute QoS requirements",
     "https://learn.microsoft.com/azure/expressroute/expressroute-qos",
     "Learn page / GitHub copy ms.date 06/30/2023 (search \"docs\" corpus); older 04/22/2019, "
     "10/06/2015",
     false},
    {"ENC", "ExpressRoute encryption",
     "https://learn.microsoft.com/azure/expressroute/expressroute-about-encryption",
     "03/15/2023 (commit 042e00c0…)", false},
    {"COEX", "Configure ExpressRoute and S2S coexisting connections (PowerShell)",
     "https://learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager",
     "01/31/2025; older 06/05/2018", false},
    {"BFD", "Configure BFD over ExpressRoute",
     "https://learn.microsoft.com/azure/expressroute/expressroute-bfd", "12/14/2020", false},
    {"RF", "Configure route filters for Microsoft peering (portal)",
     "https://learn.microsoft.com/azure/expressroute/how-to-routefilter-portal", "08/25/2017",
     false},
    {"LOC", "ExpressRoute peering locations and connectivity partners",
     "https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers",
     "04/28/2026 (commit 00349682…)", false},
    {"GEO", "Azure regions to ER locations within a geopolitical region (include)",
     "https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/"
     "expressroute-azure-regions-geopolitical-region.md",
     "04/05/2024 (commit 0440832a…) — older than LOC, see §12", false},
    {"INTRO", "What is Azure ExpressRoute?",
     "https://learn.microsoft.com/azure/expressroute/expressroute-introduction",
     "10/05/2020 (commit 00e046fd…) — old", false},
    {"PREREQ", "ExpressRoute prerequisites & checklist",
     "https://learn.microsoft.com/azure/expressroute/expressroute-prerequisites",
     "03/22/2017 — old", false},
    {"M365", "Azure ExpressRoute for Microsoft 365",
     "https://learn.microsoft.com/microsoft-365/enterprise/azure-expressroute",
     "03/15/2024 (commit 0e31e9a7…)", false},
    {"VPNSKU", "About VPN Gateway SKUs",
     "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus",
     "06/23/2025 (commit 2102068c…)", false},
    {"VPNLIM", "VPN Gateway limits include (subscription limits page)",
     "https://learn.microsoft.com/azure/azure-resource-manager/management/"
     "azure-subscription-service-limits",
     "(header 01/04/2024, content lists AZ vs \"slated for migration\" SKUs → ≥2025)", false},
    {"VPNTBL", "VPN SKU table include",
     "https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/"
     "vpn-gateway-table-gwtype-aggtput-include.md",
     "10/19/2023", false},
    {"VPNCONS", "VPN Gateway SKU consolidation and migration",
     "https://learn.microsoft.com/azure/vpn-gateway/gateway-sku-consolidation", "02/03/2026", false},
    {"VPNBGP", "VPN Gateway BGP FAQ",
     "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq", "", false},
    {"S2SPP", "S2S VPN over ExpressRoute private peering",
     "https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering", "07/28/2023",
     false},
    {"ARCHVPN",
     "Azure Architecture Center: VPN Gateway site-to-site connectivity for hybrid networks",
     "https://learn.microsoft.com/azure/architecture", "ms.date 07/23/2026", true},
    {"VWANER", "About ExpressRoute connections in Azure Virtual WAN",
     "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about", "03/26/2025",
     false},
    {"VWANLIM", "Virtual WAN limits include",
     "https://learn.microsoft.com/azure/azure-resource-manager/management/"
     "azure-subscription-service-limits",
     "", false},
    {"LAT", "Azure network round-trip latency statistics",
     "https://learn.microsoft.com/azure/networking/azure-network-latency", "06/20/2024 dataset",
     false},
    {"AZLAT", "What are availability zones (inter-zone latency)",
     "https://learn.microsoft.com/azure/reliability/availability-zones-overview#inter-zone-latency",
     "", false},
    {"WIKI",
     "Wikipedia \"Latency (engineering)\" (read via mirror "
     "http://wap.danielthefox.com/en/wikiwap/page.php?p=13&w=Latency_%28engineering%29)",
     "https://en.wikipedia.org/wiki/Latency_(engineering)", "third-party, physics", false},
    {"MYT", "\"The 5-microsecond rule\"",
     "https://mapyourtech.com/the-5-microsecond-rule-fiber-propagation-latency-per-kilometer/",
     "third-party, physics", false},
    {"LEARNMOD",
     "Microsoft Learn training module \"Introduction to Azure ExpressRoute\" (unit on when to use "
     "ER)",
     "https://learn.microsoft.com/training/modules/intro-to-azure-expressroute/", "", true},
    {"MEGA", "Megaport blog \"Understanding Private Connection SLAs…\" (third-party)",
     "http://www.ctouniverse.com/google-cloud/?open-article-id=14711376", "third-party", false},
};

// docs/reference/expressroute-facts.md, "Open items / UNCONFIRMED summary".
const UnconfirmedFact unconfirmed[] = {
    {"The exact wording of the ExpressRoute SLA page, and the SLA of ExpressRoute Metro and of "
     "multi-site (maximum resiliency) designs",
     "§2.6",
     "a circuit counts 99.95 % [LEARNMOD]; a Metro circuit 99.99 % is an assumption, printed as "
     "such"},
    {"The SLA of ExpressRoute gateways; VPN Basic 99.9 % and AZ SKUs 99.99 %", "§4.7, §10.2",
     "used as assumptions (section 9 above); a design can override each"},
    {"The VLAN ID range Azure accepts for a peering", "§3.3",
     "validation accepts 1–4094, the IEEE 802.1Q range"},
    {"Whether ExpressRoute Local can be billed as metered data", "§2.3",
     "the designer does not rely on it either way"},
    {"Whether Microsoft 365 certificate revocation checks (CRL/OCSP) need the internet", "§7.3",
     "a site reaching Microsoft 365 over ExpressRoute is still required to have internet "
     "breakout (SVC-002)"},
    {"NSG and UDR rules on the GatewaySubnet", "§4.4", "not checked"},
    {"VNet link limits of 200 and 400 Gbps ExpressRoute Direct circuits", "§2.4",
     "the 100 Gbps limits are applied"},
    {"The geopolitical area of Azure regions added after April 2024", "§12.3",
     "the catalogue marks such regions unconfirmed; Standard-tier reach checks say so"},
};

} // namespace

std::span<const FactSource> factSources()
{
    return sources;
}

std::span<const UnconfirmedFact> unconfirmedFacts()
{
    return unconfirmed;
}

} // namespace Er
