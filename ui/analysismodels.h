#pragma once

#include "model/analysis/analysisresult.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Er {

class TopologyDocument;

// The rows of the Analysis dock: one per site–VNet pair, formatted when the view asks for a
// cell. Setting a new analysis is a model reset and costs nothing per pair, so a design with
// thousands of pairs refreshes without stalling the window.
class PairTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        VnetColumn,
        ResiliencyColumn,
        LatencyColumn,               // steady state: the paths that carry traffic
        FailoverLatencyColumn,       // once the steady paths fail
        BandwidthColumn,             // steady state
        WorstFailureBandwidthColumn, // N-1: after the failure that hurts the pair most
        AvailabilityColumn,
        SpofColumn,
        ColumnCount
    };

    explicit PairTableModel(const TopologyDocument *document, QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    const PairAnalysis *pair(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const PairAnalysis &pair, int column) const;
    QString toolTip(const PairAnalysis &pair, int column) const;
    QString failureLabel(const std::string &id) const;

    const TopologyDocument *m_document;
    std::shared_ptr<const AnalysisResult> m_analysis;
};

// The "Simulate failure" choices: "(no failure)", then every peering location and risk group of
// the design and every element of it that can fail (customer and provider edges, circuits,
// access, circuit port and VPN links, and the gateways the analysis counts as failing on their
// own), those whose loss changes nothing marked "(no impact)". Qt::UserRole holds the id ("location:London", "risk:conduit-A",
// "<vnet id>/expressRouteGateway", or the element id).
class FailureListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit FailureListModel(const TopologyDocument *document, QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    // The row of an id ("" is the first row, no failure); -1 when it is not listed.
    int rowOf(const QString &element) const;
    // What losing the element does; null when it changes nothing (or is not listed).
    const FailureImpact *impactOf(const QString &element) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString id;
        const FailureImpact *impact = nullptr; // into m_analysis; null: no impact
    };

    const TopologyDocument *m_document;
    std::shared_ptr<const AnalysisResult> m_analysis;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_rows; // id → index in m_entries
};

// How the dock writes an unknown figure, and why it is unknown.
QString unknownFigureText(); // "—"
QString unknownLatencyReason();
// "4.46 ms", "21.3 ms, variable" over the internet; "—" when unknown.
QString roundTripText(const std::optional<double> &milliseconds, bool variable);

// The label of a node, or the id itself for links, locations and risks.
QString elementLabel(const TopologyDocument &document, const std::string &id);
// What a user calls a failure: "ER London 1G", "access link l2", "peering location London",
// "risk group conduit-A", "the ExpressRoute gateway of VNet 'hub'".
QString failureDisplayName(const TopologyDocument &document, const std::string &id);
// A path hop by hop: "London DC → CE 1 → access link l2 → PE Equinix → ... → hub".
QString pathText(const TopologyDocument &document, const PathInfo &path);
QString pathRoleName(PathRole role); // "steady", "failover", "standby"
// The paths of a pair, one a line, each with its role.
QString pairPathsText(const TopologyDocument &document, const PairAnalysis &pair);

} // namespace Er
