// Every rule has a design that triggers it and a near-identical one that must not, in
// tests/fixtures/rules/. Each fixture states what it expects in its own "x-expect" member (kept by
// the loader like any unknown field):
//   "x-expect": {"rule": "PEERING-004", "present": true, "severity": "error", "elements": ["er"]}
// The check runs the real program, `validate --json`, as a script or CI pipeline would.

#include "testsupport.h"

#include "validation/ruleregistry.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace Er;

class TestRuleFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void everyRuleHasBothFixtures();

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

    const Test::CliResult result = Test::runDesigner({QStringLiteral("validate"), path,
                                                      QStringLiteral("--json")});
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
            QVERIFY(finding.value(QStringLiteral("reference")).toString().startsWith(
                QStringLiteral("https://")));
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
        const QJsonObject expect
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("x-expect")).toObject();
        const QString rule = expect.value(QStringLiteral("rule")).toString();
        (expect.value(QStringLiteral("present")).toBool() ? triggers : cleans).insert(rule);
    }
    for (const Rule &rule : RuleRegistry::standard().rules()) {
        const QString id = QString::fromStdString(rule.id);
        QVERIFY2(triggers.contains(id), qPrintable(id + QStringLiteral(" has no triggering fixture")));
        QVERIFY2(cleans.contains(id), qPrintable(id + QStringLiteral(" has no clean fixture")));
    }
}

QTEST_GUILESS_MAIN(TestRuleFixtures)
#include "tst_rulefixtures.moc"
