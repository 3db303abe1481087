#include "ui/designchecker.h"

#include "model/analysis/analyzer.h"
#include "model/analysis/resiliencyindex.h"
#include "model/document/topologydocument.h"
#include "model/validation/designcheck.h"
#include "ui/backgroundpriority.h"
#include "ui/backgroundrelease.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Er {

namespace {

DesignChecker::Results check(const Topology &topology,
                             quint64 revision,
                             std::shared_ptr<const PriceList> prices)
{
    QElapsedTimer timer;
    timer.start();
    DesignChecker::Results results;
    results.revision = revision;
    // The model's one design check (validation/designcheck.h); the analysis is freed on a
    // background thread when the window lets go of it.
    AnalysisOptions options;
    options.referenceDate = todayUtc(); // ages a recorded resiliency validation test
    options.prices = prices.get();
    options.rememberVariants = true; // an edit recomputes only the sites it touches
    DesignCheck checked = checkDesign(topology, options);
    results.findings = std::move(checked.findings);
    results.analysis = makeFreedInBackground(std::move(checked.analysis));
    results.prices = std::move(prices);
    results.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return results;
}

} // namespace

DesignChecker::DesignChecker(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_pool.setMaxThreadCount(1); // one run at a time; its own threads do the rest
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &DesignChecker::start);
    connect(m_document, &TopologyDocument::changed, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DesignChecker::finished);
}

DesignChecker::~DesignChecker()
{
    m_settle.stop();
    m_watcher.waitForFinished();
}

bool DesignChecker::isCurrent() const
{
    return m_resultsValid && m_results.revision == m_document->revision()
           && m_results.prices == m_prices;
}

void DesignChecker::checkNow()
{
    m_settle.stop();
    start();
}

void DesignChecker::setPrices(std::shared_ptr<const PriceList> prices)
{
    if (prices == m_prices)
        return;
    m_prices = std::move(prices);
    checkNow();
}

void DesignChecker::start()
{
    if (m_watcher.isRunning())
        return; // finished() starts the next run for the newer revision
    emit checkingStarted();
    // The copy of the design is made in the background too, with the revision it belongs to.
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [design = m_document->sharedTopology(), prices = m_prices] {
            lowerThisThreadsPriority(); // the window paints first; the findings follow
            const SharedTopology::Copy copy = design->copy();
            return std::make_shared<Results>(check(copy.topology, copy.revision, prices));
        }));
}

void DesignChecker::finished()
{
    Results results = std::move(*m_watcher.result());
    if (results.revision != m_document->revision() || results.prices != m_prices) {
        // Stale: the design or the price list changed while this ran. Check again unless an edit
        // is still settling.
        if (!m_settle.isActive())
            start();
        return;
    }
    m_results = std::move(results);
    m_resultsValid = true;
    emit resultsReady();
}

} // namespace Er
