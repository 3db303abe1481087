// A native desktop program: the desktop's dark or light palette at start, names and descriptions
// for screen readers, and keyboard-only use of the canvas (Tab through elements, Enter to edit).
#include "tests/windowsupport.h"

#include "ui/designchecker.h"
#include "ui/findingsdock.h"
#include "ui/inspector/inspectordock.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "views/canvasaccess.h"
#include "views/canvasview.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QStyle>
#include <QTreeWidget>

using namespace Er;

class TestNativeFeel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void themeFollowsTheDesktopUnlessChosen();
    void docksHaveNamesAndDescriptions();
    void inspectorFieldsAreNamed();
    void tabStepsThroughCanvasElements();
    void enterEditsTheSelectionInTheInspector();
};

namespace {

QString accessibleText(QObject *object, QAccessible::Text text)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(object);
    return interface ? interface->text(text) : QString();
}

} // namespace

void TestNativeFeel::initTestCase()
{
    Test::useTestSettings("tst_nativefeel");
}

void TestNativeFeel::init()
{
    Test::clearTestSettings();
}

void TestNativeFeel::themeFollowsTheDesktopUnlessChosen()
{
    const QPalette original = QGuiApplication::palette();
    // A desktop with a dark palette (as KDE's Breeze Dark gives Qt), and one with a light one.
    QGuiApplication::setPalette(darkPalette());
    QVERIFY(desktopPrefersDark());
    QVERIFY(darkThemeAtStart(QVariant()));
    QVERIFY(!darkThemeAtStart(QVariant(false))); // the user's choice wins
    QGuiApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(!desktopPrefersDark());
    QVERIFY(!darkThemeAtStart(QVariant()));
    QVERIFY(darkThemeAtStart(QVariant(true)));
    QGuiApplication::setPalette(original);
    QVERIFY(isDarkColor(QColor(0x2b, 0x2b, 0x2b)));
    QVERIFY(!isDarkColor(QColor(0xef, 0xef, 0xef)));
}

void TestNativeFeel::docksHaveNamesAndDescriptions()
{
    MainWindow window;
    const QStringList docks = {QStringLiteral("PaletteDock"),   QStringLiteral("OverviewDock"),
                               QStringLiteral("InspectorDock"), QStringLiteral("FindingsDock"),
                               QStringLiteral("AnalysisDock"),  QStringLiteral("UndoHistoryDock")};
    for (const QString &name : docks) {
        auto *dock = window.findChild<QDockWidget *>(name);
        QVERIFY2(dock, qPrintable(name));
        QCOMPARE(accessibleText(dock, QAccessible::Name), dock->windowTitle());
        QVERIFY(dock->widget());
        QVERIFY2(!accessibleText(dock->widget(), QAccessible::Name).isEmpty(), qPrintable(name));
        QVERIFY2(!accessibleText(dock->widget(), QAccessible::Description).isEmpty(),
                 qPrintable(name));
    }
    QCOMPARE(accessibleText(window.findingsDock()->tree(), QAccessible::Name),
             QStringLiteral("Findings list"));
    auto *palette = window.findChild<QDockWidget *>(QStringLiteral("PaletteDock"));
    const auto lists = palette->widget()->findChildren<QAbstractItemView *>();
    QVERIFY(!lists.isEmpty());
    QCOMPARE(accessibleText(lists.first(), QAccessible::Name), QStringLiteral("Palette list"));
    QCOMPARE(accessibleText(window.view(), QAccessible::Name), QStringLiteral("Canvas"));
}

void TestNativeFeel::inspectorFieldsAreNamed()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    for (const QString &id :
         {QStringLiteral("er-ldn"), QStringLiteral("ce-ldn-1"), QStringLiteral("vnet-hub-uks")}) {
        window.scene()->selectOnly({id});
        QCoreApplication::processEvents();
        QWidget *page = window.inspector()->currentPage();
        QVERIFY(page);
        int named = 0;
        for (QWidget *field : page->findChildren<QWidget *>()) {
            if (!field->isVisibleTo(page) || !(field->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QAbstractItemView *>(field) || field->inherits("QAbstractButton")
                || field->inherits("QScrollBar") || !field->parentWidget()
                || field->parentWidget()->inherits("QComboBox")
                || field->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            const QString name = accessibleText(field, QAccessible::Name);
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("%1: a %2 without a name")
                                                     .arg(id, field->metaObject()->className())));
            ++named;
        }
        QVERIFY2(named > 0, qPrintable(id));
    }
}

void TestNativeFeel::tabStepsThroughCanvasElements()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    CanvasView *view = window.view();
    TopologyScene *scene = window.scene();
    scene->clearSelection();
    view->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QStringList order = canvasTabOrder(*scene);
    QCOMPARE(order.size(), scene->nodeItemCount() + scene->linkItemCount());

    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(scene->selectedIds(), QStringList{order.at(0)});
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(scene->selectedIds(), QStringList{order.at(1)});
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(scene->selectedIds(), QStringList{order.at(0)});

    // A screen reader hears the selected element, its kind and its findings.
    scene->selectOnly({QStringLiteral("er-ldn")});
    const QString description = accessibleText(view, QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("Circuit ")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("(er-ldn)"))
                 || description.contains(QStringLiteral("Circuit er-ldn")),
             qPrintable(description));
    const bool hasFindings = scene->nodeItem(QStringLiteral("er-ldn"))->findingSeverity().has_value();
    QCOMPARE(description.contains(QStringLiteral("no findings")), !hasFindings);

    // Past the last element, Tab leaves the canvas.
    scene->selectOnly({order.last()});
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
    QCOMPARE(nextInTabOrder(order, order.last(), true), QString());
    QCOMPARE(nextInTabOrder(order, QString(), false), order.last());
}

void TestNativeFeel::enterEditsTheSelectionInTheInspector()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    CanvasView *view = window.view();
    window.scene()->selectOnly({QStringLiteral("er-ldn")});
    view->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window.inspector()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(window.scene()->selectedIds(), QStringList{QStringLiteral("er-ldn")});
}

QTEST_MAIN(TestNativeFeel)
#include "tst_nativefeel.moc"
