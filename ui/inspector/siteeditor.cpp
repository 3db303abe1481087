#include "nodeeditors.h"

#include "catalogue/catalogue.h"
#include "fieldtext.h"

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
        [](const Node &n) { return T::of(site(n).needsVnets); },
        [this](Node &n, const QString &text) {
            return T::parseList(text, site(n).needsVnets, [this](const QString &entry) {
                if (m_vnetIds.contains(entry))
                    return QString();
                return tr("the design has no virtual network with id \"%1\".").arg(entry);
            });
        },
        tr("Ids of the VNets this site must reach; empty means every VNet."));
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
    m_vnetIds.clear();
    for (const Node &node : topology.nodes()) {
        if (node.kind() == NodeKind::VirtualNetwork)
            m_vnetIds << qs(node.id);
    }
}

} // namespace Er
