#include "tests/testsupport.h"

#include "model/io/topologywriter.h"
#include "ui/compareaction.h"
#include "ui/comparedialog.h"
#include "ui/mainwindow.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Er;

namespace {

// The maximum-resiliency example without its last circuit and that circuit's links, and with the
// other circuit at 2 Gbps: the revision a change board is asked to sign after the signed one.
Topology revised(const Topology &signedDesign, std::string *removedCircuit, std::string *widened)
{
    Topology topology = signedDesign;
    for (const Node &node : topology.nodes()) {
        if (node.circuit())
            *removedCircuit = node.id;
    }
    std::vector<std::string> links;
    for (const Link &link : topology.links()) {
        if (link.from == *removedCircuit || link.to == *removedCircuit)
            links.push_back(link.id);
    }
    for (const std::string &link : links)
        topology.removeLink(link);
    topology.removeNode(*removedCircuit);
    for (const Node &node : topology.nodes()) {
        if (node.circuit()) {
            Node wider = node;
            wider.circuit()->bandwidthInMbps = 2000;
            *widened = node.id;
            topology.replaceNode(wider);
            break;
        }
    }
    return topology;
}

QTreeWidgetItem *topLevel(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void compareWithEarlierRevision();
    void earlierFileThatDoesNotLoad();
};

void TestCompare::compareWithEarlierRevision()
{
    QTemporaryDir folder;
    const QString signedFile = Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"));
    std::string removed;
    std::string widened;
    const QString revisedFile = folder.filePath(QStringLiteral("revised.ertopo"));
    QVERIFY(!saveTopologyFile(revised(Test::loadDesign(signedFile), &removed, &widened),
                              revisedFile.toStdString()));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openFile(revisedFile));
    auto *compare = window.findChild<CompareAction *>();
    QVERIFY(compare);
    // In the File menu.
    QMenu *file = window.menuBar()->actions().at(0)->menu();
    QVERIFY(file->actions().contains(compare->action()));
    QCOMPARE(compare->action()->text(), QStringLiteral("Compare &With…"));

    compare->setFilePrompt([&] { return signedFile; });
    QSignalSpy compared(compare, &CompareAction::compared);
    compare->action()->trigger();
    QVERIFY(compared.wait(60000));
    QCOMPARE(compared.at(0).at(0).toString(), QString());
    CompareDialog *dialog = compare->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    QTreeWidget *tree = dialog->tree();
    QTreeWidgetItem *removedGroup = topLevel(tree, QStringLiteral("Removed (4)"));
    QVERIFY(removedGroup);
    QVERIFY(removedGroup->child(0)->text(0).contains(QString::fromStdString(removed)));
    QTreeWidgetItem *changedGroup = topLevel(tree, QStringLiteral("Changed (1)"));
    QVERIFY(changedGroup);
    QTreeWidgetItem *circuit = changedGroup->child(0);
    QVERIFY(circuit->text(0).contains(QString::fromStdString(widened)));
    QCOMPARE(circuit->child(0)->text(0), QStringLiteral("bandwidthInMbps"));
    QCOMPARE(circuit->child(0)->text(1), QStringLiteral("1000 → 2000"));
    QVERIFY(topLevel(tree, QStringLiteral("Findings gained")));
    QVERIFY(topLevel(tree, QStringLiteral("Site–VNet pairs")));

    // The changed element is selected on the canvas.
    QCOMPARE(window.scene()->selectedIds(), QStringList{QString::fromStdString(widened)});

    // A gained finding's row selects its elements.
    QTreeWidgetItem *gained = topLevel(tree, QStringLiteral("Findings gained"))->child(0);
    emit tree->itemClicked(gained, 0);
    QStringList selected = window.scene()->selectedIds();
    selected.sort();
    QStringList named = gained->text(1).split(QStringLiteral(", "));
    named.sort();
    QCOMPARE(selected, named);

    if (const QString keep = qEnvironmentVariable("ER_COMPARE_SCREENSHOT"); !keep.isEmpty()) {
        dialog->grab().save(keep);
        window.grab().save(
            QString(keep).replace(QStringLiteral(".png"), QStringLiteral("-window.png")));
    }
}

void TestCompare::earlierFileThatDoesNotLoad()
{
    QTemporaryDir folder;
    const QString broken = folder.filePath(QStringLiteral("broken.ertopo"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": ");
    out.close();
    MainWindow window;
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    auto *compare = window.findChild<CompareAction *>();
    compare->setFilePrompt([&] { return broken; });
    QSignalSpy compared(compare, &CompareAction::compared);
    compare->action()->trigger();
    QVERIFY(compared.wait(60000));
    QVERIFY(compared.at(0).at(0).toString().contains(QLatin1String("broken.ertopo")));
    QVERIFY(!compare->dialog());
    QVERIFY(compare->action()->isEnabled());
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
