// Every rule has a design that triggers it and a near-identical one that must not, in
// tests/fixtures/rules/. Each fixture states what it expects in its own "x-expect" member (kept by
// the loader like any unknown field):
//   "x-expect": {"rule": "PEERING-004", "present": true, "severity": "error", "elements": ["er"]}
// The check runs the real program, `validate --json`, as a script or CI pipeline would.

#include "tests/testsupport.h"

#include "model/catalogue/catalogue.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/validator.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

using namespace Er;

class TestRuleFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void everyRuleHasBothFixtures();
    void findingsNameNoFieldKeys();
    void manySitesAndVnetsBehindOneCircuit_data();
    void manySitesAndVnetsBehindOneCircuit();
    void unconfirmedLocalRegionsOnlyWarn();

private:
    static QStringList fixtureFiles();
};

QStringList TestRuleFixtures::fixtureFiles()
{
    return QDir(Test::fixturePath(QStringLiteral("rules")))
        .entryList({QStringLiteral("*.ertopo")}, QDir::Files, QDir::Name);
}

void TestRuleFixtures::fixture_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : fixtureFiles())
        QTest::newRow(qPrintable(file)) << Test::fixturePath(QStringLiteral("rules/") + file);
}

void TestRuleFixtures::fixture()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expect = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("x-expect"))
                                   .toObject();
    QVERIFY2(!expect.isEmpty(), "the fixture has no x-expect member");
    const QString rule = expect.value(QStringLiteral("rule")).toString();
    const bool present = expect.value(QStringLiteral("present")).toBool();

    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("validate"), path, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    const QJsonArray findings = output.value(QStringLiteral("findings")).toArray();
    QVERIFY(output.contains(QStringLiteral("counts")));

    QList<QJsonObject> matching;
    for (const QJsonValue &value : findings) {
        if (value.toObject().value(QStringLiteral("rule")).toString() == rule)
            matching << value.toObject();
    }
    if (!present) {
        QVERIFY2(matching.isEmpty(),
                 qPrintable(rule + QStringLiteral(" was reported: ")
                            + matching.value(0).value(QStringLiteral("message")).toString()));
        return;
    }
    QVERIFY2(!matching.isEmpty(), qPrintable(rule + QStringLiteral(" was not reported")));

    // Some finding of the rule has the expected severity and names the expected elements.
    const QString severity = expect.value(QStringLiteral("severity")).toString();
    QStringList elements;
    for (const QJsonValue &id : expect.value(QStringLiteral("elements")).toArray())
        elements << id.toString();
    bool found = false;
    for (const QJsonObject &finding : matching) {
        QStringList named;
        for (const QJsonValue &id : finding.value(QStringLiteral("elements")).toArray())
            named << id.toString();
        const bool namesAll = std::all_of(elements.begin(), elements.end(),
                                          [&](const QString &id) { return named.contains(id); });
        if (finding.value(QStringLiteral("severity")).toString() == severity && namesAll) {
            found = true;
            QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!finding.value(QStringLiteral("fix")).toString().isEmpty());
            QVERIFY(finding.value(QStringLiteral("reference"))
                        .toString()
                        .startsWith(QStringLiteral("https://")));
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 finding with severity %2 naming %3")
                                   .arg(rule, severity, elements.join(QLatin1Char(',')))));
    if (severity == QLatin1String("error"))
        QCOMPARE(result.exitCode, 1);
}

void TestRuleFixtures::everyRuleHasBothFixtures()
{
    std::set<QString> triggers;
    std::set<QString> cleans;
    for (const QString &file : fixtureFiles()) {
        QFile f(Test::fixturePath(QStringLiteral("rules/") + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject expect = QJsonDocument::fromJson(f.readAll())
                                       .object()
                                       .value(QStringLiteral("x-expect"))
                                       .toObject();
        const QString rule = expect.value(QStringLiteral("rule")).toString();
        (expect.value(QStringLiteral("present")).toBool() ? triggers : cleans).insert(rule);
    }
    for (const Rule &rule : RuleRegistry::standard().rules()) {
        const QString id = QString::fromStdString(rule.id);
        QVERIFY2(triggers.contains(id),
                 qPrintable(id + QStringLiteral(" has no triggering fixture")));
        QVERIFY2(cleans.contains(id), qPrintable(id + QStringLiteral(" has no clean fixture")));
    }
}

namespace {

// The ids of the elements named by the findings of `rule`, one list per finding.
std::vector<std::vector<std::string>> findingElements(const std::vector<Finding> &findings,
                                                      const std::string &rule)
{
    std::vector<std::vector<std::string>> elements;
    for (const Finding &finding : findings) {
        if (finding.rule == rule)
            elements.push_back(finding.elements);
    }
    return elements;
}

Link link(std::string id, LinkKind kind, std::string from, std::string to)
{
    Link link;
    link.id = std::move(id);
    link.kind = kind;
    link.from = std::move(from);
    link.to = std::move(to);
    return link;
}

} // namespace

// A circuit reached by 20 sites and 20 spoke VNets: more than the rules look through one by one
// (they switch to a hash table), so the same findings must come from that path too.
void TestRuleFixtures::manySitesAndVnetsBehindOneCircuit_data()
{
    QTest::addColumn<bool>("faulty");
    QTest::newRow("an overlap and a default route") << true;
    QTest::newRow("clean") << false;
}

void TestRuleFixtures::manySitesAndVnetsBehindOneCircuit()
{
    QFETCH(bool, faulty);
    Topology design = Test::loadDesign(
        Test::fixturePath(QStringLiteral("rules/addr-002-clean.ertopo")));
    QVERIFY(design.node("er1") && design.node("hub") && design.node("ce1"));
    for (int i = 0; i < 20; ++i) {
        const std::string n = std::to_string(i);
        Node site = makeNode(NodeKind::Site, "site-" + n);
        site.site()->addressPrefixes = StringList{"10.2" + std::to_string(10 + i) + ".0.0/16"};
        Node spoke = makeNode(NodeKind::VirtualNetwork, "spoke-" + n);
        spoke.virtualNetwork()->region = "uks";
        spoke.virtualNetwork()->addressPrefixes = StringList{"10.1" + std::to_string(10 + i)
                                                             + ".0.0/16"};
        if (faulty && i == 18) {
            site.site()->addressPrefixes->push_back("0.0.0.0/0");
            spoke.virtualNetwork()->addressPrefixes = StringList{"10.113.128.0/17"}; // in spoke-3
        }
        design.addNode(std::move(site));
        design.addNode(std::move(spoke));
        design.addLink(link("lan-" + n, LinkKind::Lan, "site-" + n, "ce1"));
        if (i == 18) // a second LAN to the same edge: the site is still one site
            design.addLink(link("lan-" + n + "b", LinkKind::Lan, "site-" + n, "ce1"));
        Link peering = link("peering-" + n, LinkKind::VnetPeering, "spoke-" + n, "hub");
        peering.useRemoteGateways = true;
        design.addLink(std::move(peering));
    }
    const std::vector<Finding> findings = validate(design, nullptr);
    const auto overlaps = findingElements(findings, "ADDR-002");
    const auto defaultRoutes = findingElements(findings, "PEERING-013");
    if (!faulty) {
        QVERIFY(overlaps.empty());
        QVERIFY(defaultRoutes.empty());
        return;
    }
    QCOMPARE(overlaps.size(), std::size_t(1));
    QCOMPARE(overlaps.front(), (std::vector<std::string>{"spoke-3", "spoke-18", "er1"}));
    QCOMPARE(defaultRoutes.size(), std::size_t(1));
    QCOMPARE(defaultRoutes.front(), (std::vector<std::string>{"er1", "site-18"}));
}

// CIRCUIT-003 on a location whose Local regions the catalogue does not confirm is a warning, never
// an error (the safer reading). Every location's Local regions are confirmed since the catalogue
// was checked against LOC 04/28/2026 (2026-12-07), so the built-in catalogue gives the error; the
// same catalogue with Munich's list marked unconfirmed gives the warning.
void TestRuleFixtures::unconfirmedLocalRegionsOnlyWarn()
{
    const Topology design = Test::loadDesign(
        Test::fixturePath(QStringLiteral("rules/circuit-003-munich-trigger.ertopo")));
    const auto circuit003 = [&](const Catalogue &catalogue) {
        std::vector<Finding> found;
        for (const Finding &finding : validate(design, catalogue, RuleRegistry::standard()))
            if (finding.rule == "CIRCUIT-003")
                found.push_back(finding);
        return found;
    };
    const std::vector<Finding> confirmed = circuit003(Catalogue::builtIn());
    QCOMPARE(confirmed.size(), std::size_t(1));
    QCOMPARE(int(confirmed.front().severity), int(Severity::Error));
    QVERIFY2(confirmed.front().message.find("is not offered there") != std::string::npos,
             confirmed.front().message.c_str());

    // The built-in documents as the program compiles them in, Munich's Local regions unconfirmed.
    std::map<std::string, std::string> documents;
    const QDir sources(
        QDir(Test::fixturesDir()).filePath(QStringLiteral("../../resources/catalogue")));
    for (const QString &name : sources.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name == QLatin1String("prices.json"))
            continue; // the price list, not a catalogue document
        QFile file(sources.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        if (name == QLatin1String("peering-locations.json")) {
            QJsonObject root = QJsonDocument::fromJson(text).object();
            QJsonArray locations = root.value(QStringLiteral("peeringLocations")).toArray();
            bool marked = false;
            for (QJsonValueRef entry : locations) {
                QJsonObject location = entry.toObject();
                if (location.value(QStringLiteral("name")).toString() != QLatin1String("Munich"))
                    continue;
                location.insert(QStringLiteral("unconfirmed"),
                                QJsonArray{QStringLiteral("localRegions")});
                entry = location;
                marked = true;
            }
            QVERIFY(marked);
            root.insert(QStringLiteral("peeringLocations"), locations);
            text = QJsonDocument(root).toJson();
        }
        documents.emplace(name.toStdString(), text.toStdString());
    }
    QVERIFY(documents.count("peering-locations.json"));
    std::optional<Catalogue> loaded;
    try {
        loaded.emplace(Catalogue::fromJsonDocuments(documents));
    } catch (const std::runtime_error &error) {
        QFAIL(error.what());
    }
    const Catalogue &unsure = *loaded;
    QVERIFY(!unsure.peeringLocation("Munich")->isConfirmed("localRegions"));
    const std::vector<Finding> unconfirmed = circuit003(unsure);
    QCOMPARE(unconfirmed.size(), std::size_t(1));
    QCOMPARE(int(unconfirmed.front().severity), int(Severity::Warning));
    QVERIFY2(unconfirmed.front().message.find("the list is not confirmed") != std::string::npos,
             unconfirmed.front().message.c_str());
}

// What a finding says is read by people: the design file's keys stay in the file (#19 item 9).
void TestRuleFixtures::findingsNameNoFieldKeys()
{
    const QStringList keys{"peerASN",
                           "vlanId",
                           "primaryPeerAddressPrefix",
                           "secondaryPeerAddressPrefix",
                           "addressPrefix",
                           "portBandwidthInGbps",
                           "useRemoteGateways",
                           "expressRouteDirect",
                           "serviceProviderName",
                           "providerEdge",
                           "riskGroups",
                           "skuTier",
                           "bandwidthInMbps",
                           "expressRouteWithVpnBackup"};
    QDirIterator files(QDir(Test::fixturesDir()).filePath(QStringLiteral("rules")),
                       {QStringLiteral("*-trigger.ertopo")}, QDir::Files);
    int checked = 0;
    QStringList leaks;
    while (files.hasNext()) {
        const QString path = files.next();
        const Topology design = Test::loadDesign(path);
        for (const Finding &finding : validate(design, nullptr)) {
            const QString text = QString::fromStdString(finding.message + " / " + finding.fix);
            for (const QString &key : keys) {
                if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(key)).match(text).hasMatch()) {
                    leaks << QStringLiteral("%1 (%2): %3")
                                 .arg(QFileInfo(path).fileName(),
                                      QString::fromStdString(finding.rule), text);
                }
            }
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRuleFixtures)
#include "tst_rulefixtures.moc"
