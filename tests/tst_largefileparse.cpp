#include "tests/testsupport.h"

#include "bench/designgenerator.h"
#include "model/io/jsonparse.h"
#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"

using namespace Er;

// A large design's links are parsed on a second thread beside the rest of the file
// (jsonparse.h): the tree must be the one a parse in one piece gives, and an error anywhere must
// still name its line and column.
class TestLargeFileParse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoPartsGiveTheSameTree();
    void otherLayoutsAreParsedInOnePiece();
    void anErrorInTheLinksNamesItsPlace();

private:
    std::string m_bytes; // a 1,000-site design as the program writes it, some 5 MB
};

void TestLargeFileParse::initTestCase()
{
    Bench::GeneratorOptions options;
    options.sites = 1000;
    m_bytes = writeTopology(Bench::generateDesign(options));
    QVERIFY(m_bytes.size() > 4u * 1024u * 1024u);
}

void TestLargeFileParse::twoPartsGiveTheSameTree()
{
    const std::optional<nlohmann::ordered_json> twoParts = parseJsonInTwoParts(m_bytes, "links", 64);
    QVERIFY(twoParts);
    const nlohmann::ordered_json onePiece = nlohmann::ordered_json::parse(m_bytes);
    QVERIFY(*twoParts == onePiece);
    QCOMPARE(twoParts->at("links").size(), onePiece.at("links").size());
    // The reader takes that path for a design, and the design read is the one written.
    const LoadResult loaded = readTopology(m_bytes, "large.ertopo");
    QVERIFY(loaded.ok());
    QCOMPARE(writeTopology(*loaded.topology), m_bytes);
}

void TestLargeFileParse::otherLayoutsAreParsedInOnePiece()
{
    // On one line (a file from another program): no part of its own.
    const std::string oneLine = nlohmann::ordered_json::parse(m_bytes).dump();
    QVERIFY(!parseJsonInTwoParts(oneLine, "links", 64));
    QVERIFY(readTopology(oneLine, "one-line.ertopo").ok());
    // A closing bracket at the links' indentation inside them: the parts do not balance, so
    // the file is parsed in one piece (here: and found wanting).
    std::string early = m_bytes;
    const std::size_t links = early.find("\n  \"links\": [");
    const std::size_t element = early.find("\n    {", links);
    early.insert(element, "\n  ]");
    QVERIFY(!parseJsonInTwoParts(early, "links", 64));
    QVERIFY(!readTopology(early, "early.ertopo").ok());
    // Deeper than the limit inside the links: refused as a whole file would be.
    QVERIFY(!parseJsonInTwoParts(m_bytes, "links", 3));
}

void TestLargeFileParse::anErrorInTheLinksNamesItsPlace()
{
    std::string broken = m_bytes;
    const std::size_t links = broken.find("\n  \"links\": [");
    const std::size_t deep = broken.find("\"kind\"", links + broken.size() / 10);
    QVERIFY(deep != std::string::npos);
    broken.replace(deep, 6, "\"kind ");
    const LoadResult split = readTopology(broken, "broken.ertopo");
    QVERIFY(!split.ok());
    // The same error as a file below the size at which the links get a thread of their own.
    ReadLimits limits;
    const ParsedJson onePiece = parseJsonDocument(broken, "broken.ertopo", limits, "design");
    QVERIFY(!onePiece.document);
    QCOMPARE(split.error.line, onePiece.error.line);
    QCOMPARE(split.error.column, onePiece.error.column);
    QCOMPARE(split.error.message, onePiece.error.message);
    QVERIFY(split.error.line > 0);
}

QTEST_GUILESS_MAIN(TestLargeFileParse)
#include "tst_largefileparse.moc"
