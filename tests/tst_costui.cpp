// The cost in the window and the report, on real widgets offscreen: a price list loaded from a
// file changes the status bar's total, a bad one is refused with its place and keeps the old
// figure, provider charges typed in the inspector change the total and undo restores it, the
// analysis dock prices each option, and the report has a cost section costed with the loaded list.

#include "tests/windowsupport.h"

#include "model/document/topologydocument.h"
#include "ui/analysisdock.h"
#include "ui/coststatus.h"
#include "ui/designchecker.h"
#include "ui/inspector/costpanel.h"
#include "ui/inspector/designeditor.h"
#include "ui/inspector/inspectordock.h"
#include "ui/inspector/linkeditor.h"
#include "ui/inspector/nodeeditors.h"
#include "ui/mainwindow.h"
#include "ui/optionstable.h"
#include "ui/pricelistactions.h"
#include "ui/pricelistsession.h"
#include "ui/reportactions.h"
#include "views/costtext.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/report/reportinput.h"
#include "views/report/reportpages.h"
#include "views/report/reportsections.h"
#include "views/topologyscene.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUndoStack>

using namespace Er;
using Test::select;
using Test::typeInto;
using Test::waitForCurrentResults;

namespace {

// Test figures, not Microsoft's prices: they price every charge of examples/vpn-backup.ertopo
// (a 1 Gbps Standard metered circuit in zone 1, an ErGw2AZ and a VpnGw2AZ gateway in uksouth), so
// its total is complete: 436 + 730 × 1.00 + 730 × 0.50 = 1,531.00 a month.
const char *const completePrices
    = "{\"format\": \"expressroute-designer-prices\", \"version\": 1,\n"
      " \"currency\": \"USD\", \"pricesAsOf\": \"2026-11-30\", \"source\": \"test figures, not "
      "Microsoft's prices\",\n"
      " \"items\": [\n"
      "  {\"meter\": \"circuit\", \"tier\": \"Standard\", \"family\": \"MeteredData\", "
      "\"bandwidthMbps\": 1000,\n"
      "   \"zone\": 1, \"unitPrice\": 436.0, \"unit\": \"1/Month\", \"source\": \"test\"},\n"
      "  {\"meter\": \"erGateway\", \"sku\": \"ErGw2AZ\", \"region\": \"uksouth\", \"unitPrice\": "
      "1.0,\n"
      "   \"unit\": \"1 Hour\", \"source\": \"test\"},\n"
      "  {\"meter\": \"vpnGateway\", \"sku\": \"VpnGw2AZ\", \"region\": \"uksouth\", "
      "\"unitPrice\": 0.5,\n"
      "   \"unit\": \"1 Hour\", \"source\": \"test\"}\n"
      " ]}";

// Refused at line 6: a negative unit price.
const char *const negativePrice
    = "{\"format\": \"expressroute-designer-prices\", \"version\": 1,\n"
      " \"currency\": \"USD\", \"pricesAsOf\": \"2026-11-30\", \"source\": \"test\",\n"
      " \"items\": [\n"
      "  {\"meter\": \"circuit\", \"tier\": \"Standard\", \"family\": \"MeteredData\", "
      "\"bandwidthMbps\": 1000,\n"
      "   \"zone\": 1, \"unitPrice\": 436.0, \"unit\": \"1/Month\", \"source\": \"test\"},\n"
      "  {\"meter\": \"egress\", \"zone\": 1, \"unitPrice\": -0.025, \"unit\": \"1 GB\", "
      "\"source\": \"test\"}\n"
      " ]}";

// The built-in list prices the circuit only: the gateways are unpriced.
const QString builtInTotal = QStringLiteral("≥ USD 436.00 / month (incomplete: 2 unpriced)");
const QString completeTotal = QStringLiteral("USD 1,531.00 / month");

QString writeFile(const QTemporaryDir &dir, const QString &name, const char *text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCostUi : public QObject
{
    Q_OBJECT

private slots:
    // Nothing priced reads "unpriced", never "≥ USD 0.00", which reads as free.
    void nothingPricedReadsUnpriced()
    {
        QCOMPARE(monthlyCostText(std::nullopt, 0.0, "USD"), QStringLiteral("unpriced"));
        QCOMPARE(monthlyCostText(std::nullopt, 436.0, "USD"), QStringLiteral("≥ USD 436.00"));
        QCOMPARE(monthlyCostText(0.0, 0.0, "USD"), QStringLiteral("USD 0.00"));
        DesignCost cost;
        cost.currency = "USD";
        cost.unpriced = {"port-a: no price for ExpressRoute Direct", "port-b: no price"};
        QCOMPARE(designTotalText(cost), QStringLiteral("unpriced (2 charges have no price)"));
        cost.pricedMonthly = 436.0;
        QCOMPARE(designTotalText(cost),
                 QStringLiteral("≥ USD 436.00 / month (incomplete: 2 unpriced)"));
    }
    void initTestCase();
    void init();
    void loadedPriceListChangesTheTotal();
    void badPriceListIsRefusedAndKeepsTheFigure();
    void providerCostInTheInspectorChangesTheTotalAndUndoRestoresIt();
    void discountAndEgressAreEditedWithUndo();
    void analysisDockPricesEachOption();
    void reportHasTheCostSection();
    void exportedReportUsesTheLoadedPriceList();

private:
    struct Messages
    {
        QStringList errors;
        QStringList notices;
    };
    // A window with vpn-backup.ertopo open, its analysis current, and dialogs answered.
    void openExample(MainWindow &window, Messages &messages);
};

void TestCostUi::initTestCase()
{
    Test::useTestSettings("tst_costui");
}

void TestCostUi::init()
{
    Test::clearTestSettings();
}

void TestCostUi::openExample(MainWindow &window, Messages &messages)
{
    Test::openExample(window, QStringLiteral("vpn-backup.ertopo"));
    window.priceListActions()->setPrompts([] { return QString(); },
                                          [&messages](const QString &, const QString &text) {
                                              messages.errors << text;
                                          },
                                          [&messages](const QString &, const QString &text) {
                                              messages.notices << text;
                                          });
}

void TestCostUi::loadedPriceListChangesTheTotal()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    CostStatus *status = window.costStatus();
    QCOMPARE(status->text(), builtInTotal);
    // The tooltip names what is unpriced and the list's date.
    QVERIFY2(status->toolTip().contains(QStringLiteral("ErGw2AZ")), qPrintable(status->toolTip()));
    QVERIFY(status->toolTip().contains(QStringLiteral("VpnGw2AZ")));
    QVERIFY(status->toolTip().contains(QStringLiteral("as of 2026-07-21, built-in list")));
    QVERIFY(!window.priceListActions()->builtInAction()->isEnabled());

    QVERIFY(window.priceListActions()->loadFile(path));
    QVERIFY(messages.errors.isEmpty());
    QVERIFY(messages.notices.isEmpty()); // nothing in it was skipped
    waitForCurrentResults(window);
    QCOMPARE(status->text(), completeTotal);
    QVERIFY2(status->toolTip().contains(QStringLiteral("as of 2026-11-30")),
             qPrintable(status->toolTip()));
    QVERIFY(!status->toolTip().contains(QStringLiteral("Incomplete")));
    QVERIFY(status->toolTip().contains(QStringLiteral("Source: test figures")));
    QVERIFY(window.priceListActions()->builtInAction()->isEnabled());

    // Back to the built-in list: the incomplete figure again.
    window.priceListActions()->builtInAction()->trigger();
    waitForCurrentResults(window);
    QCOMPARE(status->text(), builtInTotal);

    // A saved Retail Prices API response: what it skipped (a reservation, dev/test prices, other
    // services, a meter not mapped) is told once, in one notice.
    QVERIFY(window.priceListActions()->loadFile(
        Test::fixturePath(QStringLiteral("prices/retail-api-expressroute.json"))));
    QCOMPARE(messages.notices.size(), 1);
    QVERIFY2(messages.notices.front().contains(QStringLiteral("reservation")),
             qPrintable(messages.notices.front()));
    QVERIFY(messages.notices.front().contains(QStringLiteral("P2S Connection")));
    QVERIFY(messages.errors.isEmpty());
    waitForCurrentResults(window);
    QVERIFY2(status->toolTip().contains(QStringLiteral("retail-api-expressroute.json")),
             qPrintable(status->toolTip()));
}

void TestCostUi::badPriceListIsRefusedAndKeepsTheFigure()
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    const QString bad = writeFile(dir, QStringLiteral("bad-prices.json"), negativePrice);
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    QVERIFY(window.priceListActions()->loadFile(good));
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);

    QSignalSpy changed(window.priceList(), &PriceListSession::changed);
    QVERIFY(!window.priceListActions()->loadFile(bad));
    QCOMPARE(messages.errors.size(), 1);
    // file:line:column: path: what
    const QString error = messages.errors.front();
    QVERIFY2(error.contains(bad + QStringLiteral(":6:")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("items[1].unitPrice")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("prices in use stay")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(QString::fromStdString(window.priceList()->list().pricesAsOf),
             QStringLiteral("2026-11-30"));
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);
}

void TestCostUi::providerCostInTheInspectorChangesTheTotalAndUndoRestoresIt()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    QVERIFY(window.priceListActions()->loadFile(path));
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);

    // A link: the provider's access line.
    select(window, {QStringLiteral("acc-man-1-colt")});
    LinkEditor *links = window.inspector()->linkEditor();
    QCOMPARE(window.inspector()->currentPage(), links);
    typeInto(links->field(QStringLiteral("providerMonthlyCost")), QStringLiteral("250"));
    QCOMPARE(window.document()->topology().link("acc-man-1-colt")->providerMonthlyCost,
             std::optional<double>(250));
    QCOMPARE(window.undoAction()->text(),
             QStringLiteral("&Undo Change provider cost / month of 'acc-man-1-colt'"));
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), QStringLiteral("USD 1,781.00 / month"));
    CostPanel *panel = window.inspector()->costPanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->text().contains(QStringLiteral("USD 250.00")), qPrintable(panel->text()));

    // A node: the provider edge, refused input first.
    select(window, {QStringLiteral("pe-colt-ldn")});
    FieldEditor *field = window.inspector()
                             ->nodeEditor(NodeKind::ProviderEdge)
                             ->field(QStringLiteral("providerMonthlyCost"));
    typeInto(field, QStringLiteral("-5"));
    QVERIFY(field->hasError());
    QVERIFY(!window.document()->topology().node("pe-colt-ldn")->providerMonthlyCost);
    typeInto(field, QStringLiteral("100"));
    QVERIFY(!field->hasError());
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), QStringLiteral("USD 1,881.00 / month"));

    window.undoAction()->trigger();
    QVERIFY(!window.document()->topology().node("pe-colt-ldn")->providerMonthlyCost);
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), QStringLiteral("USD 1,781.00 / month"));
    window.undoAction()->trigger();
    QVERIFY(!window.document()->topology().link("acc-man-1-colt")->providerMonthlyCost);
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);
    QVERIFY(!window.isWindowModified());
}

void TestCostUi::discountAndEgressAreEditedWithUndo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    QVERIFY(window.priceListActions()->loadFile(path));
    waitForCurrentResults(window);

    // The design (nothing selected): a 50 % discount halves Microsoft's charges.
    window.scene()->clearSelection();
    DesignEditor *design = window.inspector()->designEditor();
    QCOMPARE(window.inspector()->currentPage(), design);
    typeInto(design->field(QStringLiteral("pricing.discountPercent")), QStringLiteral("50"));
    QCOMPARE(window.document()->topology().pricing->discountPercent, std::optional<double>(50));
    QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Change the design's discount"));
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), QStringLiteral("USD 765.50 / month"));
    QVERIFY2(window.inspector()->costPanel()->text().contains(QStringLiteral("765.50")),
             qPrintable(window.inspector()->costPanel()->text()));
    window.undoAction()->trigger();
    QVERIFY(!window.document()->topology().pricing);
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);

    // The site's egress: stored in its requirements, undone in one step.
    select(window, {QStringLiteral("site-man")});
    FieldEditor *egress = window.inspector()
                              ->nodeEditor(NodeKind::Site)
                              ->field(QStringLiteral("requirements.monthlyEgressGb"));
    QVERIFY(egress);
    typeInto(egress, QStringLiteral("2000"));
    QCOMPARE(window.document()->topology().node("site-man")->site()->requirements->monthlyEgressGb,
             std::optional<double>(2000));
    waitForCurrentResults(window);
    // The test list has no egress price: the total is now a floor, never a lower figure.
    QCOMPARE(window.costStatus()->text(),
             QStringLiteral("≥ USD 1,531.00 / month (incomplete: 1 unpriced)"));
    QVERIFY2(window.costStatus()->toolTip().contains(QStringLiteral("egress")),
             qPrintable(window.costStatus()->toolTip()));
    window.undoAction()->trigger();
    const auto &requirements = window.document()->topology().node("site-man")->site()->requirements;
    QVERIFY(!requirements || !requirements->monthlyEgressGb);
    waitForCurrentResults(window);
    QCOMPARE(window.costStatus()->text(), completeTotal);
}

void TestCostUi::analysisDockPricesEachOption()
{
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    AnalysisDock *dock = window.analysisDock();
    dock->selectPair(0);
    OptionsTable *options = dock->options();
    QCOMPARE(options->site(), std::string("site-man"));
    QVERIFY(options->topLevelItemCount() >= 2);
    const QTreeWidgetItem *designed = options->topLevelItem(0);
    QCOMPARE(designed->text(OptionsTable::OptionColumn).left(11), QStringLiteral("This design"));
    // The built-in list leaves the gateways unpriced: a floor, with what is missing.
    QVERIFY2(designed->text(OptionsTable::CostColumn).startsWith(QStringLiteral("≥ USD ")),
             qPrintable(designed->text(OptionsTable::CostColumn)));
    QVERIFY2(designed->toolTip(OptionsTable::CostColumn).contains(QStringLiteral("ErGw2AZ")),
             qPrintable(designed->toolTip(OptionsTable::CostColumn)));

    QTemporaryDir dir;
    QVERIFY(window.priceListActions()->loadFile(
        writeFile(dir, QStringLiteral("prices.json"), completePrices)));
    waitForCurrentResults(window);
    // The site's part of the design as drawn is the whole design here.
    QCOMPARE(options->topLevelItem(0)->text(OptionsTable::CostColumn),
             QStringLiteral("USD 1,531.00"));
}

void TestCostUi::reportHasTheCostSection()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    const PriceListLoad load = readPriceListFile(path.toStdString());
    QVERIFY(load.ok());
    const auto prices = std::make_shared<const PriceList>(*load.list);

    QTextDocument document;
    document.setHtml(sectionHtml(collectReportInput(topology, {}, prices), ReportSection::Cost));
    const QString text = document.toPlainText().simplified();
    QVERIFY2(text.startsWith(QStringLiteral("8 Cost")), qPrintable(text.left(200)));
    for (const QString &expected :
         {QStringLiteral("as of 2026-11-30"), QStringLiteral("test figures, not Microsoft's prices"),
          path, QStringLiteral("USD 1,531.00"), QStringLiteral("USD 18,372.00"),
          QStringLiteral("ExpressRoute gateway ErGw2AZ in uksouth"), QStringLiteral("USD 730.00"),
          QStringLiteral("730 hours"), QStringLiteral("By option"), QStringLiteral("This design"),
          QStringLiteral("None: the price list prices every charge"),
          QStringLiteral("metered or unlimited"), QStringLiteral("730 hours a month")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));

    // With the built-in list the total says it is incomplete, and names what is unpriced.
    const ReportInput builtIn = collectReportInput(topology);
    document.setHtml(sectionHtml(builtIn, ReportSection::Cost));
    const QString incomplete = document.toPlainText().simplified();
    QVERIFY2(incomplete.contains(QStringLiteral("at least USD 436.00")), qPrintable(incomplete));
    QVERIFY(incomplete.contains(QStringLiteral("The total is incomplete")));
    QVERIFY(incomplete.contains(QStringLiteral("no erGateway price for ErGw2AZ in uksouth")));
    QVERIFY(incomplete.contains(QStringLiteral("built into the program")));
    // The summary's options table has the cost column.
    document.setHtml(sectionHtml(builtIn, ReportSection::Summary));
    const QString summary = document.toPlainText().simplified();
    QVERIFY(summary.contains(QStringLiteral("Monthly cost")));
    QVERIFY2(summary.contains(QStringLiteral("≥ USD 436.00")), qPrintable(summary));
    // The section is laid out in the report, between the materials and the assumptions.
    const ReportPages pages(builtIn);
    QVERIFY(pages.sectionPage(ReportSection::Cost) > pages.sectionPage(ReportSection::Materials));
    QVERIFY(pages.sectionPage(ReportSection::Assumptions) > pages.sectionPage(ReportSection::Cost));
}

// File ▸ Export Report writes the PDF in another process: it is costed with the loaded list.
void TestCostUi::exportedReportUsesTheLoadedPriceList()
{
    QVERIFY2(Test::hasPdfToText(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    QTemporaryDir dir;
    const QString prices = writeFile(dir, QStringLiteral("prices.json"), completePrices);
    const QString output = dir.filePath(QStringLiteral("report.pdf"));
    MainWindow window;
    Messages messages;
    openExample(window, messages);
    QVERIFY(window.priceListActions()->loadFile(prices));
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    window.reportActions()->startReportExport(output);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    const QString text = Test::pdfText(output).simplified();
    QVERIFY2(text.contains(QStringLiteral("USD 1,531.00")), qPrintable(text.right(3000)));
    QVERIFY(text.contains(QStringLiteral("2026-11-30")));
}

QTEST_MAIN(TestCostUi)
#include "tst_costui.moc"
