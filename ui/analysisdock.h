#pragma once

#include "model/analysis/analysisresult.h"
#include "ui/analysismodels.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Er {

class OptionsTable;
class SceneEmphasis;
class TopologyDocument;
class TopologyScene;

// The Analysis dock: per site–VNet pair the resiliency level, the round trip of the paths that
// carry traffic and of the failover paths, the steady and the N-1 bandwidth, availability and
// single points of failure, as `analyze` gives them; beside it the options of the selected pair's
// site with what each costs a month. Selecting a pair highlights its paths on
// the canvas by role (steady strong, failover dashed, standby faint);
// "Simulate failure" greys out what losing an element (or a peering location, or a shared risk)
// cuts off. The table and the list of failures are views on the analysis result: a new result
// is a model reset, whatever the number of pairs.
class AnalysisDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn = PairTableModel::SiteColumn,
        VnetColumn = PairTableModel::VnetColumn,
        ResiliencyColumn = PairTableModel::ResiliencyColumn,
        SpofColumn = PairTableModel::SpofColumn,
        AvailabilityColumn = PairTableModel::AvailabilityColumn,
        LatencyColumn = PairTableModel::LatencyColumn,
        FailoverLatencyColumn = PairTableModel::FailoverLatencyColumn,
        BandwidthColumn = PairTableModel::BandwidthColumn,
        WorstFailureBandwidthColumn = PairTableModel::WorstFailureBandwidthColumn,
        ColumnCount = PairTableModel::ColumnCount
    };

    AnalysisDock(TopologyDocument *document, TopologyScene *scene, QWidget *parent = nullptr);
    ~AnalysisDock() override;

    // Null: analysis is not available (yet).
    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    std::shared_ptr<const AnalysisResult> analysis() const { return m_analysis; }

    QTreeView *pairs() const { return m_pairs; }
    // The text of a cell of the pairs table, as shown, and its tooltip.
    QString pairText(int row, Column column) const;
    QString pairToolTip(int row, Column column) const;
    // Highlights the paths of the pair in this row; -1 clears.
    void selectPair(int row);
    // Simulates the loss of an element id, "location:London" or "risk:conduit-A"; "" clears.
    // Anything that cannot fail ends the simulation. The combo shows what is simulated.
    void simulateFailure(const QString &element);
    void clearSimulation();
    QString failureSummary() const;
    QString simulated() const { return m_simulated; }
    QComboBox *failureChoice() const { return m_failure; }
    // The options of the selected pair's site, with their monthly cost.
    OptionsTable *options() const { return m_options; }
    QPushButton *simulateSelectedButton() const { return m_useSelection; }
    SceneEmphasis *emphasis() const { return m_emphasis.get(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pairSelectionChanged();
    int currentPairRow() const;
    QString labelOf(const std::string &id) const;

    TopologyDocument *m_document;
    TopologyScene *m_scene;
    std::unique_ptr<SceneEmphasis> m_emphasis;
    std::shared_ptr<const AnalysisResult> m_analysis;
    PairTableModel *m_pairModel;
    FailureListModel *m_failureModel;
    QTreeView *m_pairs;
    OptionsTable *m_options;
    QComboBox *m_failure;
    QPushButton *m_useSelection;
    QLabel *m_summary;
    QString m_simulated;
    bool m_columnsSized = false;
};

} // namespace Er
