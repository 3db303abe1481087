// The main window on real widgets, offscreen: the inspector edits the model through undo
// commands and the background checker turns them into findings; the undo stack walks back to the
// empty design and forward again; files save, reopen, refuse bad input and survive a crash.

#include "testsupport.h"

#include "analysisdock.h"
#include "analysismodels.h"
#include "backgroundrelease.h"
#include "canvasactions.h"
#include "canvasview.h"
#include "commands/addlinkcommand.h"
#include "commands/addnodecommand.h"
#include "commands/editelementscommand.h"
#include "commands/removeelementscommand.h"
#include "commands/topologydocument.h"
#include "designchecker.h"
#include "designtemplates.h"
#include "findingsdock.h"
#include "inspector/designeditor.h"
#include "inspector/inspectordock.h"
#include "inspector/linkeditor.h"
#include "inspector/nodeeditors.h"
#include "inspector/peeringtable.h"
#include "io/topologywriter.h"
#include "linkitem.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "reportactions.h"
#include "reportpageview.h"
#include "reportpreviewdialog.h"
#include "sceneemphasis.h"
#include "topologyscene.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>
#include <utility>

using namespace Er;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

bool hasFinding(const MainWindow &window, const std::string &rule, const std::string &element)
{
    for (const Finding &finding : window.checker()->results().findings) {
        if (finding.rule != rule)
            continue;
        if (std::find(finding.elements.begin(), finding.elements.end(), element)
            != finding.elements.end())
            return true;
    }
    return false;
}

// Dialogs never block a test: every question has a scripted answer, and errors are recorded.
struct ScriptedPrompts
{
    QStringList errors;
    QMessageBox::StandardButton unsavedAnswer = QMessageBox::Cancel;
    int unsavedAsked = 0;
    QString saveFileName;
    bool recoverAnswer = true;
    int recoverAsked = 0;

    SessionPrompts prompts()
    {
        SessionPrompts p;
        p.error = [this](const QString &, const QString &text) { errors << text; };
        p.unsavedChanges = [this](const QString &) {
            ++unsavedAsked;
            return unsavedAnswer;
        };
        p.saveFileName = [this](const QString &) { return saveFileName; };
        p.recover = [this](const RecoveryStore::Orphan &) {
            ++recoverAsked;
            return recoverAnswer;
        };
        p.externalChange = [](const QString &) { return ExternalChangeAnswer::Cancel; };
        p.saveFailed = [this](const QString &, const QString &text) {
            errors << text;
            return false;
        };
        return p;
    }
};

void waitForCurrentResults(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.checker()->isCurrent() && !window.checker()->isRunning(), 20000);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A copy of an example in `dir`, so that a test may save over it.
QString copyOfExample(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(Test::examplePath(name), path))
        qFatal("cannot copy %s", qPrintable(name));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// Types into an inspector field as the user does: focus, everything selected, one key at a time.
void typeInto(FieldEditor *field, const QString &text)
{
    QWidget *input = field->input();
    auto *combo = qobject_cast<QComboBox *>(input);
    if (combo && combo->lineEdit())
        input = combo->lineEdit();
    input->setFocus();
    if (!combo || combo->lineEdit())
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(input, text); // a plain combo picks the entry whose text starts so
}

// Answers the next message box with the button labelled `answer` once it shows (any other button
// when it has none), and records its buttons' labels in `buttons`.
void answerMessageBox(const QString &answer, QStringList *buttons, int attemptsLeft = 500)
{
    QTimer::singleShot(10, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attemptsLeft > 0)
                answerMessageBox(answer, buttons, attemptsLeft - 1);
            return;
        }
        buttons->clear();
        QAbstractButton *chosen = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            const QString label = button->text().remove(QLatin1Char('&'));
            *buttons << label;
            if (label == answer)
                chosen = button;
        }
        if (chosen)
            chosen->click();
        else
            box->reject();
    });
}

// Ctrl+S in the window, as the user presses it; the message box it shows is answered with the
// button labelled `answer`, and `buttons` says which buttons it had.
void pressSave(MainWindow &window, const QString &answer, QStringList *buttons)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    buttons->clear();
    answerMessageBox(answer, buttons);
    QTest::keySequence(&window, QKeySequence::Save);
}

void select(MainWindow &window, const QStringList &ids)
{
    window.scene()->clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *node = window.scene()->nodeItem(id))
            node->setSelected(true);
        else if (LinkItem *link = window.scene()->linkItem(id))
            link->setSelected(true);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void inspectorChoiceRaisesAndClearsFinding();
    void removingGatewayRaisesFindingAndUndoClearsIt();
    void typingACidrMarksRefusedInputAndMergesIntoOneStep();
    void inspectorKeepsTypingAcrossUnrelatedUpdates();
    void multiSelectionEditsSharedFieldInOneStep();
    void multiSelectionTypingKeepsWhatWasTyped();
    void selectAllRefreshesTheInspectorOnce();
    void observersOfSelectAllSeeTheSelectionAnotherObserverMade();
    void linkInspectorShowsTheRowsOfEachKind();
    void peeringTableRefusesBadVlan();
    void undoWalksBackToEmptyAndForward();
    void saveAndReopenFromTheGui();
    void badFileKeepsCurrentDesign();
    void closingWithUnsavedChangesAsks();
    void autosaveWritesAndCleanSaveRemovesRecoveryFile();
    void recoversAfterCrash();
    void recoveredDesignAsksBeforeOverwritingAnotherProgramsChanges();
    void failedSaveOffersSaveAs();
    void everyTemplateLoadsWithoutErrors();
    void findingsDockFiltersAndSelects();
    void analysisHighlightsPathsAndSimulatesFailure();
    void analysisShowsSteadyAndFailoverFigures();
    void failureSummaryNamesWhatFailsAndCounts();
    void failureGreysOnlyWhatNoSurvivingPathUses();
    void failureSimulationEndsWithEditsUndoAndEscape();
    void failureChoiceFollowsSimulateSelected();
    void failureListOffersEveryFailableElement();
    void pairShowsItsPathsHopByHop();
    void analysisColumnsFitTheNames();
    void restoredWindowFitsTheScreen();
    void inspectorStartsAtTheTopForAnotherElement();
    void replacedAnalysisIsFreedOffTheUiThread();
    void windowFindingsMatchTheCommandLine();
    void linksWithFindingsAreMarked();
    void exportReportRunsInTheBackground();
    void exportReportToAnUnwritablePathReportsIt();
    void cancellingAnExportWritesNothing();
    void previewShowsThePagesAndExportsFromThem();
    void exportDiagramRunsInTheBackground();
    void exportAzureTemplateWritesBicep();

private:
    ScriptedPrompts m_answers;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ExpressRoute Designer Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
    m_answers = ScriptedPrompts();
}

void TestMainWindow::inspectorChoiceRaisesAndClearsFinding()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "TOPO-007", "er-ldn"));

    select(window, {QStringLiteral("er-ldn")});
    auto *editor = window.inspector()->nodeEditor(NodeKind::Circuit);
    QCOMPARE(window.inspector()->currentPage(), editor);
    auto *tier = qobject_cast<QComboBox *>(editor->field(QStringLiteral("skuTier"))->input());
    QVERIFY(tier);
    QCOMPARE(tier->currentText(), QStringLiteral("Standard"));

    // Home picks the first entry, "(not set)": the required tier is missing.
    tier->setFocus();
    QTest::keyClick(tier, Qt::Key_Home);
    QVERIFY(!window.document()->topology().node("er-ldn")->circuit()->skuTier);
    QCOMPARE(window.undoAction()->text(),
             QStringLiteral("&Undo Change SKU tier of 'ER London 1G'"));
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(window, "TOPO-007", "er-ldn"), 20000);
    QVERIFY2(!window.findingCounts().startsWith(QStringLiteral("0 errors")),
             qPrintable(window.findingCounts()));
    QVERIFY(window.isWindowModified());

    // End picks Premium, a known tier: the finding goes.
    QTest::keyClick(tier, Qt::Key_End);
    QCOMPARE(*window.document()->topology().node("er-ldn")->circuit()->skuTier,
             std::string("Premium"));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "TOPO-007", "er-ldn"));
}

void TestMainWindow::removingGatewayRaisesFindingAndUndoClearsIt()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "TOPO-002", "vnet-hub-uks"));

    select(window, {QStringLiteral("vnet-hub-uks")});
    auto *editor = window.inspector()->nodeEditor(NodeKind::VirtualNetwork);
    auto *sku = qobject_cast<QComboBox *>(
        editor->field(QStringLiteral("expressRouteGateway.sku"))->input());
    QCOMPARE(sku->currentText(), QStringLiteral("ErGw2AZ"));
    sku->setFocus();
    QTest::keyClick(sku, Qt::Key_Home); // "(no ExpressRoute gateway)"
    QVERIFY(
        !window.document()->topology().node("vnet-hub-uks")->virtualNetwork()->expressRouteGateway);
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(window, "TOPO-002", "vnet-hub-uks"), 20000);

    window.undoAction()->trigger();
    QCOMPARE(*window.document()
                  ->topology()
                  .node("vnet-hub-uks")
                  ->virtualNetwork()
                  ->expressRouteGateway->sku,
             std::string("ErGw2AZ"));
    QCOMPARE(sku->currentText(), QStringLiteral("ErGw2AZ")); // the inspector followed the undo
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "TOPO-002", "vnet-hub-uks"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::typingACidrMarksRefusedInputAndMergesIntoOneStep()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    select(window, {QStringLiteral("vnet-hub-uks")});
    FieldEditor *field = window.inspector()
                             ->nodeEditor(NodeKind::VirtualNetwork)
                             ->field(QStringLiteral("gatewaySubnetPrefix"));
    auto *line = qobject_cast<QLineEdit *>(field->input());
    const std::optional<std::string> before = window.document()
                                                  ->topology()
                                                  .node("vnet-hub-uks")
                                                  ->virtualNetwork()
                                                  ->gatewaySubnetPrefix;
    const int stepsBefore = window.document()->undoStack()->count();

    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("10.10.254.0/33"));
    QCOMPARE(line->text(), QStringLiteral("10.10.254.0/33")); // refused input stays as typed
    QVERIFY(field->hasError());
    QVERIFY2(field->error().contains(QStringLiteral("prefix length 33 is larger than 32")),
             qPrintable(field->error()));
    QVERIFY(!line->styleSheet().isEmpty()); // framed in red
    const QString lastAccepted = qs(
        *window.document()->topology().node("vnet-hub-uks")->virtualNetwork()->gatewaySubnetPrefix);
    QVERIFY(lastAccepted != QStringLiteral("10.10.254.0/33"));

    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, QStringLiteral("27"));
    QVERIFY(!field->hasError());
    QCOMPARE(
        *window.document()->topology().node("vnet-hub-uks")->virtualNetwork()->gatewaySubnetPrefix,
        std::string("10.10.254.0/27"));
    // All the typing is one undo step, and undoing it restores the value from before.
    QCOMPARE(window.document()->undoStack()->count(), stepsBefore + 1);
    window.undoAction()->trigger();
    QCOMPARE(
        window.document()->topology().node("vnet-hub-uks")->virtualNetwork()->gatewaySubnetPrefix,
        before);
    QCOMPARE(line->text(), qs(*before));
}

void TestMainWindow::inspectorKeepsTypingAcrossUnrelatedUpdates()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    select(window, {QStringLiteral("er-ldn")});
    FieldEditor *field = window.inspector()
                             ->nodeEditor(NodeKind::Circuit)
                             ->field(QStringLiteral("name"));
    auto *line = qobject_cast<QLineEdit *>(field->input());
    line->setFocus();
    line->setCursorPosition(2);
    QTest::keyClicks(line, QStringLiteral("xy"));
    QCOMPARE(line->text(), QStringLiteral("ERxy London 1G"));
    QCOMPARE(line->cursorPosition(), 4);

    // Another view changes another field of the same circuit: the name field is left alone.
    Node circuit = *window.document()->topology().node("er-ldn");
    Node changed = circuit;
    changed.circuit()->bandwidthInMbps = 2000;
    window.document()->undoStack()->push(new EditElementsCommand(window.document(), circuit, changed,
                                                             QStringLiteral("bandwidthInMbps")));
    QCOMPARE(line->text(), QStringLiteral("ERxy London 1G"));
    QCOMPARE(line->cursorPosition(), 4);
    auto *bandwidth = qobject_cast<QComboBox *>(window.inspector()
                                                    ->nodeEditor(NodeKind::Circuit)
                                                    ->field(QStringLiteral("bandwidthInMbps"))
                                                    ->input());
    QCOMPARE(bandwidth->currentText(), QStringLiteral("2 Gbps"));
}

void TestMainWindow::multiSelectionEditsSharedFieldInOneStep()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    select(window, {QStringLiteral("ce-ldn-1"), QStringLiteral("ce-ldn-2")});
    NodeEditor *editor = window.inspector()->nodeEditor(NodeKind::CustomerEdge);
    QCOMPARE(window.inspector()->currentPage(), editor);
    auto *asn = qobject_cast<QLineEdit *>(editor->field(QStringLiteral("asn"))->input());
    const int stepsBefore = window.document()->undoStack()->count();
    asn->setFocus();
    QTest::keyClicks(asn, QStringLiteral("65123"));
    for (const char *id : {"ce-ldn-1", "ce-ldn-2"})
        QCOMPARE(*window.document()->topology().node(id)->customerEdge()->asn, 65123);
    QCOMPARE(window.document()->undoStack()->count(), stepsBefore + 1);
    QVERIFY(window.undoAction()->text().contains(QStringLiteral("2 element")));
    QTest::keyClicks(asn, QStringLiteral("x"));
    QVERIFY(editor->field(QStringLiteral("asn"))->error().contains(QStringLiteral("whole number")));
    window.undoAction()->trigger();
    for (const char *id : {"ce-ldn-1", "ce-ldn-2"})
        QVERIFY(!window.document()->topology().node(id)->customerEdge()->asn);
}

void TestMainWindow::multiSelectionTypingKeepsWhatWasTyped()
{
    // Two or more elements selected: every kind of field takes what is typed, key by key, and the
    // saved file holds it.
    QTemporaryDir dir;
    const QString path = copyOfExample(dir, QStringLiteral("maximum-resiliency.ertopo"));
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));

    const QStringList accessLinks{QStringLiteral("acc-ldn-1-eqx"), QStringLiteral("acc-ldn-2-eqx"),
                                  QStringLiteral("acc-rdg-1-eqx")};
    select(window, accessLinks);
    LinkEditor *links = window.inspector()->linkEditor();
    QCOMPARE(window.inspector()->currentPage(), links);
    typeInto(links->field(QStringLiteral("bandwidthInMbps")), QStringLiteral("20000"));
    typeInto(links->field(QStringLiteral("riskGroups")), QStringLiteral("ldn-duct-A"));
    typeInto(links->field(QStringLiteral("role")), QStringLiteral("Both"));

    const QStringList edges{QStringLiteral("ce-ldn-1"), QStringLiteral("ce-ldn-2")};
    select(window, edges);
    NodeEditor *edgeEditor = window.inspector()->nodeEditor(NodeKind::CustomerEdge);
    QCOMPARE(window.inspector()->currentPage(), edgeEditor);
    typeInto(edgeEditor->field(QStringLiteral("name")), QStringLiteral("CE pair"));
    typeInto(edgeEditor->field(QStringLiteral("asn")), QStringLiteral("65123"));
    typeInto(edgeEditor->field(QStringLiteral("notes")), QStringLiteral("Rack B12"));

    select(window, {QStringLiteral("pe-eqx-ldn"), QStringLiteral("pe-colt-ldn2")});
    NodeEditor *providerEditor = window.inspector()->nodeEditor(NodeKind::ProviderEdge);
    QCOMPARE(window.inspector()->currentPage(), providerEditor);
    typeInto(providerEditor->field(QStringLiteral("provider")), QStringLiteral("Acme Fibre"));

    QVERIFY(window.session()->save());
    QVERIFY(m_answers.errors.isEmpty());
    const QByteArray saved = fileBytes(path);
    QVERIFY(saved.contains("\"bandwidthInMbps\": 20000"));
    QVERIFY(saved.contains("\"ldn-duct-A\""));
    QVERIFY(!saved.contains("A-tcud-ndl"));
    const Topology reopened = Test::loadDesign(path);
    for (const QString &id : accessLinks) {
        const Link *link = reopened.link(id.toStdString());
        QCOMPARE(link->bandwidthInMbps, std::optional<std::int64_t>(20000));
        QCOMPARE(link->riskGroups, std::optional<StringList>(StringList{"ldn-duct-A"}));
        QCOMPARE(link->role, std::optional<std::string>("both"));
    }
    for (const QString &id : edges) {
        const Node *edge = reopened.node(id.toStdString());
        QCOMPARE(edge->name, std::optional<std::string>("CE pair"));
        QCOMPARE(edge->customerEdge()->asn, std::optional<std::int64_t>(65123));
        QCOMPARE(edge->notes, std::optional<std::string>("Rack B12"));
    }
    for (const char *id : {"pe-eqx-ldn", "pe-colt-ldn2"})
        QCOMPARE(reopened.node(id)->providerEdge()->provider,
                 std::optional<std::string>("Acme Fibre"));
}

void TestMainWindow::selectAllRefreshesTheInspectorOnce()
{
    Topology topology;
    const int sites = 300;
    for (int i = 0; i < sites; ++i) {
        const std::string n = std::to_string(i);
        Node site = makeNode(NodeKind::Site, "site-" + n);
        site.position = Point{double(i % 20) * 150.0, double(i / 20) * 200.0};
        Node edge = makeNode(NodeKind::CustomerEdge, "ce-" + n);
        edge.position = Point{double(i % 20) * 150.0, double(i / 20) * 200.0 + 90.0};
        topology.addNode(std::move(site));
        topology.addNode(std::move(edge));
        Link lan;
        lan.id = "lan-" + n;
        lan.kind = LinkKind::Lan;
        lan.from = "site-" + n;
        lan.to = "ce-" + n;
        topology.addLink(std::move(lan));
    }
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->resetTopology(std::move(topology), QString());
    QAction *selectAll = window.findChild<CanvasActions *>()->selectAllAction();

    QSignalSpy refreshes(window.inspector(), &InspectorDock::refreshed);
    selectAll->trigger();
    QCOMPARE(window.scene()->selectedItems().size(), 3 * sites);
    QCOMPARE(window.inspector()->inspectedIds().size(), 3 * sites);
    QCOMPARE(refreshes.count(), 1);
    QVERIFY(window.inspector()->title().contains(QString::number(3 * sites)));
}

// While the scene says selectionChanged after Select All, its observers share the list the scene
// made (TopologyScene::currentSelection). An observer that changes the selection in the meantime,
// through the scene or through an item, is seen by the observers after it, and the inspector
// ends with what is selected.
void TestMainWindow::observersOfSelectAllSeeTheSelectionAnotherObserverMade()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    TopologyScene *scene = window.scene();
    const qsizetype elements = scene->nodeItemCount() + scene->linkItemCount()
                               + scene->annotationItemCount();
    QAction *selectAll = window.findChild<CanvasActions *>()->selectAllAction();
    const QString node = QString::fromStdString(window.document()->topology().nodes().front().id);

    for (const bool throughTheScene : {false, true}) {
        scene->clearSelection();
        bool changed = false;
        QList<qsizetype> seen;
        const QMetaObject::Connection changer = connect(scene, &QGraphicsScene::selectionChanged,
                                                        scene, [&] {
                                                            if (changed)
                                                                return;
                                                            changed = true;
                                                            if (throughTheScene)
                                                                scene->selectOnly({node});
                                                            else
                                                                scene->nodeItem(node)->setSelected(
                                                                    false);
                                                        });
        const QMetaObject::Connection checker = connect(scene, &QGraphicsScene::selectionChanged,
                                                        scene, [&] {
                                                            seen
                                                                << scene->currentSelection().size();
                                                        });
        selectAll->trigger();
        disconnect(changer);
        disconnect(checker);
        const qsizetype expected = throughTheScene ? 1 : elements - 1;
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), expected);
        QCOMPARE(scene->currentSelection().size(), expected);
        QCOMPARE(scene->selectedItems().size(), expected);
        QCOMPARE(window.inspector()->inspectedIds().size(), expected);
    }
}

void TestMainWindow::linkInspectorShowsTheRowsOfEachKind()
{
    // A LAN link, a node, an access link, a connection, a node, the access link again, with an
    // edit at each link: the access link's Role, Bandwidth and Shared-risk rows are there each
    // time. The form holds no hidden rows: Qt 6.4's QFormLayout lays out hidden rows next to
    // word-wrapped ones past the end of its arrays (valgrind: invalid writes in
    // QFormLayout::heightForWidth), which corrupted memory and lost these rows.
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    LinkEditor *editor = window.inspector()->linkEditor();
    auto *form = qobject_cast<QFormLayout *>(editor->layout());
    QVERIFY(form);
    const QStringList accessRows{QStringLiteral("role"), QStringLiteral("bandwidthInMbps"),
                                 QStringLiteral("riskGroups")};
    const QStringList sequence{QStringLiteral("lan-man-1"),      QStringLiteral("site-man"),
                               QStringLiteral("acc-man-1-colt"), QStringLiteral("conn-er-ldn-hub"),
                               QStringLiteral("site-man"),       QStringLiteral("acc-man-1-colt")};
    for (const QString &id : sequence) {
        select(window, {id});
        const Link *link = window.document()->topology().link(id.toStdString());
        if (!link)
            continue;
        QCOMPARE(window.inspector()->currentPage(), editor);
        typeInto(editor->field(QStringLiteral("notes")), QStringLiteral("checked"));
        QCoreApplication::processEvents(); // laid out
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole}) {
                if (QLayoutItem *item = form->itemAt(row, role); item && item->widget())
                    QVERIFY2(item->widget()->isVisibleTo(editor),
                             qPrintable(id + QStringLiteral(": a hidden row in the form")));
            }
        }
        for (const QString &key : accessRows) {
            FieldEditor *field = editor->field(key);
            const bool access = link->kind == LinkKind::Access;
            QCOMPARE(field->isVisible(), access);
            QCOMPARE(form->labelForField(field) != nullptr, access);
            if (access) {
                QVERIFY(form->labelForField(field)->isVisible());
                QVERIFY(field->height() > 0);
            }
        }
    }
    QCOMPARE(*window.document()->topology().link("acc-man-1-colt")->notes, std::string("checked"));
}

void TestMainWindow::peeringTableRefusesBadVlan()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    select(window, {QStringLiteral("er-ldn")});
    auto *editor = static_cast<CircuitEditor *>(window.inspector()->nodeEditor(NodeKind::Circuit));
    PeeringTable *table = editor->peeringTable();
    QVERIFY(table->table()->rowCount() >= 1);
    const auto vlanBefore = window.document()
                                ->topology()
                                .node("er-ldn")
                                ->circuit()
                                ->peerings->at(0)
                                .vlanId;

    table->setCellText(0, PeeringTable::VlanColumn, QStringLiteral("5000"));
    QVERIFY2(table->error().contains(QStringLiteral("between 1 and 4094")),
             qPrintable(table->error()));
    QCOMPARE(window.document()->topology().node("er-ldn")->circuit()->peerings->at(0).vlanId,
             vlanBefore);
    table->setCellText(0, PeeringTable::VlanColumn, QStringLiteral("222"));
    QVERIFY(table->error().isEmpty());
    QCOMPARE(*window.document()->topology().node("er-ldn")->circuit()->peerings->at(0).vlanId, 222);
}

void TestMainWindow::undoWalksBackToEmptyAndForward()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    TopologyDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    std::vector<Topology> states{document->topology()};
    const auto record = [&] { states.push_back(document->topology()); };

    Node site = makeNode(NodeKind::Site, "dc");
    site.name = "Datacenter";
    stack->push(new AddNodeCommand(document, site));
    record();
    stack->push(new AddNodeCommand(document, makeNode(NodeKind::CustomerEdge, "ce")));
    record();
    // Strings moved in: GCC 12 at -O3 reports assigning the literals falsely as
    // -Wmaybe-uninitialized (the inlined short-string copy).
    Link lan;
    lan.id = std::string("lan");
    lan.kind = LinkKind::Lan;
    lan.from = std::string("dc");
    lan.to = std::string("ce");
    stack->push(new AddLinkCommand(document, lan));
    record();

    // Inspector edits: the site's name (typed), the router's BFD (a choice), the link's notes.
    select(window, {QStringLiteral("dc")});
    auto *name = qobject_cast<QLineEdit *>(
        window.inspector()->nodeEditor(NodeKind::Site)->field(QStringLiteral("name"))->input());
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("London DC"));
    record();
    select(window, {QStringLiteral("ce")});
    auto *bfd = qobject_cast<QComboBox *>(window.inspector()
                                              ->nodeEditor(NodeKind::CustomerEdge)
                                              ->field(QStringLiteral("bfd"))
                                              ->input());
    bfd->setFocus();
    QTest::keyClick(bfd, Qt::Key_End);
    record();
    QCOMPARE(*document->topology().node("ce")->customerEdge()->bfd, false);
    select(window, {QStringLiteral("lan")});
    QCOMPARE(window.inspector()->currentPage(), window.inspector()->linkEditor());
    FieldEditor *notes = window.inspector()->linkEditor()->field(QStringLiteral("notes"));
    notes->input()->setFocus();
    QTest::keyClicks(notes->input(), QStringLiteral("patch panel B"));
    record();
    QCOMPARE(*document->topology().link("lan")->notes, std::string("patch panel B"));
    // Design name from the inspector's design page.
    window.scene()->clearSelection();
    QCOMPARE(window.inspector()->currentPage(), window.inspector()->designEditor());
    auto *designName = qobject_cast<QLineEdit *>(
        window.inspector()->designEditor()->field(QStringLiteral("design.name"))->input());
    designName->setFocus();
    QTest::keyClicks(designName, QStringLiteral("Walk"));
    record();
    stack->push(new RemoveElementsCommand(document, {QStringLiteral("ce")}));
    record();
    QVERIFY(!document->topology().link("lan"));

    QCOMPARE(stack->count(), int(states.size()) - 1);
    for (int step = int(states.size()) - 1; step > 0; --step) {
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QVERIFY2(document->topology() == states[std::size_t(step - 1)],
                 qPrintable(QStringLiteral("after undoing to step %1").arg(step - 1)));
        QCOMPARE(window.scene()->nodeItemCount(), int(states[std::size_t(step - 1)].nodes().size()));
    }
    QVERIFY(document->topology().nodes().empty());
    QVERIFY(!window.undoAction()->isEnabled());
    for (std::size_t step = 1; step < states.size(); ++step) {
        window.redoAction()->trigger();
        QVERIFY2(document->topology() == states[step],
                 qPrintable(QStringLiteral("after redoing step %1").arg(step)));
    }
    QVERIFY(!window.redoAction()->isEnabled());
}

void TestMainWindow::saveAndReopenFromTheGui()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.ertopo"));
    m_answers.saveFileName = path;
    {
        MainWindow window;
        window.setPrompts(m_answers.prompts());
        window.show();
        QVERIFY(window.session()->newFromTemplate(QStringLiteral(":/templates/vpn-backup.ertopo")));
        QVERIFY(window.document()->filePath().isEmpty());
        select(window, {QStringLiteral("dc")});
        auto *city = qobject_cast<QLineEdit *>(window.inspector()
                                                   ->nodeEditor(NodeKind::Site)
                                                   ->field(QStringLiteral("location.city"))
                                                   ->input());
        city->setFocus();
        city->selectAll();
        QTest::keyClicks(city, QStringLiteral("Cork"));
        QVERIFY(window.isWindowModified());

        QAction *save = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Save))
                save = action;
        }
        QVERIFY(save);
        save->trigger(); // untitled: asks for a name (answered), then saves
        QVERIFY(m_answers.errors.isEmpty());
        QCOMPARE(window.document()->filePath(), path);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(
            QStringLiteral("Reference: ExpressRoute with VPN backup")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), writeTopology(window.document()->topology()));
        QVERIFY(window.session()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    }
    MainWindow reopened;
    reopened.setPrompts(m_answers.prompts());
    QVERIFY(reopened.openFile(path));
    QCOMPARE(*reopened.document()->topology().node("dc")->site()->location->city,
             std::string("Cork"));
    QVERIFY(!reopened.isWindowModified());
}

void TestMainWindow::badFileKeepsCurrentDesign()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.ertopo"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"format\": \"expressroute-designer-topology\",\n  \"formatVersion\": 1,\n"
        "  \"nodes\": [],\n  \"links\": [{\"id\": \"l\", \"kind\": \"lan\", \"from\": \"a\", "
        "\"to\": \"b\"}]\n}\n");
    file.close();

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    const Topology before = window.document()->topology();
    const QString title = window.windowTitle();
    QVERIFY(!window.openFile(bad));
    QCOMPARE(m_answers.errors.size(), 1);
    const LoadResult expected = readTopologyFile(bad.toStdString());
    QVERIFY(!expected.ok());
    QVERIFY2(m_answers.errors.first().contains(qs(expected.error.toString())),
             qPrintable(m_answers.errors.first()));
    QVERIFY(m_answers.errors.first().contains(QStringLiteral("links[0]")));
    QVERIFY(window.document()->topology() == before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.document()->filePath(),
             Test::examplePath(QStringLiteral("single-circuit.ertopo")));
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The empty canvas explains how to start; the hint goes with the first node.
    auto *hint = window.view()->viewport()->findChild<QWidget *>(QStringLiteral("CanvasHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc")));
    QVERIFY(window.isWindowModified());
    QVERIFY(!hint->isVisible());

    m_answers.unsavedAnswer = QMessageBox::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(m_answers.unsavedAsked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(window.document()->topology().node("dc"));

    // New also asks; Discard lets it go.
    m_answers.unsavedAnswer = QMessageBox::Discard;
    QVERIFY(window.session()->newDesign());
    QCOMPARE(m_answers.unsavedAsked, 2);
    QVERIFY(window.document()->topology().nodes().empty());
    QVERIFY(hint->isVisible());
    QVERIFY(window.close()); // nothing unsaved: no question
    QCOMPARE(m_answers.unsavedAsked, 2);
}

void TestMainWindow::autosaveWritesAndCleanSaveRemovesRecoveryFile()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QCOMPARE(window.session()->autosaveTimer()->interval(), 60 * 1000);
    QVERIFY(window.session()->autosaveTimer()->isActive());
    QVERIFY(!window.session()->autosave()); // nothing unsaved, nothing written
    QVERIFY(!window.session()->recovery().hasSnapshot());

    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc")));
    QVERIFY(window.session()->autosave());
    const QString snapshot = window.session()->recovery().snapshotPath();
    QVERIFY(snapshot.startsWith(RecoveryStore::defaultDirectory()));
    const LoadResult saved = readTopologyFile(snapshot.toStdString());
    QVERIFY(saved.ok());
    QVERIFY(*saved.topology == window.document()->topology());

    QVERIFY(window.session()->saveAs(dir.filePath(QStringLiteral("clean.ertopo"))));
    QVERIFY(!QFileInfo::exists(snapshot));

    // The timer's autosave writes from a background thread: the same snapshot, later.
    QVERIFY(!window.session()->autosaveInBackground()); // saved: nothing to write
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc2")));
    QVERIFY(window.session()->autosaveInBackground());
    QTRY_VERIFY(!window.session()->isAutosaving());
    const LoadResult background = readTopologyFile(snapshot.toStdString());
    QVERIFY(background.ok());
    QVERIFY(*background.topology == window.document()->topology());
    // Saved while a background autosave runs: no snapshot of saved work is left behind.
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc3")));
    QVERIFY(window.session()->autosaveInBackground());
    QVERIFY(window.session()->save());
    QTRY_VERIFY(!window.session()->isAutosaving());
    QTRY_VERIFY(!QFileInfo::exists(snapshot));
}

void TestMainWindow::recoversAfterCrash()
{
    // A session that crashed: a marker and a snapshot, and no live lock.
    RecoveryStore crashed;
    QVERIFY(QDir().mkpath(crashed.directory()));
    const QString crashedId = QStringLiteral("crashed-session");
    Topology lost = Test::loadDesign(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    lost.name = "Unsaved work";
    QVERIFY(!saveTopologyFile(lost, crashed.snapshotPathOf(crashedId).toStdString()));
    QVERIFY(RecoveryStore::writeMarker(crashed.markerPath(crashedId),
                                       QStringLiteral("/designs/contoso.ertopo"),
                                       QDateTime::currentDateTime()));

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    // The live window's own session is not an orphan; the crashed one is.
    const auto orphans = window.session()->recovery().orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans.front().sessionId, crashedId);
    QCOMPARE(orphans.front().originalPath, QStringLiteral("/designs/contoso.ertopo"));

    QVERIFY(window.session()->offerRecovery());
    QCOMPARE(m_answers.recoverAsked, 1);
    QVERIFY(window.document()->topology() == lost);
    QCOMPARE(window.document()->filePath(), QStringLiteral("/designs/contoso.ertopo"));
    QVERIFY(window.isWindowModified()); // recovered work is unsaved work
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Unsaved work")));
    QVERIFY(!QFileInfo::exists(crashed.snapshotPathOf(crashedId)));
    QVERIFY(window.session()->recovery().hasSnapshot()); // kept safe by this session now

    // A second window sees nothing to recover: the first session is alive.
    MainWindow second;
    second.setPrompts(m_answers.prompts());
    QVERIFY(!second.session()->offerRecovery());
    QCOMPARE(m_answers.recoverAsked, 1);
}

void TestMainWindow::recoveredDesignAsksBeforeOverwritingAnotherProgramsChanges()
{
    QTemporaryDir dir;
    const QString path = copyOfExample(dir, QStringLiteral("single-circuit.ertopo"));
    {
        // A session opened the file, changed it, autosaved and crashed.
        TopologyDocument crashedDocument;
        QVERIFY(crashedDocument.open(path, nullptr));
        RecoveryStore crashed;
        Topology unsaved = crashedDocument.topology();
        unsaved.name = "Unsaved work";
        QVERIFY(!crashed.writeSnapshot(unsaved, path, crashedDocument.diskHash()));
    }
    // Meanwhile another program changes the file.
    const QByteArray external = fileBytes(path).replace("London DC", "Paris  DC");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(external), external.size());
    }

    MainWindow window; // its dialogs, except the file dialog
    SessionPrompts prompts = window.session()->prompts();
    const QString elsewhere = dir.filePath(QStringLiteral("mine.ertopo"));
    prompts.saveFileName = [&](const QString &) { return elsewhere; };
    window.setPrompts(prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto orphans = window.session()->recovery().orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QVERIFY(window.session()->recover(orphans.front()));
    QCOMPARE(window.document()->filePath(), path);

    // Ctrl+S asks; Cancel leaves the other program's bytes.
    QStringList buttons;
    pressSave(window, QStringLiteral("Cancel"), &buttons);
    QTRY_VERIFY(!buttons.isEmpty());
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("Cancel"), QStringLiteral("Reload"),
                                   QStringLiteral("Save"), QStringLiteral("Save As…")}));
    QCOMPARE(fileBytes(path), external);
    QVERIFY(window.isWindowModified());

    // Save As writes the recovered design elsewhere and still leaves the other program's bytes.
    pressSave(window, QStringLiteral("Save As…"), &buttons);
    QTRY_COMPARE(window.document()->filePath(), elsewhere);
    QCOMPARE(fileBytes(path), external);
    QCOMPARE(*Test::loadDesign(elsewhere).name, std::string("Unsaved work"));
    QVERIFY(!window.isWindowModified());

    // Reload, after another program changed that file too, shows what it wrote.
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc-mine")));
    const QByteArray theirs = fileBytes(elsewhere).replace("Unsaved work", "Their version");
    {
        QFile file(elsewhere);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(theirs), theirs.size());
    }
    pressSave(window, QStringLiteral("Reload"), &buttons);
    QTRY_COMPARE(*window.document()->topology().name, std::string("Their version"));
    QVERIFY(!window.document()->topology().node("dc-mine"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(fileBytes(elsewhere), theirs);
}

void TestMainWindow::failedSaveOffersSaveAs()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("gone")));
    const QString path = dir.filePath(QStringLiteral("gone/design.ertopo"));
    QVERIFY(QFile::copy(Test::examplePath(QStringLiteral("single-circuit.ertopo")), path));
    MainWindow window;
    SessionPrompts prompts = window.session()->prompts();
    const QString elsewhere = dir.filePath(QStringLiteral("rescued.ertopo"));
    prompts.saveFileName = [&](const QString &) { return elsewhere; };
    window.setPrompts(prompts);
    window.show();
    QVERIFY(window.openFile(path));
    window.document()->undoStack()->push(
        new AddNodeCommand(window.document(), makeNode(NodeKind::Site, "dc-new")));
    // The folder goes (a removed USB stick, a deleted share): the save fails.
    QVERIFY(QDir(dir.filePath(QStringLiteral("gone"))).removeRecursively());

    QStringList buttons;
    pressSave(window, QStringLiteral("Save As…"), &buttons);
    QTRY_VERIFY(!buttons.isEmpty());
    QVERIFY2(buttons.contains(QStringLiteral("Save As…")), qPrintable(buttons.join(u',')));
    QTRY_COMPARE(window.document()->filePath(), elsewhere);
    QVERIFY(Test::loadDesign(elsewhere) == window.document()->topology());
    QVERIFY(window.document()->topology().node("dc-new"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::everyTemplateLoadsWithoutErrors()
{
    const std::vector<DesignTemplate> templates = designTemplates();
    QStringList references;
    int examples = 0;
    for (const DesignTemplate &entry : templates) {
        if (entry.isExample)
            ++examples;
        else
            references << QFileInfo(entry.resourcePath).fileName();
    }
    QCOMPARE(references, QStringList({QStringLiteral("global-reach.ertopo"),
                                      QStringLiteral("high-resiliency-metro.ertopo"),
                                      QStringLiteral("maximum-resiliency.ertopo"),
                                      QStringLiteral("standard-resiliency.ertopo"),
                                      QStringLiteral("vpn-backup.ertopo")}));
    QCOMPARE(examples, int(Test::exampleFiles().size()));

    MainWindow window;
    window.setPrompts(m_answers.prompts());
    for (const DesignTemplate &entry : templates) {
        QVERIFY2(window.session()->newFromTemplate(entry.resourcePath),
                 qPrintable(entry.resourcePath));
        QVERIFY(m_answers.errors.isEmpty());
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY(!entry.description.isEmpty());
        QCOMPARE(window.scene()->nodeItemCount(), int(window.document()->topology().nodes().size()));
        window.checker()->checkNow();
        waitForCurrentResults(window);
        for (const Finding &finding : window.checker()->results().findings) {
            QVERIFY2(finding.severity != Severity::Error,
                     qPrintable(entry.resourcePath + QStringLiteral(": ") + qs(finding.rule)
                                + QStringLiteral(" ") + qs(finding.message)));
        }
    }
}

void TestMainWindow::findingsDockFiltersAndSelects()
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

// Freeing a large design's analysis takes tens of milliseconds: the analyses the window shows
// are freed on a worker thread, whichever holder lets go of them last.
void TestMainWindow::replacedAnalysisIsFreedOffTheUiThread()
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

void TestMainWindow::analysisHighlightsPathsAndSimulatesFailure()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    waitForCurrentResults(window);
    if (!window.checker()->results().analysis)
        QSKIP("this build has no analyzer linked");
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

// The window checks in two parts (the rules that need no analysis beside the analysis, then the
// rest); what it lists must be what `validate --json` prints for the same file, rule by rule.
void TestMainWindow::analysisShowsSteadyAndFailoverFigures()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    waitForCurrentResults(window);
    if (!window.checker()->results().analysis)
        QSKIP("this build has no analyzer linked");
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

// The failure view (#19, item 5): what a user reads and sees when one element, peering location
// or risk group fails.
namespace {

void openAnalysed(MainWindow &window, const QString &example)
{
    window.show();
    QVERIFY(window.openFile(Test::examplePath(example)));
    waitForCurrentResults(window);
    QVERIFY(window.checker()->results().analysis);
}

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

void TestMainWindow::failureSummaryNamesWhatFailsAndCounts()
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

void TestMainWindow::failureGreysOnlyWhatNoSurvivingPathUses()
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

void TestMainWindow::failureSimulationEndsWithEditsUndoAndEscape()
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

void TestMainWindow::failureChoiceFollowsSimulateSelected()
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

void TestMainWindow::failureListOffersEveryFailableElement()
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

void TestMainWindow::pairShowsItsPathsHopByHop()
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

void TestMainWindow::analysisColumnsFitTheNames()
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
            new EditElementsCommand(window.document(), *window.document()->topology().node(id), renamed,
                                QStringLiteral("name")));
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

void TestMainWindow::restoredWindowFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QWidget huge;
        huge.setGeometry(available.x() + 100, available.y() + 100, available.width() * 2,
                         available.height() * 2);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), huge.saveGeometry());
    }
    MainWindow window;
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(window.geometry().x())
                            .arg(window.geometry().y())
                            .arg(window.geometry().width())
                            .arg(window.geometry().height())));
}

void TestMainWindow::inspectorStartsAtTheTopForAnotherElement()
{
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.resize(1000, 500);
    openAnalysed(window, QStringLiteral("maximum-resiliency.ertopo"));
    window.scene()->selectOnly({QStringLiteral("dc-ldn")});
    QScrollBar *bar = window.inspector()->scrollArea()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    window.scene()->selectOnly({QStringLiteral("dc-rdg")});
    QCOMPARE(bar->value(), 0);
}

void TestMainWindow::windowFindingsMatchTheCommandLine()
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
void TestMainWindow::linksWithFindingsAreMarked()
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

namespace {

// The PDF's text, through pdftotext (poppler-utils, installed by scripts/setup.sh).
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

// File > Export Report writes the PDF in a separate process: the window keeps handling events
// (the action is disabled meanwhile), and the report it writes is the design's.
void TestMainWindow::exportReportRunsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design-report.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportReportAction()->trigger();
    QVERIFY(actions->isExporting());
    QVERIFY(!actions->exportReportAction()->isEnabled());
    // The window is not blocked: a timer fires while the report is being written.
    bool ticked = false;
    QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(1).toString(), path);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    QVERIFY(actions->exportReportAction()->isEnabled());
    QVERIFY(m_answers.errors.isEmpty());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(qs(*window.document()->topology().name)), qPrintable(text.left(400)));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("design-report.pdf")));
}

void TestMainWindow::cancellingAnExportWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    window.reportActions()->exportReportAction()->trigger();
    auto *progress = window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    emit progress->canceled(); // the dialog's Cancel button, while the snapshot is written
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY2(exported.at(0).at(2).toString().contains(QStringLiteral("cancelled")),
             qPrintable(exported.at(0).at(2).toString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.reportActions()->exportReportAction()->isEnabled());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    // The user asked for it: the status bar says so, and no error box comes up.
    QVERIFY(m_answers.errors.isEmpty());
    if (const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("export-cancelled.png")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestMainWindow::exportReportToAnUnwritablePathReportsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    window.reportActions()->exportReportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY(!exported.at(0).at(2).toString().isEmpty());
    QCOMPARE(m_answers.errors.size(), 1);
    QVERIFY2(m_answers.errors.first().contains(QStringLiteral("no-such-folder")),
             qPrintable(m_answers.errors.first()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// File > Report Preview shows the pages as they will print; its Export button writes them.
void TestMainWindow::previewShowsThePagesAndExportsFromThem()
{
    QTemporaryDir dir;
    m_answers.saveFileName = dir.filePath(QStringLiteral("from-preview.pdf"));
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    window.reportActions()->previewAction()->trigger();
    auto *preview = qobject_cast<ReportPreviewDialog *>(window.reportActions()->previewDialog());
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->pageCount() >= 5);
    // Only the pages in view are drawn, not the whole report.
    QTRY_VERIFY(preview->pageView()->renderedPages() >= 1);
    QVERIFY(preview->pageView()->renderedPages() < preview->pageCount());
    preview->pageView()->scrollToPage(preview->pageCount() - 1);
    QTRY_COMPARE(preview->pageView()->currentPage(), preview->pageCount() - 1);
    QVERIFY(preview->windowTitle().contains(qs(*window.document()->topology().name)));
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : preview->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Export")))
            exportButton = button;
    }
    QVERIFY(exportButton);
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    exportButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY(exported.at(0).at(2).toString().isEmpty());
    QVERIFY(QFileInfo(m_answers.saveFileName).size() > 10000);
    preview->close();
    QTRY_VERIFY(!window.reportActions()->previewDialog());
}

// File > Export Diagram, to a PNG: written by the background process, twice the canvas's size
// for a small design, and the window says where it went.
void TestMainWindow::exportDiagramRunsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.png"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportDiagramAction()->trigger();
    QVERIFY(actions->isExporting());
    QVERIFY(!actions->exportDiagramAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(0).value<ExportJob::Kind>(), ExportJob::Kind::Diagram);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    const QImage picture(path, "PNG");
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() > 400);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("diagram.png")));
    QVERIFY(actions->exportDiagramAction()->isEnabled());
}

// File > Export Azure Template…: the Bicep file the command line writes (tst_armexport).
void TestMainWindow::exportAzureTemplateWritesBicep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.bicep"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportTemplateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(0).value<ExportJob::Kind>(), ExportJob::Kind::Template);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains(
        "resource gatewayVnetHubUksErgw 'Microsoft.Network/virtualNetworkGateways@"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Azure template")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
