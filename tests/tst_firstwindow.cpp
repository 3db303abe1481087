#include "tests/testsupport.h"

#include "model/document/topologydocument.h"
#include "ui/mainwindow.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

using namespace Er;

class TestFirstWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensExampleWithOneItemPerElement_data();
    void opensExampleWithOneItemPerElement();
};

void TestFirstWindow::opensExampleWithOneItemPerElement_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Test::exampleFiles())
        QTest::newRow(qPrintable(file)) << Test::examplePath(file);
}

void TestFirstWindow::opensExampleWithOneItemPerElement()
{
    QFETCH(QString, file);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(file));
    const Topology &topology = window.document()->topology();
    QCOMPARE(window.scene()->nodeItemCount(), int(topology.nodes().size()));
    QCOMPARE(window.scene()->linkItemCount(), int(topology.links().size()));
    for (const Node &node : topology.nodes()) {
        NodeItem *item = window.scene()->nodeItem(QString::fromStdString(node.id));
        QVERIFY(item);
        QCOMPARE(item->label(), QString::fromStdString(node.label()));
        if (node.position)
            QCOMPARE(item->pos(), QPointF(node.position->x, node.position->y));
    }
    QVERIFY(window.windowTitle().contains(QString::fromStdString(*topology.name)));
}

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
