#include "tests/testsupport.h"

#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/io/topologywriter.h"
#include "views/report/diagramexport.h"
#include "views/report/diagramscene.h"
#include "views/report/reportinput.h"
#include "views/report/reportpages.h"
#include "views/report/reportpdf.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Er;

// The design report (PDF) and the diagram export (SVG, PNG), read back as their recipient would:
// the PDF's text through pdftotext, the SVG as XML, the PNG as an image.
class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleReportHasEverySectionAndFigure_data();
    void exampleReportHasEverySectionAndFigure();
    void resiliencyTableShowsSteadyFailoverAndUnknownFigures();
    void longTableKeepsEveryRowAndRepeatsItsHeader();
    void largeDesignSummarisesPairsAndKeepsThoseNeedingAttention();
    void reportNeverPrintsAnMd5Key();
    void svgParsesAndHoldsEveryLabel_data();
    void svgParsesAndHoldsEveryLabel();
    void pngIsTwiceTheDiagram();
    void hugeDiagramPictureIsDrawnSmallerAndSaysSo();
    void largeDiagramIsTiledAfterAnOverview();
    void cliWritesReportAndDiagrams();
    void unnamedDesignIsTitledWithItsFileName();
    void cliUnwritableOutputExitsFourLeavingNothing();
    void cliUnknownExtensionExitsThree();
    void cliBrokenDesignExitsTwo();

private:
    // The PDF's text, whitespace collapsed, pages separated by form feeds.
    QString pdfText(const QByteArray &pdf);
    QString m_pdftotext;
    QTemporaryDir m_dir;
};

namespace {

QString collapsed(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n\\x{200b}]+"));
    // NFKC folds the typographic ligatures ("ﬁ") the PDF's fonts use back into letters.
    return text.normalized(QString::NormalizationForm_KC).replace(spaces, QStringLiteral(" "));
}

QStringList svgTexts(const QByteArray &svg, bool *wellFormed)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters && !reader.isWhitespace())
            texts << reader.text().toString().trimmed();
    }
    *wellFormed = !reader.hasError();
    return texts;
}

// A provider edge at London feeding `count` circuits, each into one hub: the circuits table of
// section 7 runs over several pages.
Topology manyCircuits(int count)
{
    std::string nodes = R"({"id": "dc", "kind": "site", "name": "Leeds DC",
        "location": {"lat": 53.8, "lon": -1.55, "city": "Leeds"}, "addressPrefixes": ["10.1.0.0/16"]},
        {"id": "ce", "kind": "customerEdge", "name": "CE Leeds", "bfd": true},
        {"id": "pe", "kind": "providerEdge", "name": "PE London", "provider": "Equinix",
         "peeringLocation": "London", "connectivityModel": "cloudExchange", "serviceLayer": "L2"},
        {"id": "uks", "kind": "azureRegion", "region": "uksouth"},
        {"id": "hub", "kind": "virtualNetwork", "name": "Hub UK South", "region": "uks",
         "addressPrefixes": ["10.10.0.0/16"], "gatewaySubnetPrefix": "10.10.255.0/26",
         "expressRouteGateway": {"sku": "ErGw3AZ"}})";
    std::string links = R"({"id": "l-lan", "kind": "lan", "from": "dc", "to": "ce"},
        {"id": "l-acc", "kind": "access", "from": "ce", "to": "pe"})";
    for (int i = 1; i <= count; ++i) {
        const std::string id = "er-" + std::to_string(i);
        nodes += R"(, {"id": ")" + id + R"(", "kind": "circuit", "name": "Circuit number )"
                 + std::to_string(i) + R"(", "peeringLocation": "London",
            "serviceProviderName": "Equinix", "bandwidthInMbps": 1000, "skuTier": "Standard",
            "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 65010, "vlanId": )"
                 + std::to_string(100 + i) + "}]}";
        links += R"(, {"id": "p1-)" + id + R"(", "kind": "circuitPort", "from": "pe", "to": ")" + id
                 + R"(", "role": "primary"}, {"id": "p2-)" + id
                 + R"(", "kind": "circuitPort", "from": "pe", "to": ")" + id
                 + R"(", "role": "secondary"})";
    }
    return Test::parseDesign(R"({"format": "expressroute-designer-topology", "formatVersion": 1,
        "name": "Many circuits at London", "nodes": [)"
                             + nodes + "], \"links\": [" + links + "]}");
}

// `count` sites "Site 1".."Site count" that each need the hub and ask for 99.95 % availability.
Topology manySites(int count)
{
    std::string nodes = R"({"id": "uks", "kind": "azureRegion", "region": "uksouth"},
        {"id": "hub", "kind": "virtualNetwork", "name": "Hub UK South", "region": "uks",
         "addressPrefixes": ["10.250.0.0/16"], "gatewaySubnetPrefix": "10.250.255.0/26",
         "expressRouteGateway": {"sku": "ErGw3AZ"}})";
    for (int i = 1; i <= count; ++i) {
        nodes += R"(, {"id": "site-)" + std::to_string(i) + R"(", "kind": "site", "name": "Site )"
                 + std::to_string(i) + R"(", "addressPrefixes": ["10.)" + std::to_string(i)
                 + R"(.0.0/16"], "requirements": {"availabilityPercent": 99.95}})";
    }
    return Test::parseDesign(R"({"format": "expressroute-designer-topology", "formatVersion": 1,
        "name": "Many sites", "nodes": [)"
                             + nodes + "], \"links\": []}");
}

QString labelOf(const Node &node)
{
    return QString::fromStdString(node.label());
}

} // namespace

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

QString TestReport::pdfText(const QByteArray &pdf)
{
    const QString path = m_dir.filePath(QStringLiteral("read-back.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReport::exampleReportHasEverySectionAndFigure_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Test::exampleFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestReport::exampleReportHasEverySectionAndFigure()
{
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    QFETCH(QString, file);
    const Topology topology = Test::loadDesign(Test::examplePath(file));
    const ReportInput input = collectReportInput(topology);
    const ReportPages pages(input);
    const QByteArray pdf = reportPdf(pages);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString raw = pdfText(pdf);
    QCOMPARE(raw.count(QLatin1Char('\f')), pages.pageCount());
    const QString text = collapsed(raw);

    QVERIFY2(text.contains(QString::fromStdString(*topology.name)), qPrintable(text.left(400)));
    for (const ReportSection section :
         {ReportSection::Diagram, ReportSection::Summary, ReportSection::Findings,
          ReportSection::Resiliency, ReportSection::ServiceAccess, ReportSection::Materials,
          ReportSection::Assumptions}) {
        QVERIFY2(text.contains(sectionHeading(section)), qPrintable(sectionHeading(section)));
    }
    QVERIFY(text.contains(QStringLiteral("Findings by severity")));
    QVERIFY(text.contains(QStringLiteral("Verdict")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages.pageCount())));

    for (const Node &node : topology.nodes())
        QVERIFY2(text.contains(labelOf(node)), qPrintable(labelOf(node)));
    for (const Finding &finding : input.findings)
        QVERIFY2(text.contains(QString::fromStdString(finding.rule)), finding.rule.c_str());
    for (const PairAnalysis &pair : input.analysis.pairs) {
        if (pair.reachable) {
            const QString availability = percentText(pair.availabilityPercent);
            QVERIFY2(text.contains(availability), qPrintable(availability));
        }
        if (pair.latencyMs)
            QVERIFY(text.contains(latencyText(*pair.latencyMs)));
    }
    for (const Recommendation &recommendation : input.analysis.recommendations)
        QVERIFY(text.contains(optionName(recommendation.option)));
    for (const Node &node : topology.nodes()) {
        if (const CircuitFields *circuit = node.circuit(); circuit && circuit->bandwidthInMbps)
            QVERIFY(text.contains(bandwidthText(double(*circuit->bandwidthInMbps))));
    }
    // Section 8 names the sources and what they did not confirm.
    QVERIFY(text.contains(QStringLiteral("RESARCH")));
    // A long address wraps after a '/' in its cell.
    QVERIFY(
        QString(text)
            .replace(QStringLiteral("/ "), QStringLiteral("/"))
            .contains(QStringLiteral("learn.microsoft.com/azure/expressroute/expressroute-faqs")));
    QVERIFY(text.contains(QStringLiteral("Unconfirmed facts")));
    QVERIFY(text.contains(QString::fromStdString(Catalogue::builtIn().factsAsOf())));
}

void TestReport::resiliencyTableShowsSteadyFailoverAndUnknownFigures()
{
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    // The VPN backup example: the circuit carries the traffic, the VPN takes over.
    Topology topology = Test::loadDesign(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    ReportInput input = collectReportInput(topology);
    QCOMPARE(input.analysis.pairs.size(), std::size_t(1));
    const PairAnalysis &pair = input.analysis.pairs.front();
    QVERIFY(pair.latencyMs && pair.failover && pair.failover->latencyMs);
    QVERIFY(pair.bandwidthAfterWorstFailureMbps);
    QString text = collapsed(pdfText(reportPdf(ReportPages(input))));
    for (const QString &header :
         {QStringLiteral("Round trip: steady, failover"), QStringLiteral("Bandwidth: steady, N-1")})
        QVERIFY2(text.contains(header), qPrintable(header));
    QVERIFY(text.contains(latencyText(*pair.latencyMs)));
    const QString failover = QStringLiteral("failover %1, internet, variable")
                                 .arg(latencyText(*pair.failover->latencyMs));
    QVERIFY2(text.contains(failover), qPrintable(failover));
    const QString afterWorst = QStringLiteral("N-1 %1, losing")
                                   .arg(bandwidthText(*pair.bandwidthAfterWorstFailureMbps));
    QVERIFY2(text.contains(afterWorst), qPrintable(afterWorst));
    // The options table names the design as drawn first.
    QVERIFY(text.contains(QStringLiteral("This design")));
    QVERIFY(!text.contains(QStringLiteral("Round trip unknown")));

    // Without locations the round trips are unknown: a dash with a footnote, never 0.00 ms.
    const std::vector<Node> nodes = topology.nodes();
    for (const Node &node : nodes) {
        if (node.kind() == NodeKind::Site) {
            Node moved = node;
            moved.site()->location.reset();
            topology.replaceNode(moved);
        }
    }
    input = collectReportInput(topology);
    QVERIFY(!input.analysis.pairs.front().latencyMs);
    const QString html = resiliencyHtml(input);
    QVERIFY2(html.contains(QStringLiteral("—<sup>*</sup>")), qPrintable(html));
    text = collapsed(pdfText(reportPdf(ReportPages(input))));
    QVERIFY2(text.contains(QStringLiteral("— * Round trip unknown")), qPrintable(text));
    QVERIFY(!text.contains(latencyText(0)));
}

void TestReport::longTableKeepsEveryRowAndRepeatsItsHeader()
{
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    // 160 rows fit one table part; 650 cross two of the part breaks (rowsPerTablePart) that keep
    // the layout of a very long table linear.
    for (const int circuits : {160, 2 * rowsPerTablePart + 50}) {
        const ReportInput input = makeReportInput(manyCircuits(circuits), AnalysisResult(),
                                                  QDate(2026, 11, 26));
        const ReportPages pages(input);
        const QStringList pageTexts = pdfText(reportPdf(pages)).split(QLatin1Char('\f'));

        // Every circuit's row is printed, the last one included, each exactly once in the table.
        const QString header = QStringLiteral("Circuit Peering location Provider Bandwidth Tier "
                                              "Billing Type");
        int pagesWithRows = 0;
        QList<int> rowsSeen;
        for (const QString &page : pageTexts) {
            const QString text = collapsed(page);
            static const QRegularExpression row(
                QStringLiteral("Circuit number (\\d+) London Equinix 1 Gbps Standard MeteredData"));
            bool hasRows = false;
            for (auto it = row.globalMatch(text); it.hasNext();) {
                rowsSeen << it.next().captured(1).toInt();
                hasRows = true;
            }
            if (hasRows) {
                ++pagesWithRows;
                QVERIFY2(text.contains(header), qPrintable(text.left(300)));
            }
        }
        QVERIFY2(pagesWithRows >= 3, qPrintable(QString::number(pagesWithRows)));
        QCOMPARE(rowsSeen.size(), circuits);
        for (int i = 0; i < circuits; ++i)
            QCOMPARE(rowsSeen.at(i), i + 1);
    }
}

void TestReport::largeDesignSummarisesPairsAndKeepsThoseNeedingAttention()
{
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    // 80 site–hub pairs, a quarter at each of: Maximum, High, Standard with a single point of
    // failure and 99.9 % (below the sites' 99.95 %), and unreachable.
    constexpr int sites = 80;
    AnalysisResult analysis;
    for (int i = 1; i <= sites; ++i) {
        PairAnalysis pair;
        pair.site = "site-" + std::to_string(i);
        pair.vnet = "hub";
        const int kind = i % 4;
        pair.reachable = kind != 3;
        pair.resiliency = kind == 0   ? Resiliency::Maximum
                          : kind == 1 ? Resiliency::High
                          : kind == 2 ? Resiliency::Standard
                                      : Resiliency::None;
        pair.disjointPaths = kind == 3 ? 0 : kind == 2 ? 1 : 2;
        pair.availabilityPercent = kind == 0 ? 99.999 : kind == 1 ? 99.99 : kind == 2 ? 99.9 : 0;
        if (kind == 2)
            pair.singlePointsOfFailure = {"location:London"};
        analysis.pairs.push_back(pair);
    }
    const ReportInput input = makeReportInput(manySites(sites), analysis, QDate(2026, 11, 26));
    const ReportPages pages(input);
    const QStringList pageTexts = pdfText(reportPdf(pages)).split(QLatin1Char('\f'));
    QCOMPARE(pageTexts.size() - 1, pages.pageCount());

    // Each body section begins on the page the contents list gives it.
    for (const ReportSection section : bodySections()) {
        const int page = pages.sectionPage(section);
        QVERIFY2(collapsed(pageTexts.at(page - 1)).contains(sectionHeading(section))
                     && !collapsed(pageTexts.at(page - 2)).contains(sectionHeading(section)),
                 qPrintable(sectionHeading(section) + QStringLiteral(": page %1").arg(page)));
    }
    QString resiliency;
    for (int page = pages.sectionPage(ReportSection::Resiliency);
         page < pages.sectionPage(ReportSection::ServiceAccess); ++page)
        resiliency += collapsed(pageTexts.at(page - 1));

    QVERIFY2(resiliency.contains(QStringLiteral("The design has 80 site–VNet pairs")),
             qPrintable(resiliency.left(600)));
    // Totals per level: pairs, with a single point of failure, below the requirements.
    QVERIFY(resiliency.contains(QStringLiteral("Maximum 20 0 0")));
    QVERIFY(resiliency.contains(QStringLiteral("High 20 0 0")));
    QVERIFY(resiliency.contains(QStringLiteral("Standard 20 20 20")));
    QVERIFY(resiliency.contains(QStringLiteral("None (unreachable) 20 0 20")));
    // The unreachable pairs come first; 25 of the 40 below their requirements are listed.
    QVERIFY(resiliency.contains(QStringLiteral("Pairs below their site's requirements (40)")));
    QVERIFY(resiliency.contains(QStringLiteral("Site 3 Hub UK South None")));
    QVERIFY(resiliency.contains(QStringLiteral("Site 79 Hub UK South None")));
    QVERIFY(resiliency.contains(QStringLiteral("15 more pairs are not listed here")));
    QVERIFY(resiliency.contains(QStringLiteral("Pairs with a single point of failure (20)")));
    QVERIFY(resiliency.contains(
        QStringLiteral("Site 78 Hub UK South Standard 1 peering location London 99.9 %")));
    // A pair that needs no attention is counted, not listed.
    QVERIFY(!resiliency.contains(QStringLiteral("Site 4 Hub UK South")));

    // Every rule that found something is still named, however many findings there are.
    const QString text = collapsed(pageTexts.join(QLatin1Char(' ')));
    for (const Finding &finding : input.findings)
        QVERIFY2(text.contains(QString::fromStdString(finding.rule)), finding.rule.c_str());
    // The bill of materials lists every site, the last one included.
    QVERIFY(text.contains(QStringLiteral("Site 80")));
}

void TestReport::reportNeverPrintsAnMd5Key()
{
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    // A key someone put in a design by hand is kept as an unknown member; it never reaches paper.
    Topology topology = Test::parseDesign(R"({"format": "expressroute-designer-topology",
        "formatVersion": 1, "name": "Keyed", "nodes": [
        {"id": "er", "kind": "circuit", "name": "ER Keyed", "peeringLocation": "London",
         "serviceProviderName": "Equinix", "bandwidthInMbps": 500, "skuTier": "Standard",
         "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 65010, "vlanId": 200,
           "primaryPeerAddressPrefix": "192.168.7.0/30",
           "secondaryPeerAddressPrefix": "192.168.7.4/30", "md5": true,
           "sharedKey": "hunter2-secret"}]}], "links": []})");
    const ReportInput input = makeReportInput(topology, AnalysisResult(), QDate(2026, 11, 26));
    const QString text = collapsed(pdfText(reportPdf(ReportPages(input))));
    const qsizetype row = text.indexOf(QStringLiteral("ER Keyed Azure private"));
    QVERIFY2(row >= 0, qPrintable(text));
    QVERIFY2(text.mid(row).startsWith(QStringLiteral(
                 "ER Keyed Azure private 65010 200 192.168.7.0/30 192.168.7.4/30 configured")),
             qPrintable(text.mid(row, 200)));
    QVERIFY(!text.contains(QStringLiteral("hunter2")));
}

void TestReport::svgParsesAndHoldsEveryLabel_data()
{
    exampleReportHasEverySectionAndFigure_data();
}

void TestReport::svgParsesAndHoldsEveryLabel()
{
    QFETCH(QString, file);
    const Topology topology = Test::loadDesign(Test::examplePath(file));
    const DiagramScene diagram(topology);
    const QByteArray svg = diagramSvg(diagram, QString::fromStdString(*topology.name));
    QVERIFY(QSvgRenderer(svg).isValid());
    bool wellFormed = false;
    const QStringList texts = svgTexts(svg, &wellFormed);
    QVERIFY(wellFormed);
    for (const Node &node : topology.nodes())
        QVERIFY2(texts.contains(labelOf(node)), qPrintable(labelOf(node)));
    // Self-contained: no picture or file is referenced from outside.
    QVERIFY(!svg.contains("<image"));
    QVERIFY(!svg.contains("file:"));
    QVERIFY(svg.contains("<path")); // the icons are vectors
}

// A design spread over 60,000 canvas units would be a 120,000-pixel-wide picture at twice the
// size (and crashed the export at 1,000 sites): it is drawn within the picture limits instead,
// and the command says so.
void TestReport::hugeDiagramPictureIsDrawnSmallerAndSaysSo()
{
    Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    Node farAway = topology.nodes().front();
    farAway.position = Point{farAway.position->x + 60000, farAway.position->y + 20000};
    QVERIFY(topology.replaceNode(farAway));
    const DiagramScene diagram(topology);
    const qreal scale = diagramPictureScale(diagram);
    QVERIFY2(scale < 2.0, qPrintable(QString::number(scale)));
    const QSizeF picture = diagram.diagramRect().size() * scale;
    QVERIFY(picture.width() <= maximumPictureSide && picture.height() <= maximumPictureSide);
    QVERIFY(picture.width() * picture.height() <= qreal(maximumPicturePixels) * 1.001);

    const QString design = m_dir.filePath(QStringLiteral("far-apart.ertopo"));
    QVERIFY(!saveTopologyFile(topology, design.toStdString()));
    const QString png = m_dir.filePath(QStringLiteral("far-apart.png"));
    const Test::CliResult exported = Test::runDesigner(
        {QStringLiteral("export"), design, QStringLiteral("--output"), png});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.err.contains("the picture is"), exported.err.constData());
    const QImage image(png, "PNG");
    QCOMPARE(image.size(), picture.toSize());
}

void TestReport::pngIsTwiceTheDiagram()
{
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    const DiagramScene diagram(topology);
    const QRectF rect = diagram.diagramRect();
    // Every node's centre lies inside the exported area.
    for (const Node &node : topology.nodes())
        QVERIFY(rect.contains(node.position->x, node.position->y));
    QImage image;
    QVERIFY(image.loadFromData(diagramPng(diagram), "PNG"));
    QCOMPARE(image.size(), (rect.size() * 2).toSize());
    // Something is drawn: not every pixel is the white background.
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < gray.height(); y += 2) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 2)
            dark += line[x] < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
}

void TestReport::largeDiagramIsTiledAfterAnOverview()
{
    const ReportInput input = makeReportInput(manyCircuits(160), AnalysisResult(),
                                              QDate(2026, 11, 26));
    const ReportPages pages(input);
    const int diagram = pages.sectionPage(ReportSection::Diagram);
    const int summary = pages.sectionPage(ReportSection::Summary);
    QCOMPARE(diagram, 2);
    // An overview, then at least two readable parts, before section 3.
    QVERIFY2(summary - diagram >= 3, qPrintable(QStringLiteral("%1 %2").arg(diagram).arg(summary)));
    if (m_pdftotext.isEmpty())
        return;
    const QString text = collapsed(pdfText(reportPdf(pages)));
    QVERIFY(text.contains(
        QStringLiteral("2 Network diagram, part 1 of %1").arg(summary - diagram - 1)));
    QVERIFY(text.contains(QStringLiteral("Circuit number 160")));
}

void TestReport::unnamedDesignIsTitledWithItsFileName()
{
    Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    topology.name.reset();
    const QString path = m_dir.filePath(QStringLiteral("branch-office.ertopo"));
    QVERIFY(!saveTopologyFile(topology, path.toStdString()));
    QCOMPARE(ReportPages(collectReportInput(topology, path)).designName(),
             QStringLiteral("branch-office"));
    // Never saved: no file to name it after.
    QCOMPARE(ReportPages(collectReportInput(topology)).designName(),
             QStringLiteral("Untitled design"));
    // The command line names it after the file it reads.
    const QString pdf = m_dir.filePath(QStringLiteral("branch-office.pdf"));
    const Test::CliResult report = Test::runDesigner(
        {QStringLiteral("report"), path, QStringLiteral("--output"), pdf});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    if (!m_pdftotext.isEmpty()) {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = collapsed(pdfText(file.readAll()));
        QVERIFY2(text.contains(QStringLiteral("branch-office")), qPrintable(text.left(300)));
        QVERIFY(!text.contains(QStringLiteral("Untitled design")));
    }
}

void TestReport::cliWritesReportAndDiagrams()
{
    const QString example = Test::examplePath(QStringLiteral("single-circuit.ertopo"));
    const QString pdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    const Test::CliResult report = Test::runDesigner(
        {QStringLiteral("report"), example, QStringLiteral("--output"), pdf});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    if (!m_pdftotext.isEmpty()) {
        const Topology topology = Test::loadDesign(example);
        QVERIFY(collapsed(pdfText(bytes)).contains(QString::fromStdString(*topology.name)));
    }

    const QString svg = m_dir.filePath(QStringLiteral("cli-diagram.svg"));
    const Test::CliResult exportSvg = Test::runDesigner(
        {QStringLiteral("export"), example, QStringLiteral("--output"), svg});
    QVERIFY2(exportSvg.exitCode == 0, exportSvg.err.constData());
    QVERIFY(QSvgRenderer(svg).isValid());

    const QString png = m_dir.filePath(QStringLiteral("cli-diagram.PNG"));
    const Test::CliResult exportPng = Test::runDesigner(
        {QStringLiteral("export"), example, QStringLiteral("-o"), png});
    QVERIFY2(exportPng.exitCode == 0, exportPng.err.constData());
    const QImage image(png, "PNG");
    const DiagramScene diagram(Test::loadDesign(example));
    QCOMPARE(image.size(), (diagram.diagramRect().size() * 2).toSize());
}

void TestReport::cliUnwritableOutputExitsFourLeavingNothing()
{
    const QString example = Test::examplePath(QStringLiteral("single-circuit.ertopo"));
    // A folder that cannot hold files, even for root: its "parent" is a plain file.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &output :
         {blocker + QStringLiteral("/report.pdf"), blocker + QStringLiteral("/diagram.svg"),
          blocker + QStringLiteral("/diagram.png")}) {
        const QString command = output.endsWith(QLatin1String(".pdf")) ? QStringLiteral("report")
                                                                       : QStringLiteral("export");
        const Test::CliResult result = Test::runDesigner(
            {command, example, QStringLiteral("--output"), output});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("not-a-folder"), result.err.constData());
        QVERIFY(!QFileInfo::exists(output));
    }
    // And a folder the output cannot replace: the design's folder is left as it was.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.pdf"));
    QVERIFY(QDir().mkpath(folder));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("report"), example, QStringLiteral("--output"), folder});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestReport::cliUnknownExtensionExitsThree()
{
    const QString example = Test::examplePath(QStringLiteral("single-circuit.ertopo"));
    const QString docx = m_dir.filePath(QStringLiteral("report.docx"));
    const Test::CliResult report = Test::runDesigner(
        {QStringLiteral("report"), example, QStringLiteral("--output"), docx});
    QCOMPARE(report.exitCode, 3);
    QVERIFY2(report.err.contains(".pdf"), report.err.constData());
    const QString jpeg = m_dir.filePath(QStringLiteral("diagram.jpg"));
    const Test::CliResult exported = Test::runDesigner(
        {QStringLiteral("export"), example, QStringLiteral("--output"), jpeg});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains(".svg or .png"), exported.err.constData());
    QVERIFY(!QFileInfo::exists(docx));
    QVERIFY(!QFileInfo::exists(jpeg));
}

void TestReport::cliBrokenDesignExitsTwo()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.ertopo"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1,\n"
               "\"nodes\": [], \"links\": [{\"id\": \"l\", \"kind\": \"lan\"}]}\n");
    file.close();
    const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
    const Test::CliResult report = Test::runDesigner(
        {QStringLiteral("report"), broken, QStringLiteral("--output"), pdf});
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains("broken.ertopo"), report.err.constData());
    QVERIFY(!QFileInfo::exists(pdf));
    const Test::CliResult exported = Test::runDesigner(
        {QStringLiteral("export"), broken, QStringLiteral("--output"),
         m_dir.filePath(QStringLiteral("broken.svg"))});
    QCOMPARE(exported.exitCode, 2);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
