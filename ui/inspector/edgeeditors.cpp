#include "ui/inspector/nodeeditors.h"

#include "model/catalogue/catalogue.h"
#include "model/core/numberranges.h"
#include "ui/inspector/fieldtext.h"

namespace Er {

namespace {

using Style = FieldEditor::Style;
namespace T = FieldText;

std::vector<std::string> peeringLocationNames()
{
    std::vector<std::string> names;
    for (const PeeringLocationInfo &location : Catalogue::builtIn().peeringLocations())
        names.push_back(location.name);
    return names;
}

} // namespace

CustomerEdgeEditor::CustomerEdgeEditor(QWidget *parent)
    : NodeEditor(parent)
{
    addSection(tr("Customer edge router"));
    form()
        .add(
            QStringLiteral("bfd"), tr("BFD"), Style::Choice,
            [](const Node &n) { return T::of(n.customerEdge()->bfd); },
            [](Node &n, const QString &text) { return T::parseBool(text, n.customerEdge()->bfd); },
            tr("BFD is configured on this router's ExpressRoute BGP sessions, so a failed link "
               "is detected in under a second instead of the BGP hold time."))
        ->setChoices(T::boolChoices(false));
    form().add(
        QStringLiteral("asn"), tr("ASN"), Style::Line,
        [](const Node &n) { return T::of(n.customerEdge()->asn); },
        [](Node &n, const QString &text) { return T::parseAsn(text, n.customerEdge()->asn); },
        tr("The router's own AS number, if it differs from the peering's peer ASN (%1 to %2).")
            .arg(asNumberRange.min)
            .arg(asNumberRange.max));
    addCommonFields();
}

ProviderEdgeEditor::ProviderEdgeEditor(QWidget *parent)
    : NodeEditor(parent)
{
    addSection(tr("Connectivity provider"));
    form()
        .add(
            QStringLiteral("provider"), tr("Provider"), Style::EditableChoice,
            [](const Node &n) { return T::of(n.providerEdge()->provider); },
            [](Node &n, const QString &text) { return T::parse(text, n.providerEdge()->provider); },
            tr("The connectivity provider, e.g. Equinix, AT&T NetBond, BT, Megaport."))
        ->setChoices(T::valueChoices(Catalogue::builtIn().providers()));
    form()
        .add(
            QStringLiteral("peeringLocation"), tr("Peering location"), Style::EditableChoice,
            [](const Node &n) { return T::of(n.providerEdge()->peeringLocation); },
            [](Node &n, const QString &text) {
                return T::parse(text, n.providerEdge()->peeringLocation);
            },
            tr("The ExpressRoute peering location where this edge meets Microsoft."))
        ->setChoices(T::valueChoices(peeringLocationNames()));
    form()
        .add(
            QStringLiteral("connectivityModel"), tr("Connectivity model"), Style::Choice,
            [](const Node &n) { return T::of(n.providerEdge()->connectivityModel); },
            [](Node &n, const QString &text) {
                return T::parse(text, n.providerEdge()->connectivityModel);
            },
            tr("How the provider connects you: a cloud exchange co-location, point-to-point "
               "Ethernet or an any-to-any (IPVPN) network."))
        ->setChoices({{tr("(not set)"), QString()},
                      {tr("Cloud exchange co-location"), QStringLiteral("cloudExchange")},
                      {tr("Point-to-point Ethernet"), QStringLiteral("pointToPoint")},
                      {tr("Any-to-any (IPVPN)"), QStringLiteral("anyToAny")}});
    form()
        .add(
            QStringLiteral("serviceLayer"), tr("Service layer"), Style::Choice,
            [](const Node &n) { return T::of(n.providerEdge()->serviceLayer); },
            [](Node &n, const QString &text) {
                return T::parse(text, n.providerEdge()->serviceLayer);
            },
            tr("Layer 2: your router runs BGP with Microsoft. Layer 3: the provider manages the "
               "routing."))
        ->setChoices({{tr("(not set)"), QString()},
                      {tr("Layer 2 (you run BGP)"), QStringLiteral("L2")},
                      {tr("Layer 3 (provider-managed)"), QStringLiteral("L3")}});
    addCommonFields();
}

} // namespace Er
