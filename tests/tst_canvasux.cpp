// What users of draw.io, Visio and yEd expect on the canvas (#19), on real widgets, offscreen:
// context menus on nodes, links, findings and the empty canvas; find on the canvas; zoom to the
// selection and the zoom in the status bar; the fix column and F8 through the findings; paste at
// the mouse; unique names for duplicates; undo that selects again; the shortcuts list.

#include "tests/windowsupport.h"

#include "model/document/topologydocument.h"
#include "ui/canvasactions.h"
#include "ui/contextmenus.h"
#include "ui/designchecker.h"
#include "ui/findbar.h"
#include "ui/findingsdock.h"
#include "ui/inspector/inspectordock.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"
#include "views/canvasview.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Er;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Sends a context menu event to `widget` at `pos` (a right click, or the menu key); `inMenu` runs
// while the menu that appears is open (it gets the texts of its visible actions, and the menu),
// and must close it. Returns false when no menu appeared.
bool contextMenu(QWidget *widget,
                 QPoint pos,
                 const std::function<void(const QStringList &, QMenu *)> &inMenu,
                 QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse)
{
    bool shown = false;
    QObject guard; // no poll outlives this call
    std::function<void(int)> poll = [&](int attemptsLeft) {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (attemptsLeft > 0)
                QTimer::singleShot(10, &guard, [&, attemptsLeft] { poll(attemptsLeft - 1); });
            return;
        }
        shown = true;
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                texts << plain(action->text());
        }
        inMenu(texts, menu);
        if (QApplication::activePopupWidget() == menu)
            menu->close();
    };
    QTimer::singleShot(0, &guard, [&] { poll(200); });
    QContextMenuEvent event(reason, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    return shown;
}

// Chooses the menu's action with this text as the user does: highlight it, press Enter.
void choose(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (plain(action->text()) == text) {
            QVERIFY2(action->isEnabled(), qPrintable(text));
            menu->setActiveAction(action);
            QTest::keyClick(menu, Qt::Key_Return);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no action %1 in the menu").arg(text)));
}

QPoint viewportPointOf(MainWindow &window, QPointF scenePos)
{
    window.view()->centerOn(scenePos);
    return window.view()->mapFromScene(scenePos);
}

QPointF nodeCentre(MainWindow &window, const QString &id)
{
    return window.scene()->nodeItem(id)->sceneBoundingRect().center();
}

// Where the design puts a node.
QPointF modelPos(MainWindow &window, const QString &id)
{
    const Node *node = window.document()->topology().node(id.toStdString());
    return node && node->position ? QPointF(node->position->x, node->position->y) : QPointF();
}

std::string nameOf(MainWindow &window, const QString &id)
{
    const Node *node = window.document()->topology().node(id.toStdString());
    return node ? node->label() : std::string();
}

// A viewport point with no item under it.
std::optional<QPoint> emptyPoint(CanvasView *view)
{
    const QRect area = view->viewport()->rect();
    for (int y = 20; y < area.height() - 20; y += 15) {
        for (int x = 20; x < area.width() - 20; x += 15) {
            if (view->items(QPoint(x, y)).isEmpty())
                return QPoint(x, y);
        }
    }
    return std::nullopt;
}

} // namespace

class TestCanvasUx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nodeContextMenuOffersItsActionsAndRunsThem();
    void linkAndEmptyCanvasContextMenus();
    void menuKeyOpensTheSelectionsMenu();
    void findingContextMenuSelectsShowsFixAndCopies();
    void ctrlFInTheCanvasFindsByNameOrId();
    void zoomToSelectionAndZoomInTheStatusBar();
    void findingsShowTheFixAndF8StepsThroughThem();
    void pasteLandsUnderTheMouse();
    void duplicatesGetUniqueNames();
    void undoSelectsWhatItBringsBack();
    void keyboardShortcutsListsEveryActionAndSearches();
};

void TestCanvasUx::initTestCase()
{
    Test::useTestSettings("tst_canvasux");
}

void TestCanvasUx::init()
{
    Test::clearTestSettings();
}

void TestCanvasUx::nodeContextMenuOffersItsActionsAndRunsThem()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    const QString id = QStringLiteral("ce-ldn-1");
    window.scene()->selectOnly({QStringLiteral("ce-ldn-2")});
    const QPoint at = viewportPointOf(window, nodeCentre(window, id));

    QStringList texts;
    QVERIFY(contextMenu(window.view()->viewport(), at, [&](const QStringList &t, QMenu *menu) {
        texts = t;
        choose(menu, QStringLiteral("Duplicate"));
    }));
    // The right click selected the node under the mouse, as in draw.io.
    for (const QString &expected :
         {QStringLiteral("Cut"), QStringLiteral("Copy"), QStringLiteral("Duplicate"),
          QStringLiteral("Delete"), QStringLiteral("Zoom to Selection"),
          QStringLiteral("Properties")})
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.contains(QStringLiteral("Paste Here")));
    // Duplicate ran on the right-clicked node: the copy is the selection.
    const QStringList copy = window.scene()->selectedIds();
    QCOMPARE(copy.size(), 1);
    QVERIFY(copy.first() != id);
    QCOMPARE(nameOf(window, copy.first()), std::string("CE London 1 (copy)"));
    window.undoAction()->trigger(); // the copy would cover the node

    // Properties focuses the inspector on the node.
    const QPoint again = viewportPointOf(window, nodeCentre(window, id));
    QVERIFY(contextMenu(window.view()->viewport(), again, [&](const QStringList &, QMenu *menu) {
        choose(menu, QStringLiteral("Properties"));
    }));
    QCOMPARE(window.scene()->selectedIds(), QStringList{id});
    // (Offscreen, the closed popup leaves no window active: the window's focus widget tells.)
    QTRY_VERIFY(window.inspector()->isAncestorOf(window.focusWidget()));

    // Delete from the menu removes it, as one undo step.
    const int steps = window.document()->undoStack()->index();
    const QPoint third = viewportPointOf(window, nodeCentre(window, id));
    QVERIFY(contextMenu(window.view()->viewport(), third, [&](const QStringList &, QMenu *menu) {
        choose(menu, QStringLiteral("Delete"));
    }));
    QVERIFY(!window.document()->topology().contains(id.toStdString()));
    QCOMPARE(window.document()->undoStack()->index(), steps + 1);
}

void TestCanvasUx::linkAndEmptyCanvasContextMenus()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    LinkItem *link = window.scene()->linkItem(QStringLiteral("lan-ldn-1"));
    QVERIFY(link);
    const QPointF middle = (nodeCentre(window, QStringLiteral("dc-ldn"))
                            + nodeCentre(window, QStringLiteral("ce-ldn-1")))
                           / 2;
    QPoint at = viewportPointOf(window, middle);
    // The midpoint may be under a label: find the link's own pixel near it.
    for (int d = 0; d < 30 && !window.view()->items(at).contains(link); ++d)
        at += QPoint(d % 2 ? d : -d, 0);
    QVERIFY(window.view()->items(at).contains(link));
    QStringList texts;
    QVERIFY(contextMenu(window.view()->viewport(), at, [&](const QStringList &t, QMenu *menu) {
        texts = t;
        menu->close();
    }));
    QVERIFY2(texts.contains(QStringLiteral("Delete"))
                 && texts.contains(QStringLiteral("Properties"))
                 && texts.contains(QStringLiteral("Zoom to Selection")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("lan-ldn-1")});

    // The empty canvas: Paste Here puts the copied node where the menu was opened.
    window.scene()->selectOnly({QStringLiteral("ce-ldn-1")});
    window.canvasActions()->copyAction()->trigger();
    window.view()->fitDesign();
    const std::optional<QPoint> empty = emptyPoint(window.view());
    QVERIFY(empty);
    const QPointF target = window.view()->mapToScene(*empty);
    QVERIFY(contextMenu(window.view()->viewport(), *empty, [&](const QStringList &t, QMenu *menu) {
        texts = t;
        choose(menu, QStringLiteral("Paste Here"));
    }));
    QCOMPARE(texts, (QStringList{QStringLiteral("Paste Here"), QStringLiteral("Add Note Here"),
                                 QStringLiteral("Add Rectangle Here"), QStringLiteral("Select All"),
                                 QStringLiteral("Fit Design")}));
    const QStringList pasted = window.scene()->selectedIds();
    QCOMPARE(pasted.size(), 1);
    const QPointF placed = modelPos(window, pasted.first());
    QVERIFY2(QLineF(placed, target).length() < 30, qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                                                  .arg(placed.x())
                                                                  .arg(placed.y())
                                                                  .arg(target.x())
                                                                  .arg(target.y())));
}

void TestCanvasUx::menuKeyOpensTheSelectionsMenu()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    window.scene()->selectOnly({QStringLiteral("ce-ldn-2")});
    viewportPointOf(window, nodeCentre(window, QStringLiteral("ce-ldn-2")));
    const std::optional<QPoint> empty = emptyPoint(window.view());
    QVERIFY(empty);
    // The menu key sends the event at the mouse, wherever it is; the menu is the selection's.
    QStringList texts;
    const bool shown = contextMenu(
        window.view()->viewport(), *empty,
        [&](const QStringList &shownTexts, QMenu *menu) {
            texts = shownTexts;
            menu->close();
        },
        QContextMenuEvent::Keyboard);
    QVERIFY(shown);
    QVERIFY2(texts.contains(QStringLiteral("Properties")), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("ce-ldn-2")});
}

void TestCanvasUx::findingContextMenuSelectsShowsFixAndCopies()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    FindingsDock *dock = window.findingsDock();
    dock->raise();
    QTreeWidget *tree = dock->tree();
    QTreeWidgetItem *finding = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !finding; ++i) {
        QTreeWidgetItem *heading = tree->topLevelItem(i);
        for (int j = 0; j < heading->childCount() && !finding; ++j) {
            if (!heading->child(j)->text(FindingsDock::FixColumn).isEmpty())
                finding = heading->child(j);
        }
    }
    QVERIFY(finding);
    tree->scrollToItem(finding);
    QCoreApplication::processEvents();
    const QPoint at = tree->visualItemRect(finding).center();
    const QString message = finding->text(FindingsDock::MessageColumn);
    const QString fix = finding->text(FindingsDock::FixColumn);
    const QStringList elements = finding->text(FindingsDock::ElementsColumn)
                                     .split(QStringLiteral(", "));
    QStringList texts;
    QVERIFY(contextMenu(tree->viewport(), at, [&](const QStringList &t, QMenu *menu) {
        texts = t;
        choose(menu, QStringLiteral("Copy Message"));
    }));
    QCOMPARE(texts, (QStringList{QStringLiteral("Select Elements"), QStringLiteral("Show Fix"),
                                 QStringLiteral("Show Rule Reference"),
                                 QStringLiteral("Copy Message"), QStringLiteral("Copy Fix")}));
    QCOMPARE(QGuiApplication::clipboard()->text(), message);

    QVERIFY(contextMenu(tree->viewport(), at, [&](const QStringList &, QMenu *menu) {
        choose(menu, QStringLiteral("Select Elements"));
    }));
    QStringList selected = window.scene()->selectedIds();
    selected.sort();
    QStringList expected = elements;
    expected.sort();
    QCOMPARE(selected, expected);

    QVERIFY(contextMenu(tree->viewport(), at, [&](const QStringList &, QMenu *menu) {
        choose(menu, QStringLiteral("Show Fix"));
    }));
    QCOMPARE(tree->currentColumn(), int(FindingsDock::FixColumn));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(fix), qPrintable(QToolTip::text()));
}

void TestCanvasUx::ctrlFInTheCanvasFindsByNameOrId()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    CanvasView *view = window.view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    FindBar *bar = window.findBar();
    QVERIFY(!bar->isVisible());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->lineEdit()->hasFocus());
    // The findings filter kept its text (it was not the one Ctrl+F went to).
    QVERIFY(window.findingsDock()->findChild<QLineEdit *>()->text().isEmpty());

    // "ce london" matches the names "CE London 1" and "CE London 2".
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("ce london"));
    QCOMPARE(bar->matches(), (QStringList{QStringLiteral("ce-ldn-1"), QStringLiteral("ce-ldn-2")}));
    view->centerOn(QPointF(5000, 5000));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("ce-ldn-1")});
    QVERIFY(view->visibleSceneRect().contains(nodeCentre(window, QStringLiteral("ce-ldn-1"))));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("ce-ldn-2")});
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("ce-ldn-1")});

    // By id, a link too.
    bar->lineEdit()->selectAll();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("lan-ldn-2"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("lan-ldn-2")});

    // Esc closes it and gives the canvas the focus back.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(view->hasFocus());

    // Outside the canvas, Ctrl+F still goes to the findings filter.
    window.findingsDock()->tree()->setFocus();
    QTRY_VERIFY(window.findingsDock()->tree()->hasFocus());
    QTest::keyClick(window.findingsDock()->tree(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(window.findingsDock()->findChild<QLineEdit *>()->hasFocus());
}

void TestCanvasUx::zoomToSelectionAndZoomInTheStatusBar()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    CanvasView *view = window.view();
    auto *zoom = window.statusBar()->findChild<QLabel *>(QStringLiteral("ZoomLabel"));
    QVERIFY(zoom);
    const auto shown = [&] { return CanvasView::zoomText(view->zoom()); };
    // Whole percent from ten up; a tenth below, where a large design is seen whole.
    QCOMPARE(CanvasView::zoomText(1.5), QStringLiteral("150 %"));
    QCOMPARE(CanvasView::zoomText(0.1), QStringLiteral("10 %"));
    QCOMPARE(CanvasView::zoomText(0.042), QStringLiteral("4.2 %"));
    QCOMPARE(CanvasView::zoomText(0.004), QStringLiteral("0.4 %"));
    QCOMPARE(CanvasView::zoomText(0.0002), QStringLiteral("< 0.1 %"));
    view->fitDesign();
    QCOMPARE(zoom->text(), shown());
    const QString fitted = zoom->text();

    // The wheel zooms; the status bar follows.
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(zoom->text() != fitted);
    QCOMPARE(zoom->text(), shown());

    // Zoom to Selection is in the View menu with its shortcut, and frames the selection.
    QAction *action = window.canvasActions()->zoomToSelectionAction();
    QVERIFY(window.viewMenu()->actions().contains(action));
    QVERIFY(!action->shortcut().isEmpty());
    window.scene()->selectOnly({});
    QVERIFY(!action->isEnabled());
    window.scene()->selectOnly({QStringLiteral("ce-rdg-1"), QStringLiteral("ce-rdg-2")});
    view->fitDesign();
    const qreal before = view->zoom();
    QTest::keySequence(&window, action->shortcut());
    QVERIFY(view->zoom() > before);
    for (const QString &id : {QStringLiteral("ce-rdg-1"), QStringLiteral("ce-rdg-2")})
        QVERIFY(
            view->visibleSceneRect().contains(window.scene()->nodeItem(id)->sceneBoundingRect()));
    QCOMPARE(zoom->text(), shown());
}

void TestCanvasUx::findingsShowTheFixAndF8StepsThroughThem()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    QTreeWidget *tree = window.findingsDock()->tree();
    QCOMPARE(tree->headerItem()->text(FindingsDock::FixColumn), QStringLiteral("Fix"));
    QStringList rows;
    QList<QStringList> elements;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = tree->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j) {
            rows << heading->child(j)->text(FindingsDock::FixColumn);
            QStringList ids = heading->child(j)
                                  ->text(FindingsDock::ElementsColumn)
                                  .split(QStringLiteral(", "), Qt::SkipEmptyParts);
            ids.sort();
            elements << ids;
        }
    }
    QVERIFY(rows.size() >= 2);
    // Each finding's fix is in its column, as the checker gave it.
    std::vector<Finding> findings = window.checker()->results().findings;
    int withFix = 0;
    for (const QString &fix : std::as_const(rows))
        withFix += fix.isEmpty() ? 0 : 1;
    QVERIFY(withFix > 0);
    for (const Finding &finding : findings) {
        if (!finding.fix.empty())
            QVERIFY(rows.contains(QString::fromStdString(finding.fix)));
    }

    const auto selected = [&] {
        QStringList ids = window.scene()->selectedIds();
        ids.sort();
        return ids;
    };
    // F8 from anywhere in the window: the first finding's elements, then the second's.
    window.view()->setFocus();
    QTest::keyClick(&window, Qt::Key_F8);
    QCOMPARE(selected(), elements.at(0));
    QCOMPARE(tree->currentItem()->text(FindingsDock::FixColumn), rows.at(0));
    QTest::keyClick(&window, Qt::Key_F8);
    QCOMPARE(selected(), elements.at(1));
    QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(selected(), elements.at(0));
    // Shift+F8 on the first wraps round to the last.
    QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(selected(), elements.constLast());
    QVERIFY(window.viewMenu()->actions().contains(window.findingsDock()->nextFindingAction()));
}

void TestCanvasUx::pasteLandsUnderTheMouse()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    CanvasView *view = window.view();
    window.scene()->selectOnly({QStringLiteral("ce-ldn-1")});
    window.canvasActions()->copyAction()->trigger();
    const QPointF original = modelPos(window, QStringLiteral("ce-ldn-1"));

    view->fitDesign();
    const std::optional<QPoint> empty = emptyPoint(view);
    QVERIFY(empty);
    QTest::mouseMove(view->viewport(), *empty);
    QTRY_VERIFY(view->mouseScenePos().has_value());
    const QPointF mouse = view->mapToScene(*empty);
    QTest::keySequence(&window, QKeySequence::Paste);
    QStringList pasted = window.scene()->selectedIds();
    QCOMPARE(pasted.size(), 1);
    QVERIFY(QLineF(modelPos(window, pasted.first()), mouse).length() < 30);

    // With the mouse elsewhere, the paste is offset from the copied node as before.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view->viewport(), &leave);
    QVERIFY(!view->mouseScenePos());
    QTest::keySequence(&window, QKeySequence::Paste);
    pasted = window.scene()->selectedIds();
    QCOMPARE(pasted.size(), 1);
    const QPointF offset = modelPos(window, pasted.first()) - original;
    QCOMPARE(offset, QPointF(40, 40));
}

void TestCanvasUx::duplicatesGetUniqueNames()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    QAction *duplicate = window.canvasActions()->duplicateAction();
    window.scene()->selectOnly({QStringLiteral("ce-ldn-1")});
    duplicate->trigger();
    const QString first = window.scene()->selectedIds().value(0);
    QCOMPARE(nameOf(window, first), std::string("CE London 1 (copy)"));
    window.scene()->selectOnly({QStringLiteral("ce-ldn-1")});
    duplicate->trigger();
    QCOMPARE(nameOf(window, window.scene()->selectedIds().value(0)),
             std::string("CE London 1 (copy 2)"));
    // A copy of a copy counts on from the same name.
    window.scene()->selectOnly({first});
    duplicate->trigger();
    QCOMPARE(nameOf(window, window.scene()->selectedIds().value(0)),
             std::string("CE London 1 (copy 3)"));

    // Every node name in the design is unique.
    QSet<QString> names;
    for (const Node &node : window.document()->topology().nodes()) {
        const QString name = QString::fromStdString(node.label());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }

    // Cut and paste keeps the name: nothing else has it any more.
    window.scene()->selectOnly({QStringLiteral("ce-ldn-2")});
    window.canvasActions()->cutAction()->trigger();
    window.canvasActions()->pasteAction()->trigger();
    QCOMPARE(nameOf(window, window.scene()->selectedIds().value(0)), std::string("CE London 2"));
}

void TestCanvasUx::undoSelectsWhatItBringsBack()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("maximum-resiliency.ertopo"));
    TopologyScene *scene = window.scene();
    const QStringList nodes{QStringLiteral("ce-rdg-1"), QStringLiteral("ce-rdg-2")};
    scene->selectOnly(nodes);
    window.canvasActions()->deleteAction()->trigger();
    QVERIFY(scene->selectedIds().isEmpty());
    scene->selectOnly({QStringLiteral("dc-ldn")});
    window.undoAction()->trigger();
    // The deleted nodes and the links that went with them are the selection again.
    QStringList selected = scene->selectedIds();
    for (const QString &id : nodes)
        QVERIFY2(selected.contains(id), qPrintable(selected.join(QLatin1Char(' '))));
    QVERIFY(!selected.contains(QStringLiteral("dc-ldn")));
    QVERIFY(selected.size() > nodes.size()); // their links too

    // A nudge, undone with the selection elsewhere, selects the moved node again.
    scene->selectOnly({QStringLiteral("ce-ldn-1")});
    window.view()->setFocus();
    QTRY_VERIFY(window.view()->hasFocus());
    QTest::keyClick(window.view(), Qt::Key_Right);
    scene->selectOnly({QStringLiteral("dc-rdg")});
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("ce-ldn-1")});

    // Redo leaves the selection to the user.
    scene->selectOnly({QStringLiteral("dc-rdg")});
    window.redoAction()->trigger();
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("dc-rdg")});
}

void TestCanvasUx::keyboardShortcutsListsEveryActionAndSearches()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    QMenu *help = window.menuBar()->actions().constLast()->menu();
    QVERIFY(help->actions().contains(window.shortcutsAction()));
    window.shortcutsAction()->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTableWidget *table = dialog->table();
    QHash<QString, QString> keys;
    for (int i = 0; i < table->rowCount(); ++i) {
        keys.insert(table->item(i, ShortcutsDialog::ActionColumn)->text(),
                    table->item(i, ShortcutsDialog::ShortcutColumn)->text());
    }
    // Built from the actions: each action of the window with a shortcut is a row.
    int withShortcut = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        ++withShortcut;
        QString text = plain(action->text());
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        QVERIFY2(keys.contains(text.trimmed()), qPrintable(text));
    }
    QVERIFY(withShortcut >= 20);
    const auto native = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    QCOMPARE(keys.value(QStringLiteral("Undo")), native(QKeySequence::Undo));
    QCOMPARE(keys.value(QStringLiteral("Find on Canvas")), native(QKeySequence::Find));
    QCOMPARE(keys.value(QStringLiteral("Next Finding")), native(QKeySequence(Qt::Key_F8)));
    QVERIFY(keys.contains(QStringLiteral("Zoom to Selection")));

    QTest::keyClicks(dialog->searchField(), QStringLiteral("zoom"));
    QVERIFY(dialog->visibleRowCount() >= 4);
    QVERIFY(dialog->visibleRowCount() < table->rowCount());
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->isRowHidden(i))
            continue;
        QString row;
        for (int column = 0; column < table->columnCount(); ++column)
            row += table->item(i, column)->text();
        QVERIFY2(row.contains(QStringLiteral("zoom"), Qt::CaseInsensitive), qPrintable(row));
    }
    dialog->close();
}

QTEST_MAIN(TestCanvasUx)
#include "tst_canvasux.moc"
