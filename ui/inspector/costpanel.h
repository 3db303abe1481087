#pragma once

#include <QLabel>

#include <memory>
#include <string>

namespace Er {

struct AnalysisResult;
class Topology;

// The inspector's read-only cost of what is inspected: for one element its monthly figure and
// each charge (meter, quantity, unit price, monthly; why a charge is unpriced; the note it rests
// on); for the design (nothing selected) its total. From the analysis' DesignCost.
class CostPanel : public QLabel
{
    Q_OBJECT

public:
    explicit CostPanel(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    // An empty id: the design. Several ids (a multi-selection) show nothing.
    void showElement(const std::string &id, bool design);

private:
    void refreshText();

    std::shared_ptr<const AnalysisResult> m_analysis;
    std::string m_id;
    bool m_design = true;
    bool m_single = true;
};

} // namespace Er
