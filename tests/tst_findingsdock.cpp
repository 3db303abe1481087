// The findings the window shows, offscreen: the Findings dock filters and selects; the window lists
// what `validate --json` prints for every example; links with findings are marked on the canvas.

#include "tests/windowsupport.h"

#include "model/document/editelementscommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/findingsdock.h"
#include "ui/inspector/inspectordock.h"
#include "ui/inspector/nodeeditors.h"
#include "views/canvasview.h"
#include "views/qtstrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Er;
using namespace Er::Test;

class TestFindingsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findingsDockFiltersAndSelects();
    void windowFindingsMatchTheCommandLine();
    void linksWithFindingsAreMarked();

private:
    ScriptedPrompts m_answers;
};

void TestFindingsDock::initTestCase()
{
    useTestSettings("tst_findingsdock");
}

void TestFindingsDock::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

void TestFindingsDock::findingsDockFiltersAndSelects()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    // Two TOPO findings: a circuit without a tier, a VNet without a region's gateway.
    Node circuit = *window.document()->topology().node("er-ldn");
    Node noTier = circuit;
    noTier.circuit()->skuTier.reset();
    window.document()->undoStack()->push(
        new EditElementsCommand(window.document(), circuit, noTier, QStringLiteral("skuTier")));
    waitForCurrentResults(window);
    FindingsDock *dock = window.findingsDock();
    const int total = int(window.checker()->results().findings.size());
    QCOMPARE(dock->visibleFindingCount(), total);
    QVERIFY(dock->ruleGroups().contains(QStringLiteral("TOPO")));

    dock->setGroupFilter(QStringLiteral("TOPO"));
    int topo = 0;
    for (const Finding &finding : window.checker()->results().findings)
        topo += ruleGroup(finding.rule) == "TOPO";
    QCOMPARE(dock->visibleFindingCount(), topo);
    dock->setTextFilter(QStringLiteral("SKU tier"));
    QVERIFY(dock->visibleFindingCount() >= 1);
    QTreeWidgetItem *heading = dock->tree()->topLevelItem(0);
    QVERIFY(heading->text(0).startsWith(QStringLiteral("Errors")));
    QTreeWidgetItem *item = heading->child(0);
    QCOMPARE(item->text(FindingsDock::RuleColumn), QStringLiteral("TOPO-007"));

    const QRect rect = dock->tree()->visualItemRect(item);
    QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("er-ldn")});
    const QRectF visible = window.view()
                               ->mapToScene(window.view()->viewport()->rect())
                               .boundingRect();
    QVERIFY(visible.contains(
        window.scene()->nodeItem(QStringLiteral("er-ldn"))->sceneBoundingRect().center()));
    QCOMPARE(window.inspector()->currentPage(), window.inspector()->nodeEditor(NodeKind::Circuit));

    dock->setTextFilter(QStringLiteral("no finding says this"));
    QCOMPARE(dock->visibleFindingCount(), 0);
}

// The window checks in two parts (the rules that need no analysis beside the analysis, then the
// rest); what it lists must be what `validate --json` prints for the same file, rule by rule.
void TestFindingsDock::windowFindingsMatchTheCommandLine()
{
    for (const QString &example : Test::exampleFiles()) {
        MainWindow window;
        window.setPrompts(m_answers.prompts());
        QVERIFY(window.openFile(Test::examplePath(example)));
        waitForCurrentResults(window);
        QStringList shown;
        for (const Finding &finding : window.checker()->results().findings) {
            QStringList elements;
            for (const std::string &element : finding.elements)
                elements << qs(element);
            shown << qs(finding.rule) + QLatin1Char(' ') + elements.join(QLatin1Char(','));
        }
        const Test::CliResult cli = Test::runDesigner(
            {QStringLiteral("validate"), QStringLiteral("--json"), Test::examplePath(example)});
        const QJsonArray printed = QJsonDocument::fromJson(cli.out)
                                       .object()
                                       .value(QStringLiteral("findings"))
                                       .toArray();
        QStringList expected;
        for (const QJsonValue &value : printed) {
            const QJsonObject finding = value.toObject();
            QStringList elements;
            for (const QJsonValue &element : finding.value(QStringLiteral("elements")).toArray())
                elements << element.toString();
            expected << finding.value(QStringLiteral("rule")).toString() + QLatin1Char(' ')
                            + elements.join(QLatin1Char(','));
        }
        QVERIFY2(!expected.isEmpty() || cli.exitCode == 0, qPrintable(example));
        QCOMPARE(shown, expected);
    }
}

// A finding on a link (GR-002 names the Global Reach link) colours that link on the canvas and
// puts the message in its tooltip; links without findings stay unmarked, and fixing the design
// clears the mark.
void TestFindingsDock::linksWithFindingsAreMarked()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::fixturePath(QStringLiteral("rules/gr-002-trigger.ertopo"))));
    waitForCurrentResults(window);
    QVERIFY(hasFinding(window, "GR-002", "gr2"));
    LinkItem *globalReach = window.scene()->linkItem(QStringLiteral("gr2"));
    QVERIFY(globalReach);
    QCOMPARE(globalReach->findingSeverity(), std::optional<Severity>(Severity::Error));
    QVERIFY2(globalReach->toolTip().contains(QStringLiteral("GR-002")),
             qPrintable(globalReach->toolTip()));
    QCOMPARE(window.scene()->linkItem(QStringLiteral("l1"))->findingSeverity(),
             std::optional<Severity>());

    // Removing the link removes the finding; undo brings both back.
    window.document()->undoStack()->push(
        new RemoveElementsCommand(window.document(), {QStringLiteral("gr2")}));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "GR-002", "gr2"));
    window.undoAction()->trigger();
    waitForCurrentResults(window);
    QCOMPARE(window.scene()->linkItem(QStringLiteral("gr2"))->findingSeverity(),
             std::optional<Severity>(Severity::Error));
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
