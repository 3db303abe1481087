// The rule reference: `expressroute-designer rules [--json]` and Help ▸ Rule Reference, both from
// the rule registry; a finding's context menu opens the reference at its rule.
#include "tests/windowsupport.h"

#include "model/validation/ruleregistry.h"
#include "ui/designchecker.h"
#include "ui/findingsdock.h"
#include "ui/mainwindow.h"
#include "ui/rulereferencedialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace Er;

// Receives the URLs the program hands to the desktop (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestRuleReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonListsEveryRegisteredRule();
    void textListsEveryRuleWithFixAndSource();
    void rulesTakesNoFile();
    void everyRuleHasAFixAndAMicrosoftPage();
    void searchFiltersTheVisibleRows();
    void openPageHandsTheRulesPageToTheDesktop();
    void helpMenuOpensTheReference();
    void findingContextMenuOpensItsRule();
};

namespace {

QStringList registeredIds()
{
    QStringList ids;
    for (const Rule &rule : RuleRegistry::standard().rules())
        ids << QString::fromStdString(rule.id);
    return ids;
}

} // namespace

void TestRuleReference::initTestCase()
{
    Test::useTestSettings("tst_rulereference");
}

void TestRuleReference::jsonListsEveryRegisteredRule()
{
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("rules"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rules = document.value(QStringLiteral("rules")).toArray();
    QStringList listed;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(QStringLiteral("id")).toString();
        listed << id;
        QVERIFY2(QStringList(
                     {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                     .contains(rule.value(QStringLiteral("severity")).toString()),
                 qPrintable(id));
        QVERIFY2(!rule.value(QStringLiteral("checks")).toString().isEmpty(), qPrintable(id));
        QVERIFY2(!rule.value(QStringLiteral("fix")).toString().isEmpty(), qPrintable(id));
        QCOMPARE(rule.value(QStringLiteral("group")).toString(), id.section(QLatin1Char('-'), 0, 0));
    }
    QStringList expected = registeredIds();
    QCOMPARE(listed.size(), expected.size());
    QCOMPARE(document.value(QStringLiteral("count")).toInt(), int(expected.size()));
    QStringList sorted = listed;
    sorted.sort();
    expected.sort();
    QCOMPARE(sorted, expected);
    // Catalogue order: the groups as docs/spec/rules.md lists them, ids ascending.
    QCOMPARE(listed.first(), QStringLiteral("TOPO-001"));
    QVERIFY(listed.indexOf(QStringLiteral("RES-002")) < listed.indexOf(QStringLiteral("RES-003")));
    QVERIFY(listed.indexOf(QStringLiteral("PEERING-009"))
            < listed.indexOf(QStringLiteral("PEERING-010")));
    // One rule in full.
    const QJsonObject peering = rules.at(listed.indexOf(QStringLiteral("PEERING-004"))).toObject();
    QCOMPARE(peering.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(peering.value(QStringLiteral("checks")).toString().contains(QStringLiteral("65515")));
    QVERIFY(peering.value(QStringLiteral("facts"))
                .toString()
                .startsWith(QStringLiteral("docs/reference/expressroute-facts.md §")));
    QVERIFY(peering.value(QStringLiteral("reference"))
                .toString()
                .startsWith(QStringLiteral("https://learn.microsoft.com/")));
}

void TestRuleReference::textListsEveryRuleWithFixAndSource()
{
    const Test::CliResult result = Test::runDesigner({QStringLiteral("rules")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const QString &id : registeredIds())
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("^%1 +(error|warning|info) ").arg(id),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(id));
    QVERIFY(text.contains(QStringLiteral("    Fix:    Choose a peer ASN outside 65515-65520")));
    QVERIFY(text.contains(QStringLiteral("    Source: https://learn.microsoft.com/")));
    QVERIFY(text.endsWith(QStringLiteral("%1 rules\n").arg(registeredIds().size())));
    // --help lists the subcommand.
    QVERIFY(Test::runDesigner({QStringLiteral("--help")}).out.contains("rules [--json]"));
}

void TestRuleReference::rulesTakesNoFile()
{
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("rules"), Test::examplePath(QStringLiteral("single-circuit.ertopo"))});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("rules takes no file"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestRuleReference::everyRuleHasAFixAndAMicrosoftPage()
{
    for (const Rule &rule : RuleRegistry::standard().rules()) {
        QVERIFY2(!rule.fix.empty(), rule.id.c_str());
        QVERIFY2(rule.reference.starts_with("https://learn.microsoft.com/"), rule.id.c_str());
    }
}

void TestRuleReference::searchFiltersTheVisibleRows()
{
    RuleReferenceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.visibleRules().size(), registeredIds().size());

    QTest::keyClicks(dialog.searchField(), QStringLiteral("global reach"));
    const QStringList shown = dialog.visibleRules();
    QVERIFY(shown.contains(QStringLiteral("GR-002")));
    QVERIFY(!shown.contains(QStringLiteral("TOPO-001")));
    for (const QString &id : shown) {
        const auto *item = dialog.list()->findItems(id, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QVERIFY2(QStringList({item->text(RuleReferenceDialog::ChecksColumn),
                              item->text(RuleReferenceDialog::FixColumn)})
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("global reach"), Qt::CaseInsensitive),
                 qPrintable(id));
    }
    // A rule id matches, and the selection follows what is shown.
    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), QStringLiteral("peering-004"));
    QCOMPARE(dialog.visibleRules(), QStringList{QStringLiteral("PEERING-004")});
    QCOMPARE(dialog.currentRule(), QStringLiteral("PEERING-004"));
    QVERIFY(dialog.openPageButton()->isEnabled());
    // Nothing matches: no rule, nothing to open.
    QTest::keyClicks(dialog.searchField(), QStringLiteral("zzz"));
    QVERIFY(dialog.visibleRules().isEmpty());
    QVERIFY(dialog.currentRule().isEmpty());
    QVERIFY(!dialog.openPageButton()->isEnabled());
    // Clearing shows every rule again.
    dialog.searchField()->clear();
    QCOMPARE(dialog.visibleRules().size(), registeredIds().size());
}

void TestRuleReference::openPageHandsTheRulesPageToTheDesktop()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    RuleReferenceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.showRule(QStringLiteral("SEC-004")));
    QTest::mouseClick(dialog.openPageButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().toString(),
             QString::fromStdString(RuleRegistry::standard().rule("SEC-004")->reference));
}

void TestRuleReference::helpMenuOpensTheReference()
{
    MainWindow window;
    QAction *action = window.ruleReferenceAction();
    QVERIFY(action);
    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            help = menu->menu();
    }
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("&Help"));
    action->trigger();
    auto *dialog = window.findChild<RuleReferenceDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->visibleRules().size(), registeredIds().size());
}

void TestRuleReference::findingContextMenuOpensItsRule()
{
    MainWindow window;
    Test::openExample(window, QStringLiteral("single-circuit.ertopo"));
    QTreeWidget *tree = window.findingsDock()->tree();
    QTreeWidgetItem *finding = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !finding; ++i) {
        if (tree->topLevelItem(i)->childCount() > 0)
            finding = tree->topLevelItem(i)->child(0);
    }
    QVERIFY(finding);
    const QString rule = finding->text(FindingsDock::RuleColumn);
    QMenu *menu = window.findingsDock()->contextMenu(finding);
    QVERIFY(menu);
    QAction *show = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Show &Rule Reference"))
            show = action;
    }
    QVERIFY(show);
    menu->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    menu->setActiveAction(show);
    QTest::keyClick(menu, Qt::Key_Return);
    delete menu;
    auto *dialog = window.findChild<RuleReferenceDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentRule(), rule);
    const QTreeWidgetItem *current = dialog->list()->currentItem();
    QVERIFY(dialog->list()->visualItemRect(current).intersects(dialog->list()->viewport()->rect()));
}

QTEST_MAIN(TestRuleReference)
#include "tst_rulereference.moc"
