// The failure view (#19, item 5) on the real main window, offscreen: what a user reads and sees
// when one element, peering location or risk group fails, and what ends the simulation.

#include "tests/windowsupport.h"

#include "model/document/editelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/analysisdock.h"
#include "ui/analysismodels.h"
#include "ui/sceneemphasis.h"
#include "views/canvasview.h"
#include "views/qtstrings.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsEffect>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Er;
using namespace Er::Test;

namespace {

// The row of the failure choice that simulates losing `id`, or -1.
int failureRow(const AnalysisDock *dock, const QString &id)
{
    const QComboBox *combo = dock->failureChoice();
    for (int row = 0; row < combo->count(); ++row) {
        if (combo->itemData(row).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestFailureView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void failureSummaryNamesWhatFailsAndCounts();
    void failureGreysOnlyWhatNoSurvivingPathUses();
    void failureSimulationEndsWithEditsUndoAndEscape();
    void failureChoiceFollowsSimulateSelected();
    void failureListOffersEveryFailableElement();

private:
    ScriptedPrompts m_answers;
};

void TestFailureView::initTestCase()
{
    useTestSettings("tst_failureview");
}

void TestFailureView::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

void TestFailureView::failureSummaryNamesWhatFailsAndCounts()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("maximum-resiliency.ertopo"));
    AnalysisDock *dock = window.analysisDock();

    // Maximum resiliency: losing London leaves London2; nothing is cut off, pairs degrade.
    const FailureImpact *london = nullptr;
    for (const FailureImpact &impact : dock->analysis()->failures) {
        if (impact.element == "location:London")
            london = &impact;
    }
    QVERIFY(london);
    QVERIFY(london->lost.empty());
    QVERIFY(!london->degraded.empty());
    dock->simulateFailure(QStringLiteral("location:London"));
    const QString summary = dock->failureSummary();
    QVERIFY2(summary.startsWith(
                 QStringLiteral("Losing <b>peering location London</b> cuts off no site–VNet pair "
                                "but degrades %1 site–VNet pairs")
                     .arg(london->degraded.size())),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("location:")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("London DC (Docklands) → Hub VNet UK South")),
             qPrintable(summary));

    // single-circuit: the only circuit cuts the one pair off; names, not ids, and no "1 pairs".
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    dock->simulateFailure(QStringLiteral("er-ldn"));
    QVERIFY2(dock->failureSummary().startsWith(
                 QStringLiteral("Losing <b>%1</b> cuts off 1 site–VNet pair")
                     .arg(qs(window.document()->topology().node("er-ldn")->label()))),
             qPrintable(dock->failureSummary()));
    // A gateway is named as the VNet's gateway.
    QCOMPARE(failureDisplayName(*window.document(), "vnet-hub-uks/expressRouteGateway"),
             QStringLiteral("the ExpressRoute gateway of VNet '%1'")
                 .arg(qs(window.document()->topology().node("vnet-hub-uks")->label())));
    // The shared building entry of a site's internet line and an access line.
    QCOMPARE(failureDisplayName(*window.document(), "risk:internet-line+acc-ldn-1-eqx"),
             QStringLiteral("the building entry of the internet line and access link "
                            "acc-ldn-1-eqx"));
}

void TestFailureView::failureGreysOnlyWhatNoSurvivingPathUses()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("maximum-resiliency.ertopo"));
    AnalysisDock *dock = window.analysisDock();
    dock->simulateFailure(QStringLiteral("er-ldn"));
    QCOMPARE(dock->simulated(), QStringLiteral("er-ldn"));
    const QSet<QString> greyed = dock->emphasis()->greyedOut();
    // Every customer edge still reaches the VNets over ER London2: none is greyed, nor is any
    // element of a path that avoids the circuit.
    for (const char *ce : {"ce-ldn-1", "ce-ldn-2", "ce-rdg-1", "ce-rdg-2"}) {
        QVERIFY2(!greyed.contains(QLatin1String(ce)), ce);
        QCOMPARE(window.scene()->nodeItem(QLatin1String(ce))->opacity(), 1.0);
    }
    for (const PairAnalysis &pair : dock->analysis()->pairs) {
        for (const PathInfo &path : pair.paths) {
            if (std::find(path.elements.begin(), path.elements.end(), "er-ldn")
                != path.elements.end())
                continue;
            for (const std::string &element : path.elements)
                QVERIFY2(!greyed.contains(qs(element)), element.c_str());
        }
    }
    // What only served the circuit goes grey: its connection to the hub.
    QVERIFY(greyed.contains(QStringLiteral("conn-er-ldn-hub")));

    // A peering location fails with its provider edge and circuit (marked), and what only they
    // served goes grey.
    dock->simulateFailure(QStringLiteral("location:London"));
    QVERIFY(window.scene()->nodeItem(QStringLiteral("pe-eqx-ldn"))->graphicsEffect());
    QVERIFY(window.scene()->nodeItem(QStringLiteral("er-ldn"))->graphicsEffect());
    QVERIFY(dock->emphasis()->greyedOut().contains(QStringLiteral("acc-ldn-1-eqx")));
    QVERIFY(!dock->emphasis()->greyedOut().contains(QStringLiteral("ce-ldn-1")));
    QVERIFY(!window.scene()->nodeItem(QStringLiteral("pe-colt-ldn2"))->graphicsEffect());

    // The building entry shared by the internet line and an access line takes the VPN too.
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    waitForCurrentResults(window);
    const QString entry = QStringLiteral("risk:internet-line+acc-man-1-colt");
    QVERIFY(failureRow(dock, entry) > 0);
    dock->simulateFailure(entry);
    QVERIFY(window.scene()->linkItem(QStringLiteral("vpn-man-hub"))->graphicsEffect());
    QVERIFY(window.scene()->linkItem(QStringLiteral("acc-man-1-colt"))->graphicsEffect());
}

void TestFailureView::failureSimulationEndsWithEditsUndoAndEscape()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("maximum-resiliency.ertopo"));
    AnalysisDock *dock = window.analysisDock();
    const auto simulating = [&] {
        dock->simulateFailure(QStringLiteral("er-ldn"));
        QVERIFY(!dock->emphasis()->greyedOut().isEmpty());
        QVERIFY(dock->failureChoice()->currentIndex() > 0);
    };
    const auto cleared = [&](const char *after) {
        QVERIFY2(dock->simulated().isEmpty(), after);
        QVERIFY2(dock->emphasis()->greyedOut().isEmpty(), after);
        QCOMPARE(dock->failureChoice()->currentText(), QStringLiteral("(no failure)"));
        QCOMPARE(window.scene()->nodeItem(QStringLiteral("er-ldn"))->graphicsEffect(), nullptr);
    };

    simulating();
    Node renamed = *window.document()->topology().node("ce-ldn-1");
    renamed.name = "CE London 1 (renamed)";
    window.document()->undoStack()->push(
        new EditElementsCommand(window.document(), *window.document()->topology().node("ce-ldn-1"),
                                renamed, QStringLiteral("name")));
    cleared("an edit");
    waitForCurrentResults(window);
    cleared("the edit's analysis");

    simulating();
    window.undoAction()->trigger();
    cleared("undo");
    waitForCurrentResults(window);
    simulating();
    window.redoAction()->trigger();
    cleared("redo");
    waitForCurrentResults(window);

    simulating();
    window.view()->setFocus();
    QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
    cleared("Esc");
}

void TestFailureView::failureChoiceFollowsSimulateSelected()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    openAnalysed(window, QStringLiteral("maximum-resiliency.ertopo"));
    AnalysisDock *dock = window.analysisDock();
    QComboBox *combo = dock->failureChoice();
    combo->setCurrentIndex(failureRow(dock, QStringLiteral("location:London")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(dock->simulated(), QStringLiteral("location:London"));

    // A customer edge whose loss changes nothing: the choice names it, not London any more.
    window.scene()->selectOnly({QStringLiteral("ce-ldn-1")});
    QTest::mouseClick(dock->simulateSelectedButton(), Qt::LeftButton);
    QCOMPARE(dock->simulated(), QStringLiteral("ce-ldn-1"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("ce-ldn-1"));
    QVERIFY2(combo->currentText().startsWith(QStringLiteral("CE London 1")),
             qPrintable(combo->currentText()));

    // Something that cannot fail (a site) simulates nothing, and the choice says so.
    window.scene()->selectOnly({QStringLiteral("dc-ldn")});
    QTest::mouseClick(dock->simulateSelectedButton(), Qt::LeftButton);
    QVERIFY(dock->simulated().isEmpty());
    QCOMPARE(combo->currentText(), QStringLiteral("(no failure)"));
    QVERIFY(dock->emphasis()->greyedOut().isEmpty());
}

void TestFailureView::failureListOffersEveryFailableElement()
{
    // A risk group the user just drew on two access links, which changes nothing.
    QFile example(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject design = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray links = design.value(QStringLiteral("links")).toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        QJsonObject link = links.at(i).toObject();
        if (link.value(QStringLiteral("id")).toString() == QLatin1String("acc-ldn-1-eqx"))
            link.insert(QStringLiteral("riskGroups"), QJsonArray{QStringLiteral("conduit-A")});
        links.replace(i, link);
    }
    design.insert(QStringLiteral("links"), links);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("risk.ertopo"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QJsonDocument(design).toJson());
    copy.close();

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(path));
    waitForCurrentResults(window);
    AnalysisDock *dock = window.analysisDock();
    const QComboBox *combo = dock->failureChoice();
    const auto textOf = [&](const QString &id) {
        const int row = failureRow(dock, id);
        return row < 0 ? QStringLiteral("(missing %1)").arg(id) : combo->itemText(row);
    };
    QCOMPARE(textOf(QStringLiteral("risk:conduit-A")),
             QStringLiteral("risk group conduit-A (no impact)"));
    QCOMPARE(textOf(QStringLiteral("ce-ldn-1")), QStringLiteral("CE London 1 (no impact)"));
    QCOMPARE(textOf(QStringLiteral("acc-ldn-1-eqx")),
             QStringLiteral("access link acc-ldn-1-eqx (no impact)"));
    // Also what no disjoint path of the analysis passes: a spare access link, a second port.
    for (const char *id : {"ce-ldn-2", "ce-rdg-1", "pe-eqx-ldn", "pe-colt-ldn2", "er-ldn",
                           "er-ldn2", "port-er-ldn-pri", "port-er-ldn-sec", "acc-ldn-1-colt",
                           "location:London", "location:London2"}) {
        QVERIFY2(failureRow(dock, QLatin1String(id)) > 0, id);
    }
    QVERIFY2(textOf(QStringLiteral("location:London"))
                 .startsWith(QStringLiteral("peering location London — degrades")),
             qPrintable(textOf(QStringLiteral("location:London"))));
    // Simulating the risk group says it changes nothing.
    dock->simulateFailure(QStringLiteral("risk:conduit-A"));
    QVERIFY2(dock->failureSummary().startsWith(
                 QStringLiteral("Losing <b>risk group conduit-A</b> changes nothing")),
             qPrintable(dock->failureSummary()));
}

QTEST_MAIN(TestFailureView)
#include "tst_failureview.moc"
