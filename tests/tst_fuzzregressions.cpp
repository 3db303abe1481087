// Every input the fuzzer (fuzz/fuzz_design.cpp, scripts/fuzz.sh) ever crashed on is kept in
// tests/fixtures/fuzz/. Each must now load or be refused with a message naming the place, and what
// loads must save, load again, validate and analyse without a crash.

#include "tests/testsupport.h"

#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/io/topologywriter.h"
#include "model/validation/findingformat.h"
#include "model/validation/validator.h"

#include <QDirIterator>
#include <QFile>

using namespace Er;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void crashingInputs_data();
    void crashingInputs();
};

void TestFuzzRegressions::crashingInputs_data()
{
    QTest::addColumn<QString>("file");
    const QDir folder(Test::fixturePath(QStringLiteral("fuzz")));
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(folder.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

void TestFuzzRegressions::crashingInputs()
{
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const std::string bytes = input.readAll().toStdString();

    const LoadResult loaded = readTopology(bytes, "fuzz.ertopo");
    if (!loaded.ok()) {
        const QString message = QString::fromStdString(loaded.error.toString());
        qInfo("refused: %s", qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("fuzz.ertopo")));
        QVERIFY2(loaded.error.line > 0 || !loaded.error.path.empty()
                     || message.contains(QStringLiteral("empty file")),
                 qPrintable(message));
        return;
    }
    const std::string saved = writeTopology(*loaded.topology);
    const LoadResult reloaded = readTopology(saved, "saved.ertopo");
    QVERIFY2(reloaded.ok(), reloaded.error.toString().c_str());
    QVERIFY(*reloaded.topology == *loaded.topology);

    AnalysisOptions options;
    options.monteCarloSamples = 2000;
    const AnalysisResult analysis = analyze(*loaded.topology, Catalogue::builtIn(), options);
    const std::vector<Finding> findings = validate(*loaded.topology, &analysis);
    QVERIFY(!findingsToText(findings).empty());
    qInfo("loaded; %zu findings", findings.size());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
