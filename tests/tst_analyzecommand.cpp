// `expressroute-designer analyze FILE [--json]` as a script runs it (docs/spec/cli.md).

#include "tests/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Er;

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void maximumExampleIsMaximum();
    void textForm();
    void loadFailureExitsTwo();
};

namespace {

QJsonObject analyzeJson(const QString &path)
{
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("analyze"), path, QStringLiteral("--json")});
    if (result.exitCode != 0)
        qFatal("analyze failed: %s", result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("analyze --json is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

bool hasAll(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!object.contains(key)) {
            qWarning("missing member %s", qPrintable(key));
            return false;
        }
    }
    return true;
}

} // namespace

// Every member cli.md names is there, with the type it shows.
void TestAnalyzeCommand::jsonShape()
{
    const QJsonObject output = analyzeJson(Test::examplePath(QStringLiteral("vpn-backup.ertopo")));
    QVERIFY(hasAll(output, {"pairs", "services", "failures", "recommendations"}));
    const QJsonArray pairs = output.value("pairs").toArray();
    QVERIFY(!pairs.isEmpty());
    const QJsonObject pair = pairs.first().toObject();
    QVERIFY(hasAll(pair, {"site", "vnet", "reachable", "resiliency", "disjointPaths",
                          "singlePointsOfFailure", "availabilityPercent", "availabilityExact",
                          "latencyMs", "bottleneckMbps"}));
    QCOMPARE(pair.value("site").toString(), QStringLiteral("site-man"));
    QCOMPARE(pair.value("resiliency").toString(), QStringLiteral("standardWithVpnBackup"));
    QVERIFY(pair.value("reachable").toBool());
    QVERIFY(pair.value("disjointPaths").isDouble());
    QVERIFY(pair.value("singlePointsOfFailure").isArray());
    QVERIFY(pair.value("availabilityPercent").toDouble() > 99);
    QVERIFY(pair.value("latencyMs").toDouble() > 0);
    QVERIFY(pair.value("bottleneckMbps").toDouble() > 0);

    const QJsonArray failures = output.value("failures").toArray();
    QVERIFY(!failures.isEmpty());
    for (const QJsonValue &value : failures) {
        const QJsonObject failure = value.toObject();
        QVERIFY(hasAll(failure, {"element", "lost", "degraded"}));
        for (const QJsonValue &degraded : failure.value("degraded").toArray())
            QVERIFY(hasAll(degraded.toObject(), {"site", "vnet", "resiliency"}));
        for (const QJsonValue &lost : failure.value("lost").toArray())
            QVERIFY(hasAll(lost.toObject(), {"site", "vnet"}));
    }
    const QJsonObject recommendation = output.value("recommendations").toArray().first().toObject();
    QVERIFY(hasAll(recommendation, {"site", "option", "options", "reasons"}));
    const QJsonArray options = recommendation.value("options").toArray();
    // The design as drawn first, then the variants of it that apply to the site.
    QVERIFY(options.size() >= 2);
    QCOMPARE(options.at(0).toObject().value("variant").toString(), QStringLiteral("thisDesign"));
    const QStringList names{"vpn", "expressRoute", "expressRouteWithVpnBackup",
                            "expressRouteMaximum", "expressRouteDirect"};
    for (int i = 0; i < options.size(); ++i) {
        const QJsonObject option = options.at(i).toObject();
        QVERIFY(
            hasAll(option, {"option", "variant", "label", "availabilityPercent", "latencyMs",
                            "failoverLatencyMs", "bottleneckMbps", "bandwidthAfterWorstFailureMbps",
                            "meets", "allowed", "monthlyCost"}));
        QVERIFY(names.contains(option.value("option").toString()));
    }
    QVERIFY(names.contains(recommendation.value("option").toString()));
    QVERIFY(!output.value("assumptions").toArray().isEmpty());
}

void TestAnalyzeCommand::maximumExampleIsMaximum()
{
    const QJsonObject output = analyzeJson(
        Test::examplePath(QStringLiteral("maximum-resiliency.ertopo")));
    const QJsonArray pairs = output.value("pairs").toArray();
    QCOMPARE(pairs.size(), 4);
    for (const QJsonValue &pair : pairs) {
        QCOMPARE(pair.toObject().value("resiliency").toString(), QStringLiteral("maximum"));
        QCOMPARE(pair.toObject().value("disjointPaths").toInt(), 2);
        QVERIFY(pair.toObject().value("singlePointsOfFailure").toArray().isEmpty());
    }
}

void TestAnalyzeCommand::textForm()
{
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("analyze"), Test::examplePath(QStringLiteral("single-circuit.ertopo"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Site-VNet pairs"));
    QVERIFY(result.out.contains("single points of failure:"));
    QVERIFY(result.out.contains("Recommendations"));
    QVERIFY(result.out.contains("Assumptions"));
}

void TestAnalyzeCommand::loadFailureExitsTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": ");
    file.close();
    const Test::CliResult result = Test::runDesigner({QStringLiteral("analyze"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("broken.ertopo"));
}

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
