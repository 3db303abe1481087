// Notes and rectangles (core/annotation.h): kept in the design file as an optional extension,
// edited on the canvas through undo commands, drawn in the diagrams and listed in the report,
// and ignored by the rules and the analysis.

#include "tests/testsupport.h"

#include "model/analysis/analyzer.h"
#include "model/diff/designdiff.h"
#include "model/document/addannotationcommand.h"
#include "model/document/editannotationcommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "model/io/topologywriter.h"
#include "model/validation/designcheck.h"
#include "ui/contextmenus.h"
#include "ui/inspector/annotationeditor.h"
#include "ui/inspector/inspectordock.h"
#include "ui/mainwindow.h"
#include "ui/palettewidget.h"
#include "views/annotationedits.h"
#include "views/annotationitem.h"
#include "views/canvasclipboard.h"
#include "views/canvasview.h"
#include "views/nodeitem.h"
#include "views/report/diagramexport.h"
#include "views/report/diagramscene.h"
#include "views/report/drawiodiagram.h"
#include "views/report/notessection.h"
#include "views/report/reportinput.h"
#include "views/topologyscene.h"

#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace Er;

namespace {

QString fixture()
{
    return Test::fixturePath(QStringLiteral("annotations/colo-cage-ld5.ertopo"));
}

std::string fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

// The fixture's design with its annotations removed.
Topology withoutAnnotations(Topology topology)
{
    std::vector<std::string> ids;
    for (const Annotation &annotation : topology.annotations())
        ids.push_back(annotation.id);
    for (const std::string &id : ids)
        topology.removeAnnotation(id);
    return topology;
}

Annotation note(const std::string &id, double x, double y, const std::string &text)
{
    Annotation annotation;
    annotation.id = id;
    annotation.kind = AnnotationKind::Note;
    annotation.position = Point{x, y};
    annotation.size = Size{200, 80};
    annotation.text = text;
    return annotation;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void fixtureRoundTripsByteForByte();
    void filesWithoutAnnotationsAreSavedAsBefore();
    void badAnnotationsAreRefusedWithTheirPlace_data();
    void badAnnotationsAreRefusedWithTheirPlace();
    void undoRedoEveryEdit();
    void rulesAndAnalysisIgnoreAnnotations();
    void canvasItemsLieBeneathAndLetClicksThrough();
    void draggingMovesAndTheCornerResizes();
    void movesWithTheSelectedNodesInOneStep();
    void severalAreEditedAtOnce();
    void addFromPaletteAndSelectAll();
    void copyAndPaste();
    void addHereFromTheCanvasMenu();
    void drawioHasTheCells();
    void svgShowsTheNoteText();
    void reportListsTheNotes();
    void diffReportsAnnotations();
};

void TestAnnotations::fixtureRoundTripsByteForByte()
{
    const std::string bytes = fileBytes(fixture());
    const Topology topology = Test::parseDesign(bytes);
    QCOMPARE(topology.annotations().size(), std::size_t(2));
    const Annotation *cage = topology.annotation("rectangle-1");
    QVERIFY(cage);
    QVERIFY(cage->kind == AnnotationKind::Rectangle);
    QCOMPARE(cage->text, std::string("Colo cage LD5 (Equinix London)"));
    QCOMPARE(cage->size, (Size{340, 190}));
    QCOMPARE(cage->color, std::optional<std::string>("#6b4ca8"));
    const Annotation *memo = topology.annotation("note-1");
    QVERIFY(memo);
    QVERIFY(memo->kind == AnnotationKind::Note);
    // A member this version does not know is kept, as elsewhere in the format.
    QCOMPARE(memo->extra.size(), std::size_t(1));
    QCOMPARE(memo->extra.front().first, std::string("x-reviewedBy"));
    QCOMPARE(QByteArray::fromStdString(writeTopology(topology)), QByteArray::fromStdString(bytes));
    // Ids are shared with nodes and links: a fresh one skips the annotations'.
    QCOMPARE(topology.uniqueId("note"), std::string("note-2"));
}

void TestAnnotations::filesWithoutAnnotationsAreSavedAsBefore()
{
    // Written by the program before annotations existed (an import, with an unknown top-level
    // member): loading and saving it gives its bytes back, with no "annotations" member.
    const std::string bytes = fileBytes(
        Test::fixturePath(QStringLiteral("annotations/saved-before-annotations.ertopo")));
    const Topology topology = Test::parseDesign(bytes);
    QVERIFY(topology.annotations().empty());
    const std::string saved = writeTopology(topology);
    QVERIFY(saved.find("\"annotations\"") == std::string::npos);
    QCOMPARE(QByteArray::fromStdString(saved), QByteArray::fromStdString(bytes));

    // An annotation added and removed again leaves no trace.
    Topology touched = topology;
    QVERIFY(touched.addAnnotation(note("note-1", 0, 0, "gone")));
    QVERIFY(touched.removeAnnotation("note-1"));
    QCOMPARE(QByteArray::fromStdString(writeTopology(touched)), QByteArray::fromStdString(bytes));

    // The array is all that annotations add: the fixture without it is the fixture's design
    // without annotations, byte for byte.
    const std::string withNotes = fileBytes(fixture());
    const std::size_t start = withNotes.find(",\n  \"annotations\": [");
    const std::size_t end = withNotes.find("\n  ]", start);
    QVERIFY(start != std::string::npos && end != std::string::npos);
    const std::string cut = withNotes.substr(0, start) + withNotes.substr(end + 4);
    QCOMPARE(QByteArray::fromStdString(
                 writeTopology(withoutAnnotations(Test::loadDesign(fixture())))),
             QByteArray::fromStdString(cut));
}

void TestAnnotations::badAnnotationsAreRefusedWithTheirPlace_data()
{
    QTest::addColumn<QString>("annotation");
    QTest::addColumn<QString>("message");
    const QString head = QStringLiteral(
        "{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1,\n"
        "\"nodes\": [{\"id\": \"dc\", \"kind\": \"site\"}], \"links\": [],\n"
        "\"annotations\": [");
    const auto row = [&](const char *name, const char *annotation, const char *message) {
        QTest::newRow(name) << head + QString::fromUtf8(annotation) + QStringLiteral("]}")
                            << QString::fromUtf8(message);
    };
    row("negative width",
        "{\"id\": \"n\", \"kind\": \"note\", \"position\": {\"x\": 0, \"y\": 0},\n"
        " \"size\": {\"width\": -5, \"height\": 10}}",
        "inline.ertopo:4:11: annotations[0].size.width: a width must be greater than 0");
    row("unknown kind", "{\"id\": \"n\", \"kind\": \"arrow\"}",
        "inline.ertopo:3:29: annotations[0].kind: unknown annotation kind \"arrow\" (expected "
        "note or rectangle)");
    row("text not a string",
        "{\"id\": \"n\", \"kind\": \"note\", \"position\": {\"x\": 0, \"y\": 0},\n"
        " \"size\": {\"width\": 5, \"height\": 10}, \"text\": 7}",
        "inline.ertopo:4:38: annotations[0].text: expected a string, found an integer");
    row("bad colour",
        "{\"id\": \"n\", \"kind\": \"note\", \"position\": {\"x\": 0, \"y\": 0},\n"
        " \"size\": {\"width\": 5, \"height\": 10}, \"color\": \"yellow\"}",
        "inline.ertopo:4:38: annotations[0].color: \"yellow\" is not a colour like \"#ffcc00\"");
    row("id of a node",
        "{\"id\": \"dc\", \"kind\": \"note\", \"position\": {\"x\": 0, \"y\": 0},\n"
        " \"size\": {\"width\": 5, \"height\": 10}}",
        "inline.ertopo:3:18: annotations[0].id: duplicate id \"dc\"");
    row("no size", "{\"id\": \"n\", \"kind\": \"note\", \"position\": {\"x\": 0, \"y\": 0}}",
        "inline.ertopo:3:17: annotations[0]: annotation \"n\" has no \"size\"");
}

void TestAnnotations::badAnnotationsAreRefusedWithTheirPlace()
{
    QFETCH(QString, annotation);
    QFETCH(QString, message);
    const LoadResult result = readTopology(annotation.toStdString(), "inline.ertopo");
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error.toString()), message);
}

void TestAnnotations::undoRedoEveryEdit()
{
    TopologyDocument document;
    document.resetTopology(withoutAnnotations(Test::loadDesign(fixture())), QString());
    QUndoStack *stack = document.undoStack();
    const Topology start = document.topology();
    QSignalSpy added(&document, &TopologyDocument::annotationAdded);

    stack->push(new AddAnnotationCommand(&document, note("note-1", 0, -200, "Budget")));
    QCOMPARE(added.count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add note"));
    const Topology afterAdd = document.topology();

    const Annotation placed = *document.topology().annotation("note-1");
    Annotation moved = placed;
    moved.position = Point{40, -240};
    stack->push(new EditAnnotationCommand(&document, placed, moved, QStringLiteral("position"),
                                          nullptr, false));
    Annotation resized = moved;
    resized.size = Size{300, 120};
    stack->push(new EditAnnotationCommand(&document, moved, resized, QStringLiteral("size"),
                                          nullptr, false));
    // Typing merges into one step; a second drag is a step of its own.
    Annotation typed = resized;
    typed.text = "Budget Q";
    stack->push(new EditAnnotationCommand(&document, resized, typed, QStringLiteral("text")));
    Annotation typedMore = typed;
    typedMore.text = "Budget Q1";
    stack->push(new EditAnnotationCommand(&document, typed, typedMore, QStringLiteral("text")));
    Annotation movedAgain = typedMore;
    movedAgain.position = Point{80, -240};
    stack->push(new EditAnnotationCommand(&document, typedMore, movedAgain,
                                          QStringLiteral("position"), nullptr, false));
    Annotation movedThird = movedAgain;
    movedThird.position = Point{120, -240};
    stack->push(new EditAnnotationCommand(&document, movedAgain, movedThird,
                                          QStringLiteral("position"), nullptr, false));
    QCOMPARE(stack->count(), 6); // add, move, resize, text, move, move
    QCOMPARE(stack->undoText(), QStringLiteral("Change position of 'Budget Q1'"));

    stack->push(new RemoveElementsCommand(&document, {QStringLiteral("note-1")}));
    QCOMPARE(stack->undoText(), QStringLiteral("Delete note"));
    QVERIFY(!document.topology().annotation("note-1"));
    QCOMPARE(document.topology().annotations().size(), std::size_t(0));
    const Topology end = document.topology();

    stack->undo(); // delete
    QCOMPARE(*document.topology().annotation("note-1"), movedThird);
    stack->undo(); // third move
    QCOMPARE(*document.topology().annotation("note-1"), movedAgain);
    stack->undo(); // second move
    QCOMPARE(*document.topology().annotation("note-1"), typedMore);
    stack->undo(); // the typing, at once
    QCOMPARE(*document.topology().annotation("note-1"), resized);
    stack->undo(); // resize
    QCOMPARE(*document.topology().annotation("note-1"), moved);
    stack->undo(); // move
    QCOMPARE(*document.topology().annotation("note-1"), placed);
    QVERIFY(document.topology() == afterAdd);
    stack->undo(); // add
    QVERIFY(document.topology() == start);
    QVERIFY(document.isModified() == false);
    QCOMPARE(stack->index(), 0);

    while (stack->canRedo())
        stack->redo();
    QVERIFY(document.topology() == end);
    QCOMPARE(stack->index(), 7);
    stack->setIndex(6);
    QCOMPARE(*document.topology().annotation("note-1"), movedThird);
}

void TestAnnotations::rulesAndAnalysisIgnoreAnnotations()
{
    const Topology with = Test::loadDesign(fixture());
    const Topology without = withoutAnnotations(with);
    const DesignCheck withCheck = checkDesign(with, AnalysisOptions{});
    const DesignCheck withoutCheck = checkDesign(without, AnalysisOptions{});
    QCOMPARE(withCheck.findings.size(), withoutCheck.findings.size());
    for (std::size_t i = 0; i < withCheck.findings.size(); ++i) {
        QCOMPARE(withCheck.findings[i].rule, withoutCheck.findings[i].rule);
        QCOMPARE(withCheck.findings[i].elements, withoutCheck.findings[i].elements);
    }
}

void TestAnnotations::canvasItemsLieBeneathAndLetClicksThrough()
{
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(fixture()), QString());
    TopologyScene scene(&document);
    QCOMPARE(scene.annotationItemCount(), 2);
    AnnotationItem *cage = scene.annotationItem(QStringLiteral("rectangle-1"));
    AnnotationItem *memo = scene.annotationItem(QStringLiteral("note-1"));
    QVERIFY(cage && memo);
    NodeItem *pe = scene.nodeItem(QStringLiteral("pe-eqx-ldn"));
    QVERIFY(cage->zValue() < pe->zValue());
    QVERIFY(cage->zValue() < -1); // beneath region frames too

    const auto topItem = [&](QPointF at) { return scene.itemAt(at, QTransform()); };
    // Inside the note: the note.
    QCOMPARE(topItem(QPointF(-100, -150)), static_cast<QGraphicsItem *>(memo));
    // The provider edge inside the rectangle is still what a click on it takes.
    QCOMPARE(topItem(QPointF(440, 0)), static_cast<QGraphicsItem *>(pe));
    // The rectangle's empty inside lets a click through to the canvas (a rubber band starts).
    QCOMPARE(topItem(QPointF(330, 60)), nullptr);
    // Its border and its label take the click.
    QCOMPARE(topItem(QPointF(161, 30)), static_cast<QGraphicsItem *>(cage));
    QCOMPARE(topItem(QPointF(200, -70)), static_cast<QGraphicsItem *>(cage));
    QCOMPARE(cage->text(), QStringLiteral("Colo cage LD5 (Equinix London)"));

    // The model drives the item: an edit, then its undo.
    Annotation renamed = *document.topology().annotation("rectangle-1");
    renamed.text = "Cage 12, LD5";
    document.undoStack()->push(
        new EditAnnotationCommand(&document, *document.topology().annotation("rectangle-1"),
                                  renamed, "text"));
    QCOMPARE(cage->text(), QStringLiteral("Cage 12, LD5"));
    document.undoStack()->undo();
    QCOMPARE(cage->text(), QStringLiteral("Colo cage LD5 (Equinix London)"));

    // Selected and deleted like any element; undo brings the item back.
    scene.selectOnly({QStringLiteral("rectangle-1")});
    QCOMPARE(scene.selectedIds(), QStringList{QStringLiteral("rectangle-1")});
    document.undoStack()->push(new RemoveElementsCommand(&document, scene.selectedIds()));
    QVERIFY(!scene.annotationItem(QStringLiteral("rectangle-1")));
    QCOMPARE(scene.nodeItemCount(), 6);
    document.undoStack()->undo();
    QVERIFY(scene.annotationItem(QStringLiteral("rectangle-1")));
}

void TestAnnotations::draggingMovesAndTheCornerResizes()
{
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(fixture()), QString());
    CanvasView view;
    auto *scene = new TopologyScene(&document, &view);
    view.setScene(scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    scene->setSnapToGrid(false);
    view.centerOn(QPointF(0, -100));
    QWidget *viewport = view.viewport();
    const auto at = [&](QPointF scenePos) { return view.mapFromScene(scenePos); };

    // Drag the note by its middle: one "position" step.
    const QPoint press = at(QPointF(-100, -150));
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QMouseEvent move(QEvent::MouseMove, press + QPoint(30, 20), viewport->mapToGlobal(press),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, press + QPoint(30, 20));
    const Annotation *memo = document.topology().annotation("note-1");
    const qreal scale = view.transform().m11();
    QCOMPARE(memo->position.x, -110 + 30 / scale);
    QCOMPARE(memo->position.y, -200 + 20 / scale);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Change position")));

    // Drag its bottom-right handle: one "size" step; the position stays.
    AnnotationItem *item = scene->annotationItem(QStringLiteral("note-1"));
    const QPoint corner = at(item->mapToScene(item->handleRect().center()));
    QTest::mousePress(viewport, Qt::LeftButton, {}, corner);
    QMouseEvent drag(QEvent::MouseMove, corner + QPoint(40, 30), viewport->mapToGlobal(corner),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drag);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, corner + QPoint(40, 30));
    memo = document.topology().annotation("note-1");
    QCOMPARE(memo->size.width, 260 + 40 / scale);
    QCOMPARE(memo->size.height, 80 + 30 / scale);
    QCOMPARE(memo->position.x, -110 + 30 / scale);
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Change size")));
    document.undoStack()->undo();
    QCOMPARE(item->size(), QSizeF(260, 80));
}

// A selection of nodes, notes and rectangles moves together, whichever of them the drag starts
// on, and one undo puts all of them back (draw.io and Visio move a mixed selection as one).
void TestAnnotations::movesWithTheSelectedNodesInOneStep()
{
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(fixture()), QString());
    CanvasView view;
    auto *scene = new TopologyScene(&document, &view);
    view.setScene(scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    scene->setSnapToGrid(false);
    view.centerOn(QPointF(100, -100));
    QWidget *viewport = view.viewport();
    const auto at = [&](QPointF scenePos) { return view.mapFromScene(scenePos); };
    const Topology start = document.topology();
    const QStringList ids{QStringLiteral("pe-eqx-ldn"), QStringLiteral("note-1"),
                          QStringLiteral("rectangle-1")};
    const auto drag = [&](QPointF from, QPoint by) {
        const QPoint press = at(from);
        QTest::mousePress(viewport, Qt::LeftButton, {}, press);
        QMouseEvent move(QEvent::MouseMove, press + by, viewport->mapToGlobal(press + by),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, press + by);
    };
    const qreal scale = view.transform().m11();
    const auto movedBy = [&](QPointF delta) {
        const Topology &now = document.topology();
        const Point pe = *now.node("pe-eqx-ldn")->position;
        const Point wasPe = *start.node("pe-eqx-ldn")->position;
        const Point note = now.annotation("note-1")->position;
        const Point wasNote = start.annotation("note-1")->position;
        const Point cage = now.annotation("rectangle-1")->position;
        const Point wasCage = start.annotation("rectangle-1")->position;
        return QPointF(pe.x - wasPe.x, pe.y - wasPe.y) == delta
               && QPointF(note.x - wasNote.x, note.y - wasNote.y) == delta
               && QPointF(cage.x - wasCage.x, cage.y - wasCage.y) == delta;
    };

    // Dragged by the note.
    scene->selectOnly(ids);
    drag(QPointF(-100, -150), QPoint(30, 20));
    QVERIFY(movedBy(QPointF(30 / scale, 20 / scale)));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move 3 elements"));
    QCOMPARE(scene->selectedIds().size(), 3);

    // Dragged by the provider edge: the note and the rectangle follow.
    const NodeItem *pe = scene->nodeItem(QStringLiteral("pe-eqx-ldn"));
    drag(pe->scenePos(), QPoint(-10, 40));
    QVERIFY(movedBy(QPointF(20 / scale, 60 / scale)));
    QCOMPARE(document.undoStack()->count(), 2);

    // Each drag is one step back; the items follow the document.
    document.undoStack()->undo();
    QVERIFY(movedBy(QPointF(30 / scale, 20 / scale)));
    document.undoStack()->undo();
    QVERIFY(movedBy(QPointF(0, 0)));
    QCOMPARE(scene->annotationItem(QStringLiteral("note-1"))->pos(),
             QPointF(start.annotation("note-1")->position.x,
                     start.annotation("note-1")->position.y));

    // The arrow keys nudge them together too (Shift: by one unit), one step per press.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(movedBy(QPointF(1, 0)));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Nudge 3 elements"));
    document.undoStack()->undo();
    QVERIFY(movedBy(QPointF(0, 0)));
    // The notes alone: consecutive nudges merge into one step, as for nodes.
    scene->selectOnly({QStringLiteral("note-1"), QStringLiteral("rectangle-1")});
    const int steps = document.undoStack()->index();
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(document.undoStack()->index(), steps + 1);
    QCOMPARE(document.topology().annotation("note-1")->position.y,
             start.annotation("note-1")->position.y + 2);
    QCOMPARE(document.topology().annotation("rectangle-1")->position.y,
             start.annotation("rectangle-1")->position.y + 2);
    QCOMPARE(*document.topology().node("pe-eqx-ldn")->position, *start.node("pe-eqx-ldn")->position);
}

// Two annotations selected: the inspector edits their colour at once, as one undo step.
void TestAnnotations::severalAreEditedAtOnce()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixture()));
    window.scene()->selectOnly({QStringLiteral("note-1"), QStringLiteral("rectangle-1")});
    QCoreApplication::processEvents();
    AnnotationEditor *editor = window.inspector()->annotationEditor();
    QCOMPARE(window.inspector()->currentPage(), static_cast<QWidget *>(editor));
    auto *colour = qobject_cast<QLineEdit *>(
        editor->field(QStringLiteral("annotation.color"))->input());
    QVERIFY(colour);
    const int steps = window.document()->undoStack()->count();
    colour->setFocus();
    QTest::keyClick(colour, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(colour, QStringLiteral("#336699"));
    QTest::keyClick(colour, Qt::Key_Return);
    QCoreApplication::processEvents();
    const Topology &topology = window.document()->topology();
    QCOMPARE(topology.annotation("note-1")->color, std::optional<std::string>("#336699"));
    QCOMPARE(topology.annotation("rectangle-1")->color, std::optional<std::string>("#336699"));
    // The texts stay their own.
    QCOMPARE(topology.annotation("rectangle-1")->text,
             std::string("Colo cage LD5 (Equinix London)"));
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QVERIFY2(window.document()->undoStack()->undoText().endsWith(
                 QStringLiteral(" of 2 annotations")),
             qPrintable(window.document()->undoStack()->undoText()));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->topology().annotation("note-1")->color,
             Test::loadDesign(fixture()).annotation("note-1")->color);
    QCOMPARE(window.document()->topology().annotation("rectangle-1")->color,
             Test::loadDesign(fixture()).annotation("rectangle-1")->color);
}

void TestAnnotations::addFromPaletteAndSelectAll()
{
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(fixture()), QString());
    TopologyScene scene(&document);
    const QString id = addAnnotationAt(&scene, AnnotationKind::Rectangle, QPointF(0, 400));
    QCOMPARE(id, QStringLiteral("rectangle-2"));
    const Annotation *added = document.topology().annotation("rectangle-2");
    QVERIFY(added);
    QCOMPARE(added->size, defaultAnnotationSize(AnnotationKind::Rectangle));
    QCOMPARE(scene.selectedIds(), QStringList{id});
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add rectangle"));

    scene.selectAllElements();
    const QStringList all = scene.selectedIds();
    QVERIFY(all.contains(QStringLiteral("note-1")));
    QVERIFY(all.contains(QStringLiteral("rectangle-1")));
    QVERIFY(all.contains(QStringLiteral("dc-ldn")));

    // The palette offers both, after the node kinds, and asks for an annotation, not a node.
    PaletteWidget palette;
    QSignalSpy annotationAsked(&palette, &PaletteWidget::addAnnotationRequested);
    QSignalSpy nodeAsked(&palette, &PaletteWidget::addRequested);
    palette.setFilterText(QStringLiteral("rect"));
    QVERIFY(palette.visibleKinds().isEmpty());
    QTest::keyClick(palette.filterField(), Qt::Key_Return);
    QCOMPARE(annotationAsked.count(), 1);
    QVERIFY(annotationAsked.front().front().value<AnnotationKind>() == AnnotationKind::Rectangle);
    QCOMPARE(nodeAsked.count(), 0);
}

void TestAnnotations::copyAndPaste()
{
    TopologyDocument document;
    document.resetTopology(Test::loadDesign(fixture()), QString());
    TopologyScene scene(&document);
    CanvasClipboard clipboard(&scene);
    scene.selectOnly({QStringLiteral("note-1"), QStringLiteral("rectangle-1")});
    QVERIFY(clipboard.copy());
    const QStringList pasted = clipboard.paste();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(document.topology().annotations().size(), std::size_t(4));
    const Annotation *copy = document.topology().annotation("note-2");
    QVERIFY(copy);
    QCOMPARE(copy->text, document.topology().annotation("note-1")->text);
    QCOMPARE(copy->position, (Point{-110 + 40, -200 + 40}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Paste 2 elements"));
    document.undoStack()->undo();
    QCOMPARE(document.topology().annotations().size(), std::size_t(2));
}

void TestAnnotations::addHereFromTheCanvasMenu()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixture()));
    window.view()->centerOn(QPointF(0, 500));
    const QPoint at = window.view()->mapFromScene(QPointF(0, 500));
    // The empty canvas's menu, as a right click there opens it.
    std::unique_ptr<QMenu> menu(window.canvasContextMenu()->menuAt(at));
    QAction *addNote = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Add Note Here"))
            addNote = action;
    }
    QVERIFY(addNote);
    addNote->trigger();
    const Annotation *added = window.document()->topology().annotation("note-2");
    QVERIFY(added);
    // Centred where the menu was opened (snapped to the grid).
    QVERIFY(std::abs(added->position.x + added->size.width / 2) <= 20);
    QVERIFY(std::abs(added->position.y + added->size.height / 2 - 500) <= 20);
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("note-2")});
    // The inspector shows its text and colour.
    QCOMPARE(window.inspector()->currentPage(),
             static_cast<QWidget *>(window.inspector()->annotationEditor()));
    QVERIFY(window.inspector()->annotationEditor()->field(QStringLiteral("annotation.text")));
    // Undo selects what it changed back, a note as a node.
    Annotation moved = *added;
    moved.position.x += 100;
    window.document()->undoStack()->push(new EditAnnotationCommand(window.document(), *added, moved,
                                                                   QStringLiteral("position"),
                                                                   nullptr, false));
    window.scene()->selectOnly({});
    window.document()->undoStack()->undo();
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("note-2")});
    window.document()->undoStack()->setClean();
}

void TestAnnotations::drawioHasTheCells()
{
    const Topology topology = Test::loadDesign(fixture());
    const DiagramScene diagram(topology);
    const QString xml = QString::fromUtf8(drawioXml(diagram, QStringLiteral("LD5")));
    // A dashed rectangle and a text cell, with their text, on the Topology layer ("1"), before
    // the nodes so that draw.io draws them beneath.
    const qsizetype cage = xml.indexOf(QStringLiteral("id=\"rectangle-1\""));
    const qsizetype memo = xml.indexOf(QStringLiteral("id=\"note-1\""));
    QVERIFY(cage > 0 && memo > 0);
    QVERIFY(cage < xml.indexOf(QStringLiteral("id=\"dc-ldn\"")));
    const QString cageCell = xml.mid(cage,
                                     xml.indexOf(QStringLiteral("</UserObject>"), cage) - cage);
    QVERIFY2(cageCell.contains(QStringLiteral("label=\"Colo cage LD5 (Equinix London)\"")),
             qPrintable(cageCell));
    QVERIFY(cageCell.contains(QStringLiteral("kind=\"rectangle\"")));
    QVERIFY(cageCell.contains(QStringLiteral("dashed=1")));
    QVERIFY(cageCell.contains(QStringLiteral("parent=\"1\"")));
    QVERIFY(cageCell.contains(QStringLiteral("x=\"160\" y=\"-80\" width=\"340\" height=\"190\"")));
    const QString memoCell = xml.mid(memo,
                                     xml.indexOf(QStringLiteral("</UserObject>"), memo) - memo);
    QVERIFY(memoCell.contains(QStringLiteral("Second circuit at Slough")));
    QVERIFY(memoCell.contains(QStringLiteral("style=\"text;")));
    QVERIFY(memoCell.contains(QStringLiteral("parent=\"1\"")));
}

void TestAnnotations::svgShowsTheNoteText()
{
    const Topology topology = Test::loadDesign(fixture());
    const DiagramScene diagram(topology);
    // The diagram reaches out to the annotations.
    QVERIFY(diagram.diagramRect().top() < -200);
    const QByteArray svg = diagramSvg(diagram, QStringLiteral("LD5"));
    QVERIFY(svg.contains("Colo cage LD5 (Equinix London)"));
    QVERIFY(svg.contains("Second circuit at Slough"));
}

void TestAnnotations::reportListsTheNotes()
{
    const Topology topology = Test::loadDesign(fixture());
    const ReportInput input = collectReportInput(topology);
    const QString html = notesHtml(input);
    QVERIFY(html.contains(QStringLiteral("<h2>Notes</h2>")));
    QVERIFY(html.contains(
        QStringLiteral("Second circuit at Slough: budget request Q1 2027.<br>Ask Equinix")));
    QVERIFY(html.contains(QStringLiteral("Colo cage LD5 (Equinix London)")));
    // No notes, no part.
    const ReportInput plain = collectReportInput(withoutAnnotations(topology));
    QCOMPARE(notesHtml(plain), QString());
}

void TestAnnotations::diffReportsAnnotations()
{
    const Topology before = Test::loadDesign(fixture());
    Topology after = before;
    after.removeAnnotation("note-1");
    Annotation cage = *after.annotation("rectangle-1");
    cage.text = "Cage 12, LD5";
    cage.position = Point{0, 0}; // layout: no change of its own
    after.replaceAnnotation(cage);
    after.addAnnotation(note("note-2", 0, 0, "New"));
    const DesignDiff diff = diffDesigns(before, after);
    QCOMPARE(diff.removed.size(), std::size_t(1));
    QCOMPARE(diff.removed.front().id, std::string("note-1"));
    QCOMPARE(diff.removed.front().kind, std::string("note"));
    QCOMPARE(diff.added.size(), std::size_t(1));
    QCOMPARE(diff.added.front().id, std::string("note-2"));
    QCOMPARE(diff.changed.size(), std::size_t(1));
    QCOMPARE(diff.changed.front().element.id, std::string("rectangle-1"));
    QCOMPARE(diff.changed.front().fields.size(), std::size_t(1));
    QCOMPARE(diff.changed.front().fields.front().field, std::string("text"));
    QCOMPARE(diff.changed.front().fields.front().after, std::optional<std::string>("Cage 12, LD5"));
}

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
