// Credentials never reach a design file: removed on load with a warning naming the place, never
// written, and reported by `validate` on stderr.

#include "tests/testsupport.h"

#include "model/document/topologydocument.h"
#include "model/io/credentials.h"
#include "model/io/topologywriter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Er;

namespace {

// A design that carries secrets in a peering, a node, a link, nested unknown members, the
// assumptions and the top level. None of the secret values may survive.
const char *designWithSecrets = R"({
  "format": "expressroute-designer-topology", "formatVersion": 1,
  "name": "Contoso", "adminPassword": "Hunter2-top",
  "assumptions": {"routeFactor": 1.5, "apiKey": "AK-assumption-9"},
  "nodes": [
    {"id": "dc", "kind": "site", "x-vault": {"owner": "netops", "secret": "S3cret-nested"}},
    {"id": "ce1", "kind": "customerEdge", "bfd": true, "password": "Cisco123-ce"},
    {"id": "er1", "kind": "circuit", "peeringLocation": "London", "bandwidthInMbps": 1000,
     "skuTier": "Standard",
     "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 65010, "md5": true,
                   "md5Key": "Md5-Key-peering", "x-ticket": 4711}],
     "authorizationKey": "AuthKey-circuit"},
    {"id": "uks", "kind": "azureRegion", "region": "uksouth"},
    {"id": "hub", "kind": "virtualNetwork", "region": "uks", "addressPrefixes": ["10.10.0.0/16"],
     "vpnGateway": {"sku": "VpnGw2AZ", "shared_key": "Psk-gateway"}}
  ],
  "links": [
    {"id": "l1", "kind": "lan", "from": "dc", "to": "ce1"},
    {"id": "v1", "kind": "vpn", "from": "dc", "to": "hub",
     "x-ipsec": [{"ike": "v2", "preSharedKey": "Psk-link-array"}]}
  ]
})";

const char *secretValues[] = {"Hunter2-top", "AK-assumption-9", "S3cret-nested",
                              "Cisco123-ce", "Md5-Key-peering", "AuthKey-circuit",
                              "Psk-gateway", "Psk-link-array"};

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void credentialNames_data();
    void credentialNames();
    void loadRemovesEveryCredentialWithAWarning();
    void otherUnknownMembersAreKept();
    void writerNeverWritesACredential();
    void documentShowsTheWarnings();
    void validatePrintsTheWarningsOnStderr();
    void reportNeverShowsACredential();
};

void TestCredentials::credentialNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");
    for (const char *name :
         {"md5Key", "MD5_KEY", "authKey", "sharedKey", "password", "adminPassword", "secret",
          "clientSecret", "authorizationKey", "psk", "preSharedKey", "pre-shared-key", "apiKey",
          "privateKey", "accessToken", "credentials", "bgpKey"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    }
    for (const char *name : {"md5", "peerASN", "sku", "notes", "x-ticket", "key", "name",
                             "routeFilter", "addressPrefix", "keepalive"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
}

void TestCredentials::credentialNames()
{
    QFETCH(QString, name);
    QFETCH(bool, credential);
    QCOMPARE(isCredentialName(name.toStdString()), credential);
}

void TestCredentials::loadRemovesEveryCredentialWithAWarning()
{
    const LoadResult result = readTopology(designWithSecrets, "secrets.ertopo");
    QVERIFY2(result.ok(), result.error.toString().c_str());
    const QStringList expected = {
        QStringLiteral("nodes[0].x-vault.secret: a credential (password, key or secret) is "
                       "never stored in a design; it was removed"),
        QStringLiteral("nodes[1].password: a credential"),
        QStringLiteral("nodes[2].peerings[0].md5Key: a BGP MD5 key is never stored in a design; "
                       "it was removed"),
        QStringLiteral("nodes[2].authorizationKey: a credential"),
        QStringLiteral("nodes[4].vpnGateway.shared_key: a credential"),
        QStringLiteral("links[1].x-ipsec[0].preSharedKey: a credential"),
        QStringLiteral("assumptions.apiKey: a credential"),
        QStringLiteral("adminPassword: a credential"),
    };
    QStringList warnings;
    for (const std::string &warning : result.warnings)
        warnings << QString::fromStdString(warning);
    QCOMPARE(warnings.size(), expected.size());
    for (const QString &start : expected) {
        const bool found = std::any_of(warnings.begin(), warnings.end(),
                                       [&](const QString &w) { return w.startsWith(start); });
        QVERIFY2(found, qPrintable(start + QStringLiteral("\n in: ") + warnings.join('\n')));
    }

    const QByteArray saved = QByteArray::fromStdString(writeTopology(*result.topology));
    for (const char *secret : secretValues)
        QVERIFY2(!saved.contains(secret), secret);
    // The peering still says a key is configured.
    QVERIFY(saved.contains("\"md5\": true"));
}

void TestCredentials::otherUnknownMembersAreKept()
{
    const LoadResult result = readTopology(designWithSecrets, "secrets.ertopo");
    QVERIFY(result.ok());
    const QByteArray saved = QByteArray::fromStdString(writeTopology(*result.topology));
    for (const char *kept : {"\"owner\": \"netops\"", "\"x-ticket\": 4711", "\"ike\": \"v2\"",
                             "\"routeFactor\": 1.5", "\"sku\": \"VpnGw2AZ\""}) {
        QVERIFY2(saved.contains(kept), kept);
    }
    // What was saved loads without any warning.
    const LoadResult reloaded = readTopology(saved.toStdString(), "saved.ertopo");
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.warnings.empty());
}

void TestCredentials::writerNeverWritesACredential()
{
    // A topology built in code (a plugin, an import, a future bug) that carries credentials.
    Topology topology;
    Node circuit = makeNode(NodeKind::Circuit, "er1");
    Peering peering;
    peering.peeringType = "AzurePrivatePeering";
    peering.extra = {{"md5Key", "\"Md5-Key-peering\""}, {"x-ticket", "4711"}};
    circuit.circuit()->peerings = std::vector<Peering>{peering};
    circuit.extra = {{"x-config", R"({"password": "Cisco123-ce", "vendor": "cisco"})"}};
    QVERIFY(topology.addNode(circuit));
    topology.extra = {{"token", "\"AK-assumption-9\""}};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ertopo"));
    QVERIFY(!saveTopologyFile(topology, path.toStdString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    for (const char *secret :
         {"Md5-Key-peering", "Cisco123-ce", "AK-assumption-9", "md5Key", "password", "token"}) {
        QVERIFY2(!saved.contains(secret), secret);
    }
    QVERIFY(saved.contains("\"x-ticket\": 4711"));
    QVERIFY(saved.contains("\"vendor\": \"cisco\""));
}

void TestCredentials::documentShowsTheWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(designWithSecrets);
    file.close();

    TopologyDocument document;
    LoadError error;
    QVERIFY(document.open(path, &error));
    QCOMPARE(document.loadWarnings().size(), 8);
    QVERIFY(document.loadWarnings().join('\n').contains(
        QStringLiteral("nodes[2].peerings[0].md5Key: a BGP MD5 key is never stored")));
    // Opening changes nothing on disk; saving writes the design without them.
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    QVERIFY(before.readAll().contains("Md5-Key-peering"));
    QString saveError;
    QVERIFY2(document.save(&saveError), qPrintable(saveError));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    const QByteArray saved = after.readAll();
    for (const char *secret : secretValues)
        QVERIFY2(!saved.contains(secret), secret);
    // A design without credentials has no warnings.
    QVERIFY(document.open(Test::examplePath(QStringLiteral("single-circuit.ertopo")), &error));
    QVERIFY(document.loadWarnings().isEmpty());
}

void TestCredentials::validatePrintsTheWarningsOnStderr()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(designWithSecrets);
    file.close();
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("validate"), path, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    QVERIFY2(result.err.contains(
                 (path
                  + QStringLiteral(": nodes[2].peerings[0].md5Key: a BGP MD5 key is never "
                                   "stored in a design; it was removed"))
                     .toUtf8()),
             result.err.constData());
    QCOMPARE(result.err.count("it was removed"), 8);
    for (const char *secret : secretValues) {
        QVERIFY2(!result.out.contains(secret), secret);
        QVERIFY2(!result.err.contains(secret), secret);
    }
}

void TestCredentials::reportNeverShowsACredential()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) is missing");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(designWithSecrets);
    file.close();
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("report"), path, QStringLiteral("--output"), pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QByteArray words = text.readAllStandardOutput();
    QVERIFY2(words.contains("Contoso"), "the report's text could not be read");
    for (const char *secret : secretValues)
        QVERIFY2(!words.contains(secret), secret);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
