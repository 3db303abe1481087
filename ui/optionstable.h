#pragma once

#include <QTreeWidget>

#include <memory>
#include <string>

namespace Er {

struct AnalysisResult;
class TopologyDocument;

// The Analysis dock's comparison of a site's options (the design as drawn and its variants):
// availability, round trip, bandwidth, whether it meets the site's requirements, and what it
// costs a month ("≥ USD 436.00" when something is unpriced, which the tooltip names). The
// recommended option is marked.
class OptionsTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        OptionColumn,
        CostColumn,
        AvailabilityColumn,
        LatencyColumn,
        BandwidthColumn,
        MeetsColumn,
        ColumnCount
    };

    explicit OptionsTable(const TopologyDocument *document, QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisResult> analysis);
    // The site whose options are shown; empty: the first site with a recommendation.
    void showSite(const std::string &site);
    std::string site() const { return m_site; }

private:
    void rebuild();

    const TopologyDocument *m_document;
    std::shared_ptr<const AnalysisResult> m_analysis;
    std::string m_site;
    std::string m_asked;
};

} // namespace Er
