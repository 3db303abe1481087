#include "topologyscene.h"

#include "commands/topologydocument.h"
#include "core/autolayout.h"
#include "linkitem.h"
#include "nodeitem.h"

#include <map>

namespace Er {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString bandwidthText(std::int64_t mbps)
{
    if (mbps >= 1000 && mbps % 1000 == 0)
        return QStringLiteral("%1 Gbps").arg(mbps / 1000);
    return QStringLiteral("%1 Mbps").arg(mbps);
}

QString joinParts(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present << part;
    }
    return present.join(QStringLiteral(" · "));
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
        return joinParts({qs(circuit->peeringLocation.value_or("")),
                          circuit->bandwidthInMbps ? bandwidthText(*circuit->bandwidthInMbps)
                                                   : QString(),
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
    if (link.role && link.kind != LinkKind::Access)
        parts << qs(*link.role);
    if (link.bandwidthInMbps)
        parts << bandwidthText(*link.bandwidthInMbps);
    if (link.kind == LinkKind::Vpn)
        parts << QStringLiteral("VPN");
    if (link.kind == LinkKind::GlobalReach)
        parts << QStringLiteral("Global Reach");
    return joinParts(parts);
}

TopologyScene::TopologyScene(TopologyDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    connect(document, &TopologyDocument::topologyReset, this, &TopologyScene::rebuild);
    connect(document, &TopologyDocument::nodeAdded, this, [this](const QString &id) {
        const Node *node = m_document->topology().node(id.toStdString());
        const auto positions = effectivePositions(m_document->topology());
        const Point p = positions.at(node->id);
        addNodeItem(*node, QPointF(p.x, p.y));
    });
    connect(document, &TopologyDocument::nodeChanged, this, &TopologyScene::updateNodeItem);
    connect(document, &TopologyDocument::nodeAboutToBeRemoved, this,
            &TopologyScene::removeNodeItem);
    connect(document, &TopologyDocument::linkAdded, this, [this](const QString &id) {
        addLinkItem(*m_document->topology().link(id.toStdString()));
    });
    connect(document, &TopologyDocument::linkChanged, this, &TopologyScene::updateLinkItem);
    connect(document, &TopologyDocument::linkAboutToBeRemoved, this,
            &TopologyScene::removeLinkItem);
    rebuild();
}

void TopologyScene::rebuild()
{
    clear();
    m_nodes.clear();
    m_links.clear();
    const Topology &topology = m_document->topology();
    const auto positions = effectivePositions(topology);
    for (const Node &node : topology.nodes()) {
        const Point p = positions.at(node.id);
        addNodeItem(node, QPointF(p.x, p.y));
    }
    for (const Link &link : topology.links())
        addLinkItem(link);
    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.adjusted(-400, -300, 400, 300));
}

void TopologyScene::addNodeItem(const Node &node, QPointF position)
{
    const QString id = qs(node.id);
    auto *item = new NodeItem(id, node.kind());
    item->setPos(position);
    item->setLabel(qs(node.label()), nodeDetail(node));
    addItem(item);
    m_nodes.insert(id, item);
}

void TopologyScene::addLinkItem(const Link &link)
{
    NodeItem *from = m_nodes.value(qs(link.from));
    NodeItem *to = m_nodes.value(qs(link.to));
    if (!from || !to)
        return;
    const QString id = qs(link.id);
    auto *item = new LinkItem(id, link.kind, from, to);
    item->setStyle(qs(link.role.value_or("")), linkLabel(link));
    addItem(item);
    m_links.insert(id, item);
}

void TopologyScene::updateNodeItem(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const Node *node = m_document->topology().node(id.toStdString());
    if (!item || !node)
        return;
    item->setLabel(qs(node->label()), nodeDetail(*node));
    if (node->position)
        item->setPos(node->position->x, node->position->y);
    item->update();
}

void TopologyScene::updateLinkItem(const QString &id)
{
    LinkItem *item = m_links.value(id);
    const Link *link = m_document->topology().link(id.toStdString());
    if (!item || !link)
        return;
    item->setStyle(qs(link->role.value_or("")), linkLabel(*link));
}

void TopologyScene::removeNodeItem(const QString &id)
{
    delete m_nodes.take(id);
}

void TopologyScene::removeLinkItem(const QString &id)
{
    LinkItem *item = m_links.take(id);
    if (!item)
        return;
    item->fromItem()->removeLink(item);
    item->toItem()->removeLink(item);
    delete item;
}

void TopologyScene::showFindings(const std::vector<Finding> &findings)
{
    std::map<QString, std::pair<Severity, QStringList>> byElement;
    for (const Finding &finding : findings) {
        for (const std::string &element : finding.elements) {
            auto [it, inserted] = byElement.try_emplace(qs(element), finding.severity,
                                                        QStringList());
            if (!inserted && finding.severity < it->second.first)
                it->second.first = finding.severity;
            it->second.second << QStringLiteral("%1 %2: %3")
                                     .arg(QString::fromUtf8(toString(finding.severity)),
                                          qs(finding.rule), qs(finding.message));
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const auto found = byElement.find(it.key());
        if (found == byElement.end())
            it.value()->setFindingSeverity(std::nullopt, QString());
        else
            it.value()->setFindingSeverity(found->second.first, found->second.second.join('\n'));
    }
}

QStringList TopologyScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            ids << node->id();
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            ids << link->id();
    }
    return ids;
}

} // namespace Er
