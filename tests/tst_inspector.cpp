// The inspector on the real main window, offscreen: its fields edit the model through undo
// commands, one step per typed value, for one element or a multi-selection; refused input is
// marked and kept as typed; the background checker turns its edits into findings; the undo stack
// walks back to the empty design and forward again.

#include "tests/windowsupport.h"

#include "model/document/addlinkcommand.h"
#include "model/document/addnodecommand.h"
#include "model/document/editelementscommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "ui/canvasactions.h"
#include "ui/inspector/designeditor.h"
#include "ui/inspector/inspectordock.h"
#include "ui/inspector/linkeditor.h"
#include "ui/inspector/nodeeditors.h"
#include "ui/inspector/peeringtable.h"
#include "views/qtstrings.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Er;
using namespace Er::Test;

class TestInspector : public QObject
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
    void inspectorEditsPeeringHygieneAndFastPathFields();
    void undoWalksBackToEmptyAndForward();
    void inspectorStartsAtTheTopForAnotherElement();

private:
    ScriptedPrompts m_answers;
};

void TestInspector::initTestCase()
{
    useTestSettings("tst_inspector");
}

void TestInspector::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

void TestInspector::inspectorChoiceRaisesAndClearsFinding()
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

void TestInspector::removingGatewayRaisesFindingAndUndoClearsIt()
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

void TestInspector::typingACidrMarksRefusedInputAndMergesIntoOneStep()
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

void TestInspector::inspectorKeepsTypingAcrossUnrelatedUpdates()
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
    window.document()->undoStack()->push(
        new EditElementsCommand(window.document(), circuit, changed,
                                QStringLiteral("bandwidthInMbps")));
    QCOMPARE(line->text(), QStringLiteral("ERxy London 1G"));
    QCOMPARE(line->cursorPosition(), 4);
    auto *bandwidth = qobject_cast<QComboBox *>(window.inspector()
                                                    ->nodeEditor(NodeKind::Circuit)
                                                    ->field(QStringLiteral("bandwidthInMbps"))
                                                    ->input());
    QCOMPARE(bandwidth->currentText(), QStringLiteral("2 Gbps"));
}

void TestInspector::multiSelectionEditsSharedFieldInOneStep()
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

void TestInspector::multiSelectionTypingKeepsWhatWasTyped()
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

void TestInspector::selectAllRefreshesTheInspectorOnce()
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

void TestInspector::linkInspectorShowsTheRowsOfEachKind()
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

void TestInspector::peeringTableRefusesBadVlan()
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

void TestInspector::undoWalksBackToEmptyAndForward()
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

void TestInspector::inspectorStartsAtTheTopForAnotherElement()
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

QTEST_MAIN(TestInspector)
// The fields issue #13 added, typed into the inspector as a user does: a site's internet
// announcements (PEERING-016), a Microsoft peering's prefix validation state (PEERING-019) and a
// VNet's IP addresses in use (GATEWAY-013). Each edit is one undo step, raises or clears its
// finding in the window, and the saved file holds it.
void TestInspector::inspectorEditsPeeringHygieneAndFastPathFields()
{
    QTemporaryDir dir;
    const auto copyOfFixture = [&](const QString &name) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(Test::fixturePath(QStringLiteral("rules/") + name), path))
            qFatal("cannot copy %s", qPrintable(name));
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    const auto triggerSave = [](MainWindow &window) {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Save))
                action->trigger();
        }
    };
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QUndoStack *stack = window.document()->undoStack();

    // A site announces the Microsoft peering's NAT pool to the internet too: PEERING-016.
    const QString peeringPath = copyOfFixture(QStringLiteral("peering-019-trigger.ertopo"));
    QVERIFY(window.openFile(peeringPath));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "PEERING-016", "dc"));
    select(window, {QStringLiteral("dc")});
    FieldEditor *announced = window.inspector()
                                 ->nodeEditor(NodeKind::Site)
                                 ->field(QStringLiteral("internetAdvertisedPrefixes"));
    QVERIFY(announced);
    int steps = stack->count();
    typeInto(announced, QStringLiteral("81.2.69.0/33"));
    QVERIFY2(announced->hasError(), "a /33 is refused");
    QVERIFY(window.document()->topology().node("dc")->site()->internetAdvertisedPrefixes
            != StringList{"81.2.69.0/33"}); // refused input never reaches the model
    QTest::keyClick(announced->input(), Qt::Key_Backspace);
    QTest::keyClick(announced->input(), Qt::Key_Backspace);
    QTest::keyClicks(announced->input(), QStringLiteral("24"));
    QVERIFY(!announced->hasError());
    QCOMPARE(*window.document()->topology().node("dc")->site()->internetAdvertisedPrefixes,
             StringList{"81.2.69.0/24"});
    QCOMPARE(stack->count(), steps + 1);
    waitForCurrentResults(window);
    QVERIFY(hasFinding(window, "PEERING-016", "dc"));
    window.undoAction()->trigger();
    QVERIFY(!window.document()->topology().node("dc")->site()->internetAdvertisedPrefixes);
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "PEERING-016", "dc"));
    window.redoAction()->trigger();

    // The Microsoft peering's prefixes are validated: PEERING-019 goes.
    QVERIFY(hasFinding(window, "PEERING-019", "er1"));
    select(window, {QStringLiteral("er1")});
    auto *editor = static_cast<CircuitEditor *>(window.inspector()->nodeEditor(NodeKind::Circuit));
    const auto microsoftRow = [&] {
        const auto &peerings = *window.document()->topology().node("er1")->circuit()->peerings;
        for (std::size_t row = 0; row < peerings.size(); ++row) {
            if (peerings[row].peeringType == std::string("MicrosoftPeering"))
                return int(row);
        }
        return -1;
    };
    const int row = microsoftRow();
    QVERIFY(row >= 0);
    auto *state = qobject_cast<QComboBox *>(
        editor->peeringTable()->table()->cellWidget(row, PeeringTable::PublicPrefixesStateColumn));
    QVERIFY(state);
    QCOMPARE(state->currentText(), QStringLiteral("(not set)"));
    steps = stack->count();
    state->setFocus();
    for (int down = 0; down < 3; ++down) // (not set), NotConfigured, Configuring, Configured
        QTest::keyClick(state, Qt::Key_Down);
    const auto stateOf = [&] {
        return window.document()
            ->topology()
            .node("er1")
            ->circuit()
            ->peerings->at(std::size_t(row))
            .advertisedPublicPrefixesState;
    };
    QCOMPARE(stateOf(), std::optional<std::string>("Configured"));
    QVERIFY(stack->count() > steps);
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "PEERING-019", "er1"));
    triggerSave(window);
    QVERIFY(m_answers.errors.isEmpty());
    const QByteArray peeringSaved = fileBytes(peeringPath);
    QVERIFY(peeringSaved.contains("\"advertisedPublicPrefixesState\": \"Configured\""));
    QVERIFY(peeringSaved.contains("\"internetAdvertisedPrefixes\": [\n        \"81.2.69.0/24\""));
    while (stack->count() > steps && stack->canUndo() && stateOf())
        window.undoAction()->trigger();
    QVERIFY(!stateOf());
    waitForCurrentResults(window);
    QVERIFY(hasFinding(window, "PEERING-019", "er1"));
    triggerSave(window); // nothing left unsaved before the next design opens

    // The hub FastPath carries holds 30,000 addresses, past the provider circuit's 25,000.
    const QString fastPathPath = copyOfFixture(QStringLiteral("gateway-013-clean.ertopo"));
    QVERIFY(window.openFile(fastPathPath));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "GATEWAY-013", "hub"));
    select(window, {QStringLiteral("hub")});
    FieldEditor *inUse = window.inspector()
                             ->nodeEditor(NodeKind::VirtualNetwork)
                             ->field(QStringLiteral("ipAddressesInUse"));
    QVERIFY(inUse);
    QCOMPARE(qobject_cast<QLineEdit *>(inUse->input())->text(), QStringLiteral("2000"));
    steps = stack->count();
    typeInto(inUse, QStringLiteral("-3"));
    QVERIFY(inUse->hasError());
    QCOMPARE(*window.document()->topology().node("hub")->virtualNetwork()->ipAddressesInUse, 2000);
    typeInto(inUse, QStringLiteral("30000"));
    QVERIFY(!inUse->hasError());
    QCOMPARE(*window.document()->topology().node("hub")->virtualNetwork()->ipAddressesInUse, 30000);
    QCOMPARE(stack->count(), steps + 1);
    waitForCurrentResults(window);
    QVERIFY(hasFinding(window, "GATEWAY-013", "hub"));
    triggerSave(window);
    QVERIFY(fileBytes(fastPathPath).contains("\"ipAddressesInUse\": 30000"));
    window.undoAction()->trigger();
    QCOMPARE(*window.document()->topology().node("hub")->virtualNetwork()->ipAddressesInUse, 2000);
    QCOMPARE(qobject_cast<QLineEdit *>(inUse->input())->text(), QStringLiteral("2000"));
    waitForCurrentResults(window);
    QVERIFY(!hasFinding(window, "GATEWAY-013", "hub"));
}

// While the scene says selectionChanged after Select All, its observers share the list the scene
// made (TopologyScene::currentSelection). An observer that changes the selection in the meantime,
// through the scene or through an item, is seen by the observers after it, and the inspector
// ends with what is selected.
void TestInspector::observersOfSelectAllSeeTheSelectionAnotherObserverMade()
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

#include "tst_inspector.moc"
