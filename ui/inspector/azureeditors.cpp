#include "ui/inspector/nodeeditors.h"

#include "model/catalogue/catalogue.h"
#include "ui/inspector/fieldtext.h"

#include <QCoreApplication>

namespace Er {

namespace {

using Style = FieldEditor::Style;
namespace T = FieldText;

VirtualNetworkFields &vnet(Node &node)
{
    return *node.virtualNetwork();
}

const VirtualNetworkFields &vnet(const Node &node)
{
    return *node.virtualNetwork();
}

QString needsGateway(const char *which)
{
    return QCoreApplication::translate("Er::VirtualNetworkEditor",
                                       "The VNet has no %1 gateway; choose its SKU first.")
        .arg(QString::fromLatin1(which));
}

} // namespace

AzureRegionEditor::AzureRegionEditor(QWidget *parent)
    : NodeEditor(parent)
{
    addSection(tr("Azure region"));
    std::vector<FieldEditor::Choice> regions{{tr("(not set)"), QString()}};
    for (const AzureRegionInfo &info : Catalogue::builtIn().regions()) {
        regions.emplace_back(QStringLiteral("%1 (%2)").arg(qs(info.displayName), qs(info.name)),
                             qs(info.name));
    }
    form()
        .add(
            QStringLiteral("region"), tr("Region"), Style::Choice,
            [](const Node &n) { return T::of(n.azureRegion()->region); },
            [](Node &n, const QString &text) { return T::parse(text, n.azureRegion()->region); },
            tr("The Azure region; its geopolitical area decides what a Standard circuit reaches."))
        ->setChoices(regions);
    addCommonFields();
}

VirtualNetworkEditor::VirtualNetworkEditor(QWidget *parent)
    : NodeEditor(parent)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    addSection(tr("Virtual network"));
    form().add(
        QStringLiteral("region"), tr("Region"), Style::Choice,
        [](const Node &n) { return T::of(vnet(n).region); },
        [](Node &n, const QString &text) { return T::parse(text, vnet(n).region); },
        tr("The Azure region node the VNet lives in."));
    form().add(
        QStringLiteral("addressPrefixes"), tr("Address prefixes"), Style::Lines,
        [](const Node &n) { return T::of(vnet(n).addressPrefixes); },
        [](Node &n, const QString &text) {
            return T::parseList(text, vnet(n).addressPrefixes, T::cidrEntryError);
        },
        tr("The VNet's address space, one CIDR prefix per line."));
    form().add(
        QStringLiteral("gatewaySubnetPrefix"), tr("GatewaySubnet"), Style::Line,
        [](const Node &n) { return T::of(vnet(n).gatewaySubnetPrefix); },
        [](Node &n, const QString &text) { return T::parseCidr(text, vnet(n).gatewaySubnetPrefix); },
        tr("The GatewaySubnet's prefix; Microsoft recommends a /27 or larger."));
    form()
        .add(
            QStringLiteral("ipAddressesInUse"), tr("IP addresses in use"), Style::Line,
            [](const Node &n) { return T::of(vnet(n).ipAddressesInUse); },
            [](Node &n, const QString &text) {
                return T::parseInteger(text, vnet(n).ipAddressesInUse, 0, 4294967296LL,
                                       tr("The number of IP addresses in use"));
            },
            tr("IP addresses in use in the VNet (VMs, private endpoints, other NICs); checked "
               "against FastPath's IP limit. Empty: not known."))
        ->setPlaceholderText(tr("not known"));

    addSection(tr("ExpressRoute gateway"));
    std::vector<FieldEditor::Choice> erSkus{{tr("(no ExpressRoute gateway)"), QString()}};
    for (const GatewaySkuInfo &sku : catalogue.expressRouteGatewaySkus())
        erSkus.emplace_back(qs(sku.name), qs(sku.name));
    form()
        .add(
            QStringLiteral("expressRouteGateway.sku"), tr("SKU"), Style::Choice,
            [](const Node &n) {
                return vnet(n).expressRouteGateway ? T::of(vnet(n).expressRouteGateway->sku)
                                                   : QString();
            },
            [](Node &n, const QString &text) {
                if (text.isEmpty()) {
                    vnet(n).expressRouteGateway.reset();
                    return QString();
                }
                auto &gateway = vnet(n).expressRouteGateway ? *vnet(n).expressRouteGateway
                                                            : vnet(n).expressRouteGateway.emplace();
                return T::parse(text, gateway.sku);
            },
            tr("The ExpressRoute gateway's SKU; AZ SKUs and ErGwScale are zone-redundant."))
        ->setChoices(erSkus);
    const auto scaleUnitsField = [this](const QString &key, const QString &label, bool isMin) {
        form().add(
            key, label, Style::Line,
            [isMin](const Node &n) {
                const auto &gateway = vnet(n).expressRouteGateway;
                if (!gateway || !gateway->scaleUnits)
                    return QString();
                return T::of(isMin ? gateway->scaleUnits->min : gateway->scaleUnits->max);
            },
            [isMin](Node &n, const QString &text) {
                auto &gateway = vnet(n).expressRouteGateway;
                if (!gateway)
                    return text.trimmed().isEmpty() ? QString() : needsGateway("ExpressRoute");
                ScaleUnits &units = gateway->scaleUnits ? *gateway->scaleUnits
                                                        : gateway->scaleUnits.emplace();
                const QString error = T::parseInteger(text, isMin ? units.min : units.max, 1, 40,
                                                      tr("Scale units"));
                resetIfDefault(gateway->scaleUnits);
                return error;
            },
            tr("ErGwScale only: the gateway's minimum and maximum scale units."));
    };
    scaleUnitsField(QStringLiteral("expressRouteGateway.scaleUnits.min"), tr("Min scale units"),
                    true);
    scaleUnitsField(QStringLiteral("expressRouteGateway.scaleUnits.max"), tr("Max scale units"),
                    false);

    addSection(tr("VPN gateway"));
    std::vector<FieldEditor::Choice> vpnSkus{{tr("(no VPN gateway)"), QString()}};
    for (const VpnSkuInfo &sku : catalogue.vpnSkus())
        vpnSkus.emplace_back(qs(sku.name), qs(sku.name));
    form()
        .add(
            QStringLiteral("vpnGateway.sku"), tr("SKU"), Style::Choice,
            [](const Node &n) {
                return vnet(n).vpnGateway ? T::of(vnet(n).vpnGateway->sku) : QString();
            },
            [](Node &n, const QString &text) {
                if (text.isEmpty()) {
                    vnet(n).vpnGateway.reset();
                    return QString();
                }
                auto &gateway = vnet(n).vpnGateway ? *vnet(n).vpnGateway
                                                   : vnet(n).vpnGateway.emplace();
                return T::parse(text, gateway.sku);
            },
            tr("The VPN gateway's SKU, for site-to-site VPNs and ExpressRoute backup."))
        ->setChoices(vpnSkus);
    form()
        .add(
            QStringLiteral("vpnGateway.activeActive"), tr("Active-active"), Style::Choice,
            [](const Node &n) {
                return vnet(n).vpnGateway ? T::of(vnet(n).vpnGateway->activeActive) : QString();
            },
            [](Node &n, const QString &text) {
                if (!vnet(n).vpnGateway)
                    return text.isEmpty() ? QString() : needsGateway("VPN");
                return T::parseBool(text, vnet(n).vpnGateway->activeActive);
            },
            tr("Both gateway instances carry tunnels, so one instance's maintenance does not "
               "drop them."))
        ->setChoices(T::boolChoices(false));
    addCommonFields();
}

void VirtualNetworkEditor::updateChoices(const std::vector<Node> &, const Topology &topology)
{
    std::vector<FieldEditor::Choice> regions{{tr("(not set)"), QString()}};
    for (const Node &node : topology.nodes()) {
        if (node.kind() != NodeKind::AzureRegion)
            continue;
        const QString armName = T::of(node.azureRegion()->region);
        regions.emplace_back(QStringLiteral("%1 (%2)").arg(qs(node.label()), armName.isEmpty()
                                                                                 ? qs(node.id)
                                                                                 : armName),
                             qs(node.id));
    }
    form().field(QStringLiteral("region"))->setChoices(regions);
}

NodeEditor *createNodeEditor(NodeKind kind, QWidget *parent)
{
    switch (kind) {
    case NodeKind::Site:
        return new SiteEditor(parent);
    case NodeKind::CustomerEdge:
        return new CustomerEdgeEditor(parent);
    case NodeKind::ProviderEdge:
        return new ProviderEdgeEditor(parent);
    case NodeKind::Circuit:
        return new CircuitEditor(parent);
    case NodeKind::AzureRegion:
        return new AzureRegionEditor(parent);
    case NodeKind::VirtualNetwork:
        return new VirtualNetworkEditor(parent);
    }
    return new NodeEditor(parent);
}

} // namespace Er
