// The Analysis dock on the real main window, offscreen: per site and VNet the steady and failover
// figures, a pair's paths drawn and listed hop by hop, columns that fit the names, and analyses
// freed off the UI thread.

#include "tests/windowsupport.h"

#include "model/document/addnodecommand.h"
#include "model/document/editelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/analysisdock.h"
#include "ui/analysismodels.h"
#include "ui/backgroundrelease.h"
#include "ui/sceneemphasis.h"
#include "views/qtstrings.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QUndoStack>

#include <atomic>
#include <utility>

using namespace Er;
using namespace Er::Test;

namespace {

// Says on which thread it was destroyed; a moved-from probe says nothing.
struct ThreadProbe
{
    explicit ThreadProbe(std::atomic<Qt::HANDLE> *target)
        : destroyedOn(target)
    {}
    ThreadProbe(ThreadProbe &&other) noexcept
        : destroyedOn(std::exchange(other.destroyedOn, nullptr))
    {}
    ~ThreadProbe()
    {
        if (destroyedOn)
            *destroyedOn = QThread::currentThreadId();
    }
    std::atomic<Qt::HANDLE> *destroyedOn;
};

} // namespace

class TestAnalysisDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void analysisHighlightsPathsAndSimulatesFailure();
    void analysisShowsSteadyAndFailoverFigures();
    void pairShowsItsPathsHopByHop();
    void analysisColumnsFitTheNames();
    void replacedAnalysisIsFreedOffTheUiThread();

private:
    ScriptedPrompts m_answers;
};

void TestAnalysisDock::initTestCase()
{
    useTestSettings("tst_analysisdock");
}

void TestAnalysisDock::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

void TestAnalysisDock::analysisHighlightsPathsAndSimulatesFailure()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    QVERIFY(window.checker()->results().analysis);
    AnalysisDock *dock = window.analysisDock();
    QVERIFY(dock->pairs()->model()->rowCount() >= 1);
    QCOMPARE(dock->pairText(0, AnalysisDock::SiteColumn), QStringLiteral("London DC (Docklands)"));
    QCOMPARE(dock->pairText(0, AnalysisDock::ResiliencyColumn), QStringLiteral("Standard"));

    dock->selectPair(0);
    const QSet<QString> highlighted = dock->emphasis()->highlighted();
    QVERIFY(highlighted.contains(QStringLiteral("er-ldn")));
    LinkItem *connection = nullptr;
    for (const Link &link : window.document()->topology().links()) {
        if (link.kind == LinkKind::Connection)
            connection = window.scene()->linkItem(qs(link.id));
    }
    QVERIFY(connection);
    QVERIFY(highlighted.contains(connection->id()));
    QCOMPARE(connection->opacity(), 1.0);

    // Losing the only circuit cuts the site off from the VNet.
    dock->simulateFailure(QStringLiteral("er-ldn"));
    const QSet<QString> greyed = dock->emphasis()->greyedOut();
    QVERIFY(greyed.contains(QStringLiteral("vnet-hub-uks")));
    QVERIFY(greyed.contains(QStringLiteral("dc-ldn")));
    QVERIFY(window.scene()->nodeItem(QStringLiteral("vnet-hub-uks"))->opacity() < 1.0);
    QVERIFY2(dock->failureSummary().contains(QStringLiteral("cuts off 1 site–VNet pair")),
             qPrintable(dock->failureSummary()));
    dock->simulateFailure(QString());
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("vnet-hub-uks"))->opacity(), 1.0);
}

void TestAnalysisDock::analysisShowsSteadyAndFailoverFigures()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    waitForCurrentResults(window);
    QVERIFY(window.checker()->results().analysis);
    AnalysisDock *dock = window.analysisDock();
    QCOMPARE(dock->pairs()->model()->rowCount(), 1);
    const PairAnalysis &pair = dock->analysis()->pairs.front();
    const QAbstractItemModel *model = dock->pairs()->model();
    QCOMPARE(model->headerData(AnalysisDock::LatencyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Steady RTT"));
    QCOMPARE(model->headerData(AnalysisDock::FailoverLatencyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Failover RTT"));
    QCOMPARE(model->headerData(AnalysisDock::WorstFailureBandwidthColumn, Qt::Horizontal).toString(),
             QStringLiteral("N-1 bandwidth"));

    // Steady: the circuit's round trip, as `analyze` prints it; failover: the VPN's, variable.
    QCOMPARE(dock->pairText(0, AnalysisDock::LatencyColumn), QStringLiteral("4.46 ms"));
    QVERIFY(
        dock->pairToolTip(0, AnalysisDock::LatencyColumn).contains(QStringLiteral("ER London 1G")));
    QVERIFY(pair.failover && pair.failover->latencyMs);
    QCOMPARE(dock->pairText(0, AnalysisDock::FailoverLatencyColumn),
             QStringLiteral("%1 ms, variable").arg(*pair.failover->latencyMs, 0, 'f', 2));
    QVERIFY(*pair.failover->latencyMs > *pair.latencyMs);
    QVERIFY2(dock->pairToolTip(0, AnalysisDock::FailoverLatencyColumn)
                 .contains(QStringLiteral("vpn-man-hub")),
             qPrintable(dock->pairToolTip(0, AnalysisDock::FailoverLatencyColumn)));
    // N-1: what is left after the worst single failure, which the tooltip names.
    QVERIFY(pair.bandwidthAfterWorstFailureMbps);
    const QString n1 = dock->pairText(0, AnalysisDock::WorstFailureBandwidthColumn);
    QVERIFY2(n1.endsWith(QStringLiteral("bps")) || n1 == QStringLiteral("0 (cut off)"),
             qPrintable(n1));
    QVERIFY2(dock->pairToolTip(0, AnalysisDock::WorstFailureBandwidthColumn)
                 .contains(QStringLiteral("losing")),
             qPrintable(dock->pairToolTip(0, AnalysisDock::WorstFailureBandwidthColumn)));
    QVERIFY(!dock->pairText(0, AnalysisDock::BandwidthColumn).isEmpty());

    // Selecting the pair draws the circuit's path as steady and the VPN as failover.
    dock->selectPair(0);
    const SceneEmphasis *emphasis = dock->emphasis();
    QVERIFY(emphasis->roleOf(QStringLiteral("vpn-man-hub")) == PathRole::Failover);
    // The circuit's second access line carries traffic too, though no disjoint path lists it.
    QVERIFY(emphasis->roleOf(QStringLiteral("acc-man-2-colt")) == PathRole::Steady);
    QVERIFY(emphasis->roleOf(QStringLiteral("ce-man-2")) == PathRole::Steady);
    QVERIFY(emphasis->roleOf(QStringLiteral("conn-er-ldn-hub")) == PathRole::Steady);
    QCOMPARE(window.scene()->linkItem(QStringLiteral("vpn-man-hub"))->pathEmphasis(),
             LinkItem::PathEmphasis::Failover);
    QCOMPARE(window.scene()->linkItem(QStringLiteral("conn-er-ldn-hub"))->pathEmphasis(),
             LinkItem::PathEmphasis::Steady);
    QVERIFY2(dock->failureSummary().contains(QStringLiteral("Failover")),
             qPrintable(dock->failureSummary()));
    // The hub's gateway: one peering location, zone-redundant, never tested: 5 + 10 + 10.
    QVERIFY2(dock->failureSummary().contains(
                 QStringLiteral("Resiliency index</b> of its gateway: 25 of 100, not yet tested")),
             qPrintable(dock->failureSummary()));
    dock->selectPair(-1);
    QCOMPARE(window.scene()->linkItem(QStringLiteral("vpn-man-hub"))->pathEmphasis(),
             LinkItem::PathEmphasis::None);

    // Without the site's location the round trips are unknown: a dash, never 0.0 ms.
    QFile example(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject design = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray nodes = design.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        node.remove(QStringLiteral("location"));
        nodes.replace(i, node);
    }
    design.insert(QStringLiteral("nodes"), nodes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-location.ertopo"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QJsonDocument(design).toJson());
    copy.close();
    QVERIFY(window.openFile(path));
    waitForCurrentResults(window);
    QCOMPARE(dock->pairs()->model()->rowCount(), 1);
    QVERIFY(dock->analysis()->pairs.front().reachable);
    QVERIFY(!dock->analysis()->pairs.front().latencyMs);
    QCOMPARE(dock->pairText(0, AnalysisDock::LatencyColumn), QStringLiteral("—"));
    QVERIFY(dock->pairToolTip(0, AnalysisDock::LatencyColumn)
                .contains(QStringLiteral("unknown: a location or a link length is missing")));
    for (int column = 0; column < AnalysisDock::ColumnCount; ++column) {
        const QString text = dock->pairText(0, AnalysisDock::Column(column));
        QVERIFY2(!text.startsWith(QStringLiteral("0.0")), qPrintable(text));
    }
}

void TestAnalysisDock::pairShowsItsPathsHopByHop()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("vpn-backup.ertopo"));
    AnalysisDock *dock = window.analysisDock();
    const PairAnalysis &pair = dock->analysis()->pairs.front();
    const Topology &topology = window.document()->topology();
    const QString tip = dock->pairToolTip(0, AnalysisDock::SiteColumn);
    QVERIFY2(tip.startsWith(QStringLiteral("steady (ExpressRoute): %1 → ")
                                .arg(qs(topology.node(pair.site)->label()))),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("failover (VPN over the internet): ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral(" → VPN link vpn-man-hub → ")), qPrintable(tip));
    QVERIFY2(tip.contains(qs(topology.node(pair.vnet)->label())), qPrintable(tip));
    QCOMPARE(tip.count(QLatin1Char('\n')) + 1, qsizetype(pair.paths.size()));
    dock->selectPair(0);
    QVERIFY2(dock->failureSummary().contains(QStringLiteral("steady (ExpressRoute): ")),
             qPrintable(dock->failureSummary()));
}

void TestAnalysisDock::analysisColumnsFitTheNames()
{
    // A design built up: the first analysis sizes the columns for "site-1"; the names the user
    // gives afterwards must still fit.
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("single-circuit.ertopo"));
    AnalysisDock *dock = window.analysisDock();
    const std::string site = dock->analysis()->pairs.front().site;
    const std::string vnet = dock->analysis()->pairs.front().vnet;
    for (const auto &[id, name] :
         {std::pair(site, "London DC (Docklands, second building, hall 4, row 12)"),
          std::pair(vnet, "Hub VNet UK South for payments, cards and the ledger")}) {
        Node renamed = *window.document()->topology().node(id);
        renamed.name = name;
        window.document()->undoStack()->push(
            new EditElementsCommand(window.document(), *window.document()->topology().node(id),
                                    renamed, QStringLiteral("name")));
    }
    waitForCurrentResults(window);
    const QFontMetrics metrics(dock->pairs()->font());
    for (const auto column : {AnalysisDock::SiteColumn, AnalysisDock::VnetColumn}) {
        const QString text = dock->pairText(0, column);
        QVERIFY2(text.contains(QStringLiteral("second building"))
                     || text.contains(QStringLiteral("ledger")),
                 qPrintable(text));
        QVERIFY2(dock->pairs()->columnWidth(column) > metrics.horizontalAdvance(text),
                 qPrintable(
                     QStringLiteral("%1: %2 px").arg(text).arg(dock->pairs()->columnWidth(column))));
    }
}

// Freeing a large design's analysis takes tens of milliseconds: the analyses the window shows
// are freed on a worker thread, whichever holder lets go of them last.
void TestAnalysisDock::replacedAnalysisIsFreedOffTheUiThread()
{
    std::atomic<Qt::HANDLE> destroyedOn = nullptr;
    std::shared_ptr<ThreadProbe> probe = makeFreedInBackground(ThreadProbe(&destroyedOn));
    probe.reset();
    QTRY_VERIFY(destroyedOn.load() != nullptr);
    QVERIFY(destroyedOn.load() != QThread::currentThreadId());

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    const std::weak_ptr<const AnalysisResult> first = window.checker()->results().analysis;
    QVERIFY(std::get_deleter<DeleteInBackground<AnalysisResult>>(first.lock()));
    QCOMPARE(window.analysisDock()->analysis(), first.lock());

    // An edit brings a new analysis; the dock and the checker let go of the first.
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "new-site")));
    waitForCurrentResults(window);
    QVERIFY(window.analysisDock()->analysis() != nullptr);
    QTRY_VERIFY(first.expired());
}

QTEST_MAIN(TestAnalysisDock)
#include "tst_analysisdock.moc"
