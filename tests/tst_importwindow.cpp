// File > Import… and Arrange > Tidy, Pin Position, Confirm Placeholders in the window: what the
// user sees (a new unsaved design, placeholders drawn as such, one undo step per action).

#include "tests/windowsupport.h"

#include "bench/designgenerator.h"
#include "model/document/topologydocument.h"
#include "ui/canvasactions.h"
#include "ui/importactions.h"
#include "ui/mainwindow.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

using namespace Er;

namespace {

SessionPrompts quietPrompts(QStringList *messages)
{
    SessionPrompts prompts;
    prompts.error = [messages](const QString &title, const QString &text) {
        *messages << title + QStringLiteral(": ") + text;
    };
    prompts.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
    prompts.saveFileName = [](const QString &) { return QString(); };
    prompts.recover = [](const RecoveryStore::Orphan &) { return false; };
    prompts.externalChange = [](const QString &) { return ExternalChangeAnswer::Cancel; };
    prompts.saveFailed = [](const QString &, const QString &) { return false; };
    return prompts;
}

QString quickstart()
{
    return Test::fixturePath(
        QStringLiteral("import/quickstart-expressroute-private-peering-vnet.json"));
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importOpensNewUnsavedDesign();
    void importErrorKeepsTheDesign();
    void tidyIsOneUndoStepAndKeepsPinnedNodes();
    void confirmPlaceholders();
    void tidyThousandSites();
};

void TestImportWindow::initTestCase()
{
    Test::useTestSettings("tst_importwindow");
    Test::clearTestSettings();
}

void TestImportWindow::importOpensNewUnsavedDesign()
{
    MainWindow window;
    QStringList messages;
    window.setPrompts(quietPrompts(&messages));
    ImportActions *actions = window.importActions();
    QVERIFY(actions);
    // The menus offer it.
    QVERIFY(
        window.menuBar()->actions().first()->menu()->actions().contains(actions->importAction()));
    QVERIFY(window.canvasActions()->arrangeMenu()->actions().contains(actions->tidyAction()));

    QVERIFY(actions->importFiles({quickstart()}, std::string("westeurope")));
    TopologyDocument *document = window.document();
    QVERIFY(document->topology().node("er-ckt01"));
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->isModified());
    // The notes of the import are shown: two resources kept as unmapped data.
    QVERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("unmapped")));
    // Placeholders are drawn as such; real elements are not.
    NodeItem *site = window.scene()->nodeItem(QStringLiteral("site-for-er-ckt01"));
    QVERIFY(site && site->isPlaceholder());
    QVERIFY(!window.scene()->nodeItem(QStringLiteral("er-ckt01"))->isPlaceholder());
    QVERIFY(actions->confirmPlaceholdersAction()->isEnabled());
}

void TestImportWindow::importErrorKeepsTheDesign()
{
    MainWindow window;
    QStringList messages;
    window.setPrompts(quietPrompts(&messages));
    QVERIFY(window.importActions()->importFiles({quickstart()}));
    const Topology before = window.document()->topology();
    QVERIFY(!window.importActions()->importFiles(
        {Test::examplePath(QStringLiteral("single-circuit.ertopo"))}));
    QVERIFY(window.document()->topology() == before);
    QVERIFY(messages.last().contains(QStringLiteral("not recognised")));
}

void TestImportWindow::tidyIsOneUndoStepAndKeepsPinnedNodes()
{
    MainWindow window;
    QStringList messages;
    window.setPrompts(quietPrompts(&messages));
    QVERIFY(window.importActions()->importFiles({quickstart()}, std::string("westeurope")));
    TopologyDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    // Tidy on a tidy design does nothing.
    const int steps = stack->count();
    window.importActions()->tidy();
    QCOMPARE(stack->count(), steps);

    // Pin the circuit somewhere else, scramble the rest by hand, then Tidy.
    window.scene()->selectOnly({QStringLiteral("er-ckt01")});
    QVERIFY(window.importActions()->pinAction()->isEnabled());
    window.importActions()->setSelectionPinned(true);
    QVERIFY(document->topology().node("er-ckt01")->isPinned());
    QVERIFY(window.importActions()->pinAction()->isChecked());
    Node circuit = *document->topology().node("er-ckt01");
    circuit.position = Point{5000, 5000};
    Node site = *document->topology().node("site-for-er-ckt01");
    site.position = Point{-3000, 777};
    document->replaceElements({circuit, site}, {});
    const Topology scrambled = document->topology();
    const int before = stack->count();
    window.importActions()->tidyAction()->trigger();
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Tidy"));
    QCOMPARE(*document->topology().node("er-ckt01")->position, (Point{5000, 5000}));
    QCOMPARE(document->topology().node("site-for-er-ckt01")->position->x, 0.0);
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("site-for-er-ckt01"))->pos().x(), 0.0);
    stack->undo();
    QVERIFY(document->topology() == scrambled);
}

void TestImportWindow::confirmPlaceholders()
{
    MainWindow window;
    QStringList messages;
    window.setPrompts(quietPrompts(&messages));
    QVERIFY(window.importActions()->importFiles({quickstart()}, std::string("westeurope")));
    TopologyDocument *document = window.document();
    // One selected placeholder first, then all the others.
    window.scene()->selectOnly({QStringLiteral("pe-for-er-ckt01")});
    window.importActions()->confirmPlaceholders();
    QVERIFY(!document->topology().node("pe-for-er-ckt01")->isPlaceholder());
    QVERIFY(document->topology().node("ce-for-er-ckt01")->isPlaceholder());
    QVERIFY(!window.scene()->nodeItem(QStringLiteral("pe-for-er-ckt01"))->isPlaceholder());
    window.scene()->selectOnly({});
    window.importActions()->confirmPlaceholders();
    for (const Node &node : document->topology().nodes())
        QVERIFY(!node.isPlaceholder());
    QVERIFY(!window.importActions()->confirmPlaceholdersAction()->isEnabled());
    document->undoStack()->undo();
    QVERIFY(document->topology().node("ce-for-er-ckt01")->isPlaceholder());
}

// Issue #15: Tidy lays out a 1,000-site design in under 2 s, in the window: the layout, the one
// undo step and the canvas following it.
void TestImportWindow::tidyThousandSites()
{
    MainWindow window;
    QStringList messages;
    window.setPrompts(quietPrompts(&messages));
    Bench::GeneratorOptions options;
    options.sites = 1000;
    window.document()->resetTopology(Bench::generateDesign(options), QString());
    QElapsedTimer timer;
    timer.start();
    window.importActions()->tidy();
    QCoreApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    qInfo("Tidy of %zu nodes in the window: %lld ms", window.document()->topology().nodes().size(),
          elapsed);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    const Node &first = window.document()->topology().nodes().front();
    QCOMPARE(window.scene()->nodeItem(QString::fromStdString(first.id))->pos(),
             QPointF(first.position->x, first.position->y));
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
