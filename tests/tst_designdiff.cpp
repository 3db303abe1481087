#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/diff/designdiff.h"
#include "model/diff/diffformat.h"
#include "model/io/topologywriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Er;

namespace {

QJsonObject exampleJson(const QString &file)
{
    QFile in(Test::examplePath(file));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return QJsonDocument::fromJson(in.readAll()).object();
}

QString writeJson(const QTemporaryDir &folder,
                  const QString &name,
                  const QJsonObject &json,
                  QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    const QString path = folder.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(QJsonDocument(json).toJson(format));
    return path;
}

// Sets `field` of the element with `id` (a node or link) to `value`.
QJsonObject edited(QJsonObject design,
                   const QString &id,
                   const std::function<void(QJsonObject &)> &edit)
{
    for (const QString &list : {QStringLiteral("nodes"), QStringLiteral("links")}) {
        QJsonArray elements = design.value(list).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QJsonObject element = elements.at(i).toObject();
            if (element.value(QStringLiteral("id")).toString() == id) {
                edit(element);
                elements.replace(i, element);
            }
        }
        design.insert(list, elements);
    }
    return design;
}

} // namespace

class TestDesignDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameDesignIsEqual_data();
    void sameDesignIsEqual();
    void editedFieldIsTheOnlyChange();
    void removedLinkChangesResiliency();
    void commandLine();
    void thousandSites();
    void monthlyCostChange();
};

void TestDesignDiff::sameDesignIsEqual_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Test::exampleFiles())
        QTest::newRow(qPrintable(file)) << file;
}

// The same design saved differently (members sorted, no indentation, a node moved) is no change:
// the diff compares the model's values, not the text, and positions are layout.
void TestDesignDiff::sameDesignIsEqual()
{
    QFETCH(QString, file);
    QTemporaryDir folder;
    QJsonObject json = exampleJson(file);
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    QJsonObject first = nodes.at(0).toObject();
    first.insert(QStringLiteral("position"),
                 QJsonObject{{QStringLiteral("x"), 1234}, {QStringLiteral("y"), -56}});
    nodes.replace(0, first);
    json.insert(QStringLiteral("nodes"), nodes);
    const QString copy = writeJson(folder, QStringLiteral("copy.ertopo"), json,
                                   QJsonDocument::Compact);

    const Topology before = Test::loadDesign(Test::examplePath(file));
    const Topology after = Test::loadDesign(copy);
    QVERIFY(!(before == after)); // the node moved
    const DesignDiff diff = diffDesigns(before, after);
    QVERIFY(diff.isEqual());
    QVERIFY(diff.findingsGained.empty());
    QVERIFY(diff.findingsLost.empty());
    QVERIFY(diff.pairs.empty());
    QCOMPARE(diffToText(diff), std::string("No differences.\n"));

    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("diff"), Test::examplePath(file), copy});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No differences.\n"));
}

void TestDesignDiff::editedFieldIsTheOnlyChange()
{
    QTemporaryDir folder;
    const QJsonObject json = edited(
        exampleJson(QStringLiteral("single-circuit.ertopo")), QStringLiteral("er-ldn"),
        [](QJsonObject &circuit) {
            QJsonArray peerings = circuit.value(QStringLiteral("peerings")).toArray();
            QJsonObject peering = peerings.at(0).toObject();
            peering.insert(QStringLiteral("vlanId"), 200);
            peerings.replace(0, peering);
            circuit.insert(QStringLiteral("peerings"), peerings);
        });
    const QString copy = writeJson(folder, QStringLiteral("edited.ertopo"), json);
    const DesignDiff diff = diffDesigns(Test::loadDesign(Test::examplePath(
                                            QStringLiteral("single-circuit.ertopo"))),
                                        Test::loadDesign(copy));
    QVERIFY(!diff.isEqual());
    QVERIFY(diff.design.empty());
    QVERIFY(diff.added.empty());
    QVERIFY(diff.removed.empty());
    QCOMPARE(diff.changed.size(), std::size_t(1));
    QCOMPARE(diff.changed.at(0).element.id, std::string("er-ldn"));
    QCOMPARE(diff.changed.at(0).fields.size(), std::size_t(1));
    const FieldChange &field = diff.changed.at(0).fields.at(0);
    QCOMPARE(field.field, std::string("peerings.AzurePrivatePeering.vlanId"));
    QCOMPARE(field.before, std::optional<std::string>("100"));
    QCOMPARE(field.after, std::optional<std::string>("200"));
    QVERIFY(diff.pairs.empty()); // a VLAN changes no path

    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("diff"), Test::examplePath(QStringLiteral("single-circuit.ertopo")), copy,
         QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject out = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(out.value(QStringLiteral("equal")).toBool(true), false);
    const QJsonArray changed = out.value(QStringLiteral("changed")).toArray();
    QCOMPARE(changed.size(), 1);
    const QJsonObject fieldJson = changed.at(0)
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(fieldJson.value(QStringLiteral("field")).toString(),
             QStringLiteral("peerings.AzurePrivatePeering.vlanId"));
    QCOMPARE(fieldJson.value(QStringLiteral("old")).toInt(), 100);
    QCOMPARE(fieldJson.value(QStringLiteral("new")).toInt(), 200);
}

// Taking the second circuit out of the maximum-resiliency design: the elements go, findings
// come, and each pair's resiliency falls.
void TestDesignDiff::removedLinkChangesResiliency()
{
    const Topology before = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    Topology after = before;
    std::string circuit;
    for (const Node &node : after.nodes()) {
        if (node.circuit())
            circuit = node.id; // the last one
    }
    QVERIFY(!circuit.empty());
    std::vector<std::string> links;
    for (const Link &link : after.links()) {
        if (link.from == circuit || link.to == circuit)
            links.push_back(link.id);
    }
    for (const std::string &link : links)
        QVERIFY(after.removeLink(link));
    QVERIFY(after.removeNode(circuit));

    const DesignDiff diff = diffDesigns(before, after);
    QCOMPARE(diff.removed.size(), links.size() + 1);
    QCOMPARE(diff.removed.front().id, circuit);
    QVERIFY(diff.added.empty());
    QVERIFY(diff.changed.empty());
    QVERIFY(!diff.findingsGained.empty());
    QVERIFY(!diff.pairs.empty());
    for (const PairChange &pair : diff.pairs) {
        QVERIFY(pair.before && pair.after);
        QVERIFY(pair.before->resiliency == Resiliency::Maximum);
        QVERIFY(pair.after->resiliency != Resiliency::Maximum);
    }
    const std::string text = diffToText(diff);
    QVERIFY(text.find("  - circuit " + circuit) != std::string::npos);
    QVERIFY(text.find("resiliency maximum → ") != std::string::npos);
}

void TestDesignDiff::commandLine()
{
    const QString example = Test::examplePath(QStringLiteral("vpn-backup.ertopo"));
    QTemporaryDir folder;
    const QString broken = folder.filePath(QStringLiteral("broken.ertopo"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": ");
    out.close();
    QCOMPARE(Test::runDesigner({QStringLiteral("diff"), example, broken}).exitCode, 2);
    QCOMPARE(Test::runDesigner({QStringLiteral("diff"), broken, example}).exitCode, 2);
    QCOMPARE(Test::runDesigner({QStringLiteral("diff"), example}).exitCode, 3);
    QCOMPARE(Test::runDesigner({QStringLiteral("diff"), example, example, example}).exitCode, 3);
    const Test::CliResult json = Test::runDesigner(
        {QStringLiteral("diff"), example, example, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("equal")).toBool(),
             true);
}

// Two revisions of a 1,000-site design that differ in one circuit's bandwidth. The time is
// printed (the issue asks for under 1 s); the test checks what the diff finds.
void TestDesignDiff::thousandSites()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    const Topology before = Bench::generateDesign(options);
    Topology after = before;
    Node circuit;
    for (const Node &node : after.nodes()) {
        if (node.circuit()) {
            circuit = node;
            break;
        }
    }
    circuit.circuit()->bandwidthInMbps = 10000;
    QVERIFY(after.replaceNode(circuit));

    QElapsedTimer timer;
    timer.start();
    const DesignDiff diff = diffDesigns(before, after);
    qInfo("diff of two 1,000-site designs (both analysed and validated): %lld ms", timer.elapsed());
    QCOMPARE(diff.changed.size(), std::size_t(1));
    QCOMPARE(diff.changed.at(0).element.id, circuit.id);
    QCOMPARE(diff.changed.at(0).fields.size(), std::size_t(1));
    QCOMPARE(diff.changed.at(0).fields.at(0).field, std::string("bandwidthInMbps"));
    QVERIFY(diff.added.empty());
    QVERIFY(diff.removed.empty());
}

// A wider circuit costs more a month; the gateway stays unpriced in both revisions (the built-in
// list has no ExpressRoute gateway price), so the totals are floors and the difference is known.
void TestDesignDiff::monthlyCostChange()
{
    const Topology before = Test::loadDesign(Test::examplePath("single-circuit.ertopo"));
    Topology after = before;
    Node circuit = *after.node("er-ldn");
    circuit.circuit()->bandwidthInMbps = 2000;
    QVERIFY(after.replaceNode(circuit));
    const DesignDiff diff = diffDesigns(before, after);
    QVERIFY(diff.cost.has_value());
    QCOMPARE(diff.cost->currency, std::string("USD"));
    QVERIFY(!diff.cost->before && !diff.cost->after);
    QCOMPARE(diff.cost->pricedBefore, 436.0);
    QCOMPARE(diff.cost->pricedAfter, 872.0);
    QVERIFY(diff.cost->comparable);
    QVERIFY(QString::fromStdString(diffToText(diff))
                .contains("Monthly cost: at least USD 436.00 → at least USD 872.00 (+USD 436.00)"));

    // The same design: no change, the cost included.
    QVERIFY(!diffDesigns(before, before).cost.has_value());
}

QTEST_GUILESS_MAIN(TestDesignDiff)
#include "tst_designdiff.moc"
