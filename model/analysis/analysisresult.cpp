#include "model/analysis/analysisresult.h"

namespace Er {

std::string_view toString(Resiliency level)
{
    switch (level) {
    case Resiliency::None:
        return "none";
    case Resiliency::VpnOnly:
        return "vpnOnly";
    case Resiliency::Standard:
        return "standard";
    case Resiliency::StandardWithVpnBackup:
        return "standardWithVpnBackup";
    case Resiliency::High:
        return "high";
    case Resiliency::Maximum:
        return "maximum";
    }
    return "none";
}

std::string_view displayName(Resiliency level)
{
    switch (level) {
    case Resiliency::None:
        return "None (unreachable)";
    case Resiliency::VpnOnly:
        return "VPN only";
    case Resiliency::Standard:
        return "Standard";
    case Resiliency::StandardWithVpnBackup:
        return "Standard with VPN backup";
    case Resiliency::High:
        return "High";
    case Resiliency::Maximum:
        return "Maximum";
    }
    return "None (unreachable)";
}

std::string_view toString(PathRole role)
{
    switch (role) {
    case PathRole::Steady:
        return "steady";
    case PathRole::Failover:
        return "failover";
    case PathRole::Standby:
        return "standby";
    }
    return "standby";
}

std::string_view toString(DesignVariant variant)
{
    switch (variant) {
    case DesignVariant::ThisDesign:
        return "thisDesign";
    case DesignVariant::SecondLocation:
        return "secondLocation";
    case DesignVariant::VpnBackup:
        return "vpnBackup";
    case DesignVariant::Direct:
        return "direct";
    case DesignVariant::VpnOnly:
        return "vpnOnly";
    case DesignVariant::NearerLocations:
        return "nearerLocations";
    }
    return "thisDesign";
}

std::string_view toString(ServiceVia via)
{
    switch (via) {
    case ServiceVia::MicrosoftPeering:
        return "microsoftPeering";
    case ServiceVia::Internet:
        return "internet";
    case ServiceVia::None:
        return "none";
    }
    return "none";
}

std::string_view toString(ConnectivityOption option)
{
    switch (option) {
    case ConnectivityOption::Vpn:
        return "vpn";
    case ConnectivityOption::ExpressRoute:
        return "expressRoute";
    case ConnectivityOption::ExpressRouteWithVpnBackup:
        return "expressRouteWithVpnBackup";
    case ConnectivityOption::ExpressRouteMaximum:
        return "expressRouteMaximum";
    case ConnectivityOption::ExpressRouteDirect:
        return "expressRouteDirect";
    }
    return "vpn";
}

const PairAnalysis *AnalysisResult::pair(const std::string &site, const std::string &vnet) const
{
    for (const PairAnalysis &p : pairs) {
        if (p.site == site && p.vnet == vnet)
            return &p;
    }
    return nullptr;
}

} // namespace Er
