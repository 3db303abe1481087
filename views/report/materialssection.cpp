#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

namespace Er {

namespace {

QString listText(const std::optional<StringList> &list)
{
    if (!list || list->empty())
        return QStringLiteral("—");
    QStringList items;
    for (const std::string &item : *list)
        items << qs(item);
    return items.join(QStringLiteral(", "));
}

QString numberText(const std::optional<std::int64_t> &number)
{
    return number ? QString::number(*number) : QStringLiteral("—");
}

QString yesNo(const std::optional<bool> &value, bool fallback)
{
    return value.value_or(fallback) ? QStringLiteral("Yes") : QStringLiteral("No");
}

// "Azure private" for AzurePrivatePeering; an unknown value as the file holds it.
QString peeringTypeName(const std::optional<std::string> &type)
{
    if (type == "AzurePrivatePeering")
        return QStringLiteral("Azure private");
    if (type == "MicrosoftPeering")
        return QStringLiteral("Microsoft");
    if (type == "AzurePublicPeering")
        return QStringLiteral("Azure public (retired)");
    return optionalText(type);
}

QString circuitType(const CircuitFields &circuit)
{
    if (circuit.isDirect()) {
        const ExpressRouteDirectPort &port = *circuit.expressRouteDirect;
        QString text = QStringLiteral("Direct");
        if (port.portBandwidthInGbps)
            text += QStringLiteral(", %1 Gbps port").arg(*port.portBandwidthInGbps);
        if (port.macsec.value_or(false))
            text += QStringLiteral(", MACsec");
        return text;
    }
    return circuit.isMetro() ? QStringLiteral("Metro") : QStringLiteral("Provider");
}

QString sitesTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("Site"), QStringLiteral("Location"),
                     QStringLiteral("Address prefixes"), QStringLiteral("Internet breakout"),
                     QStringLiteral("Needs VNets")},
                    {22, 16, 22, 12, 28});
    for (const Node &node : input.topology.nodes()) {
        const SiteFields *site = node.site();
        if (!site)
            continue;
        QStringList vnets;
        if (site->needsVnets) {
            for (const std::string &id : *site->needsVnets)
                vnets << elementName(input.topology, id);
        }
        table.addRow(
            {escaped(node.label()),
             escaped(site->location ? optionalText(site->location->city) : QStringLiteral("—")),
             escaped(listText(site->addressPrefixes)), yesNo(site->internetBreakout, true),
             site->needsVnets ? escaped(vnets.join(QStringLiteral(", ")))
                              : QStringLiteral("every VNet")});
    }
    return table.rowCount() ? QStringLiteral("<h2>On-premises sites</h2>") + table.html()
                            : QString();
}

QString circuitsTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("Circuit"), QStringLiteral("Peering location"),
                     QStringLiteral("Provider"), QStringLiteral("Bandwidth"),
                     QStringLiteral("Tier"), QStringLiteral("Billing"), QStringLiteral("Type")},
                    {19, 15, 15, 11, 9, 14, 17});
    for (const Node &node : input.topology.nodes()) {
        const CircuitFields *circuit = node.circuit();
        if (!circuit)
            continue;
        table.addRow({escaped(node.label()), escaped(optionalText(circuit->peeringLocation)),
                      escaped(circuit->isDirect() && !circuit->serviceProviderName
                                  ? QStringLiteral("(ExpressRoute Direct)")
                                  : optionalText(circuit->serviceProviderName)),
                      circuit->bandwidthInMbps ? bandwidthText(double(*circuit->bandwidthInMbps))
                                               : QStringLiteral("—"),
                      escaped(optionalText(circuit->skuTier)),
                      escaped(qs(circuit->skuFamily.value_or("MeteredData"))),
                      escaped(circuitType(*circuit))});
    }
    if (table.rowCount() == 0)
        return QStringLiteral("<h2>Circuits</h2><p>The design has no circuit.</p>");
    return QStringLiteral("<h2>Circuits</h2>") + table.html();
}

QString peeringsTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("Circuit"), QStringLiteral("Peering"),
                     QStringLiteral("Peer ASN"), QStringLiteral("VLAN"),
                     QStringLiteral("Primary link subnet"), QStringLiteral("Secondary link subnet"),
                     QStringLiteral("MD5"), QStringLiteral("Route filter")},
                    {14, 13, 8, 7, 15, 15, 10, 18});
    for (const Node &node : input.topology.nodes()) {
        const CircuitFields *circuit = node.circuit();
        if (!circuit || !circuit->peerings)
            continue;
        for (const Peering &peering : *circuit->peerings) {
            const QString type = peeringTypeName(peering.peeringType);
            table.addRow({escaped(node.label()), escaped(type), numberText(peering.peerASN),
                          numberText(peering.vlanId),
                          escaped(optionalText(peering.primaryPeerAddressPrefix)),
                          escaped(optionalText(peering.secondaryPeerAddressPrefix)),
                          peering.md5.value_or(false) ? QStringLiteral("configured")
                                                      : QStringLiteral("none"),
                          escaped(listText(peering.routeFilter))});
        }
    }
    if (table.rowCount() == 0)
        return QString();
    return QStringLiteral("<h2>Peerings</h2><p class=\"muted\">BGP settings per circuit. MD5 "
                          "keys are never stored in a design and are not printed.</p>")
           + table.html();
}

QString edgesTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("Router"), QStringLiteral("Role"),
                     QStringLiteral("Provider / ASN"), QStringLiteral("Peering location"),
                     QStringLiteral("Model and layer"), QStringLiteral("BFD")},
                    {22, 15, 18, 15, 20, 10});
    for (const Node &node : input.topology.nodes()) {
        if (const CustomerEdgeFields *ce = node.customerEdge()) {
            table.addRow({escaped(node.label()), qs(displayName(node.kind())),
                          ce->asn ? QStringLiteral("AS %1").arg(*ce->asn) : QStringLiteral("—"),
                          QStringLiteral("—"), QStringLiteral("—"), yesNo(ce->bfd, false)});
        } else if (const ProviderEdgeFields *pe = node.providerEdge()) {
            table.addRow({escaped(node.label()), qs(displayName(node.kind())),
                          escaped(optionalText(pe->provider)),
                          escaped(optionalText(pe->peeringLocation)),
                          escaped(QStringLiteral("%1, %2").arg(optionalText(pe->connectivityModel),
                                                               optionalText(pe->serviceLayer))),
                          QStringLiteral("—")});
        }
    }
    return table.rowCount() ? QStringLiteral("<h2>Edge routers</h2>") + table.html() : QString();
}

QString gatewaysTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("VNet"), QStringLiteral("Region"),
                     QStringLiteral("Address space"), QStringLiteral("GatewaySubnet"),
                     QStringLiteral("ExpressRoute gateway"), QStringLiteral("VPN gateway")},
                    {17, 13, 17, 15, 21, 17});
    for (const Node &node : input.topology.nodes()) {
        const VirtualNetworkFields *vnet = node.virtualNetwork();
        if (!vnet)
            continue;
        QString er = QStringLiteral("none");
        if (vnet->expressRouteGateway) {
            er = optionalText(vnet->expressRouteGateway->sku);
            if (const auto &units = vnet->expressRouteGateway->scaleUnits)
                er += QStringLiteral(", %1–%2 scale units")
                          .arg(numberText(units->min), numberText(units->max));
        }
        QString vpn = QStringLiteral("none");
        if (vnet->vpnGateway) {
            vpn = optionalText(vnet->vpnGateway->sku);
            if (vnet->vpnGateway->activeActive.value_or(false))
                vpn += QStringLiteral(", active-active");
        }
        table.addRow({escaped(node.label()),
                      escaped(vnet->region ? elementName(input.topology, *vnet->region)
                                           : QStringLiteral("—")),
                      escaped(listText(vnet->addressPrefixes)),
                      escaped(optionalText(vnet->gatewaySubnetPrefix)), escaped(er), escaped(vpn)});
    }
    return table.rowCount()
               ? QStringLiteral("<h2>Virtual networks and gateways</h2>") + table.html()
               : QString();
}

QString linksTable(const ReportInput &input, LinkKind kind)
{
    const Topology &topology = input.topology;
    const bool reach = kind == LinkKind::GlobalReach;
    HtmlTable table(reach ? QStringList{QStringLiteral("Circuit"), QStringLiteral("Circuit"),
                                        QStringLiteral("Address prefix (/29)")}
                          : QStringList{QStringLiteral("From"), QStringLiteral("To VNet"),
                                        QStringLiteral("Carried over"), QStringLiteral("BGP"),
                                        QStringLiteral("Bandwidth")},
                    reach ? QList<int>{35, 35, 30} : QList<int>{26, 26, 22, 10, 16});
    for (const Link &link : topology.links()) {
        if (link.kind != kind)
            continue;
        if (reach) {
            table.addRow({escaped(elementName(topology, link.from)),
                          escaped(elementName(topology, link.to)),
                          escaped(optionalText(link.addressPrefix))});
        } else {
            table.addRow({escaped(elementName(topology, link.from)),
                          escaped(elementName(topology, link.to)),
                          link.overExpressRoute.value_or(false)
                              ? QStringLiteral("ExpressRoute private peering")
                              : QStringLiteral("Internet"),
                          yesNo(link.bgp, false),
                          link.bandwidthInMbps ? bandwidthText(double(*link.bandwidthInMbps))
                                               : QStringLiteral("—")});
        }
    }
    if (table.rowCount() == 0)
        return QString();
    return QStringLiteral("<h2>%1</h2>")
               .arg(reach ? QStringLiteral("Global Reach") : QStringLiteral("Site-to-site VPNs"))
           + table.html();
}

QString notesTable(const ReportInput &input)
{
    HtmlTable table({QStringLiteral("Element"), QStringLiteral("Note")}, {28, 72});
    for (const Node &node : input.topology.nodes()) {
        if (node.notes && !node.notes->empty())
            table.addRow({escaped(node.label()), escaped(*node.notes)});
    }
    for (const Link &link : input.topology.links()) {
        if (link.notes && !link.notes->empty())
            table.addRow({escaped(elementName(input.topology, link.id)), escaped(*link.notes)});
    }
    return table.rowCount() ? QStringLiteral("<h2>Notes</h2>") + table.html() : QString();
}

} // namespace

QString materialsHtml(const ReportInput &input)
{
    return sectionStartHtml(ReportSection::Materials)
           + QStringLiteral("<p>What to order and configure: circuits with their billing, the "
                            "BGP settings of each peering, the routers, gateways, Global Reach "
                            "connections and VPNs of the design.</p>")
           + circuitsTable(input) + peeringsTable(input) + edgesTable(input) + gatewaysTable(input)
           + linksTable(input, LinkKind::GlobalReach) + linksTable(input, LinkKind::Vpn)
           + sitesTable(input) + notesTable(input);
}

} // namespace Er
