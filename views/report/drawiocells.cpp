#include "views/report/drawiocells.h"

#include "views/annotationitem.h"
#include "views/nodeicons.h"
#include "views/presentation.h"
#include "views/qtstrings.h"
#include "views/regionframeitem.h"

#include <QFile>
#include <QSet>

#include <map>

namespace Er {

namespace {

// draw.io's Azure icons (its azure2 library) by path: no Microsoft icon ships with the designer.
QString azureIconPath(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Circuit:
        return QStringLiteral("img/lib/azure2/networking/ExpressRoute_Circuits.svg");
    case NodeKind::VirtualNetwork:
        return QStringLiteral("img/lib/azure2/networking/Virtual_Networks.svg");
    default:
        return {};
    }
}

// The designer's own icon as a data URI in draw.io's style form (base64 after the comma, no
// ";base64": a semicolon separates style entries).
QString embeddedIcon(NodeKind kind)
{
    // Read once (thread-safe), for every kind.
    static const std::map<NodeKind, QString> icons = [] {
        std::map<NodeKind, QString> all;
        for (const NodeKind each : allNodeKinds) {
            QFile file(nodeIconPath(each));
            if (file.open(QIODevice::ReadOnly))
                all[each] = QStringLiteral("data:image/svg+xml,")
                            + QString::fromLatin1(file.readAll().toBase64());
        }
        return all;
    }();
    const auto found = icons.find(kind);
    return found == icons.end() ? QString() : found->second;
}

} // namespace

QString drawioNodeStyle(NodeKind kind)
{
    const QString path = azureIconPath(kind);
    const QString image = path.isEmpty() ? embeddedIcon(kind) : path;
    return QStringLiteral("shape=image;html=0;aspect=fixed;imageAspect=0;points=[];"
                          "verticalLabelPosition=bottom;verticalAlign=top;align=center;"
                          "fontSize=11;labelBackgroundColor=#ffffff;image=%1;")
        .arg(image);
}

QString drawioRegionStyle()
{
    return QStringLiteral("swimlane;container=1;collapsible=0;html=0;rounded=1;arcSize=4;"
                          "startSize=%1;fontSize=11;fontStyle=1;align=left;spacingLeft=8;"
                          "strokeColor=#0078d4;fillColor=#e8f2fb;swimlaneFillColor=#f7fbfe;")
        .arg(RegionFrameItem::titleHeight);
}

QString drawioAnnotationStyle(const Annotation &annotation)
{
    const QString color = annotationColor(annotation.kind, annotation.color).name();
    if (annotation.kind == AnnotationKind::Note) {
        return QStringLiteral("text;html=0;whiteSpace=wrap;align=left;verticalAlign=top;"
                              "spacing=8;fontSize=11;fontColor=#323232;fillColor=%1;"
                              "strokeColor=%2;")
            .arg(color, QColor(color).darker(140).name());
    }
    return QStringLiteral("rounded=1;arcSize=2;absoluteArcSize=1;html=0;whiteSpace=wrap;"
                          "dashed=1;dashPattern=6 3;strokeWidth=2;strokeColor=%1;fillColor=none;"
                          "align=left;verticalAlign=top;spacingLeft=8;spacingTop=4;fontSize=12;"
                          "fontStyle=1;fontColor=%2;")
        .arg(color, QColor(color).darker(120).name());
}

QString drawioLinkStyle(const Link &link)
{
    QString style = QStringLiteral("endArrow=none;html=0;rounded=0;strokeWidth=2;strokeColor=%1;"
                                   "fontSize=10;fontColor=#444444;labelBackgroundColor=#ffffff;")
                        .arg(linkKindColor(link.kind).name());
    if (link.role && *link.role == "secondary")
        style += QStringLiteral("dashed=1;dashPattern=5 3;");
    else if (link.kind == LinkKind::GlobalReach)
        style += QStringLiteral("dashed=1;dashPattern=8 3 2 3;");
    else if (link.kind == LinkKind::Vpn)
        style += QStringLiteral("dashed=1;dashPattern=1 2;");
    return style;
}

// A property name draw.io keeps: an XML name that is none of the attributes draw.io itself
// gives meaning to.
QString drawioPropertyName(const std::string &field)
{
    static const QSet<QString> reserved = {QStringLiteral("id"),
                                           QStringLiteral("label"),
                                           QStringLiteral("placeholders"),
                                           QStringLiteral("tooltip"),
                                           QStringLiteral("link"),
                                           QStringLiteral("kind")};
    QString name = qs(field);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
              || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == QLatin1Char('_')))
        name.prepend(QLatin1Char('_'));
    if (reserved.contains(name))
        name.prepend(QStringLiteral("er_"));
    return name;
}

// The ASN, VLAN and prefix lines of an element, for the Addressing layer.
QStringList drawioAddressingLines(const Node &node)
{
    QStringList lines;
    const auto prefixes = [](const StringList &list) {
        QStringList texts;
        for (const std::string &prefix : list)
            texts << qs(prefix);
        return texts.join(QStringLiteral(", "));
    };
    if (const SiteFields *site = node.site()) {
        if (site->addressPrefixes && !site->addressPrefixes->empty())
            lines << prefixes(*site->addressPrefixes);
    } else if (const CustomerEdgeFields *ce = node.customerEdge()) {
        if (ce->asn)
            lines << QStringLiteral("AS %1").arg(*ce->asn);
    } else if (const CircuitFields *circuit = node.circuit()) {
        for (const Peering &peering : circuit->peerings.value_or(std::vector<Peering>())) {
            QStringList parts;
            if (peering.peerASN)
                parts << QStringLiteral("AS %1").arg(*peering.peerASN);
            if (peering.vlanId)
                parts << QStringLiteral("VLAN %1").arg(*peering.vlanId);
            if (peering.primaryPeerAddressPrefix)
                parts << qs(*peering.primaryPeerAddressPrefix);
            if (peering.secondaryPeerAddressPrefix)
                parts << qs(*peering.secondaryPeerAddressPrefix);
            if (peering.advertisedPrefixes && !peering.advertisedPrefixes->empty())
                parts << QStringLiteral("adv. %1").arg(prefixes(*peering.advertisedPrefixes));
            // "Private: AS 65010 · VLAN 100 · ..." for AzurePrivatePeering.
            QString type = qs(peering.peeringType.value_or(""));
            type.remove(QStringLiteral("Peering"));
            if (type.startsWith(QLatin1String("Azure")))
                type = type.mid(5);
            if (!parts.isEmpty())
                lines << QStringLiteral("%1: %2").arg(type.isEmpty() ? QStringLiteral("Peering")
                                                                     : type,
                                                      parts.join(QStringLiteral(" · ")));
        }
    } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        if (vnet->addressPrefixes && !vnet->addressPrefixes->empty())
            lines << prefixes(*vnet->addressPrefixes);
        if (vnet->gatewaySubnetPrefix)
            lines << QStringLiteral("GatewaySubnet %1").arg(qs(*vnet->gatewaySubnetPrefix));
    }
    return lines;
}

QStringList drawioAddressingLines(const Link &link)
{
    QStringList lines;
    if (link.addressPrefix)
        lines << qs(*link.addressPrefix);
    if (link.advertisedPrefixes && !link.advertisedPrefixes->empty()) {
        QStringList texts;
        for (const std::string &prefix : *link.advertisedPrefixes)
            texts << qs(prefix);
        lines << QStringLiteral("adv. %1").arg(texts.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace Er
