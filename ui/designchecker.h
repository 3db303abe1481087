#pragma once

#include "model/analysis/analysisresult.h"
#include "model/validation/finding.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <vector>

namespace Er {

class TopologyDocument;

// Validates and analyses the document off the UI thread once edits settle: a copy of the
// topology goes to QtConcurrent::run, and results that arrive for an older revision than the
// document's are dropped (another run follows), as are results costed with another price list. The UI thread only copies and receives.
class DesignChecker : public QObject
{
    Q_OBJECT

public:
    // Edits arrive as whole commands (a drag, a picked value, a finished field), so a short
    // pause is enough to coalesce a burst; a run that goes stale is simply run again.
    static constexpr int settleMilliseconds = 40;

    struct Results
    {
        quint64 revision = 0;
        std::vector<Finding> findings;
        std::shared_ptr<const AnalysisResult> analysis; // null before the first run
        // The price list the analysis costed with (null: the built-in list); held for the run.
        std::shared_ptr<const PriceList> prices;
        double milliseconds = 0; // time the background run took
    };

    explicit DesignChecker(TopologyDocument *document, QObject *parent = nullptr);
    ~DesignChecker() override;

    const Results &results() const { return m_results; }
    // True once results for the document's current revision are in.
    bool isCurrent() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts a run without waiting for edits to settle.
    void checkNow();
    // The price list the analysis costs with (null: the built-in list); a change runs again.
    void setPrices(std::shared_ptr<const PriceList> prices);
    std::shared_ptr<const PriceList> prices() const { return m_prices; }

signals:
    void resultsReady();
    void checkingStarted();

private:
    void start();
    void finished();

    TopologyDocument *m_document;
    QTimer m_settle;
    // The results are handed over by pointer: copying them out of the future took 8 ms of the
    // UI thread at 10,000 sites.
    QFutureWatcher<std::shared_ptr<Results>> m_watcher;
    // The checker's own thread, at a lower priority than the UI (backgroundpriority.h), so that no
    // other work in Qt's global pool is slowed down with it.
    QThreadPool m_pool;
    Results m_results;
    bool m_resultsValid = false;
    std::shared_ptr<const PriceList> m_prices;
};

} // namespace Er
