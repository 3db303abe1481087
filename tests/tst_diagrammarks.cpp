// The exported diagram, the window and the report agree on which elements have findings: the
// window rings what its background checker found; `export` and the report build their diagram
// from checkDesign(), the same model function (RES and SVC findings, which need the analysis,
// included).

#include "model/analysis/analyzer.h"
#include "model/analysis/resiliencyindex.h"
#include "model/document/topologydocument.h"
#include "model/validation/designcheck.h"
#include "tests/windowsupport.h"
#include "ui/designchecker.h"
#include "ui/mainwindow.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/report/diagramscene.h"
#include "views/topologyscene.h"

#include <QtTest>

#include <map>

using namespace Er;

namespace {

using Marks = std::map<std::string, Severity>; // element id -> the severity of its ring

Marks marksOf(const TopologyScene &scene, const Topology &topology)
{
    Marks marks;
    for (const Node &node : topology.nodes()) {
        const NodeItem *item = scene.nodeItem(QString::fromStdString(node.id));
        if (item && item->findingSeverity())
            marks[node.id] = *item->findingSeverity();
    }
    for (const Link &link : topology.links()) {
        const LinkItem *item = scene.linkItem(QString::fromStdString(link.id));
        if (item && item->findingSeverity())
            marks[link.id] = *item->findingSeverity();
    }
    return marks;
}

QString describe(const Marks &marks)
{
    QStringList parts;
    for (const auto &[id, severity] : marks)
        parts << QString::fromStdString(id + "=" + std::string(toString(severity)));
    return parts.join(QLatin1Char(' '));
}

bool anyFindingOfGroup(const std::vector<Finding> &findings, std::string_view group)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return finding.rule.rfind(group, 0) == 0 && !finding.elements.empty();
    });
}

} // namespace

class TestDiagramMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportMarksWhatTheWindowMarks_data();
    void exportMarksWhatTheWindowMarks();
};

void TestDiagramMarks::initTestCase()
{
    Test::useTestSettings("tst_diagrammarks");
}

void TestDiagramMarks::exportMarksWhatTheWindowMarks_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &example : Test::exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(example).fileName())) << Test::examplePath(example);
    // A resiliency finding (RES-010) and a service finding (SVC-001), both from the analysis.
    QTest::newRow("res-010") << Test::fixturePath("rules/res-010-trigger.ertopo");
    QTest::newRow("svc-001") << Test::fixturePath("rules/svc-001-trigger.ertopo");
}

void TestDiagramMarks::exportMarksWhatTheWindowMarks()
{
    QFETCH(QString, path);
    MainWindow window;
    Test::openDesign(window, path);
    const Topology &topology = window.document()->topology();
    const Marks inWindow = marksOf(*window.scene(), topology);

    // What `export` and the report draw: checkDesign() with today's date, as they call it.
    AnalysisOptions options;
    options.referenceDate = todayUtc();
    const DesignCheck check = checkDesign(topology, options);
    const DiagramScene diagram(topology, check.findings);
    const Marks exported = marksOf(*diagram.scene(), diagram.topology());

    QVERIFY2(inWindow == exported, qPrintable(QStringLiteral("window: %1\nexport: %2")
                                                  .arg(describe(inWindow), describe(exported))));
    // The designs chosen have findings of both kinds (the analysis's included) to agree on.
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("res-010")))
        QVERIFY(anyFindingOfGroup(check.findings, "RES"));
    if (name.startsWith(QLatin1String("svc-001")))
        QVERIFY(anyFindingOfGroup(check.findings, "SVC"));
    QVERIFY2(!inWindow.empty() || check.findings.empty(), "findings with elements are ringed");
}

QTEST_MAIN(TestDiagramMarks)
#include "tst_diagrammarks.moc"
