#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/analysis/analyzer.h"
#include "model/validation/validator.h"
#include "views/qtstrings.h"
#include "views/report/diagramexport.h"
#include "views/report/diagramscene.h"
#include "views/report/drawiodiagram.h"
#include "views/report/drawioembedding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>
#include <optional>

using namespace Er;

namespace {

std::vector<Finding> findingsOf(const Topology &topology)
{
    const AnalysisResult analysis = analyze(topology);
    return validate(topology, &analysis);
}

// A draw.io cell as a reader of the file sees it: a plain mxCell, or a UserObject (id and
// properties) around one.
struct Cell
{
    QString id;
    QString parent;
    QString style;
    QString value;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    bool isObject = false;
    std::map<QString, QString> properties; // the UserObject's attributes

    QString property(const QString &name) const
    {
        const auto found = properties.find(name);
        return found == properties.end() ? QString() : found->second;
    }
};

// The cells under <mxfile><diagram><mxGraphModel><root>, checking the file is well-formed XML.
std::map<QString, Cell> cellsOf(const QByteArray &xml, QStringList *order = nullptr)
{
    std::map<QString, Cell> cells;
    QXmlStreamReader reader(xml);
    QStringList path;
    std::optional<Cell> object;
    const auto add = [&](const Cell &cell) {
        if (cells.contains(cell.id))
            qFatal("duplicate cell id %s", qPrintable(cell.id));
        if (order)
            *order << cell.id;
        cells.emplace(cell.id, cell);
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            const bool inRoot = path
                                == QStringList{QStringLiteral("mxfile"), QStringLiteral("diagram"),
                                               QStringLiteral("mxGraphModel"),
                                               QStringLiteral("root")};
            if (inRoot && name == QLatin1String("UserObject")) {
                object = Cell();
                object->isObject = true;
                object->id = attributes.value(QStringLiteral("id")).toString();
                object->value = attributes.value(QStringLiteral("label")).toString();
                for (const QXmlStreamAttribute &attribute : attributes)
                    object->properties[attribute.name().toString()] = attribute.value().toString();
            } else if (name == QLatin1String("mxCell") && (inRoot || object)) {
                Cell cell = inRoot ? Cell() : *object;
                if (inRoot) {
                    cell.id = attributes.value(QStringLiteral("id")).toString();
                    cell.value = attributes.value(QStringLiteral("value")).toString();
                }
                cell.parent = attributes.value(QStringLiteral("parent")).toString();
                cell.style = attributes.value(QStringLiteral("style")).toString();
                cell.source = attributes.value(QStringLiteral("source")).toString();
                cell.target = attributes.value(QStringLiteral("target")).toString();
                cell.vertex = attributes.value(QStringLiteral("vertex")) == QLatin1String("1");
                cell.edge = attributes.value(QStringLiteral("edge")) == QLatin1String("1");
                add(cell);
                object.reset();
            }
            path << name;
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        qFatal("the draw.io file does not parse: %s", qPrintable(reader.errorString()));
    return cells;
}

QString rootTag(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() ? reader.name().toString() : QString();
}

} // namespace

class TestDrawio : public QObject
{
    Q_OBJECT

private slots:
    void everyElementIsACell_data();
    void everyElementIsACell();
    void singleCircuitCells();
    void sameDesignSameBytes();
    void awkwardNamesAndIdsStayWellFormed();
    void picturesCarryTheDiagram();
    void commandLineWritesDrawio();
    void thousandSites();
};

void TestDrawio::everyElementIsACell_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Test::exampleFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestDrawio::everyElementIsACell()
{
    QFETCH(QString, file);
    const Topology topology = Test::loadDesign(Test::examplePath(file));
    const DiagramScene diagram(topology, findingsOf(topology));
    const QByteArray xml = drawioXml(diagram, file);
    QCOMPARE(rootTag(xml), QStringLiteral("mxfile"));
    QVERIFY(xml.contains("compressed=\"false\""));
    const auto cells = cellsOf(xml);

    // The root, and three layers under it.
    QVERIFY(cells.contains(QStringLiteral("0")));
    QStringList layers;
    for (const auto &[id, cell] : cells) {
        if (cell.parent == QLatin1String("0"))
            layers << cell.value;
    }
    layers.sort();
    QCOMPARE(layers, (QStringList{QStringLiteral("Addressing"), QStringLiteral("Findings"),
                                  QStringLiteral("Topology")}));

    for (const Node &node : topology.nodes()) {
        const QString id = qs(node.id);
        QVERIFY2(cells.contains(id), qPrintable(id));
        const Cell &cell = cells.at(id);
        QVERIFY2(cell.vertex, qPrintable(id));
        QVERIFY2(cell.isObject, qPrintable(id));
        QCOMPARE(cell.property(QStringLiteral("kind")), qs(std::string(toString(node.kind()))));
        if (node.azureRegion()) {
            QVERIFY2(cell.style.contains(QLatin1String("swimlane"))
                         && cell.style.contains(QLatin1String("container=1")),
                     qPrintable(cell.style));
        } else if (node.circuit()) {
            QVERIFY(cell.style.contains(
                QLatin1String("image=img/lib/azure2/networking/ExpressRoute_Circuits.svg")));
            if (node.circuit()->bandwidthInMbps) {
                QCOMPARE(cell.property(QStringLiteral("bandwidthInMbps")),
                         QString::number(*node.circuit()->bandwidthInMbps));
            }
        } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
            QVERIFY(cell.style.contains(
                QLatin1String("image=img/lib/azure2/networking/Virtual_Networks.svg")));
            // Inside its region's container.
            QVERIFY(vnet->region);
            QCOMPARE(cell.parent, qs(*vnet->region));
        } else {
            // Sites and routers carry the designer's own icon, an SVG drawing.
            const QString marker = QStringLiteral("image=data:image/svg+xml,");
            const qsizetype at = cell.style.indexOf(marker);
            QVERIFY2(at >= 0, qPrintable(id));
            const QString data = cell.style.mid(at + marker.size()).section(QLatin1Char(';'), 0, 0);
            const QByteArray icon = QByteArray::fromBase64(data.toLatin1());
            QCOMPARE(rootTag(icon), QStringLiteral("svg"));
            QVERIFY(QSvgRenderer(icon).isValid());
        }
        if (const CustomerEdgeFields *ce = node.customerEdge(); ce && ce->asn)
            QCOMPARE(cell.property(QStringLiteral("asn")), QString::number(*ce->asn));
    }
    for (const Link &link : topology.links()) {
        const QString id = qs(link.id);
        QVERIFY2(cells.contains(id), qPrintable(id));
        const Cell &cell = cells.at(id);
        QVERIFY2(cell.edge, qPrintable(id));
        QCOMPARE(cell.source, qs(link.from));
        QCOMPARE(cell.target, qs(link.to));
        QCOMPARE(cell.property(QStringLiteral("kind")), qs(std::string(toString(link.kind))));
    }

    // Every element with a finding has its ring on the Findings layer.
    const QString findingsLayer = [&] {
        for (const auto &[id, cell] : cells) {
            if (cell.parent == QLatin1String("0") && cell.value == QLatin1String("Findings"))
                return id;
        }
        return QString();
    }();
    for (const Finding &finding : diagram.findings()) {
        for (const std::string &element : finding.elements) {
            if (!topology.contains(element))
                continue;
            const QString ring = qs(element) + QStringLiteral("~finding");
            QVERIFY2(cells.contains(ring), qPrintable(ring));
            QCOMPARE(cells.at(ring).parent, findingsLayer);
            QVERIFY(cells.at(ring).property(QStringLiteral("tooltip")).contains(qs(finding.rule)));
        }
    }
}

// Golden-ish: the cells of the single-circuit example, their parents and kinds, in order, and
// the properties and labels a colleague reads in draw.io.
void TestDrawio::singleCircuitCells()
{
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    const DiagramScene diagram(topology, findingsOf(topology));
    QStringList order;
    const auto cells = cellsOf(drawioXml(diagram, QStringLiteral("single")), &order);
    QStringList topologyCells;
    for (const QString &id : order) {
        const Cell &cell = cells.at(id);
        if (cell.isObject && !id.endsWith(QLatin1String("~finding")))
            topologyCells << id + QLatin1Char('<') + cell.parent;
    }
    // The region's container first, holding its VNet; the links; the other nodes.
    QCOMPARE(topologyCells.join(QLatin1Char(' ')),
             QStringLiteral("uks<1 vnet-hub-uks<uks lan-ldn-1<1 acc-ldn-1-eqx<1 port-er-ldn-pri<1 "
                            "port-er-ldn-sec<1 conn-er-ldn-hub<1 dc-ldn<1 ce-ldn-1<1 pe-eqx-ldn<1 "
                            "er-ldn<1"));

    const Cell &circuit = cells.at(QStringLiteral("er-ldn"));
    QCOMPARE(circuit.value, QStringLiteral("ER London 1G\nLondon · 1 Gbps · Standard"));
    QCOMPARE(circuit.property(QStringLiteral("skuTier")), QStringLiteral("Standard"));
    QCOMPARE(circuit.property(QStringLiteral("peerings.AzurePrivatePeering.vlanId")),
             QStringLiteral("100"));
    QCOMPARE(circuit.property(QStringLiteral("peerings.AzurePrivatePeering.peerASN")),
             QStringLiteral("65010"));
    const Cell &vnet = cells.at(QStringLiteral("vnet-hub-uks"));
    QCOMPARE(vnet.property(QStringLiteral("expressRouteGateway.sku")), QStringLiteral("ErGw2AZ"));
    QCOMPARE(cells.at(QStringLiteral("uks")).value,
             QStringLiteral("Azure region · UK South (uksouth)"));
    QCOMPARE(cells.at(QStringLiteral("er-ldn~addressing")).value,
             QStringLiteral("Private: AS 65010 · VLAN 100 · 192.168.10.16/30 · 192.168.10.20/30"));
    QCOMPARE(cells.at(QStringLiteral("er-ldn~addressing")).parent,
             QStringLiteral("layer-addressing"));
    QCOMPARE(cells.at(QStringLiteral("vnet-hub-uks~addressing")).value,
             QStringLiteral("10.100.0.0/16\nGatewaySubnet 10.100.255.0/27"));
    // RES-003 names the customer edge, the access link and the circuit: three rings, one note.
    for (const QString &ring :
         {QStringLiteral("ce-ldn-1~finding"), QStringLiteral("acc-ldn-1-eqx~finding"),
          QStringLiteral("er-ldn~finding")})
        QCOMPARE(cells.at(ring).property(QStringLiteral("severity")), QStringLiteral("warning"));
    // The note sits by the first element the finding names.
    QVERIFY(cells.at(QStringLiteral("er-ldn~note"))
                .value.startsWith(QLatin1String("WARNING RES-003: ")));
    QVERIFY(!cells.contains(QStringLiteral("ce-ldn-1~note")));
    QVERIFY(!cells.contains(QStringLiteral("acc-ldn-1-eqx~note")));
}

void TestDrawio::sameDesignSameBytes()
{
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    const QByteArray first = drawioXml(DiagramScene(topology, findingsOf(topology)),
                                       QStringLiteral("m"));
    const QByteArray second = drawioXml(DiagramScene(topology, findingsOf(topology)),
                                        QStringLiteral("m"));
    QCOMPARE(first, second);
}

// Names with markup, quotes, line breaks and control characters, and element ids the file's own
// cells would use: the file still parses, and every id is unique.
void TestDrawio::awkwardNamesAndIdsStayWellFormed()
{
    const Topology topology = Test::parseDesign(R"({
      "format": "expressroute-designer-topology", "formatVersion": 1,
      "nodes": [
        {"id": "0", "kind": "site", "name": "<b>A & \"B\"</b>\nline\u0001two", "position": {"x": 0, "y": 0}},
        {"id": "1", "kind": "customerEdge", "name": "CE \ud83d\ude80", "asn": 65010, "position": {"x": 200, "y": 0}},
        {"id": "layer-addressing", "kind": "azureRegion", "region": "uksouth", "position": {"x": 600, "y": 0}},
        {"id": "0~finding", "kind": "virtualNetwork", "region": "layer-addressing", "addressPrefixes": ["10.0.0.0/16"], "position": {"x": 560, "y": 60}}
      ],
      "links": [{"id": "layer-findings", "kind": "lan", "from": "0", "to": "1"}]
    })");
    const DiagramScene diagram(topology, findingsOf(topology));
    const QByteArray xml = drawioXml(diagram, QStringLiteral("awkward"));
    const auto cells = cellsOf(xml); // fails on malformed XML and on a repeated id
    QCOMPARE(cells.at(QStringLiteral("0")).value,
             QStringLiteral("<b>A & \"B\"</b>\nline\ufffdtwo"));
    QVERIFY(cells.at(QStringLiteral("1")).value.contains(QStringLiteral("\U0001F680")));
    QCOMPARE(cells.at(QStringLiteral("layer-findings")).source, QStringLiteral("0"));
    QCOMPARE(cells.at(QStringLiteral("0~finding")).parent, QStringLiteral("layer-addressing"));
    // The structural cells moved aside: the root is the cell without a parent, the layers its
    // children.
    QStringList layers;
    QString root;
    for (const auto &[id, cell] : cells) {
        if (cell.parent.isEmpty())
            root = id;
    }
    QVERIFY(!topology.contains(root.toStdString()));
    for (const auto &[id, cell] : cells) {
        if (cell.parent == root)
            layers << cell.value;
    }
    layers.sort();
    QCOMPARE(layers, (QStringList{QStringLiteral("Addressing"), QStringLiteral("Findings"),
                                  QStringLiteral("Topology")}));
}

// .drawio.svg and .drawio.png: the picture as before, with the draw.io file inside where draw.io
// looks for it. The SVG is rendered headless for a person to look at
// (ER_DRAWIO_RENDER=FOLDER keeps the pictures).
void TestDrawio::picturesCarryTheDiagram()
{
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    const DiagramScene diagram(topology, findingsOf(topology));
    const QByteArray xml = drawioXml(diagram, QStringLiteral("Maximum resiliency"));
    QTemporaryDir folder;
    const QString svgPath = folder.filePath(QStringLiteral("design.drawio.svg"));
    const QString pngPath = folder.filePath(QStringLiteral("design.drawio.png"));
    QCOMPARE(exportDiagram(diagram, QStringLiteral("Maximum resiliency"), svgPath), std::nullopt);
    QCOMPARE(exportDiagram(diagram, QStringLiteral("Maximum resiliency"), pngPath), std::nullopt);

    QFile svgFile(svgPath);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svg = svgFile.readAll();
    QCOMPARE(drawioFromSvg(svg), xml);
    QCOMPARE(rootTag(svg), QStringLiteral("svg"));
    QVERIFY(xml.startsWith("<?xml"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage rendered(renderer.defaultSize(), QImage::Format_ARGB32);
    rendered.fill(Qt::white);
    QPainter painter(&rendered);
    renderer.render(&painter);
    painter.end();
    // Something is drawn: the picture is not blank.
    int coloured = 0;
    for (int y = 0; y < rendered.height(); y += 4) {
        for (int x = 0; x < rendered.width(); x += 4)
            coloured += rendered.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY(coloured > 100);

    QFile pngFile(pngPath);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const QByteArray png = pngFile.readAll();
    QCOMPARE(drawioFromPng(png), xml);
    // The chunk is a tEXt chunk named mxfile before the image data, and the PNG still loads.
    const qsizetype text = png.indexOf(QByteArray("tEXtmxfile\0", 11));
    QVERIFY(text > 0);
    QVERIFY(text < png.indexOf("IDAT"));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), diagramImage(diagram, diagramPictureScale(diagram)).size());

    if (const QString keep = qEnvironmentVariable("ER_DRAWIO_RENDER"); !keep.isEmpty()) {
        rendered.save(QDir(keep).filePath(QStringLiteral("drawio-svg-rendered.png")));
        QFile::copy(svgPath, QDir(keep).filePath(QStringLiteral("design.drawio.svg")));
        QFile::copy(pngPath, QDir(keep).filePath(QStringLiteral("design.drawio.png")));
    }
}

void TestDrawio::commandLineWritesDrawio()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("vpn.drawio"));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("export"), Test::examplePath(QStringLiteral("vpn-backup.ertopo")),
         QStringLiteral("--output"), out});
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<mxfile"));
    const Topology topology = Test::loadDesign(
        Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    const auto cells = cellsOf(xml);
    for (const Link &link : topology.links())
        QVERIFY(cells.contains(qs(link.id)));

    // The Findings layer holds the findings that need the analysis too, as the window shows
    // them: single-circuit's standard resiliency (RES-001) on its site.
    const QString single = folder.filePath(QStringLiteral("single.drawio"));
    QCOMPARE(Test::runDesigner({QStringLiteral("export"),
                                Test::examplePath(QStringLiteral("single-circuit.ertopo")),
                                QStringLiteral("--output"), single})
                 .exitCode,
             0);
    QFile singleFile(single);
    QVERIFY(singleFile.open(QIODevice::ReadOnly));
    const auto singleCells = cellsOf(singleFile.readAll());
    QVERIFY(singleCells.at(QStringLiteral("dc-ldn~finding"))
                .property(QStringLiteral("tooltip"))
                .contains(QLatin1String("RES-001")));

    const Test::CliResult wrong = Test::runDesigner(
        {QStringLiteral("export"), Test::examplePath(QStringLiteral("vpn-backup.ertopo")),
         QStringLiteral("--output"), folder.filePath(QStringLiteral("vpn.vsdx"))});
    QCOMPARE(wrong.exitCode, 3);
}

// A generated 1,000-site design: every element is a cell, every VNet in its region's container.
// The time is printed (the issue asks for under 5 s, findings and the canvas's geometry
// included); the test checks the file.
void TestDrawio::thousandSites()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    const Topology topology = Bench::generateDesign(options);
    QElapsedTimer timer;
    timer.start();
    const std::vector<Finding> findings = findingsOf(topology);
    const DiagramScene diagram(topology, findings);
    const QByteArray xml = drawioXml(diagram, QStringLiteral("1,000 sites"));
    qInfo("draw.io export of %zu nodes and %zu links: %lld ms, %lld MB", topology.nodes().size(),
          topology.links().size(), timer.elapsed(), xml.size() / 1000000);
    const auto cells = cellsOf(xml);
    for (const Node &node : topology.nodes()) {
        const auto found = cells.find(qs(node.id));
        QVERIFY2(found != cells.end(), node.id.c_str());
        if (const VirtualNetworkFields *vnet = node.virtualNetwork())
            QCOMPARE(found->second.parent, qs(*vnet->region));
    }
    for (const Link &link : topology.links()) {
        const auto found = cells.find(qs(link.id));
        QVERIFY2(found != cells.end() && found->second.edge, link.id.c_str());
    }
}

QTEST_MAIN(TestDrawio)
#include "tst_drawio.moc"
