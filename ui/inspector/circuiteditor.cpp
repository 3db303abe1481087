#include "ui/inspector/nodeeditors.h"

#include "model/catalogue/catalogue.h"
#include "ui/inspector/fieldtext.h"

#include "ui/inspector/peeringtable.h"
#include <QCoreApplication>

#include <QFormLayout>

namespace Er {

namespace {

using Style = FieldEditor::Style;
namespace T = FieldText;

CircuitFields &circuit(Node &node)
{
    return *node.circuit();
}

const CircuitFields &circuit(const Node &node)
{
    return *node.circuit();
}

QString bandwidthLabel(std::int64_t mbps)
{
    if (mbps >= 1000 && mbps % 1000 == 0)
        return QStringLiteral("%1 Gbps").arg(mbps / 1000);
    return QStringLiteral("%1 Mbps").arg(mbps);
}

QString portLabel(double gbps)
{
    return QStringLiteral("%1 Gbps port").arg(gbps);
}

QString needsDirect()
{
    return QCoreApplication::translate("Er::CircuitEditor",
                                       "Only an ExpressRoute Direct circuit has this; choose its "
                                       "port size first.");
}

} // namespace

CircuitEditor::CircuitEditor(QWidget *parent)
    : NodeEditor(parent)
{
    addSection(tr("Circuit"));
    form().add(
        QStringLiteral("peeringLocation"), tr("Peering location"), Style::EditableChoice,
        [](const Node &n) { return T::of(circuit(n).peeringLocation); },
        [](Node &n, const QString &text) { return T::parse(text, circuit(n).peeringLocation); },
        tr("Where the circuit meets Microsoft; for ExpressRoute Metro the metro's name, e.g. "
           "Amsterdam Metro."));
    form()
        .add(
            QStringLiteral("serviceProviderName"), tr("Provider"), Style::EditableChoice,
            [](const Node &n) { return T::of(circuit(n).serviceProviderName); },
            [](Node &n, const QString &text) {
                return T::parse(text, circuit(n).serviceProviderName);
            },
            tr("The connectivity provider; empty for ExpressRoute Direct."))
        ->setChoices(T::valueChoices(Catalogue::builtIn().providers()));
    form().add(
        QStringLiteral("bandwidthInMbps"), tr("Bandwidth"), Style::EditableChoice,
        [](const Node &n) { return T::of(circuit(n).bandwidthInMbps); },
        [](Node &n, const QString &text) {
            return T::parseInteger(text, circuit(n).bandwidthInMbps, 1, 400000,
                                   tr("The bandwidth in Mbps"));
        },
        tr("The circuit's bandwidth in Mbps; the choices are what the circuit type offers."));
    form()
        .add(
            QStringLiteral("skuTier"), tr("SKU tier"), Style::Choice,
            [](const Node &n) { return T::of(circuit(n).skuTier); },
            [](Node &n, const QString &text) { return T::parse(text, circuit(n).skuTier); },
            tr("Local: regions near the peering location only. Standard: regions of one "
               "geopolitical area. Premium: every region, more routes and VNet links."))
        ->setChoices(T::valueChoices({"Local", "Standard", "Premium"}));
    form()
        .add(
            QStringLiteral("skuFamily"), tr("Billing"), Style::Choice,
            [](const Node &n) { return T::of(circuit(n).skuFamily); },
            [](Node &n, const QString &text) { return T::parse(text, circuit(n).skuFamily); },
            tr("Metered data or unlimited data; metered when not set."))
        ->setChoices(
            T::valueChoices({"MeteredData", "UnlimitedData"}, tr("Default (MeteredData)")));
    form()
        .add(
            QStringLiteral("metro"), tr("ExpressRoute Metro"), Style::Choice,
            [](const Node &n) { return T::of(circuit(n).metro); },
            [](Node &n, const QString &text) { return T::parseBool(text, circuit(n).metro); },
            tr("A Metro circuit's two links terminate at two sites of one metro."))
        ->setChoices(T::boolChoices(false));

    addSection(tr("ExpressRoute Direct"));
    std::vector<FieldEditor::Choice> ports{{tr("(provider circuit)"), QString()}};
    for (double gbps : Catalogue::builtIn().directPortSizesGbps())
        ports.emplace_back(portLabel(gbps), QString::number(gbps));
    form()
        .add(
            QStringLiteral("expressRouteDirect.portBandwidthInGbps"), tr("Direct port"),
            Style::Choice,
            [](const Node &n) {
                return circuit(n).expressRouteDirect
                           ? T::of(circuit(n).expressRouteDirect->portBandwidthInGbps)
                           : QString();
            },
            [](Node &n, const QString &text) {
                if (text.isEmpty()) {
                    circuit(n).expressRouteDirect.reset();
                    return QString();
                }
                auto &direct = circuit(n).expressRouteDirect
                                   ? *circuit(n).expressRouteDirect
                                   : circuit(n).expressRouteDirect.emplace();
                return T::parseNumber(text, direct.portBandwidthInGbps, 1, 1000,
                                      tr("The port size"));
            },
            tr("A port size makes this an ExpressRoute Direct circuit on your own ports."))
        ->setChoices(ports);
    form()
        .add(
            QStringLiteral("expressRouteDirect.encapsulation"), tr("Encapsulation"), Style::Choice,
            [](const Node &n) {
                return circuit(n).expressRouteDirect
                           ? T::of(circuit(n).expressRouteDirect->encapsulation)
                           : QString();
            },
            [](Node &n, const QString &text) {
                if (!circuit(n).expressRouteDirect)
                    return text.isEmpty() ? QString() : needsDirect();
                return T::parse(text, circuit(n).expressRouteDirect->encapsulation);
            },
            tr("Dot1Q or QinQ tagging on the Direct port."))
        ->setChoices(T::valueChoices({"Dot1Q", "QinQ"}));
    form()
        .add(
            QStringLiteral("expressRouteDirect.macsec"), tr("MACsec"), Style::Choice,
            [](const Node &n) {
                return circuit(n).expressRouteDirect ? T::of(circuit(n).expressRouteDirect->macsec)
                                                     : QString();
            },
            [](Node &n, const QString &text) {
                if (!circuit(n).expressRouteDirect)
                    return text.isEmpty() ? QString() : needsDirect();
                return T::parseBool(text, circuit(n).expressRouteDirect->macsec);
            },
            tr("MACsec encrypts the Direct port's links."))
        ->setChoices(T::boolChoices(false));

    addSection(tr("Peerings"));
    m_peerings = new PeeringTable(this);
    formLayout()->addRow(m_peerings);
    m_peerings->setCommit([this](const std::optional<std::vector<Peering>> &peerings) {
        if (form().elements().size() != 1 || !commit())
            return;
        Node after = form().elements().front();
        circuit(after).peerings = peerings;
        commit()(QStringLiteral("peerings"), {after});
    });
    addCommonFields();
}

void CircuitEditor::updateChoices(const std::vector<Node> &nodes, const Topology &)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const bool metro = !nodes.empty() && std::all_of(nodes.begin(), nodes.end(), [](const Node &n) {
        return circuit(n).isMetro();
    });
    std::vector<std::string> locations;
    if (metro) {
        for (const MetroLocationInfo &info : catalogue.metroLocations())
            locations.push_back(info.name);
    } else {
        for (const PeeringLocationInfo &info : catalogue.peeringLocations()) {
            if (!info.metroSiteOnly)
                locations.push_back(info.name);
        }
    }
    form().field(QStringLiteral("peeringLocation"))->setChoices(T::valueChoices(locations));

    std::vector<std::int64_t> bandwidths = catalogue.providerCircuitBandwidthsMbps();
    if (!nodes.empty() && circuit(nodes.front()).expressRouteDirect
        && circuit(nodes.front()).expressRouteDirect->portBandwidthInGbps) {
        bandwidths = catalogue.directCircuitBandwidthsMbps(
            *circuit(nodes.front()).expressRouteDirect->portBandwidthInGbps);
    }
    std::vector<FieldEditor::Choice> choices{{tr("(not set)"), QString()}};
    for (std::int64_t mbps : bandwidths)
        choices.emplace_back(bandwidthLabel(mbps), QString::number(mbps));
    form().field(QStringLiteral("bandwidthInMbps"))->setChoices(choices);
}

void CircuitEditor::showExtras(const std::vector<Node> &nodes, bool selectionChanged)
{
    if (nodes.size() == 1)
        m_peerings->showPeerings(circuit(nodes.front()).peerings, true, selectionChanged);
    else
        m_peerings->showPeerings(std::nullopt, false, selectionChanged);
}

} // namespace Er
