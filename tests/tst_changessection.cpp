#include "tests/testsupport.h"

#include "model/analysis/analyzer.h"
#include "views/report/reportinput.h"
#include "views/report/reportpages.h"
#include "views/report/reportsections.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Er;

namespace {

// The maximum-resiliency example without its last circuit (and that circuit's links), the other
// circuit widened to 2 Gbps and the design renamed.
Topology withoutSecondCircuit(const Topology &original, std::string *circuitId)
{
    Topology topology = original;
    for (const Node &node : topology.nodes()) {
        if (node.circuit())
            *circuitId = node.id;
    }
    std::vector<std::string> links;
    for (const Link &link : topology.links()) {
        if (link.from == *circuitId || link.to == *circuitId)
            links.push_back(link.id);
    }
    for (const std::string &link : links)
        topology.removeLink(link);
    topology.removeNode(*circuitId);
    for (const Node &node : topology.nodes()) {
        if (node.circuit()) {
            Node wider = node;
            wider.circuit()->bandwidthInMbps = 2000;
            topology.replaceNode(wider);
            break;
        }
    }
    topology.name = *original.name + " (v2)";
    return topology;
}

} // namespace

class TestChangesSection : public QObject
{
    Q_OBJECT

private slots:
    void sectionListsTheChanges();
    void noSectionWithoutEarlierRevision();
    void commandLine();
};

void TestChangesSection::sectionListsTheChanges()
{
    const Topology original = Test::loadDesign(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    std::string circuit;
    const Topology now = withoutSecondCircuit(original, &circuit);
    ReportInput input = makeReportInput(now, analyze(now), QDate(2026, 12, 6));
    input.filePath = QStringLiteral("v2.ertopo");
    addChangesSince(input, original, QStringLiteral("/somewhere/signed.ertopo"));

    QVERIFY(input.changes);
    QCOMPARE(bodySections(input).last(), ReportSection::Changes);
    const QString html = changesHtml(input);
    QVERIFY(html.contains(QLatin1String("10 Changes since the earlier revision")));
    QVERIFY(html.contains(QLatin1String("Compared with signed.ertopo: 0 elements added, 4 removed, "
                                        "2 changed; 16 findings gained and 0 lost")));
    QVERIFY(html.contains(QLatin1String("<h2>Removed (4)</h2>")));
    QVERIFY(html.contains(QString::fromStdString(circuit)));
    QVERIFY(html.contains(QLatin1String("bandwidthInMbps")));
    QVERIFY(html.contains(QLatin1String("RES-001")));
    // The pairs fall from maximum resiliency.
    QVERIFY(html.contains(QStringLiteral("Maximum → <b>")));

    // The report lays it out as its own section, listed on the cover.
    const ReportPages pages(input);
    QVERIFY(pages.sectionPage(ReportSection::Changes)
            > pages.sectionPage(ReportSection::Assumptions));
}

void TestChangesSection::noSectionWithoutEarlierRevision()
{
    const Topology design = Test::loadDesign(
        Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    ReportInput input = makeReportInput(design, analyze(design), QDate(2026, 12, 6));
    QCOMPARE(bodySections(input), bodySections());
    QVERIFY(changesHtml(input).isEmpty());

    addChangesSince(input, design, QStringLiteral("same.ertopo"));
    QVERIFY(changesHtml(input).contains(QLatin1String("The design is the same as in same.ertopo")));
}

void TestChangesSection::commandLine()
{
    QTemporaryDir folder;
    const QString example = Test::examplePath(QStringLiteral("vpn-backup.ertopo"));
    const QString out = folder.filePath(QStringLiteral("report.pdf"));
    const Test::CliResult done = Test::runDesigner(
        {QStringLiteral("report"), example, QStringLiteral("--output"), out,
         QStringLiteral("--since"), Test::examplePath(QStringLiteral("single-circuit.ertopo"))});
    QCOMPARE(done.exitCode, 0);
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    const QString missing = folder.filePath(QStringLiteral("other.pdf"));
    const Test::CliResult failed = Test::runDesigner(
        {QStringLiteral("report"), example, QStringLiteral("--output"), missing,
         QStringLiteral("--since"), folder.filePath(QStringLiteral("absent.ertopo"))});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(Test::runDesigner({QStringLiteral("report"), example, QStringLiteral("--output"),
                                missing, QStringLiteral("--since")})
                 .exitCode,
             3);
}

QTEST_MAIN(TestChangesSection)
#include "tst_changessection.moc"
