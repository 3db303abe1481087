// The Azure template export (docs/spec/arm-export.md): the ARM deployment template and the Bicep
// file of the four examples and of a generated 1,000-site design. The ARM template has what its
// schema requires, names no key, depends only on its own resources, and imports back
// (docs/spec/import.md) into the same Azure side as the design; both outputs of one example are
// kept as golden files (ER_UPDATE_GOLDENS=1 rewrites them).

#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/catalogue/catalogue.h"
#include "model/export/templateexport.h"
#include "model/import/importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace Er;

namespace {

const QString secretText = QStringLiteral("s3cr3t-Pa55w0rd-never-exported");

// What the examples do not have: ExpressRoute Direct with MACsec, ErGwScale, FastPath, a routing
// weight, Global Reach, a VPN from a customer edge with BGP, a spoke using the hub's gateways.
const char *const everyFeature = R"({
  "format": "expressroute-designer-topology", "formatVersion": 1, "name": "Every feature",
  "nodes": [
    {"id": "site-ams", "kind": "site", "addressPrefixes": ["10.1.0.0/16"]},
    {"id": "ce-ams", "kind": "customerEdge", "asn": 65001, "bfd": true},
    {"id": "er-direct", "kind": "circuit", "peeringLocation": "Amsterdam", "bandwidthInMbps": 5000,
     "skuTier": "Premium", "skuFamily": "UnlimitedData",
     "expressRouteDirect": {"portBandwidthInGbps": 10, "encapsulation": "Dot1Q", "macsec": true},
     "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 65001, "vlanId": 200,
                   "primaryPeerAddressPrefix": "172.16.1.0/30",
                   "secondaryPeerAddressPrefix": "172.16.1.4/30"}]},
    {"id": "er-ldn", "kind": "circuit", "peeringLocation": "London", "serviceProviderName": "Colt",
     "bandwidthInMbps": 1000, "skuTier": "Standard", "skuFamily": "MeteredData",
     "peerings": [{"peeringType": "AzurePrivatePeering", "peerASN": 65002, "vlanId": 300,
                   "primaryPeerAddressPrefix": "172.16.2.0/30",
                   "secondaryPeerAddressPrefix": "172.16.2.4/30", "md5": true}]},
    {"id": "weu", "kind": "azureRegion", "region": "westeurope"},
    {"id": "vnet-hub", "kind": "virtualNetwork", "region": "weu", "addressPrefixes": ["10.100.0.0/16"],
     "gatewaySubnetPrefix": "10.100.255.0/26",
     "expressRouteGateway": {"sku": "ErGwScale", "scaleUnits": {"min": 2, "max": 4}},
     "vpnGateway": {"sku": "VpnGw2AZ", "activeActive": false}},
    {"id": "vnet-spoke", "kind": "virtualNetwork", "region": "weu", "addressPrefixes": ["10.101.0.0/16"]}
  ],
  "links": [
    {"id": "lan-ams", "kind": "lan", "from": "site-ams", "to": "ce-ams"},
    {"id": "port-1", "kind": "circuitPort", "from": "ce-ams", "to": "er-direct", "role": "primary"},
    {"id": "conn-direct", "kind": "connection", "from": "er-direct", "to": "vnet-hub",
     "routingWeight": 10, "fastPath": true},
    {"id": "conn-ldn", "kind": "connection", "from": "er-ldn", "to": "vnet-hub"},
    {"id": "gr-ams-ldn", "kind": "globalReach", "from": "er-direct", "to": "er-ldn",
     "addressPrefix": "192.168.10.0/29"},
    {"id": "vpn-ams", "kind": "vpn", "from": "ce-ams", "to": "vnet-hub", "bgp": true},
    {"id": "peer-spoke", "kind": "vnetPeering", "from": "vnet-spoke", "to": "vnet-hub",
     "useRemoteGateways": true}
  ]
})";

QJsonObject parsedTemplate(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the ARM template is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The vpn-backup example with ids ARM does not take as names (spaces, quotes, a slash).
std::string oddIdsDesignText()
{
    QFile file(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("vpn-backup.ertopo does not open");
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("\"vnet-hub-uks\""), QStringLiteral("\"Hub VNet 'UK South'\""));
    text.replace(QStringLiteral("\"er-ldn\""), QStringLiteral("\"ER London/1G\""));
    return text.toStdString();
}

// The designs every check runs on: the examples, and the generated 1,000-site design.
std::vector<std::pair<QString, Topology>> designs()
{
    std::vector<std::pair<QString, Topology>> all;
    for (const QString &name : Test::exampleFiles())
        all.emplace_back(name, Test::loadDesign(Test::examplePath(name)));
    Bench::GeneratorOptions options;
    options.sites = 1000;
    all.emplace_back(QStringLiteral("generated 1,000 sites"), Bench::generateDesign(options));
    all.emplace_back(QStringLiteral("every feature"), Test::parseDesign(everyFeature));
    all.emplace_back(QStringLiteral("odd ids"), Test::parseDesign(oddIdsDesignText()));
    return all;
}

// "Microsoft.Network/x/y|a/b" for a resource, and for the arguments of resourceId('T', 'a', 'b').
QString resourceKey(const QString &type, const QString &name)
{
    return type + QLatin1Char('|') + name;
}

QString keyOfResourceId(const QString &expression)
{
    static const QRegularExpression call(
        QStringLiteral("^\\[resourceId\\('([^']+)'((?:, '[^']+')+)\\)\\]$"));
    const QRegularExpressionMatch match = call.match(expression);
    if (!match.hasMatch())
        return {};
    QStringList segments = match.captured(2).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = segment.mid(1, segment.size() - 2);
    return resourceKey(match.captured(1), segments.join(QLatin1Char('/')));
}

// Every string in the template, with the member name it is the value of.
void collectStrings(const QJsonValue &value,
                    const QString &member,
                    std::vector<std::pair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, member, out);
    } else if (value.isString()) {
        out.emplace_back(member, value.toString());
    }
}

// A route filter's communities, sorted, with service names as the catalogue's communities (what
// Azure's route filter holds).
QString communities(const StringList &entries)
{
    QStringList out;
    for (const std::string &entry : entries) {
        const ServiceInfo *service = Catalogue::builtIn().service(entry);
        for (const std::string &community :
             service ? service->communities : std::vector<std::string>{entry}) {
            if (!out.contains(QString::fromStdString(community)))
                out << QString::fromStdString(community);
        }
    }
    out.sort();
    return out.join(QLatin1Char(','));
}

// The Azure side of a design as sorted lines: what a deployment creates and an import reads.
QStringList azureSide(const Topology &design)
{
    QStringList lines;
    const auto text = [](const auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<std::string>>)
            return value ? QString::fromStdString(*value) : QStringLiteral("-");
        else
            return value ? QString::number(*value) : QStringLiteral("-");
    };
    const auto list = [](const std::optional<StringList> &items) {
        QStringList out;
        for (const std::string &item : items.value_or(StringList{}))
            out << QString::fromStdString(item);
        return out.join(QLatin1Char(','));
    };
    for (const Node &node : design.nodes()) {
        const QString id = QString::fromStdString(node.id);
        if (const CircuitFields *c = node.circuit()) {
            lines << QStringLiteral("circuit %1 %2 %3 %4 %5 %6")
                         .arg(id, text(c->serviceProviderName), text(c->peeringLocation),
                              text(c->bandwidthInMbps), text(c->skuTier), text(c->skuFamily));
            if (c->expressRouteDirect)
                lines << QStringLiteral("direct %1 %2 %3")
                             .arg(id, text(c->expressRouteDirect->portBandwidthInGbps),
                                  text(c->expressRouteDirect->encapsulation));
            for (const Peering &p : c->peerings.value_or(std::vector<Peering>{})) {
                lines << QStringLiteral("peering %1 %2 asn=%3 vlan=%4 %5 %6 adv=%7 customer=%8 "
                                        "md5=%9 filter=%10")
                             .arg(id, text(p.peeringType), text(p.peerASN), text(p.vlanId),
                                  text(p.primaryPeerAddressPrefix),
                                  text(p.secondaryPeerAddressPrefix),
                                  // Private peering's prefixes are announced by the customer's
                                  // routers; only Microsoft peering's are Azure's to know.
                                  p.peeringType == "MicrosoftPeering" ? list(p.advertisedPrefixes)
                                                                      : QString(),
                                  text(p.customerASN))
                             .arg(p.md5.value_or(false))
                             .arg(p.routeFilter ? communities(*p.routeFilter)
                                                : QStringLiteral("none"));
            }
        } else if (const VirtualNetworkFields *v = node.virtualNetwork()) {
            const Node *region = v->region ? design.node(*v->region) : nullptr;
            const std::optional<std::string> arm = region && region->azureRegion()
                                                       ? region->azureRegion()->region
                                                       : std::nullopt;
            lines << QStringLiteral("vnet %1 %2 %3 %4")
                         .arg(id, text(arm), list(v->addressPrefixes), text(v->gatewaySubnetPrefix));
            if (const auto &er = v->expressRouteGateway)
                lines << QStringLiteral("ergw %1 %2 %3 %4")
                             .arg(id, text(er->sku),
                                  er->scaleUnits ? text(er->scaleUnits->min) : QStringLiteral("-"),
                                  er->scaleUnits ? text(er->scaleUnits->max) : QStringLiteral("-"));
            if (const auto &vpn = v->vpnGateway)
                lines << QStringLiteral("vpngw %1 %2 aa=%3")
                             .arg(id, text(vpn->sku))
                             .arg(vpn->activeActive.value_or(false));
        }
    }
    for (const Link &link : design.links()) {
        QString from = QString::fromStdString(link.from);
        QString to = QString::fromStdString(link.to);
        switch (link.kind) {
        case LinkKind::Connection:
            lines << QStringLiteral("connection %1 %2->%3 weight=%4 fastpath=%5")
                         .arg(QString::fromStdString(link.id), from, to, text(link.routingWeight))
                         .arg(link.fastPath.value_or(false));
            break;
        case LinkKind::Vpn:
            lines << QStringLiteral("vpn %1 %2->%3 bgp=%4")
                         .arg(QString::fromStdString(link.id), from, to)
                         .arg(link.bgp.value_or(false));
            break;
        case LinkKind::GlobalReach:
            if (to < from)
                std::swap(from, to);
            lines << QStringLiteral("globalReach %1-%2 %3").arg(from, to, text(link.addressPrefix));
            break;
        case LinkKind::VnetPeering:
            if (!link.useRemoteGateways.value_or(false) && to < from)
                std::swap(from, to);
            lines << QStringLiteral("vnetPeering %1->%2 remote=%3")
                         .arg(from, to)
                         .arg(link.useRemoteGateways.value_or(false));
            break;
        default:
            break;
        }
    }
    lines.sort();
    return lines;
}

// A parameters file with a value for every parameter the template asks for (no default).
std::string parametersFor(const QJsonObject &armTemplate)
{
    QJsonObject values;
    const QJsonObject parameters = armTemplate.value(QStringLiteral("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonObject declaration = it.value().toObject();
        if (declaration.contains(QStringLiteral("defaultValue")))
            continue;
        const QString type = declaration.value(QStringLiteral("type")).toString();
        QJsonValue value = type == QLatin1String("int") ? QJsonValue(65010)
                                                        : QJsonValue(QStringLiteral("192.0.2.10"));
        values.insert(it.key(), QJsonObject{{QStringLiteral("value"), value}});
    }
    QJsonObject file{{QStringLiteral("$schema"),
                      QStringLiteral("https://schema.management.azure.com/schemas/2019-04-01/"
                                     "deploymentParameters.json#")},
                     {QStringLiteral("contentVersion"), QStringLiteral("1.0.0.0")},
                     {QStringLiteral("parameters"), values}};
    return QJsonDocument(file).toJson().toStdString();
}

QString goldenPath(const QString &name)
{
    return Test::fixturePath(QStringLiteral("export/") + name);
}

// Compares with the golden file, or rewrites it when ER_UPDATE_GOLDENS=1.
void compareWithGolden(const std::string &text, const QString &name)
{
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIntValue("ER_UPDATE_GOLDENS") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(text));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(goldenPath(name)
                        + QStringLiteral(" is missing; ER_UPDATE_GOLDENS=1 "
                                         "writes it")));
    const QByteArray golden = file.readAll();
    if (golden != QByteArray::fromStdString(text)) {
        const QStringList wanted = QString::fromUtf8(golden).split(QLatin1Char('\n'));
        const QStringList got = QString::fromStdString(text).split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(wanted.size(), got.size()); ++i) {
            const QString a = i < wanted.size() ? wanted[i] : QString();
            const QString b = i < got.size() ? got[i] : QString();
            QVERIFY2(a == b, qPrintable(QStringLiteral("%1 line %2: golden '%3', now '%4' "
                                                       "(ER_UPDATE_GOLDENS=1 rewrites it)")
                                            .arg(name)
                                            .arg(i + 1)
                                            .arg(a, b)));
        }
    }
}

} // namespace

class TestArmExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void armTemplateIsAValidDeploymentTemplate();
    void noKeyAppearsInEitherOutput();
    void expressRouteGatewayHasNoVpnType();
    void gatewaySkuWithoutZonesIsExportedWithAWarning();
    void armTemplateImportsBackIntoTheSameAzureSide();
    void bicepIsStructurallyComplete();
    void goldenFiles();
    void commandLineWritesBothFormats();
    void directPortFastPathAndMacsecNote();
    void oddIdsAreDeployedUnderNamesArmTakes();

private:
    std::vector<std::pair<QString, Topology>> m_designs;
};

void TestArmExport::initTestCase()
{
    QVERIFY(Test::exampleFiles().size() >= 4);
    m_designs = designs();
}

void TestArmExport::armTemplateIsAValidDeploymentTemplate()
{
    for (const auto &[name, design] : m_designs) {
        const QJsonObject arm = parsedTemplate(armTemplateText(design, Catalogue::builtIn()));
        QCOMPARE(arm.value(QStringLiteral("$schema")).toString(),
                 QStringLiteral("https://schema.management.azure.com/schemas/2019-04-01/"
                                "deploymentTemplate.json#"));
        QVERIFY(!arm.value(QStringLiteral("contentVersion")).toString().isEmpty());
        QVERIFY(arm.value(QStringLiteral("resources")).isArray());
        const QJsonArray resources = arm.value(QStringLiteral("resources")).toArray();
        QVERIFY2(!resources.isEmpty(), qPrintable(name));
        std::set<QString> keys;
        for (const QJsonValue &value : resources) {
            const QJsonObject resource = value.toObject();
            for (const char *member : {"type", "apiVersion", "name"})
                QVERIFY2(!resource.value(QLatin1String(member)).toString().isEmpty(),
                         qPrintable(name + QStringLiteral(": a resource without ") + member));
            keys.insert(resourceKey(resource.value(QStringLiteral("type")).toString(),
                                    resource.value(QStringLiteral("name")).toString()));
        }
        QCOMPARE(keys.size(), std::size_t(resources.size())); // no resource twice
        // Over ARM's limits (800 resources, 256 parameters) the reader is told to split it.
        const QJsonArray warnings = arm.value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("warnings"))
                                        .toArray();
        const bool overLimits = resources.size() > 800
                                || arm.value(QStringLiteral("parameters")).toObject().size() > 256;
        QCOMPARE(std::any_of(warnings.begin(), warnings.end(),
                             [](const QJsonValue &warning) {
                                 return warning.toString().contains(
                                     QLatin1String("split the design"));
                             }),
                 overLimits);
        QCOMPARE(overLimits, name.startsWith(QLatin1String("generated")));
        // Every dependsOn names a resource of the template, declared before it.
        std::set<QString> declared;
        for (const QJsonValue &value : resources) {
            const QJsonObject resource = value.toObject();
            for (const QJsonValue &dependency :
                 resource.value(QStringLiteral("dependsOn")).toArray()) {
                const QString key = keyOfResourceId(dependency.toString());
                QVERIFY2(declared.contains(key),
                         qPrintable(name + QStringLiteral(": ") + dependency.toString()));
            }
            declared.insert(resourceKey(resource.value(QStringLiteral("type")).toString(),
                                        resource.value(QStringLiteral("name")).toString()));
        }
        // Every parameters('x') names a declared parameter.
        const QJsonObject parameters = arm.value(QStringLiteral("parameters")).toObject();
        std::vector<std::pair<QString, QString>> strings;
        collectStrings(QJsonValue(resources), {}, strings);
        static const QRegularExpression reference(QStringLiteral("parameters\\('([^']+)'\\)"));
        for (const auto &[member, text] : strings) {
            for (const QRegularExpressionMatch &match : reference.globalMatch(text))
                QVERIFY2(parameters.contains(match.captured(1)), qPrintable(match.captured(1)));
        }
    }
}

void TestArmExport::noKeyAppearsInEitherOutput()
{
    for (auto [name, design] : m_designs) {
        // Keys that reached the design as unknown members (they are dropped on load; here they
        // are put in directly) are not exported either.
        for (Node node : std::vector<Node>(design.nodes())) {
            node.extra.emplace_back("md5Key", "\"" + secretText.toStdString() + "\"");
            if (CircuitFields *circuit = node.circuit(); circuit && circuit->peerings) {
                for (Peering &peering : *circuit->peerings)
                    peering.extra.emplace_back("sharedKey", "\"" + secretText.toStdString() + "\"");
            }
            design.replaceNode(node);
        }
        const std::string arm = armTemplateText(design, Catalogue::builtIn());
        const std::string bicep = bicepText(design, Catalogue::builtIn());
        QVERIFY(arm.find(secretText.toStdString()) == std::string::npos);
        QVERIFY(bicep.find(secretText.toStdString()) == std::string::npos);
        // Every key member is a secure parameter, whose only default is empty.
        const QJsonObject parsed = parsedTemplate(arm);
        const QJsonObject parameters = parsed.value(QStringLiteral("parameters")).toObject();
        std::vector<std::pair<QString, QString>> strings;
        collectStrings(parsed.value(QStringLiteral("resources")), {}, strings);
        int keys = 0;
        for (const auto &[member, text] : strings) {
            if (!member.endsWith(QLatin1String("Key"), Qt::CaseInsensitive))
                continue;
            ++keys;
            static const QRegularExpression secure(
                QStringLiteral("^\\[parameters\\('([^']+)'\\)\\]$"));
            const QRegularExpressionMatch match = secure.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(name + QStringLiteral(": ") + member));
            const QJsonObject declaration = parameters.value(match.captured(1)).toObject();
            QCOMPARE(declaration.value(QStringLiteral("type")).toString(),
                     QStringLiteral("securestring"));
            QVERIFY(declaration.value(QStringLiteral("defaultValue")).toString().isEmpty());
        }
        QVERIFY2(keys > 0, qPrintable(name)); // every example has MD5 keys or connections
    }
}

void TestArmExport::expressRouteGatewayHasNoVpnType()
{
    for (const auto &[name, design] : m_designs) {
        const QJsonObject arm = parsedTemplate(armTemplateText(design, Catalogue::builtIn()));
        int gateways = 0;
        for (const QJsonValue &value : arm.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject resource = value.toObject();
            if (resource.value(QStringLiteral("type")).toString()
                != QLatin1String("Microsoft.Network/virtualNetworkGateways"))
                continue;
            ++gateways;
            const QJsonObject properties = resource.value(QStringLiteral("properties")).toObject();
            const QString type = properties.value(QStringLiteral("gatewayType")).toString();
            if (type == QLatin1String("ExpressRoute")) {
                QVERIFY2(!properties.contains(QStringLiteral("vpnType")), qPrintable(name));
            } else {
                QCOMPARE(type, QStringLiteral("Vpn"));
                QCOMPARE(properties.value(QStringLiteral("vpnType")).toString(),
                         QStringLiteral("RouteBased"));
            }
            // Each gateway depends on its VNet and on every public IP it uses.
            const QJsonArray dependsOn = resource.value(QStringLiteral("dependsOn")).toArray();
            for (const QJsonValue &configuration :
                 properties.value(QStringLiteral("ipConfigurations")).toArray()) {
                const QString ip = configuration.toObject()
                                       .value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("publicIPAddress"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
                QVERIFY(dependsOn.contains(ip));
            }
        }
        QVERIFY2(gateways > 0, qPrintable(name));
    }
}

void TestArmExport::gatewaySkuWithoutZonesIsExportedWithAWarning()
{
    // The single-circuit example's gateway, moved to a region the catalogue knows has no zones.
    Topology design = Test::loadDesign(Test::examplePath(QStringLiteral("single-circuit.ertopo")));
    std::string noZones;
    for (const AzureRegionInfo &region : Catalogue::builtIn().regions()) {
        if (region.availabilityZones == false && noZones.empty())
            noZones = region.name;
    }
    QVERIFY(!noZones.empty());
    std::string sku;
    for (Node node : std::vector<Node>(design.nodes())) {
        if (node.azureRegion())
            node.azureRegion()->region = noZones;
        if (node.virtualNetwork() && node.virtualNetwork()->expressRouteGateway) {
            node.virtualNetwork()->expressRouteGateway->sku = "ErGw2AZ";
            sku = "ErGw2AZ";
        }
        design.replaceNode(node);
    }
    QVERIFY(!sku.empty());
    const QJsonObject arm = parsedTemplate(armTemplateText(design, Catalogue::builtIn()));
    const QJsonArray warnings = arm.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("warnings"))
                                    .toArray();
    QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue &warning) {
        return warning.toString().contains(QLatin1String("GATEWAY-008"))
               && warning.toString().contains(QLatin1String("ErGw2AZ"));
    }));
    for (const QJsonValue &value : arm.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        const QString type = resource.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Microsoft.Network/virtualNetworkGateways"))
            QCOMPARE(resource.value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("sku"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("ErGw2AZ"));
        if (type == QLatin1String("Microsoft.Network/publicIPAddresses"))
            QVERIFY(!resource.contains(QStringLiteral("zones"))); // no zones to spread over
    }
    // In a region with zones, the public IPs are zone-redundant.
    const QJsonObject original = parsedTemplate(
        armTemplateText(Test::loadDesign(
                            Test::examplePath(QStringLiteral("single-circuit.ertopo"))),
                        Catalogue::builtIn()));
    for (const QJsonValue &value : original.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        if (resource.value(QStringLiteral("type")).toString()
            == QLatin1String("Microsoft.Network/publicIPAddresses"))
            QCOMPARE(resource.value(QStringLiteral("zones")).toArray().size(), 3);
    }
}

void TestArmExport::armTemplateImportsBackIntoTheSameAzureSide()
{
    for (const auto &[name, design] : m_designs) {
        if (name == QLatin1String("odd ids"))
            continue; // deployed under other names: oddIdsAreDeployedUnderNamesArmTakes
        const std::string arm = armTemplateText(design, Catalogue::builtIn());
        ImportOptions options;
        options.parameters = ImportInput{"parameters.json", parametersFor(parsedTemplate(arm))};
        const ImportResult imported = importDesign({ImportInput{"template.json", arm}}, options,
                                                   Catalogue::builtIn());
        QVERIFY2(imported.ok(), imported.error.toString().c_str());
        const QStringList expected = azureSide(design);
        const QStringList got = azureSide(*imported.topology);
        if (expected != got) {
            for (const QString &line : expected)
                QVERIFY2(got.contains(line), qPrintable(name + QStringLiteral(": lost ") + line));
            for (const QString &line : got)
                QVERIFY2(expected.contains(line),
                         qPrintable(name + QStringLiteral(": gained ") + line));
        }
        QVERIFY(expected.size() > 3);
    }
}

void TestArmExport::bicepIsStructurallyComplete()
{
    for (const auto &[name, design] : m_designs) {
        const std::string bicep = bicepText(design, Catalogue::builtIn());
        const QJsonObject arm = parsedTemplate(armTemplateText(design, Catalogue::builtIn()));
        const QStringList lines = QString::fromStdString(bicep).split(QLatin1Char('\n'));
        // Every resource block opens at the margin and closes there before the next statement;
        // brackets balance inside it (outside strings).
        int depth = 0;
        int resources = 0;
        bool inResource = false;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("//")))
                continue;
            if (line.startsWith(QLatin1String("resource "))) {
                QVERIFY2(!inResource && depth == 0, qPrintable(line));
                QVERIFY(line.endsWith(QLatin1String("' = {")));
                inResource = true;
                ++resources;
            }
            bool inString = false;
            for (int i = 0; i < line.size(); ++i) {
                const QChar c = line[i];
                if (c == QLatin1Char('\\') && inString) {
                    ++i;
                } else if (c == QLatin1Char('\'')) {
                    inString = !inString;
                } else if (!inString && (c == QLatin1Char('{') || c == QLatin1Char('['))) {
                    ++depth;
                } else if (!inString && (c == QLatin1Char('}') || c == QLatin1Char(']'))) {
                    --depth;
                    QVERIFY2(depth >= 0, qPrintable(line));
                }
            }
            QVERIFY2(!inString, qPrintable(line));
            if (inResource && depth == 0) {
                QCOMPARE(line, QStringLiteral("}"));
                inResource = false;
            }
        }
        QCOMPARE(depth, 0);
        QCOMPARE(resources, arm.value(QStringLiteral("resources")).toArray().size());
        // A declaration for every parameter; @secure() on every secure one.
        const QJsonObject parameters = arm.value(QStringLiteral("parameters")).toObject();
        static const QRegularExpression declaration(
            QStringLiteral("^param (\\w+) (string|int)( = .*)?$"));
        std::map<QString, int> declaredAt;
        for (int i = 0; i < lines.size(); ++i) {
            if (const QRegularExpressionMatch match = declaration.match(lines[i]); match.hasMatch())
                declaredAt[match.captured(1)] = i;
        }
        QCOMPARE(declaredAt.size(), std::size_t(parameters.size()));
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            const int at = declaredAt.contains(it.key()) ? declaredAt[it.key()] : -1;
            QVERIFY2(at > 0, qPrintable(it.key()));
            const bool secure = it.value().toObject().value(QStringLiteral("type")).toString()
                                == QLatin1String("securestring");
            QCOMPARE(lines[at - 1] == QLatin1String("@secure()"), secure);
        }
        // No ARM parameters() call is left: Bicep names parameters directly.
        QVERIFY(bicep.find("parameters('") == std::string::npos);
    }
}

void TestArmExport::goldenFiles()
{
    const Topology design = Test::loadDesign(
        Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    compareWithGolden(armTemplateText(design, Catalogue::builtIn()),
                      QStringLiteral("vpn-backup.json"));
    compareWithGolden(bicepText(design, Catalogue::builtIn()), QStringLiteral("vpn-backup.bicep"));
}

void TestArmExport::commandLineWritesBothFormats()
{
    QTemporaryDir folder;
    const QString design = Test::examplePath(QStringLiteral("vpn-backup.ertopo"));
    for (const QString &file : {QStringLiteral("out.json"), QStringLiteral("out.bicep")}) {
        const QString output = folder.filePath(file);
        const Test::CliResult result = Test::runDesigner(
            {QStringLiteral("export"), design, QStringLiteral("--output"), output});
        QCOMPARE(result.exitCode, 0);
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile golden(goldenPath(QStringLiteral("vpn-backup.") + file.section(QLatin1Char('.'), 1)));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), golden.readAll());
    }
    // What the reader must know is also said on stderr; the export still succeeds.
    const QString oddDesign = folder.filePath(QStringLiteral("odd.ertopo"));
    QFile odd(oddDesign);
    QVERIFY(odd.open(QIODevice::WriteOnly));
    odd.write(QByteArray::fromStdString(oddIdsDesignText()));
    odd.close();
    const QString oddOutput = folder.filePath(QStringLiteral("odd.bicep"));
    const Test::CliResult warned = Test::runDesigner(
        {QStringLiteral("export"), oddDesign, QStringLiteral("--output"), oddOutput});
    QCOMPARE(warned.exitCode, 0);
    QVERIFY2(warned.err.contains("odd.bicep: 'ER London/1G' is deployed as 'ER-London-1G'"),
             warned.err.constData());
    const Test::CliResult wrong = Test::runDesigner({QStringLiteral("export"), design,
                                                     QStringLiteral("--output"),
                                                     folder.filePath(QStringLiteral("out.yaml"))});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains(".bicep"));
}

void TestArmExport::directPortFastPathAndMacsecNote()
{
    const QJsonObject arm = parsedTemplate(
        armTemplateText(Test::parseDesign(everyFeature), Catalogue::builtIn()));
    std::map<QString, QJsonObject> byName;
    for (const QJsonValue &value : arm.value(QStringLiteral("resources")).toArray())
        byName[value.toObject().value(QStringLiteral("name")).toString()] = value.toObject();
    const QJsonObject circuit = byName[QStringLiteral("er-direct")];
    QCOMPARE(circuit.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("expressRoutePort"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral(
                 "[resourceId('Microsoft.Network/expressRoutePorts', 'er-direct-port')]"));
    QCOMPARE(circuit.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("bandwidthInGbps"))
                 .toDouble(),
             5.0);
    QVERIFY(!circuit.value(QStringLiteral("properties"))
                 .toObject()
                 .contains(QStringLiteral("serviceProviderProperties")));
    const QJsonObject fast = byName[QStringLiteral("conn-direct")]
                                 .value(QStringLiteral("properties"))
                                 .toObject();
    QCOMPARE(fast.value(QStringLiteral("expressRouteGatewayBypass")).toBool(), true);
    QCOMPARE(fast.value(QStringLiteral("routingWeight")).toInt(), 10);
    const QJsonObject scale = byName[QStringLiteral("vnet-hub-ergw")]
                                  .value(QStringLiteral("properties"))
                                  .toObject();
    QCOMPARE(scale.value(QStringLiteral("autoScaleConfiguration"))
                 .toObject()
                 .value(QStringLiteral("bounds"))
                 .toObject()
                 .value(QStringLiteral("min"))
                 .toInt(),
             2);
    // The VPN ends at a customer edge: its local gateway speaks BGP with the edge's ASN.
    const QJsonObject local = byName[QStringLiteral("ce-ams")]
                                  .value(QStringLiteral("properties"))
                                  .toObject();
    QCOMPARE(
        local.value(QStringLiteral("bgpSettings")).toObject().value(QStringLiteral("asn")).toInt(),
        65001);
    QCOMPARE(local.value(QStringLiteral("localNetworkAddressSpace"))
                 .toObject()
                 .value(QStringLiteral("addressPrefixes"))
                 .toArray(),
             QJsonArray{QStringLiteral("10.1.0.0/16")});
    const QJsonArray notExported = arm.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("notExported"))
                                       .toArray();
    QVERIFY(std::any_of(notExported.begin(), notExported.end(), [](const QJsonValue &note) {
        return note.toString().startsWith(
            QLatin1String("MACsec on the ExpressRoute Direct port of er-direct"));
    }));
}

void TestArmExport::oddIdsAreDeployedUnderNamesArmTakes()
{
    const auto odd = std::find_if(m_designs.begin(), m_designs.end(),
                                  [](const auto &entry) { return entry.first == "odd ids"; });
    QVERIFY(odd != m_designs.end());
    const QJsonObject arm = parsedTemplate(armTemplateText(odd->second, Catalogue::builtIn()));
    QStringList names;
    for (const QJsonValue &value : arm.value(QStringLiteral("resources")).toArray())
        names << value.toObject().value(QStringLiteral("name")).toString();
    QVERIFY(names.contains(QStringLiteral("Hub-VNet--UK-South-")));
    QVERIFY(names.contains(QStringLiteral("ER-London-1G/AzurePrivatePeering")));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._/-]+$"));
    for (const QString &name : names)
        QVERIFY2(allowed.match(name).hasMatch(), qPrintable(name));
    const QJsonArray warnings = arm.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("warnings"))
                                    .toArray();
    QVERIFY(warnings.contains(
        QStringLiteral("'Hub VNet 'UK South'' is deployed as 'Hub-VNet--UK-South-' (what ARM "
                       "allows in a name)")));
}

QTEST_GUILESS_MAIN(TestArmExport)
#include "tst_armexport.moc"
