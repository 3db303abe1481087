#include "tests/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Er;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void loadFailureExitsTwo();
    void validateCleanExample();
    void validateErrorsExitOne();
    void validateTextFormat();
};

void TestCli::helpAndVersion()
{
    const Test::CliResult help = Test::runDesigner({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("validate FILE [--json]"));
    QVERIFY(help.err.isEmpty());
    const Test::CliResult version = Test::runDesigner({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("expressroute-designer " ER_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString example = Test::examplePath(QStringLiteral("single-circuit.ertopo"));
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("frobnicate"), example} << QByteArray("unknown subcommand");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QByteArray("unknown subcommand or option");
    QTest::newRow("validate without file")
        << QStringList{QStringLiteral("validate")} << QByteArray("validate needs a design file");
    QTest::newRow("two files") << QStringList{QStringLiteral("validate"), example, example}
                               << QByteArray("one too many");
    QTest::newRow("validate --output")
        << QStringList{QStringLiteral("validate"), example, QStringLiteral("--output"),
                       QStringLiteral("x.pdf")}
        << QByteArray("does not take the option '--output'");
    QTest::newRow("report without output") << QStringList{QStringLiteral("report"), example}
                                           << QByteArray("report needs --output FILE");
    QTest::newRow("output without name")
        << QStringList{QStringLiteral("export"), example, QStringLiteral("--output")}
        << QByteArray("--output needs a file name");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Test::CliResult result = Test::runDesigner(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.err.contains("Usage:"));
    QVERIFY(result.out.isEmpty());
}

void TestCli::loadFailureExitsTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1,\n"
        "\"nodes\": [{\"id\": \"dc\", \"kind\": \"site\"}],\n"
        "\"links\": [{\"id\": \"l\", \"kind\": \"lan\", \"from\": \"dc\", \"to\": \"er-9\"}]}\n");
    file.close();
    const Test::CliResult result = Test::runDesigner({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(path.toUtf8() + ":3:52: links[0].to: no node with id \"er-9\""),
             result.err.constData());
    QVERIFY(result.out.isEmpty());

    const Test::CliResult missing = Test::runDesigner(
        {QStringLiteral("validate"), dir.filePath(QStringLiteral("absent.ertopo"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("cannot open the file"));

    const Test::CliResult folder = Test::runDesigner({QStringLiteral("validate"), dir.path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY(folder.err.contains("is a folder"));
}

void TestCli::validateCleanExample()
{
    const QString path = Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(output.value(QStringLiteral("file")).toString(), path);
    const QJsonObject counts = output.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("error")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("warning")).toInt(), 0);
}

void TestCli::validateErrorsExitOne()
{
    const QString path = Test::fixturePath(QStringLiteral("rules/topo-001-trigger.ertopo"));
    const Test::CliResult result = Test::runDesigner(
        {QStringLiteral("validate"), path, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    const QJsonArray findings = output.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    // Sorted: errors first.
    QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("error"));
    QVERIFY(output.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt()
            >= 1);
}

void TestCli::validateTextFormat()
{
    const QString path = Test::fixturePath(QStringLiteral("rules/topo-001-trigger.ertopo"));
    const Test::CliResult result = Test::runDesigner({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    // Errors come first; RES-010 (the site reaches no VNet) sorts before TOPO-001.
    QVERIFY(lines.first().startsWith("ERROR "));
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QByteArray &line) {
        return line.startsWith("ERROR TOPO-001 er1: Circuit");
    }));
    QVERIFY(lines.last().contains(" error") && lines.last().contains(" warning")
            && lines.last().endsWith(" info"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
