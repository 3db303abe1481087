#include "views/elementlabels.h"

#include "views/qtstrings.h"

#include <QStringList>

namespace Er {

namespace {

QString bandwidthText(std::int64_t mbps)
{
    if (mbps >= 1000 && mbps % 1000 == 0)
        return QStringLiteral("%1 Gbps").arg(mbps / 1000);
    return QStringLiteral("%1 Mbps").arg(mbps);
}

QString joinParts(const QStringList &parts)
{
    QString joined;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QStringLiteral(" · ");
        joined += part;
    }
    return joined;
}

} // namespace

QString nodeDetail(const Node &node)
{
    if (const SiteFields *site = node.site()) {
        if (site->location && site->location->city)
            return qs(*site->location->city);
        return {};
    }
    if (const ProviderEdgeFields *pe = node.providerEdge()) {
        return joinParts({qs(pe->provider.value_or("")), qs(pe->peeringLocation.value_or("")),
                          qs(pe->serviceLayer.value_or(""))});
    }
    if (const CircuitFields *circuit = node.circuit()) {
        return joinParts(
            {qs(circuit->peeringLocation.value_or("")),
             circuit->bandwidthInMbps ? bandwidthText(*circuit->bandwidthInMbps) : QString(),
             qs(circuit->skuTier.value_or("")),
             circuit->isDirect() ? QStringLiteral("Direct") : QString()});
    }
    if (const AzureRegionFields *region = node.azureRegion())
        return qs(region->region.value_or(""));
    if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        QString prefix;
        if (vnet->addressPrefixes && !vnet->addressPrefixes->empty())
            prefix = qs(vnet->addressPrefixes->front());
        QString gateway;
        if (vnet->expressRouteGateway && vnet->expressRouteGateway->sku)
            gateway = qs(*vnet->expressRouteGateway->sku);
        return joinParts({prefix, gateway});
    }
    return {};
}

QString linkLabel(const Link &link)
{
    QStringList parts;
    if (link.role && !(link.kind == LinkKind::Access && *link.role == "both"))
        parts << qs(*link.role);
    if (link.bandwidthInMbps)
        parts << bandwidthText(*link.bandwidthInMbps);
    if (link.kind == LinkKind::Vpn)
        parts << QStringLiteral("VPN");
    if (link.kind == LinkKind::GlobalReach)
        parts << QStringLiteral("Global Reach");
    return joinParts(parts);
}

} // namespace Er
