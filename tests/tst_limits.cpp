// Whatever a file holds, loading it ends with a design or a message naming the place: a 50 MB
// design of 100,000 nodes loads within bounded memory, a larger one than the limit is refused
// unread, and nesting, out-of-range numbers, invalid UTF-8 and NUL bytes are refused cleanly.

#include "tests/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Er;

namespace {

long peakRssMiB()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KiB
}

// 50,000 sites and 50,000 customer edges joined by 50,000 LAN links, padded with notes to about
// 50 MB, written straight to `path` without building it in memory first.
qint64 writeHugeDesign(const QString &path, int nodePairs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QByteArray notes(370, 'n');
    file.write("{\n  \"format\": \"expressroute-designer-topology\",\n  \"formatVersion\": 1,\n"
               "  \"name\": \"Huge\",\n  \"nodes\": [\n");
    for (int i = 0; i < nodePairs; ++i) {
        const QByteArray n = QByteArray::number(i);
        file.write("    {\"id\": \"site-" + n + "\", \"kind\": \"site\", \"position\": {\"x\": " + n
                   + ", \"y\": 0}, \"addressPrefixes\": [\"10.0.0.0/16\"], \"notes\": \"" + notes
                   + "\"},\n");
        file.write("    {\"id\": \"ce-" + n
                   + "\", \"kind\": \"customerEdge\", \"bfd\": true, "
                     "\"notes\": \""
                   + notes + "\"}" + (i + 1 < nodePairs ? ",\n" : "\n"));
    }
    file.write("  ],\n  \"links\": [\n");
    for (int i = 0; i < nodePairs; ++i) {
        const QByteArray n = QByteArray::number(i);
        file.write("    {\"id\": \"lan-" + n + "\", \"kind\": \"lan\", \"from\": \"site-" + n
                   + "\", \"to\": \"ce-" + n + "\"}" + (i + 1 < nodePairs ? ",\n" : "\n"));
    }
    file.write("  ]\n}\n");
    return file.size();
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void hugeDesignLoadsInBoundedMemory();
    void fileOverTheLimitIsRefusedUnread();
    void malformedInputIsRefusedWithItsPlace_data();
    void malformedInputIsRefusedWithItsPlace();
    void bracketsInStringsAreNotNesting();
};

void TestLimits::hugeDesignLoadsInBoundedMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.ertopo"));
    const qint64 size = writeHugeDesign(path, 50000);
    QVERIFY2(size >= 50'000'000, qPrintable(QString::number(size)));
    const long before = peakRssMiB();

    QElapsedTimer timer;
    timer.start();
    const LoadResult result = readTopologyFile(path.toStdString());
    const qint64 elapsed = timer.elapsed();
    const long peak = peakRssMiB();
    qInfo("%lld MB, 100,000 nodes: loaded in %lld ms, peak RSS %ld MiB (%ld MiB before)",
          static_cast<long long>(size / 1'000'000), static_cast<long long>(elapsed), peak, before);

    QVERIFY2(result.ok(), result.error.toString().c_str());
    QCOMPARE(result.topology->nodes().size(), std::size_t(100000));
    QCOMPARE(result.topology->links().size(), std::size_t(50000));
    QCOMPARE(result.topology->node("ce-49999")->customerEdge()->bfd, std::optional<bool>(true));
    QVERIFY2(peak < 1536, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak)));
}

void TestLimits::fileOverTheLimitIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enormous.ertopo"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(300) * 1024 * 1024)); // sparse: takes no disk and no memory
    file.close();
    const long before = peakRssMiB();
    const LoadResult result = readTopologyFile(path.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error.toString()),
             path + QStringLiteral(": file is 300 MiB; designs larger than 256 MiB are refused"));
    QVERIFY(peakRssMiB() - before < 64);

    // The same limit holds for bytes already in memory (pasted, from the network).
    ReadLimits small;
    small.maxBytes = 1024 * 1024;
    const std::string twoMiB(2 * 1024 * 1024, ' ');
    const LoadResult inMemory = readTopology("{}" + twoMiB, "pasted.ertopo", small);
    QVERIFY(!inMemory.ok());
    QCOMPARE(inMemory.error.toString(),
             std::string("pasted.ertopo: file is 2 MiB; designs larger than 1 MiB are refused"));
}

void TestLimits::malformedInputIsRefusedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // the whole message after "bad.ertopo"

    const QByteArray head
        = "{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1,\n";
    const QByteArray tail = "\"nodes\": [], \"links\": []}";
    QTest::newRow("objects nested 10,000 deep")
        << QByteArray(head + "\"x-deep\": " + QByteArray("{\"a\": ").repeated(10000)
                      + QByteArray(10000, '}') + ",\n" + tail)
        << ":2:389: nested deeper than 64 levels"; // the 65th "{"
    QTest::newRow("arrays nested 1,000,000 deep")
        << QByteArray(QByteArray(1000000, '[') + QByteArray(1000000, ']'))
        << ":1:65: nested deeper than 64 levels";
    QTest::newRow("float beyond double")
        << QByteArray(head
                      + "\"nodes\": [{\"id\": \"er1\", \"kind\": \"circuit\", "
                        "\"bandwidthInMbps\": 1e400}], \"links\": []}")
        << ":2:63: the number 1e400 is out of range";
    QTest::newRow("negative float beyond double")
        << QByteArray(head + "\"x-min\": -1.5e99999,\n" + tail)
        << ":2:10: the number -1.5e99999 is out of range";
    QTest::newRow("formatVersion beyond double")
        << QByteArray("{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1e309}")
        << ":1:63: the number 1e309 is out of range";
    QTest::newRow("integer beyond 64 bits")
        << QByteArray(head
                      + "\"nodes\": [{\"id\": \"ce\", \"kind\": \"customerEdge\", "
                        "\"asn\": 9223372036854775808}], \"links\": []}")
        << ":2:48: nodes[0].asn: integer 9223372036854775808 is out of range";
    QTest::newRow("negative integer beyond 64 bits")
        << QByteArray(head
                      + "\"nodes\": [{\"id\": \"ce\", \"kind\": \"customerEdge\", "
                        "\"asn\": -9223372036854775809}], \"links\": []}")
        << ":2:48: nodes[0].asn: expected an integer, found a number";
    QTest::newRow("invalid UTF-8 in a value")
        << QByteArray(head + "\"name\": \"Caf\xE9 Paris\",\n" + tail)
        << ":2:13: not valid UTF-8: the byte <E9> here; a design is UTF-8 text";
    QTest::newRow("invalid UTF-8 in a key")
        << QByteArray(head + "\"x-\xC0\xAF\": 1,\n" + tail)
        << ":2:4: not valid UTF-8: the byte <C0> here; a design is UTF-8 text";
    QTest::newRow("UTF-8 encoded surrogate")
        << QByteArray(head + "\"name\": \"\xED\xA0\x80\",\n" + tail)
        << ":2:10: not valid UTF-8: the byte <ED> here; a design is UTF-8 text";
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray(head + tail + "\xE2\x82")
        << ":2:26: not valid UTF-8: the byte <E2> here; a design is UTF-8 text";
    // Columns count characters; the parser names the end of the token it did not expect.
    QTest::newRow("valid UTF-8 is fine, invalid JSON is named")
        << QByteArray(head + "\"name\": \"Café\" \"Zürich\",\n" + tail)
        << ":2:23: not valid JSON: syntax error while parsing object - unexpected string literal; "
           "expected '}'";
    QTest::newRow("lone surrogate escape")
        << QByteArray(head + "\"name\": \"\\ud800\",\n" + tail)
        << ":2:16: not valid JSON: syntax error while parsing value - invalid string: "
           "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: "
           "'\"\\ud800\"'";
    QTest::newRow("NUL byte in a string")
        << QByteArray(head + "\"name\": \"a" + QByteArray(1, '\0') + "b\",\n" + tail)
        << ":2:11: not valid JSON: a NUL byte, which no design contains (the file may be damaged)";
    QTest::newRow("NUL byte between members")
        << QByteArray(head + QByteArray(1, '\0') + tail)
        << ":2:1: not valid JSON: a NUL byte, which no design contains (the file may be damaged)";
    QTest::newRow("zeroed by a crash")
        << QByteArray(4096, '\0')
        << ":1:1: not valid JSON: a NUL byte, which no design contains (the file may be damaged)";
    QTest::newRow("NUL after a complete design")
        << QByteArray(head + tail + "\n" + QByteArray(3, '\0'))
        << ":3:1: not valid JSON: a NUL byte, which no design contains (the file may be damaged)";
}

void TestLimits::malformedInputIsRefusedWithItsPlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const LoadResult result = readTopology(content.toStdString(), "bad.ertopo");
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error.toString()),
             QStringLiteral("bad.ertopo") + expected);
}

void TestLimits::bracketsInStringsAreNotNesting()
{
    const std::string design
        = "{\"format\": \"expressroute-designer-topology\", \"formatVersion\": 1,"
          "\"notes\": \""
          + std::string(500, '[') + "\\\"" + std::string(500, '{')
          + "\", \"nodes\": [], \"links\": []}";
    const LoadResult result = readTopology(design, "brackets.ertopo");
    QVERIFY2(result.ok(), result.error.toString().c_str());
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
