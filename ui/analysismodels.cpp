#include "ui/analysismodels.h"

#include "model/document/topologydocument.h"
#include "views/presentation.h"
#include "views/qtstrings.h"

#include <QColor>

namespace Er {

namespace {

QString bandwidthText(double mbps)
{
    if (mbps >= 1000)
        return QStringLiteral("%1 Gbps").arg(mbps / 1000, 0, 'g', 4);
    return QStringLiteral("%1 Mbps").arg(mbps, 0, 'g', 4);
}

} // namespace

QString unknownFigureText()
{
    return QStringLiteral("—");
}

QString unknownLatencyReason()
{
    return PairTableModel::tr("unknown: a location or a link length is missing");
}

QString roundTripText(const std::optional<double> &milliseconds, bool variable)
{
    if (!milliseconds)
        return unknownFigureText();
    // Two decimals, as `analyze` prints them.
    QString text = QStringLiteral("%1 ms").arg(*milliseconds, 0, 'f', 2);
    if (variable)
        text += PairTableModel::tr(", variable");
    return text;
}

QString elementLabel(const TopologyDocument &document, const std::string &id)
{
    if (const Node *node = document.topology().node(id))
        return qs(node->label());
    return qs(id);
}

namespace {

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Lan:
        return PairTableModel::tr("LAN link");
    case LinkKind::Access:
        return PairTableModel::tr("access link");
    case LinkKind::CircuitPort:
        return PairTableModel::tr("circuit port");
    case LinkKind::Connection:
        return PairTableModel::tr("connection");
    case LinkKind::GlobalReach:
        return PairTableModel::tr("Global Reach link");
    case LinkKind::Vpn:
        return PairTableModel::tr("VPN link");
    case LinkKind::VnetPeering:
        return PairTableModel::tr("VNet peering");
    }
    return {};
}

QString pairsText(std::size_t count)
{
    return count == 1 ? PairTableModel::tr("1 site–VNet pair")
                      : PairTableModel::tr("%1 site–VNet pairs").arg(count);
}

} // namespace

QString failureDisplayName(const TopologyDocument &document, const std::string &id)
{
    const QString text = qs(id);
    if (text.startsWith(QLatin1String("location:")))
        return PairTableModel::tr("peering location %1").arg(text.mid(9));
    if (text.startsWith(QLatin1String("risk:internet-line+"))) {
        return PairTableModel::tr("the building entry of the internet line and access link %1")
            .arg(text.mid(19));
    }
    if (text.startsWith(QLatin1String("risk:")))
        return PairTableModel::tr("risk group %1").arg(text.mid(5));
    const Topology &topology = document.topology();
    if (topology.node(id))
        return elementLabel(document, id);
    if (const Link *link = topology.link(id))
        return QStringLiteral("%1 %2").arg(linkKindName(link->kind), text);
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString vnet = elementLabel(document, text.left(slash).toStdString());
        const QString gateway = text.mid(slash + 1);
        if (gateway == QLatin1String("expressRouteGateway"))
            return PairTableModel::tr("the ExpressRoute gateway of VNet '%1'").arg(vnet);
        if (gateway == QLatin1String("vpnGateway"))
            return PairTableModel::tr("the VPN gateway of VNet '%1'").arg(vnet);
    }
    return text;
}

QString pathRoleName(PathRole role)
{
    switch (role) {
    case PathRole::Steady:
        return PairTableModel::tr("steady");
    case PathRole::Failover:
        return PairTableModel::tr("failover");
    case PathRole::Standby:
        return PairTableModel::tr("standby");
    }
    return {};
}

QString pathText(const TopologyDocument &document, const PathInfo &path)
{
    QStringList hops;
    for (const std::string &element : path.elements)
        hops << failureDisplayName(document, element);
    return hops.join(QStringLiteral(" → "));
}

QString pairPathsText(const TopologyDocument &document, const PairAnalysis &pair)
{
    if (pair.paths.empty())
        return PairTableModel::tr("No path");
    QStringList lines;
    for (const PathInfo &path : pair.paths) {
        lines << PairTableModel::tr("%1 (%2): %3")
                     .arg(pathRoleName(path.role),
                          path.overExpressRoute ? PairTableModel::tr("ExpressRoute")
                                                : PairTableModel::tr("VPN over the internet"),
                          pathText(document, path));
    }
    return lines.join(QLatin1Char('\n'));
}

PairTableModel::PairTableModel(const TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{}

void PairTableModel::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

const PairAnalysis *PairTableModel::pair(int row) const
{
    if (!m_analysis || row < 0 || row >= int(m_analysis->pairs.size()))
        return nullptr;
    return &m_analysis->pairs[std::size_t(row)];
}

int PairTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->pairs.size());
}

int PairTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairTableModel::text(const PairAnalysis &pair, int column) const
{
    switch (column) {
    case SiteColumn:
        return elementLabel(*m_document, pair.site);
    case VnetColumn:
        return elementLabel(*m_document, pair.vnet);
    case ResiliencyColumn:
        return qs(displayName(pair.resiliency));
    case SpofColumn: {
        if (pair.singlePointsOfFailure.empty())
            return tr("none");
        QStringList spofs;
        for (const std::string &spof : pair.singlePointsOfFailure)
            spofs << elementLabel(*m_document, spof);
        return spofs.join(QStringLiteral(", "));
    }
    case AvailabilityColumn: {
        if (!pair.reachable)
            return unknownFigureText();
        const QString availability = QStringLiteral("%1 %").arg(pair.availabilityPercent, 0, 'f', 4);
        if (pair.availabilityExact)
            return availability;
        return QStringLiteral("≈%1 ± %2")
            .arg(availability)
            .arg(pair.availabilityErrorBound, 0, 'g', 2);
    }
    case LatencyColumn:
        if (!pair.reachable)
            return unknownFigureText();
        return roundTripText(pair.latencyMs, pair.latencyVariable);
    case FailoverLatencyColumn:
        if (!pair.failover)
            return pair.reachable ? tr("none") : unknownFigureText();
        return roundTripText(pair.failover->latencyMs, pair.failover->latencyVariable);
    case BandwidthColumn:
        return pair.bottleneckMbps ? bandwidthText(*pair.bottleneckMbps) : unknownFigureText();
    case WorstFailureBandwidthColumn:
        if (!pair.bandwidthAfterWorstFailureMbps)
            return unknownFigureText();
        if (*pair.bandwidthAfterWorstFailureMbps <= 0)
            return tr("0 (cut off)");
        return bandwidthText(*pair.bandwidthAfterWorstFailureMbps);
    }
    return {};
}

QString PairTableModel::toolTip(const PairAnalysis &pair, int column) const
{
    const auto carriedBy = [this](const RoutedFigures &figures) {
        QStringList entries;
        for (const std::string &id : figures.toAzure)
            entries << elementLabel(*m_document, id);
        for (const std::string &id : figures.fromAzure) {
            const QString label = elementLabel(*m_document, id);
            if (!entries.contains(label))
                entries << label;
        }
        return entries.join(QStringLiteral(", "));
    };
    const auto latencyTip = [&](const RoutedFigures &figures, const QString &what) {
        QString tip = what.arg(carriedBy(figures));
        if (!figures.latencyMs)
            tip += QLatin1Char('\n') + unknownLatencyReason();
        else if (figures.latencyVariable)
            tip += QLatin1Char('\n') + tr("over the internet: the round trip varies");
        if (!figures.symmetric)
            tip += QLatin1Char('\n')
                   + tr("asymmetric: traffic to and from Azure takes different paths");
        return tip;
    };
    switch (column) {
    case LatencyColumn:
        if (!pair.reachable)
            return tr("unreachable");
        return latencyTip(pair.steady, tr("Steady state: traffic over %1"));
    case FailoverLatencyColumn:
        if (!pair.failover)
            return pair.reachable ? tr("Nothing is left once the steady paths fail")
                                  : tr("unreachable");
        return latencyTip(*pair.failover, tr("Once the steady paths fail: traffic over %1"));
    case BandwidthColumn:
        if (!pair.bottleneckMbps)
            return tr("unknown: no element on the steady paths has a known bandwidth");
        return tr("What the paths that carry traffic carry together");
    case WorstFailureBandwidthColumn:
        if (!pair.bandwidthAfterWorstFailureMbps)
            return tr("unknown: no element on the paths left has a known bandwidth");
        if (pair.worstFailure.empty())
            return tr("After the worst single failure");
        return tr("After the worst single failure: losing %1").arg(failureLabel(pair.worstFailure));
    default:
        return {};
    }
}

QString PairTableModel::failureLabel(const std::string &id) const
{
    return failureDisplayName(*m_document, id);
}

QVariant PairTableModel::data(const QModelIndex &index, int role) const
{
    const PairAnalysis *shown = pair(index.row());
    if (!shown || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*shown, index.column());
    case Qt::ForegroundRole:
        if (index.column() == ResiliencyColumn)
            return resiliencyColor(shown->resiliency);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SpofColumn) {
            QStringList spofs;
            for (const std::string &spof : shown->singlePointsOfFailure)
                spofs << elementLabel(*m_document, spof);
            return spofs.join(QLatin1Char('\n'));
        }
        if (index.column() == ResiliencyColumn) {
            return shown->disjointPaths == 1 ? tr("1 disjoint path")
                                             : tr("%1 disjoint paths").arg(shown->disjointPaths);
        }
        if (index.column() == SiteColumn || index.column() == VnetColumn)
            return pairPathsText(*m_document, *shown);
        return toolTip(*shown, index.column());
    default:
        return {};
    }
}

QVariant PairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case VnetColumn:
        return tr("VNet");
    case ResiliencyColumn:
        return tr("Resiliency");
    case SpofColumn:
        return tr("Single points of failure");
    case AvailabilityColumn:
        return tr("Availability");
    case LatencyColumn:
        return tr("Steady RTT");
    case FailoverLatencyColumn:
        return tr("Failover RTT");
    case BandwidthColumn:
        return tr("Bandwidth (steady)");
    case WorstFailureBandwidthColumn:
        return tr("N-1 bandwidth");
    }
    return {};
}

FailureListModel::FailureListModel(const TopologyDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{}

void FailureListModel::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_entries.clear();
    m_rows.clear();
    if (m_analysis) {
        const auto add = [this](const QString &id) {
            if (m_rows.contains(id))
                return;
            m_rows.insert(id, int(m_entries.size()));
            m_entries.push_back({id, nullptr});
        };
        const Topology &topology = m_document->topology();
        // Every peering location and risk group of the design, whatever its impact.
        QStringList locations;
        QStringList risks;
        for (const Node &node : topology.nodes()) {
            if (const ProviderEdgeFields *pe = node.providerEdge(); pe && pe->peeringLocation)
                locations << qs(*pe->peeringLocation);
            if (const CircuitFields *circuit = node.circuit();
                circuit && circuit->peeringLocation && !circuit->isMetro())
                locations << qs(*circuit->peeringLocation);
        }
        for (const Link &link : topology.links()) {
            for (const std::string &risk : link.riskGroups.value_or(StringList()))
                risks << qs(risk);
        }
        for (const FailureImpact &failure : m_analysis->failures) {
            const QString id = qs(failure.element);
            if (id.startsWith(QLatin1String("location:")))
                locations << id.mid(9);
            else if (id.startsWith(QLatin1String("risk:"))
                     && !id.startsWith(QLatin1String("risk:internet-line+")))
                risks << id.mid(5);
        }
        locations.removeAll(QString());
        risks.removeAll(QString());
        // Each location and risk group once before sorting: every circuit names its location.
        locations.removeDuplicates();
        risks.removeDuplicates();
        locations.sort(Qt::CaseInsensitive);
        risks.sort(Qt::CaseInsensitive);
        for (const QString &location : std::as_const(locations))
            add(QStringLiteral("location:") + location);
        for (const QString &risk : std::as_const(risks))
            add(QStringLiteral("risk:") + risk);
        // Every element of the design that can fail, in the design's order: the analysis lists
        // only a pair's disjoint paths, and a spare access link is on a path all the same.
        for (const Node &node : topology.nodes()) {
            const NodeKind kind = node.kind();
            if (kind == NodeKind::CustomerEdge || kind == NodeKind::ProviderEdge
                || kind == NodeKind::Circuit)
                add(qs(node.id));
        }
        for (const Link &link : topology.links()) {
            if (link.kind == LinkKind::Access || link.kind == LinkKind::CircuitPort
                || link.kind == LinkKind::Vpn)
                add(qs(link.id));
        }
        // And whatever else the analysis says hurts: a VNet's gateway is listed once the
        // analysis counts it as a failure of its own (it is not zone-redundant); a zone-redundant
        // one does not fail as a whole.
        for (const FailureImpact &failure : m_analysis->failures) {
            const QString id = qs(failure.element);
            add(id);
            m_entries[std::size_t(m_rows.value(id))].impact = &failure;
        }
    }
    endResetModel();
}

int FailureListModel::rowOf(const QString &element) const
{
    if (element.isEmpty())
        return 0;
    const auto it = m_rows.constFind(element);
    return it == m_rows.cend() ? -1 : it.value() + 1;
}

const FailureImpact *FailureListModel::impactOf(const QString &element) const
{
    const auto it = m_rows.constFind(element);
    return it == m_rows.cend() ? nullptr : m_entries[std::size_t(it.value())].impact;
}

int FailureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_entries.size());
}

QVariant FailureListModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (row < 0 || row >= rowCount())
        return {};
    if (row == 0) {
        if (role == Qt::DisplayRole)
            return tr("(no failure)");
        if (role == Qt::UserRole)
            return QString();
        return {};
    }
    const Entry &entry = m_entries[std::size_t(row - 1)];
    if (role == Qt::UserRole)
        return entry.id;
    if (role != Qt::DisplayRole)
        return {};
    const QString label = failureDisplayName(*m_document, entry.id.toStdString());
    if (!entry.impact || (entry.impact->lost.empty() && entry.impact->degraded.empty()))
        return tr("%1 (no impact)").arg(label);
    QStringList effects;
    if (!entry.impact->lost.empty())
        effects << tr("cuts off %1").arg(pairsText(entry.impact->lost.size()));
    if (!entry.impact->degraded.empty())
        effects << tr("degrades %1").arg(pairsText(entry.impact->degraded.size()));
    return tr("%1 — %2").arg(label, effects.join(QStringLiteral(", ")));
}

} // namespace Er
