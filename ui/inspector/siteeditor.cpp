#include "ui/inspector/nodeeditors.h"

#include "model/catalogue/catalogue.h"
#include "ui/inspector/fieldtext.h"

#include <QCoreApplication>

namespace Er {

namespace {

using Style = FieldEditor::Style;
namespace T = FieldText;

SiteFields &site(Node &node)
{
    return *node.site();
}

const SiteFields &site(const Node &node)
{
    return *node.site();
}

// Edits a member of the site's location, dropping the location when nothing is left in it.
template<typename Edit>
QString editLocation(Node &node, Edit edit)
{
    GeoLocation &location = site(node).location ? *site(node).location
                                                : site(node).location.emplace();
    const QString error = edit(location);
    resetIfDefault(site(node).location);
    return error;
}

template<typename Edit>
QString editRequirements(Node &node, Edit edit)
{
    Requirements &requirements = site(node).requirements ? *site(node).requirements
                                                         : site(node).requirements.emplace();
    const QString error = edit(requirements);
    resetIfDefault(site(node).requirements);
    return error;
}

QString serviceError(const QString &entry)
{
    if (Catalogue::builtIn().service(entry.toStdString()))
        return {};
    QStringList known;
    for (const ServiceInfo &service : Catalogue::builtIn().services())
        known << qs(service.name);
    return QCoreApplication::translate("Er::SiteEditor", "\"%1\" is not a Microsoft service the "
                                                         "catalogue knows; known: %2.")
        .arg(entry, known.join(QStringLiteral(", ")));
}

} // namespace

SiteEditor::SiteEditor(QWidget *parent)
    : NodeEditor(parent)
{
    addSection(tr("Location"));
    form().add(
        QStringLiteral("location.city"), tr("City"), Style::Line,
        [](const Node &n) { return site(n).location ? T::of(site(n).location->city) : QString(); },
        [](Node &n, const QString &text) {
            return editLocation(n, [&](GeoLocation &l) { return T::parse(text, l.city); });
        },
        tr("Where the site is; the report and latency estimates use it."));
    form().add(
        QStringLiteral("location.lat"), tr("Latitude"), Style::Line,
        [](const Node &n) { return site(n).location ? T::of(site(n).location->lat) : QString(); },
        [](Node &n, const QString &text) {
            return editLocation(n, [&](GeoLocation &l) {
                return T::parseNumber(text, l.lat, -90, 90, tr("Latitude"));
            });
        },
        tr("Degrees north, -90 to 90; used for latency estimates."));
    form().add(
        QStringLiteral("location.lon"), tr("Longitude"), Style::Line,
        [](const Node &n) { return site(n).location ? T::of(site(n).location->lon) : QString(); },
        [](Node &n, const QString &text) {
            return editLocation(n, [&](GeoLocation &l) {
                return T::parseNumber(text, l.lon, -180, 180, tr("Longitude"));
            });
        },
        tr("Degrees east, -180 to 180; used for latency estimates."));

    addSection(tr("Networks"));
    form().add(
        QStringLiteral("addressPrefixes"), tr("Address prefixes"), Style::Lines,
        [](const Node &n) { return T::of(site(n).addressPrefixes); },
        [](Node &n, const QString &text) {
            return T::parseList(text, site(n).addressPrefixes, T::cidrEntryError);
        },
        tr("On-premises networks advertised to Azure, one CIDR prefix per line."));
    form()
        .add(
            QStringLiteral("internetBreakout"), tr("Internet breakout"), Style::Choice,
            [](const Node &n) { return T::of(site(n).internetBreakout); },
            [](Node &n, const QString &text) {
                return T::parseBool(text, site(n).internetBreakout);
            },
            tr("The site has its own internet access (needed for DNS, CDN and VPN)."))
        ->setChoices(T::boolChoices(true));
    form().add(
        QStringLiteral("internetAdvertisedPrefixes"), tr("Announced to the internet"), Style::Lines,
        [](const Node &n) { return T::of(site(n).internetAdvertisedPrefixes); },
        [](Node &n, const QString &text) {
            return T::parseList(text, site(n).internetAdvertisedPrefixes, T::cidrEntryError);
        },
        tr("Public prefixes the site's internet edge announces to its ISPs, one CIDR prefix per "
           "line; compared with what Microsoft peering advertises. Empty: not known."));
    form()
        .add(
            QStringLiteral("qosMarking"), tr("QoS marking"), Style::Choice,
            [](const Node &n) { return T::of(site(n).qosMarking); },
            [](Node &n, const QString &text) { return T::parseBool(text, site(n).qosMarking); },
            tr("The site marks and queues DSCP per Microsoft's table (EF 46, AF41 34, AF21 18, "
               "AF11 10, CS0)."))
        ->setChoices(T::boolChoices(false));
    form().add(
        QStringLiteral("needsVnets"), tr("Needs VNets"), Style::Lines,
        [this](const Node &n) {
            QStringList shown;
            if (site(n).needsVnets) {
                for (const std::string &id : *site(n).needsVnets)
                    shown << m_vnetNames.shownName(qs(id));
            }
            return shown.join(QLatin1Char('\n'));
        },
        [this](Node &n, const QString &text) {
            QString error = T::parseList(text, site(n).needsVnets, [this](const QString &entry) {
                return m_vnetNames.error(entry);
            });
            if (error.isEmpty() && site(n).needsVnets) {
                for (std::string &entry : *site(n).needsVnets)
                    entry = m_vnetNames.id(qs(entry)).toStdString();
            }
            return error;
        },
        tr("The VNets this site must reach, by name (or id), one per line; empty means every "
           "VNet."));
    form().add(
        QStringLiteral("needsServices"), tr("Needs services"), Style::Lines,
        [](const Node &n) { return T::of(site(n).needsServices); },
        [](Node &n, const QString &text) {
            return T::parseList(text, site(n).needsServices, serviceError);
        },
        tr("Microsoft services this site must reach, e.g. ExchangeOnline, Teams, AzurePaaS."));

    addSection(tr("Requirements"));
    form().add(
        QStringLiteral("requirements.availabilityPercent"), tr("Availability target %"),
        Style::Line,
        [](const Node &n) {
            return site(n).requirements ? T::of(site(n).requirements->availabilityPercent)
                                        : QString();
        },
        [](Node &n, const QString &text) {
            return editRequirements(n, [&](Requirements &r) {
                return T::parseNumber(text, r.availabilityPercent, 0, 100, tr("Availability"));
            });
        },
        tr("The availability the site needs, e.g. 99.99; the analysis compares against it."));
    form().add(
        QStringLiteral("requirements.maxLatencyMs"), tr("Max latency (ms)"), Style::Line,
        [](const Node &n) {
            return site(n).requirements ? T::of(site(n).requirements->maxLatencyMs) : QString();
        },
        [](Node &n, const QString &text) {
            return editRequirements(n, [&](Requirements &r) {
                return T::parseNumber(text, r.maxLatencyMs, 0, 10000, tr("Maximum latency"));
            });
        },
        tr("Round-trip time to Azure the site's applications tolerate."));
    form().add(
        QStringLiteral("requirements.bandwidthMbps"), tr("Bandwidth (Mbps)"), Style::Line,
        [](const Node &n) {
            return site(n).requirements ? T::of(site(n).requirements->bandwidthMbps) : QString();
        },
        [](Node &n, const QString &text) {
            return editRequirements(n, [&](Requirements &r) {
                return T::parseNumber(text, r.bandwidthMbps, 0, 1e7, tr("Bandwidth"));
            });
        },
        tr("Bandwidth the site needs to Azure."));
    form()
        .add(
            QStringLiteral("requirements.monthlyEgressGb"), tr("Egress from Azure (GB/month)"),
            Style::Line,
            [](const Node &n) {
                return site(n).requirements ? T::of(site(n).requirements->monthlyEgressGb)
                                            : QString();
            },
            [](Node &n, const QString &text) {
                return editRequirements(n, [&](Requirements &r) {
                    return T::parseNumber(text, r.monthlyEgressGb, 0, 1e12, tr("The egress"));
                });
            },
            tr("Data the site receives from Azure each month; prices metered egress on the "
               "circuits that carry it (inbound is free). Empty: egress is not counted."))
        ->setPlaceholderText(tr("not counted"));
    form()
        .add(
            QStringLiteral("requirements.encryptionRequired"), tr("Encryption required"),
            Style::Choice,
            [](const Node &n) {
                return site(n).requirements ? T::of(site(n).requirements->encryptionRequired)
                                            : QString();
            },
            [](Node &n, const QString &text) {
                return editRequirements(n, [&](Requirements &r) {
                    return T::parseBool(text, r.encryptionRequired);
                });
            },
            tr("Traffic to Azure must be encrypted (IPsec or MACsec)."))
        ->setChoices(T::boolChoices(false));
    addCommonFields();
}

void SiteEditor::updateChoices(const std::vector<Node> &, const Topology &topology)
{
    m_vnetNames.update(topology);
}

void SiteEditor::VnetNames::update(const Topology &topology)
{
    ids.clear();
    idByName.clear();
    ambiguous.clear();
    nameById.clear();
    for (const Node &node : topology.nodes()) {
        if (node.kind() == NodeKind::VirtualNetwork)
            ids << qs(node.id);
    }
    for (const Node &node : topology.nodes()) {
        if (node.kind() != NodeKind::VirtualNetwork || !node.name || node.name->empty())
            continue;
        const QString name = qs(*node.name);
        if (ids.contains(name) && name != qs(node.id))
            ambiguous << name; // another VNet's id: only that VNet answers to it
        else if (idByName.contains(name))
            ambiguous << name;
        else
            idByName.insert(name, qs(node.id));
    }
    for (auto it = idByName.cbegin(); it != idByName.cend(); ++it) {
        if (!ambiguous.contains(it.key()))
            nameById.insert(it.value(), it.key());
    }
}

QString SiteEditor::VnetNames::shownName(const QString &id) const
{
    return nameById.value(id, id);
}

QString SiteEditor::VnetNames::id(const QString &entry) const
{
    if (ids.contains(entry) || ambiguous.contains(entry))
        return entry;
    return idByName.value(entry, entry);
}

QString SiteEditor::VnetNames::error(const QString &entry) const
{
    if (ids.contains(entry))
        return {};
    if (ambiguous.contains(entry))
        return tr("several virtual networks are named \"%1\"; type the id of the one you mean.")
            .arg(entry);
    if (idByName.contains(entry))
        return {};
    return tr("the design has no virtual network named \"%1\".").arg(entry);
}

} // namespace Er
